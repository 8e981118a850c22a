import { useEffect, useState, type SubmitEvent } from 'react';
import type {
  Goal,
  Language,
  Suggestion,
  SuggestionHistory,
  SuggestionStatus,
  User,
} from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { LIMITS, SUGGESTION_STATUSES } from '@tavla/shared/domain';
import { statusLabel, t, type FieldLabels } from '@tavla/shared/i18n';
import {
  ApiError,
  changeStatus,
  describeError,
  fetchHistory,
  fetchMe,
  hideSuggestion,
  linkGoal,
} from '../api.js';
import { Comments } from '../components/Comments.js';
import { OwnHiddenView } from '../components/OwnHiddenView.js';
import { OwnSuggestionControls } from '../components/OwnSuggestionControls.js';
import { suggestionOf } from '../outbox.js';
import { useOutbox } from '../use-outbox.js';
import '../own-suggestion-messages.js';
import { SuggestionMeta } from '../components/SuggestionMeta.js';
import { phoneLanguage, useDocumentLanguage } from '../language.js';
import { usePhoneBoard } from '../use-phone-board.js';
import { QuickDecide } from '../components/QuickDecide.js';
import '../triage-messages.js';

const formatWhen = (iso: string, language: Language) =>
  new Date(iso).toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

const FLOW: readonly SuggestionStatus[] = ['new', 'under_review', 'planned', 'in_progress', 'done'];

/** The status a lead most likely wants next: the following step of the workflow. */
export function nextStatus(current: SuggestionStatus): SuggestionStatus {
  const index = FLOW.indexOf(current);
  if (index >= 0 && index < FLOW.length - 1) return FLOW[index + 1] ?? 'done';
  return current === 'done' ? 'in_progress' : 'under_review';
}

