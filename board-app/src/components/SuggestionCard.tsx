import type { Language, Suggestion } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { dimensionLabel, t } from '@tavla/shared/i18n';
import { ICON_PATHS, type IconName } from '@tavla/shared/icons';
import { DimensionIcon } from './DimensionIcon.js';

/** A small count with its icon; nothing when the count is zero. */
function Tally(props: { icon: IconName; count: number; label: string }) {
  if (props.count === 0) return null;
  return (
    <span className="card__tally" aria-label={props.label}>
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <path d={ICON_PATHS[props.icon]} fill="currentColor" />
      </svg>
      {props.count}
    </span>
  );
}

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
        <Tally
          icon="thumbUp"
          count={suggestion.votes}
          label={t(language, 'kiosk.votes', { count: suggestion.votes })}
        />
        <Tally
          icon="comment"
          count={suggestion.comments}
          label={t(language, 'kiosk.comments', { count: suggestion.comments })}
        />
      </footer>
    </article>
  );
}
