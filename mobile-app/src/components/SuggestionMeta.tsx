import type { CSSProperties, ReactNode } from 'react';
import type { Language, Suggestion } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { dimensionLabel, statusLabel, t } from '@tavla/shared/i18n';
import { DimensionIcon } from './DimensionPicker.js';

/** Status chip, dimension and author of a suggestion, as the list and the detail page show them. */
export function SuggestionMeta(props: {
  suggestion: Suggestion;
  language: Language;
  children?: ReactNode;
}) {
  const { suggestion, language, children } = props;
  return (
    <p className="item__meta">
      <span className={`chip chip--${suggestion.status}`}>
        {statusLabel(language, suggestion.status)}
      </span>
      <span
        className="item__dimension"
        // The colour is the icon's; the word is in ink, readable on white (WCAG AA).
        style={
          { '--dimension-color': DIMENSION_STYLE[suggestion.dimension].color } as CSSProperties
        }
      >
        <DimensionIcon dimension={suggestion.dimension} />
        {dimensionLabel(language, suggestion.dimension)}
      </span>
      <span>{suggestion.authorName ?? t(language, 'phone.list.anonymous')}</span>
      {children}
    </p>
  );
}
