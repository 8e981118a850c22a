import type { Language, Suggestion } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { dimensionLabel, t } from '@tavla/shared/i18n';
import { DimensionIcon } from './DimensionIcon.js';

const THUMB =
  'M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1L13.2 1 6.6 7.6C6.2 8 6 8.5 6 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z';
const BUBBLE = 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 1-2z';

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
              <path d={THUMB} fill="currentColor" />
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
              <path d={BUBBLE} fill="currentColor" />
            </svg>
            {suggestion.comments}
          </span>
        ) : null}
      </footer>
    </article>
  );
}
