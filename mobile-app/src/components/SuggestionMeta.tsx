import type { ReactNode } from 'react';
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
        style={{ color: DIMENSION_STYLE[suggestion.dimension].color }}
      >
        <DimensionIcon dimension={suggestion.dimension} />
        {dimensionLabel(language, suggestion.dimension)}
      </span>
      <span>{suggestion.authorName ?? t(language, 'phone.list.anonymous')}</span>
      {children}
    </p>
  );
}
