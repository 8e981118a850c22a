import type { Language, Suggestion } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { dimensionLabel, t } from '@tavla/shared/i18n';
import { softHyphenate } from '../text-fit.js';
import { DimensionIcon } from './DimensionIcon.js';
import { WallIcon, type WallIconName } from './WallIcon.js';
import '../wall-messages.js';

/**
 * A board card's column is narrow, and its photo narrows the first lines further: words from
 * seven letters get break points, so "Gemensam" breaks as "Gemen-sam" rather than anywhere.
 */
const CARD_HYPHENATE_FROM = 7;

/** A small count with its icon; nothing when the count is zero. */
export function Tally(props: { icon: WallIconName; count: number; label: string }) {
  if (props.count === 0) return null;
  return (
    <span className="tally" aria-label={props.label}>
      <WallIcon name={props.icon} size="1em" />
      {props.count}
    </span>
  );
}

/**
 * A suggestion on the board scene: its text (three lines at most, long words hyphenated; the
 * recent scene and the spotlight show more), its dimension, who posted it and the "me too" and
 * comment counts, and its photo small (large in the recent scene and the spotlight).
 */
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
        <p className="card__text" data-clamped="">
          {softHyphenate(suggestion.text, CARD_HYPHENATE_FROM)}
        </p>
        {suggestion.photo ? (
          <img className="card__thumb" src={suggestion.photo.thumbUrl} alt="" />
        ) : null}
      </div>
      <footer className="card__meta">
        <span className="card__dimension" title={dimensionLabel(language, suggestion.dimension)}>
          <DimensionIcon dimension={suggestion.dimension} size="1.1em" />
        </span>
        <span className="card__who" data-clamped="">
          {suggestion.authorName ?? ''}
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