/** One suggestion: its status, the reason or original, its timeline, and for leads the controls. */
export function SuggestionPage({
  boardId,
  suggestionId,
}: {
  boardId: string;
  suggestionId: string;
}) {
  const { snapshot } = usePhoneBoard(boardId);
  const [history, setHistory] = useState<SuggestionHistory | null | 'missing'>(null);
  const [user, setUser] = useState<User | null>(null);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, 'Tavla');
  const live = snapshot?.suggestions.find((s) => s.id === suggestionId);
  const liveSeq = live?.seq;
  // This phone posted it (the server says so in every snapshot); something of it may still
  // wait in the outbox (its photo), and then it is not edited before that arrived.
  const isMine = snapshot?.mine?.includes(suggestionId) ?? false;
  const { items: waiting } = useOutbox({});
  const isWaiting = waiting.some((item) => suggestionOf(item.write) === suggestionId);

  useEffect(() => {
    fetchMe()
      .then(({ user: me }) => setUser(me))
      .catch(() => setUser(null));
  }, []);

  // Refetch the timeline whenever the suggestion changes live (its seq moves).
  useEffect(() => {
    fetchHistory(boardId, suggestionId)
      .then(setHistory)
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) setHistory('missing');
      });
  }, [boardId, suggestionId, liveSeq]);

  const back = (
    <p className="back">
      <a href={`/m/b/${boardId}`}>{t(language, 'phone.detail.back')}</a>
    </p>
  );
  if (history === 'missing' || (snapshot && !live && history !== null)) {
    return (
      <main className="page page--notice">
        {back}
        <OwnHiddenView boardId={boardId} suggestionId={suggestionId} language={language} />
      </main>
    );
  }
  if (history === null)
    return <main className="page page--notice">{t(language, 'phone.loading')}</main>;

  const suggestion = live ?? history.suggestion;
  const original = suggestion.duplicateOf
    ? snapshot?.suggestions.find((s) => s.id === suggestion.duplicateOf)
    : undefined;
  const isLead = user !== null && user.boardIds.includes(boardId);

  return (
    <div className="page">
      <header className="topbar">
        <h1>{snapshot?.board.name ?? 'Tavla'}</h1>
        {isLead ? <span className="live">{t(language, 'lead.badge')}</span> : null}
      </header>
      <main>
        {back}
        <article
          className="form detail"
          style={{ borderLeft: `0.45rem solid ${DIMENSION_STYLE[suggestion.dimension].color}` }}
        >
          {suggestion.photo ? (
            <img className="detail__photo" src={suggestion.photo.url} alt="" />
          ) : null}
          <p className="detail__text">{suggestion.text}</p>
          <SuggestionMeta suggestion={suggestion} language={language} />
          {suggestion.statusNote ? (
            <p className="detail__reason">
              {t(language, 'phone.detail.reason', { note: suggestion.statusNote })}
            </p>
          ) : null}
          {suggestion.duplicateOf ? (
            <p className="detail__reason">
              {t(language, 'phone.detail.duplicateOf')}:{' '}
              <a href={`/m/b/${boardId}/s/${suggestion.duplicateOf}`}>{original?.text ?? '…'}</a>
            </p>
          ) : null}
        </article>

        {isMine && suggestion.status === 'new' ? (
          isWaiting ? (
            <p className="own-hint form">{t(language, 'own.waiting')}</p>
          ) : (
            <OwnSuggestionControls boardId={boardId} suggestion={suggestion} language={language} />
          )
        ) : null}

        <section className="form">
          <h2>{t(language, 'phone.detail.history')}</h2>
          <ol className="timeline">
            <li>
              <strong>{t(language, 'phone.detail.posted')}</strong>
              <span className="timeline__when">{formatWhen(suggestion.createdAt, language)}</span>
            </li>
            {history.events.map((event) => (
              <li key={event.id}>
                <strong>
                  {event.kind === 'hidden'
                    ? t(language, 'phone.detail.hiddenEvent')
                    : event.kind === 'unhidden'
                      ? t(language, 'phone.detail.unhiddenEvent')
                      : `${event.fromStatus ? statusLabel(language, event.fromStatus) : ''} → ${event.toStatus ? statusLabel(language, event.toStatus) : ''}`}
                </strong>
                <span className="timeline__when">
                  {formatWhen(event.createdAt, language)} ·{' '}
                  {t(language, 'phone.detail.by', { name: event.actorName })}
                </span>
                {event.note ? <span className="timeline__note">{event.note}</span> : null}
              </li>
            ))}
          </ol>
        </section>

        <Comments
          key={suggestionId}
          boardId={boardId}
          suggestionId={suggestionId}
          version={liveSeq}
          isLead={isLead}
          language={language}
        />

        {isLead ? (
          <GoalLink
            boardId={boardId}
            suggestion={suggestion}
            goals={(snapshot?.goals ?? []).filter((goal) => goal.state === 'active')}
            language={language}
          />
        ) : null}
        {isLead ? (
          <LeadControls
            boardId={boardId}
            suggestion={suggestion}
            others={(snapshot?.suggestions ?? []).filter(
              (s) => s.id !== suggestion.id && s.status !== 'duplicate',
            )}
            language={language}
          />
        ) : null}
      </main>
    </div>
  );
}

/** The status form's labels for the fields a refusal may name. */
const STATUS_LABELS: FieldLabels = {
  note: 'lead.status.note',
  reason: 'lead.hide.reason',
};

