import type { Language, Suggestion } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { dimensionLabel } from '@tavla/shared/i18n';
import { DimensionIcon } from './DimensionIcon.js';

export function SuggestionCard(props: {
  suggestion: Suggestion;
  language: Language;
  fresh: boolean;
}) {
  const { suggestion, language, fresh } = props;
  return (
    <article
      className={fresh ? 'card card--fresh' : 'card'}
      style={{ borderLeftColor: DIMENSION_STYLE[suggestion.dimension].color }}
      data-suggestion-id={suggestion.id}
    >
      <p className="card__text">{suggestion.text}</p>
      <footer className="card__meta">
        <DimensionIcon dimension={suggestion.dimension} size="1.5em" />
        <span>{dimensionLabel(language, suggestion.dimension)}</span>
        {suggestion.authorName ? (
          <span className="card__author">· {suggestion.authorName}</span>
        ) : null}
      </footer>
    </article>
  );
}
