import type { Dimension, Language } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { DIMENSIONS } from '@tavla/shared/domain';
import { dimensionLabel, t } from '@tavla/shared/i18n';
import { ICON_PATHS, type IconName } from '@tavla/shared/icons';

export function DimensionIcon({ dimension }: { dimension: Dimension }) {
  return (
    <svg className="dimension-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={DIMENSION_STYLE[dimension].iconPath} fill="currentColor" />
    </svg>
  );
}

/** A small inline icon in the current text colour. */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={ICON_PATHS[name]} fill="currentColor" />
    </svg>
  );
}

/** Three big buttons (radio buttons underneath, so keyboards and screen readers work). */
export function DimensionPicker(props: {
  value: Dimension | null;
  onChange: (dimension: Dimension) => void;
  language: Language;
}) {
  const { value, onChange, language } = props;
  return (
    <fieldset className="dimensions">
      <legend>{t(language, 'phone.form.dimension')}</legend>
      <div className="dimensions__options">
        {DIMENSIONS.map((dimension) => (
          <label
            key={dimension}
            className={value === dimension ? 'dimension dimension--chosen' : 'dimension'}
            style={{ '--dimension-color': DIMENSION_STYLE[dimension].color } as React.CSSProperties}
          >
            <input
              type="radio"
              name="dimension"
              value={dimension}
              checked={value === dimension}
              onChange={() => onChange(dimension)}
            />
            <DimensionIcon dimension={dimension} />
            <span>{dimensionLabel(language, dimension)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
