import { useState, type ReactNode } from 'react';
import type { Language, Suggestion } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { t } from '@tavla/shared/i18n';
import { Icon } from './DimensionPicker.js';
import { SuggestionMeta } from './SuggestionMeta.js';

/** Suggestions rendered at first, and added by each "show more". */
export const LIST_PAGE = 50;

export function SuggestionList(props: {
  suggestions: readonly Suggestion[];
  mine: ReadonlySet<string>;
  voted: ReadonlySet<string>;
  /** Suggestions whose "me too" waits in the outbox. */
  pendingVotes: ReadonlySet<string>;
  /** Suggestions whose photo waits in the outbox. */
  waitingPhotos: ReadonlySet<string>;
  onVote: (suggestion: Suggestion, voted: boolean) => void;
  language: Language;
  /** The server has older suggestions than the snapshot holds (paged on demand). */
  hasOlder?: boolean;
  /** Fetches the next page of older suggestions (they arrive in `suggestions`). */
  onShowOlder?: () => void;
  /** A page of older suggestions is on its way. */
  loadingOlder?: boolean;
  /** Shown under the tabs (the author's suggestions a lead hid). */
  children?: ReactNode;
}) {
  const { suggestions, mine, voted, pendingVotes, waitingPhotos, onVote, language } = props;
  const { hasOlder = false, onShowOlder, loadingOlder = false } = props;
  const [onlyMine, setOnlyMine] = useState(false);
  // However many the board has, the page holds at most `limit` items (a board with 3,000
  // suggestions made a page of 39,000 elements); "show more" adds a page at a time.
  const [limit, setLimit] = useState(LIST_PAGE);
  const own = suggestions.filter((s) => mine.has(s.id));
  const all = onlyMine ? own : suggestions;
  const shown = all.slice(0, limit);
  const more = all.length > limit || (!onlyMine && hasOlder);
  function showMore() {
    // Fetch older ones from the server once those already here are all on the page.
    if (all.length < limit + LIST_PAGE && !onlyMine && hasOlder) onShowOlder?.();
    setLimit((current) => current + LIST_PAGE);
  }

  return (
    <section className="list" aria-labelledby="list-title">
      <h2 id="list-title">{t(language, 'phone.list.title')}</h2>
      <div className="tabs" role="group">
        <button
          type="button"
          className="tab"
          aria-pressed={!onlyMine}
          onClick={() => setOnlyMine(false)}
        >
          {t(language, 'phone.list.all')}
        </button>
        <button
          type="button"
          className="tab"
          aria-pressed={onlyMine}
          onClick={() => setOnlyMine(true)}
        >
          {t(language, 'phone.list.onlyMine', { count: own.length })}
        </button>
      </div>
      {props.children}
      {shown.length === 0 ? (
        <p className="list__empty">
          {t(language, onlyMine ? 'phone.list.noneMine' : 'phone.list.empty')}
        </p>
      ) : null}
      <ul>
        {shown.map((suggestion) => {
          const isMine = mine.has(suggestion.id);
          const hasVoted = voted.has(suggestion.id);
          return (
            <li
              key={suggestion.id}
              className="item"
              style={{ borderLeftColor: DIMENSION_STYLE[suggestion.dimension].color }}
            >
              <a className="item__link" href={`/m/b/${suggestion.boardId}/s/${suggestion.id}`}>
                {suggestion.photo ? (
                  <img className="item__photo" src={suggestion.photo.thumbUrl} alt="" />
                ) : null}
                <p className="item__text">{suggestion.text}</p>
              </a>
              <SuggestionMeta suggestion={suggestion} language={language}>
                {isMine ? (
                  <span className="chip chip--mine">{t(language, 'phone.list.mine')}</span>
                ) : null}
                {waitingPhotos.has(suggestion.id) ? (
                  <span className="chip chip--waiting">
                    {t(language, 'phone.list.photoWaiting')}
                  </span>
                ) : null}
              </SuggestionMeta>
              <p className="item__actions">
                {isMine ? (
                  <span className="votes">
                    {t(language, 'phone.vote.count', { count: suggestion.votes })}
                  </span>
                ) : (
                  <button
                    type="button"
                    className="metoo"
                    aria-pressed={hasVoted}
                    onClick={() => onVote(suggestion, !hasVoted)}
                  >
                    <Icon name="thumbUp" /> {t(language, 'phone.vote.metoo')} · {suggestion.votes}
                  </button>
                )}
                {pendingVotes.has(suggestion.id) ? (
                  <span className="chip chip--waiting">{t(language, 'phone.list.waiting')}</span>
                ) : null}
                {suggestion.comments > 0 ? (
                  <a
                    className="comments-link"
                    href={`/m/b/${suggestion.boardId}/s/${suggestion.id}`}
                  >
                    <Icon name="comment" /> {suggestion.comments}
                  </a>
                ) : null}
              </p>
            </li>
          );
        })}
      </ul>
      {more ? (
        <button type="button" className="show-more" disabled={loadingOlder} onClick={showMore}>
          {t(language, loadingOlder ? 'phone.list.loadingMore' : 'phone.list.showMore')}
        </button>
      ) : null}
    </section>
  );
}