function LeadControls(props: {
  boardId: string;
  suggestion: Suggestion;
  others: Suggestion[];
  language: Language;
}) {
  const { boardId, suggestion, others, language } = props;
  const [status, setStatus] = useState<SuggestionStatus>(nextStatus(suggestion.status));
  const [note, setNote] = useState('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [reason, setReason] = useState('');
  // Which form the message is about: it shows under that form.
  const [message, setMessage] = useState<{
    form: 'status' | 'hide';
    ok: boolean;
    text: string;
  } | null>(null);

  async function run(form: 'status' | 'hide', action: () => Promise<unknown>, after: () => void) {
    setMessage(null);
    try {
      await action();
      after();
      setMessage({ form, ok: true, text: t(language, 'admin.saved') });
    } catch (error) {
      setMessage({ form, ok: false, text: describeError(language, error, STATUS_LABELS) });
    }
  }

  const feedback = (form: 'status' | 'hide') =>
    message?.form === form ? (
      <p
        className={`feedback feedback--${message.ok ? 'sent' : 'error'}`}
        role={message.ok ? 'status' : 'alert'}
      >
        {message.text}
      </p>
    ) : null;

  function saveStatus(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(
      'status',
      () =>
        changeStatus(boardId, suggestion.id, {
          status,
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(status === 'duplicate' && duplicateOf ? { duplicateOf } : {}),
        }),
      () => {
        setNote('');
        setStatus(nextStatus(status));
      },
    );
  }

  function hide(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(
      'hide',
      () => hideSuggestion(boardId, suggestion.id, reason.trim()),
      () => window.location.assign(`/m/b/${boardId}`),
    );
  }

  return (
    <>
      {/* The common moves in one tap; the form below for the rest (a duplicate, a note). */}
      <section className="form">
        <h2>{t(language, 'lead.status.title')}</h2>
        <QuickDecide boardId={boardId} suggestion={suggestion} language={language} />
      </section>
      <form className="form" onSubmit={saveStatus}>
        <label className="field">
          <span className="field__label">{t(language, 'lead.status.status')}</span>
          <select
            name="status"
            value={status}
            onChange={(e) => setStatus(e.target.value as SuggestionStatus)}
          >
            {SUGGESTION_STATUSES.map((option) => (
              <option key={option} value={option} disabled={option === suggestion.status}>
                {statusLabel(language, option)}
              </option>
            ))}
          </select>
        </label>
        {status === 'duplicate' ? (
          <label className="field">
            <span className="field__label">{t(language, 'lead.status.duplicateOf')}</span>
            <select
              name="duplicateOf"
              value={duplicateOf}
              onChange={(e) => setDuplicateOf(e.target.value)}
              required
            >
              <option value="" />
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.text.slice(0, 80)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="field">
          <span className="field__label">
            {status === 'not_doing'
              ? t(language, 'lead.status.reason')
              : t(language, 'lead.status.note')}
          </span>
          <textarea
            name="note"
            rows={2}
            maxLength={LIMITS.statusNoteMax}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            required={status === 'not_doing'}
          />
        </label>
        <button className="submit" type="submit" disabled={status === suggestion.status}>
          {t(language, 'lead.status.save')}
        </button>
        {feedback('status')}
      </form>
      <form className="form" onSubmit={hide}>
        <h2>{t(language, 'lead.hide.title')}</h2>
        <label className="field">
          <span className="field__label">{t(language, 'lead.hide.reason')}</span>
          <input
            name="hideReason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            minLength={3}
            maxLength={LIMITS.statusNoteMax}
          />
        </label>
        <button className="small-button small-button--danger" type="submit">
          {t(language, 'lead.hide.submit')}
        </button>
        {feedback('hide')}
      </form>
    </>
  );
}

/** A lead links the suggestion to one of the board's active goals, or unlinks it. */
function GoalLink(props: {
  boardId: string;
  suggestion: Suggestion;
  goals: readonly Goal[];
  language: Language;
}) {
  const { boardId, suggestion, goals, language } = props;
  const [error, setError] = useState<string | null>(null);

  async function link(goalId: string | null) {
    setError(null);
    try {
      await linkGoal(boardId, suggestion.id, goalId);
    } catch (failure) {
      setError(describeError(language, failure));
    }
  }

  return (
    <section className="form">
      <label className="field">
        <span className="field__label">{t(language, 'lead.goal.title')}</span>
        <select
          name="goalLink"
          value={suggestion.goalId ?? ''}
          onChange={(event) => void link(event.target.value || null)}
        >
          <option value="">{t(language, 'phone.form.noGoal')}</option>
          {goals.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {goal.title}
            </option>
          ))}
        </select>
      </label>
      {error ? (
        <p className="feedback feedback--error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
