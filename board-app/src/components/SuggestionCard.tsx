import type { Language, Suggestion } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { dimensionLabel, t } from '@tavla/shared/i18n';
import { ICON_PATHS } from '@tavla/shared/icons';
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
      <div className="card__body">
        <p className="card__text">{suggestion.text}</p>
        {suggestion.photo ? (
          <img className="card__thumb" src={suggestion.photo.thumbUrl} alt="" />
        ) : null}
      </div>
      <footer className="card__meta">
        <DimensionIcon dimension={suggestion.dimension} size="1.5em" />
        <span className="card__who">
          {dimensionLabel(language, suggestion.dimension)}
          {suggestion.authorName ? ` · ${suggestion.authorName}` : ''}
        </span>
        {suggestion.votes > 0 ? (
          <span
            className="card__tally"
            aria-label={t(language, 'kiosk.votes', { count: suggestion.votes })}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d={ICON_PATHS.thumbUp} fill="currentColor" />
            </svg>
            {suggestion.votes}
          </span>
        ) : null}
        {suggestion.comments > 0 ? (
          <span
            className="card__tally"
            aria-label={t(language, 'kiosk.comments', { count: suggestion.comments })}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d={ICON_PATHS.comment} fill="currentColor" />
            </svg>
            {suggestion.comments}
          </span>
        ) : null}
      </footer>
    </article>
  );
}
