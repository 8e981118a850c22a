import { useState, type ReactNode, type SubmitEvent } from 'react';
import type {
  Language,
  MeetingReview,
  MeetingSlot,
  ReviewSuggestion,
  SuggestionStatus,
} from '@tavla/shared';
import { FIRST_MEETING_LOOKBACK_DAYS, WAITING_DAYS } from '@tavla/shared/follow-up-rules';
import { formatValue } from '@tavla/shared/goal-progress';
import { dimensionLabel, statusLabel, t } from '@tavla/shared/i18n';
import { describeError } from '../../api.js';
import { Feedback, MethodFrame } from '../../components/MethodFrame.js';
import { QuickDecide } from '../../components/QuickDecide.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { endMeeting, fetchMeeting, setMeetingSlot, startMeeting } from '../../meeting-api.js';
import { formatDate, formatTime } from '../../method-format.js';
import { useFetched } from '../../use-fetched.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { leadsBoard, useViewer } from '../../use-viewer.js';
import {
  draftOfSlot,
  formatDay,
  slotOfDraft,
  splitGoals,
  weekdayName,
  type SlotDraft,
} from './meeting-view.js';
import '../../meeting-messages.js';
import './meeting.css';

// The board page's live-meeting card comes with this chunk.
export { MeetingCard } from './MeetingCard.js';

/** The statuses a lead gives a waiting suggestion with one tap ("not doing" asks why first). */
const ONE_TAP: readonly SuggestionStatus[] = ['under_review', 'planned', 'in_progress'];
const LIST_MAX = 50;

type Message = { ok: boolean; text: string } | null;

/**
 * The weekly board meeting, "since last time": what changed since the previous meeting (new
 * suggestions, status changes, done, measurements, goals whose status changed) and the
 * bottleneck (suggestions waiting for a decision, actions past their date). A lead starts and
 * ends the meeting, decides waiting suggestions with one tap and sets the weekly slot; everyone
 * else reads the same list. It is asked again on every live change of the board.
 */
