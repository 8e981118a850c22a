import { useEffect, useState } from 'react';
import type { ControlAction, Idea, Language, WorkshopLive } from '@tavla/shared';
import { dimensionLabel, t } from '@tavla/shared/i18n';
import { ApiError, describeError } from '../../api.js';
import { Feedback } from '../../components/MethodFrame.js';
import { formatCount } from '../../method-format.js';
import { useFetched } from '../../use-fetched.js';
import {
  control,
  fetchCurrent,
  fetchCurrentIdeas,
  hideEntry,
  makeSuggestion,
} from './workshop-api.js';
import { remoteControls } from './workshop-view.js';
import { votesText, WorkshopResults } from './WorkshopResults.js';
import './workshop-messages.js';

/** How often the remote asks again for the connected devices while nothing else changes. */
const REFRESH_MS = 5000;

/**
 * The lead's phone as the remote: the activity on the wall, how many devices answered of how
 * many are connected, the results (also while hidden from the screens), and the controls.
 * Every control sends the index it shows, so a double tap or a second remote moves once.
 */
export function Remote(props: { boardId: string; live: WorkshopLive; language: Language }) {
  const { boardId, live, language } = props;
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  const { data: current } = useFetched(() => fetchCurrent(boardId), [boardId, live, tick]);
  const lead = current?.lead ?? null;
  // The lead's own view of the activity has the quiz's answer; the live one only after closing.
  const activity = lead && lead.activity.id === live.activity.id ? lead.activity : live.activity;
  const results = lead && lead.activity.id === live.activity.id ? lead.results : live.results;
  const controls = remoteControls(live);

  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirm, setConfirm] = useState<'reset' | 'end' | null>(null);

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setMessage(null);
    try {
      await action();
      setConfirm(null);
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
      // Someone else moved the session on (or a second tap): show where it stands now.
      if (error instanceof ApiError && error.status === 409) setTick((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }
  const act = (action: ControlAction) => () => void run(() => control(boardId, action, live.index));

  return (
    <section className="remote" aria-label={t(language, 'workshop.remote.title')}>
      <div className="remote__now">
        <p className="remote__where">
          <strong>
            {t(language, 'workshop.position', { index: live.index + 1, count: live.count })}
          </strong>{' '}
          · {t(language, `workshop.kind.${activity.kind}`)}
        </p>
        <h2>{activity.title}</h2>
        <p className="remote__state">
          {activity.kind === 'slide' ? null : (
            <span className={`chip ${live.open ? 'chip--open' : 'chip--closed'}`}>
              {t(language, live.open ? 'workshop.remote.open' : 'workshop.remote.closedState')}
            </span>
          )}
          {live.revealed ? (
            <span className="chip chip--open">{t(language, 'workshop.remote.revealed')}</span>
          ) : null}
        </p>
        {activity.kind === 'slide' ? null : (
          <p className="remote__answered" aria-live="polite">
            {t(language, 'workshop.remote.answered', {
              answered: formatCount(language, live.answered),
              connected: lead ? formatCount(language, lead.connected) : '…',
            })}
          </p>
        )}
      </div>

      <div className="remote__moves">
        <button
          type="button"
          className="remote__button"
          disabled={busy || !controls.back}
          onClick={act('back')}
        >
          {t(language, 'workshop.remote.back')}
        </button>
        <button
          type="button"
          className="remote__button remote__button--next"
          disabled={busy || !controls.next}
          onClick={act('next')}
        >
          {t(language, 'workshop.remote.next')}
        </button>
      </div>
      {controls.next ? null : (
        <p className="field__hint">{t(language, 'workshop.remote.lastOne')}</p>
      )}
      <div className="state-buttons remote__more">
        {controls.reveal ? (
          <button type="button" className="small-button" disabled={busy} onClick={act('reveal')}>
            {t(language, 'workshop.remote.reveal')}
          </button>
        ) : null}
        {controls.close ? (
          <button type="button" className="small-button" disabled={busy} onClick={act('close')}>
            {t(language, 'workshop.remote.close')}
          </button>
        ) : null}
        {controls.reopen ? (
          <button type="button" className="small-button" disabled={busy} onClick={act('reopen')}>
            {t(language, 'workshop.remote.reopen')}
          </button>
        ) : null}
        {controls.reset ? (
          <button
            type="button"
            className="small-button small-button--danger"
            disabled={busy}
            onClick={() => setConfirm('reset')}
          >
            {t(language, 'workshop.remote.reset')}
          </button>
        ) : null}
        <button
          type="button"
          className="small-button small-button--danger"
          disabled={busy}
          onClick={() => setConfirm('end')}
        >
          {t(language, 'workshop.remote.end')}
        </button>
      </div>
      {confirm ? (
        <div
          className="confirm"
          role="alertdialog"
          aria-label={t(language, `workshop.remote.${confirm}`)}
        >
          <p>
            {t(
              language,
              confirm === 'reset' ? 'workshop.remote.resetConfirm' : 'workshop.remote.endConfirm',
            )}
          </p>
          <div className="state-buttons">
            <button type="button" className="submit" disabled={busy} onClick={act(confirm)}>
              {t(
                language,
                confirm === 'reset' ? 'workshop.remote.resetYes' : 'workshop.remote.endYes',
              )}
            </button>
            <button type="button" className="small-button" onClick={() => setConfirm(null)}>
              {t(language, 'workshop.remote.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <Feedback message={message} />

      <div className="remote__results">
        {activity.kind === 'quiz' && activity.correct !== null ? (
          <p className="remote__correct">
            {t(language, 'workshop.remote.correct', {
              answer: activity.options[activity.correct] ?? '',
            })}
          </p>
        ) : null}
        {results && !live.results ? (
          <p className="field__hint">{t(language, 'workshop.remote.hiddenResults')}</p>
        ) : null}
        {activity.kind === 'slide' ? (
          <p className="field__hint">{t(language, 'workshop.remote.slideHint')}</p>
        ) : activity.kind === 'interest_vote' ? (
          <p className="field__hint">
            {t(language, 'workshop.remote.voteHint')}{' '}
            <a href={`/m/b/${boardId}/vote`}>{t(language, 'workshop.remote.voteLink')}</a>
          </p>
        ) : activity.kind === 'ideas' ? (
          <RemoteIdeas boardId={boardId} live={live} language={language} onRun={run} busy={busy} />
        ) : results?.kind === 'wordcloud' ? (
          <>
            <WorkshopResults activity={activity} results={results} language={language} />
            <ul className="hide-list">
              {results.words.map((word) => (
                <li key={word.key}>
                  <span>
                    {word.text} ({formatCount(language, word.count)})
                  </span>
                  <button
                    type="button"
                    className="small-button small-button--danger"
                    disabled={busy}
                    aria-label={t(language, 'workshop.remote.hideLabel', { text: word.text })}
                    onClick={() => void run(() => hideEntry(boardId, activity.id, word.key))}
                  >
                    {t(language, 'workshop.remote.hide')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : results ? (
          <WorkshopResults activity={activity} results={results} language={language} />
        ) : (
          <p className="field__hint">{t(language, 'workshop.remote.noResults')}</p>
        )}
      </div>
    </section>
  );
}

/** Every idea of the idea board, with "hide" and "make it a suggestion" for each. */
function RemoteIdeas(props: {
  boardId: string;
  live: WorkshopLive;
  language: Language;
  busy: boolean;
  onRun: (action: () => Promise<unknown>) => Promise<void>;
}) {
  const { boardId, live, language } = props;
  const [asked, setAsked] = useState(0);
  const { data, failure } = useFetched(
    () => fetchCurrentIdeas(boardId),
    [boardId, live.answered, live.results, asked],
  );
  const again = (action: () => Promise<unknown>) =>
    void props.onRun(action).then(() => setAsked((n) => n + 1));
  return (
    <>
      {failure && !data ? (
        <p className="feedback feedback--error" role="alert">
          {describeError(language, failure)}
        </p>
      ) : null}
      {data ? (
        <IdeaRows
          ideas={data.ideas}
          language={language}
          busy={props.busy}
          onSuggest={(idea) => again(() => makeSuggestion(boardId, idea.id))}
          onHide={(idea) => again(() => hideEntry(boardId, live.activity.id, idea.id))}
        />
      ) : null}
    </>
  );
}

/** Ideas with their votes and the lead's actions ("make it a suggestion", marked once made). */
export function IdeaRows(props: {
  ideas: readonly Idea[];
  language: Language;
  busy: boolean;
  onSuggest: (idea: Idea) => void;
  onHide?: (idea: Idea) => void;
}) {
  const { ideas, language } = props;
  if (ideas.length === 0) return <p>{t(language, 'workshop.ideas.none')}</p>;
  return (
    <ul className="lead-ideas">
      {ideas.map((idea) => (
        <li key={idea.id} className="lead-idea">
          <p className="lead-idea__text">{idea.text}</p>
          <p className="lead-idea__meta">
            {dimensionLabel(language, idea.dimension)} · {votesText(language, idea.upvotes)}
          </p>
          <div className="state-buttons">
            {idea.suggestionId ? (
              <span className="chip chip--done">
                {t(language, 'workshop.remote.suggestionMade')}
              </span>
            ) : (
              <button
                type="button"
                className="small-button"
                disabled={props.busy}
                onClick={() => props.onSuggest(idea)}
              >
                {t(language, 'workshop.remote.makeSuggestion')}
              </button>
            )}
            {props.onHide ? (
              <button
                type="button"
                className="small-button small-button--danger"
                disabled={props.busy}
                aria-label={t(language, 'workshop.remote.hideLabel', { text: idea.text })}
                onClick={() => props.onHide?.(idea)}
              >
                {t(language, 'workshop.remote.hide')}
              </button>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