export function MeetingPage({ boardId }: { boardId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'meeting.title')} · Tavla`);
  const leads = leadsBoard(viewer);
  const [changes, setChanges] = useState(0);
  const refresh = () => setChanges((n) => n + 1);
  const { data, failure } = useFetched(
    viewer.kind === 'loading' ? null : () => fetchMeeting(boardId),
    [boardId, viewer.kind, snapshot?.seq, changes],
  );
  const slot = snapshot?.method?.followUp.meeting.slot ?? null;

  return (
    <MethodFrame
      title={t(language, 'meeting.title')}
      back={`/m/b/${boardId}`}
      backLabel="phone.detail.back"
      language={language}
    >
      {failure && !data ? (
        <p className="feedback feedback--error notice-inline" role="alert">
          {describeError(language, failure)}
        </p>
      ) : null}
      {!data ? (
        failure ? null : (
          <p className="page--notice">{t(language, 'phone.loading')}</p>
        )
      ) : (
        <>
          {leads ? (
            <MeetingControls
              boardId={boardId}
              language={language}
              review={data}
              refresh={refresh}
            />
          ) : (
            <p className="meeting-state">
              {data.meeting
                ? t(language, 'meeting.live', {
                    time: formatTime(language, data.meeting.startedAt),
                  })
                : t(language, 'meeting.notLive')}
            </p>
          )}
          <Review
            boardId={boardId}
            language={language}
            review={data}
            lead={leads}
            refresh={refresh}
          />
          {leads ? (
            <SlotForm
              key={JSON.stringify(slot)}
              boardId={boardId}
              language={language}
              slot={slot}
            />
          ) : null}
        </>
      )}
    </MethodFrame>
  );
}

function MeetingControls(props: {
  boardId: string;
  language: Language;
  review: MeetingReview;
  refresh: () => void;
}) {
  const { boardId, language, review } = props;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
    } finally {
      setBusy(false);
      props.refresh();
    }
  }
  const live = review.meeting;
  return (
    <section className="meeting-controls">
      {live ? (
        <>
          <p className="meeting-state meeting-state--live">
            <span className="meeting-state__pulse" aria-hidden="true" />
            {t(language, 'meeting.live', { time: formatTime(language, live.startedAt) })}
          </p>
          <button
            type="button"
            className="small-button small-button--danger"
            disabled={busy}
            onClick={() => void run(() => endMeeting(boardId, live.id))}
          >
            {t(language, 'meeting.end')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="submit"
          disabled={busy}
          onClick={() => void run(() => startMeeting(boardId))}
        >
          {t(language, 'meeting.start')}
        </button>
      )}
      <Feedback message={message} />
    </section>
  );
}

function Section(props: { title: string; count?: number; children: ReactNode }) {
  return (
    <section className="list meeting-section">
      <h2>
        {props.title}
        {props.count !== undefined ? <span className="meeting-count">{props.count}</span> : null}
      </h2>
      {props.children}
    </section>
  );
}

function SuggestionLine(props: {
  boardId: string;
  suggestion: ReviewSuggestion;
  language: Language;
  mark?: { kind: 'new' | 'changed'; label: string };
  /** Instead of the status chip. */
  children?: ReactNode;
  /** Below the line (a lead's decision buttons). */
  after?: ReactNode;
}) {
  const { suggestion: s, language, mark } = props;
  return (
    <li className={`item item--${s.dimension} meeting-item`}>
      <p className="item__text">
        {mark ? (
          <span className={`meeting-mark meeting-mark--${mark.kind}`}>{mark.label}</span>
        ) : null}
        <a href={`/m/b/${props.boardId}/s/${s.id}`}>{s.text}</a>
      </p>
      <p className="item__meta">
        <span>{dimensionLabel(language, s.dimension)}</span>
        {props.children ?? (
          <span className={`chip chip--${s.status}`}>{statusLabel(language, s.status)}</span>
        )}
      </p>
      {props.after}
    </li>
  );
}

function Review(props: {
  boardId: string;
  language: Language;
  review: MeetingReview;
  lead: boolean;
  refresh: () => void;
}) {
  const { boardId, language, review, lead } = props;
  const { changed: goals, unchanged } = splitGoals(review.goals);
  const more = (count: number) =>
    count >= LIST_MAX ? (
      <p className="list__empty">{t(language, 'meeting.more', { count })}</p>
    ) : null;
  const empty = (text: string) => <p className="list__empty">{text}</p>;
  const goalStatus = (status: MeetingReview['goals'][number]['now']) =>
    status === null ? t(language, 'meeting.goals.unknown') : t(language, `goal.status.${status}`);

  return (
    <div className="meeting-review">
      <p className="meeting-since">
        {review.previousMeetingAt
          ? t(language, 'meeting.since', { date: formatDate(language, review.previousMeetingAt) })
          : t(language, 'meeting.since.first', { days: FIRST_MEETING_LOOKBACK_DAYS })}
      </p>

      <Section title={t(language, 'meeting.new')} count={review.newSuggestions.length}>
        {review.newSuggestions.length === 0 ? empty(t(language, 'meeting.nothing')) : null}
        <ul className="meeting-list">
          {review.newSuggestions.map((s) => (
            <SuggestionLine
              key={s.id}
              boardId={boardId}
              suggestion={s}
              language={language}
              mark={{ kind: 'new', label: t(language, 'meeting.new.mark') }}
            />
          ))}
        </ul>
        {more(review.newSuggestions.length)}
      </Section>

      <Section title={t(language, 'meeting.changed')} count={review.statusChanges.length}>
        {review.statusChanges.length === 0 ? empty(t(language, 'meeting.nothing')) : null}
        <ul className="meeting-list">
          {review.statusChanges.map((change) => (
            <SuggestionLine
              key={change.suggestion.id}
              boardId={boardId}
              suggestion={change.suggestion}
              language={language}
              mark={{ kind: 'changed', label: t(language, 'meeting.changed.mark') }}
            >
              <span className="meeting-transition">
                <span className={`chip chip--${change.from}`}>
                  {statusLabel(language, change.from)}
                </span>
                <span aria-hidden="true">→</span>
                <span className={`chip chip--${change.to}`}>
                  {statusLabel(language, change.to)}
                </span>
              </span>
            </SuggestionLine>
          ))}
        </ul>
        {more(review.statusChanges.length)}
      </Section>

      <Section title={t(language, 'meeting.done')}>
        <p className="meeting-done">
          {review.done === 0
            ? t(language, 'meeting.done.none')
            : review.done === 1
              ? t(language, 'meeting.done.one')
              : t(language, 'meeting.done.count', { count: review.done })}
        </p>
      </Section>

      <Section title={t(language, 'meeting.measurements')} count={review.measurements.length}>
        {review.measurements.length === 0 ? empty(t(language, 'meeting.nothing')) : null}
        <ul className="meeting-list">
          {review.measurements.map((m, index) => (
            <li key={`${m.goalId}-${index}`} className="item meeting-item">
              <p className="item__text">
                <strong>{m.goalTitle}</strong>
              </p>
              <p className="item__meta">
                <span className="meeting-value">
                  {formatValue(m.value, language)} {m.unit}
                </span>
                <span>{formatDay(language, m.measuredOn)}</span>
              </p>
            </li>
          ))}
        </ul>
      </Section>

      <Section title={t(language, 'meeting.goals')} count={goals.length}>
        {goals.length === 0 ? empty(t(language, 'meeting.goals.none')) : null}
        <ul className="meeting-list">
          {goals.map((goal) => (
            <li key={goal.goalId} className={`item item--${goal.dimension} meeting-item`}>
              <p className="item__text">
                <span className="meeting-mark meeting-mark--changed">
                  {t(language, 'meeting.changed.mark')}
                </span>
                <a href={`/m/b/${boardId}/goals/${goal.goalId}`}>{goal.title}</a>
              </p>
              <p className="item__meta meeting-transition">
                <span className={`goal-status goal-status--${goal.then ?? 'none'}`}>
                  {goalStatus(goal.then)}
                </span>
                <span aria-hidden="true">→</span>
                <span className={`goal-status goal-status--${goal.now ?? 'none'}`}>
                  {goalStatus(goal.now)}
                </span>
              </p>
            </li>
          ))}
        </ul>
        {unchanged > 0 ? (
          <p className="list__empty">
            {t(language, 'meeting.goals.unchanged', { count: unchanged })}
          </p>
        ) : null}
      </Section>

      <h2 className="meeting-bottleneck">{t(language, 'meeting.bottleneck')}</h2>
      <Section title={t(language, 'meeting.waiting')} count={review.waiting.length}>
        {review.waiting.length === 0
          ? empty(t(language, 'meeting.waiting.none', { days: WAITING_DAYS }))
          : null}
        <ul className="meeting-list">
          {review.waiting.map((w) => (
            <SuggestionLine
              key={w.suggestion.id}
              boardId={boardId}
              suggestion={w.suggestion}
              language={language}
              after={
                lead ? (
                  <QuickDecide
                    boardId={boardId}
                    language={language}
                    suggestion={w.suggestion}
                    moves={ONE_TAP}
                    onDecided={props.refresh}
                  />
                ) : null
              }
            >
              <span className="chip chip--waiting">
                {t(language, 'meeting.waiting.days', { days: w.days })}
              </span>
            </SuggestionLine>
          ))}
        </ul>
        {more(review.waiting.length)}
      </Section>

      <Section title={t(language, 'meeting.overdue')} count={review.overdueActions.length}>
        {review.overdueActions.length === 0 ? empty(t(language, 'meeting.overdue.none')) : null}
        <ul className="meeting-list">
          {review.overdueActions.map((action) => (
            <li key={action.id} className="item meeting-item meeting-item--overdue">
              <p className="item__text">{action.text}</p>
              <p className="item__meta">
                {t(language, 'meeting.overdue.item', {
                  owner: action.owner,
                  date: formatDay(language, action.dueDate),
                })}
              </p>
            </li>
          ))}
        </ul>
      </Section>
      {lead ? null : (
        <p className="list__empty meeting-readonly">{t(language, 'meeting.readOnly')}</p>
      )}
    </div>
  );
}

/** The weekly slot: weekday, time and minutes, or no fixed meeting. */
function SlotForm(props: { boardId: string; language: Language; slot: MeetingSlot | null }) {
  const { boardId, language } = props;
  const [draft, setDraft] = useState<SlotDraft>(() => draftOfSlot(props.slot));
  const [message, setMessage] = useState<Message>(null);
  const edit = (part: Partial<SlotDraft>) => setDraft((current) => ({ ...current, ...part }));

  async function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const slot = slotOfDraft(draft);
    if (slot === undefined) return;
    setMessage(null);
    try {
      await setMeetingSlot(boardId, { slot });
      setMessage({ ok: true, text: t(language, 'admin.saved') });
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
    }
  }

  const none = draft.weekday === '';
  return (
    <form className="form meeting-slot" onSubmit={(event) => void save(event)}>
      <h2>{t(language, 'meeting.slot')}</h2>
      <p className="list__empty">
        {props.slot
          ? t(language, 'meeting.slot.current', {
              weekday: weekdayName(language, props.slot.weekday),
              time: props.slot.time,
              minutes: props.slot.minutes,
            })
          : t(language, 'meeting.slot.none')}
      </p>
      <label className="field">
        <span className="field__label">{t(language, 'meeting.slot.weekday')}</span>
        <select
          name="weekday"
          value={draft.weekday}
          onChange={(e) => edit({ weekday: e.target.value })}
        >
          <option value="">{t(language, 'meeting.slot.none')}</option>
          {[1, 2, 3, 4, 5, 6, 7].map((weekday) => (
            <option key={weekday} value={String(weekday)}>
              {weekdayName(language, weekday)}
            </option>
          ))}
        </select>
      </label>
      <div className="row">
        <label className="field">
          <span className="field__label">{t(language, 'meeting.slot.time')}</span>
          <input
            type="time"
            name="time"
            required={!none}
            disabled={none}
            value={draft.time}
            onChange={(e) => edit({ time: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field__label">{t(language, 'meeting.slot.minutes')}</span>
          <input
            type="number"
            name="minutes"
            inputMode="numeric"
            min={5}
            max={120}
            step={1}
            required={!none}
            disabled={none}
            value={draft.minutes}
            onChange={(e) => edit({ minutes: e.target.value })}
          />
        </label>
      </div>
      <p className="list__empty">{t(language, 'meeting.slot.hint')}</p>
      <button className="submit" type="submit" disabled={slotOfDraft(draft) === undefined}>
        {t(language, 'meeting.slot.save')}
      </button>
      <Feedback message={message} />
    </form>
  );
}
