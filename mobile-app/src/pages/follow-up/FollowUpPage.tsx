import { useState } from 'react';
import type {
  ActionOutcome,
  FollowUpDetail,
  FollowUpKind,
  FollowUpLive,
  GoalOutcome,
  Language,
} from '@tavla/shared';
import {
  ACTION_OUTCOMES,
  FOLLOW_UP_KINDS,
  FOLLOW_UP_LIMITS,
  GOAL_OUTCOMES,
  localDay,
  nextFollowUpDay,
  SMALL_GROUP_MIN,
  type FollowUpStep,
} from '@tavla/shared/follow-up-rules';
import { t } from '@tavla/shared/i18n';
import { PULSE_QUESTIONS } from '@tavla/shared/workshop';
import { ApiError, describeError } from '../../api.js';
import { Feedback, leadGate, MethodFrame } from '../../components/MethodFrame.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { formatCount } from '../../method-format.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { useViewer } from '../../use-viewer.js';
import {
  addAction,
  endFollowUp,
  hideNote,
  judgeGoal,
  moveStep,
  reviewAction,
  saveLearning,
  startFollowUp,
} from './follow-up-api.js';
import {
  ActionLine,
  DueChip,
  FollowUpRecord,
  formatDay,
  GoalFigures,
  NoteGroups,
  NoteWriter,
  PulseSummary,
} from './FollowUpParts.js';
import { addDays, counted, pulseText, stepPlace } from './follow-up-view.js';
import { useFollowUpDetail } from './use-follow-up.js';
import './follow-up-messages.js';

type Message = { ok: boolean; text: string } | null;

/**
 * The follow-up (step 7) for a lead at `/m/b/<id>/follow-up`: start one, then run its template
 * step by step (what the wall and phones show follows the step), end it with the next one's
 * date, and read the kept record. The live state comes with the board (the method's
 * `followUp.live`); the runner's details from the follow-up itself.
 */
export function FollowUpPage({ boardId }: { boardId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'followUp.title')} · Tavla`);
  const followUp = snapshot?.method?.followUp ?? null;
  const live = followUp?.live ?? null;
  const [ended, setEnded] = useState<FollowUpDetail | null>(null);
  const gate = leadGate(viewer, language);

  return (
    <MethodFrame
      title={t(language, 'followUp.title')}
      back={`/m/b/${boardId}`}
      backLabel="phone.detail.back"
      language={language}
    >
      {gate ??
        (!snapshot ? (
          <p className="page--notice">{t(language, 'phone.loading')}</p>
        ) : ended ? (
          <>
            <p className="feedback feedback--sent" role="status">
              {t(language, 'followUp.ended')}
            </p>
            <FollowUpRecord detail={ended} language={language} />
            <p className="below-form">
              <a href={`/m/b/${boardId}/follow-ups`}>{t(language, 'followUp.kept.link')} →</a>
            </p>
          </>
        ) : live ? (
          <Runner
            key={live.id}
            boardId={boardId}
            live={live}
            language={language}
            onEnded={setEnded}
          />
        ) : (
          <StartFollowUp
            boardId={boardId}
            language={language}
            nextDate={followUp?.latest?.nextDate ?? null}
            openActions={followUp?.actions.length ?? 0}
          />
        ))}
    </MethodFrame>
  );
}

function StartFollowUp(props: {
  boardId: string;
  language: Language;
  nextDate: string | null;
  openActions: number;
}) {
  const { boardId, language } = props;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  async function start(kind: FollowUpKind) {
    setBusy(true);
    setMessage(null);
    try {
      // The runner opens when the board's live state says the follow-up is on.
      await startFollowUp(boardId, kind);
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <section className="form">
        <h2>{t(language, 'followUp.start.title')}</h2>
        <p className="lead-text">{t(language, 'followUp.start.intro')}</p>
        {props.nextDate ? (
          <p>
            <strong>
              {t(language, 'followUp.start.next', { date: formatDay(language, props.nextDate) })}
            </strong>
          </p>
        ) : null}
        <p className="fu-muted">{counted(language, 'open', props.openActions)}</p>
        <ul className="fu-kinds-list">
          {FOLLOW_UP_KINDS.map((kind) => (
            <li key={kind} className="fu-kind-card">
              <p className="fu-kind-card__name">
                <strong>{t(language, `followUp.kind.${kind}`)}</strong>
              </p>
              <p className="fu-kind-card__line">{t(language, `followUp.kindLine.${kind}`)}</p>
              <button
                type="button"
                className="submit"
                disabled={busy}
                onClick={() => void start(kind)}
              >
                {t(language, 'followUp.start.button')} · {t(language, `followUp.kind.${kind}`)}
              </button>
            </li>
          ))}
        </ul>
        <Feedback message={message} />
      </section>
      <p className="below-form">
        <a href={`/m/b/${boardId}/follow-ups`}>{t(language, 'followUp.kept.link')} →</a>
      </p>
    </>
  );
}

/** The steps as a strip: done, now, to come (the words say which, not the colour alone). */
function ProgressStrip(props: {
  steps: readonly FollowUpStep[];
  step: FollowUpStep;
  ending: boolean;
  language: Language;
}) {
  const { steps, step, language } = props;
  const place = stepPlace(steps, step);
  return (
    <div className="fu-progress">
      <p className="fu-progress__text">
        {t(language, 'followUp.progress', { index: place.index, count: place.count })}
      </p>
      <ol className="fu-progress__strip" aria-hidden="true">
        {steps.map((each, at) => (
          <li
            key={each}
            className={`fu-progress__cell${
              at + 1 < place.index || props.ending
                ? ' fu-progress__cell--done'
                : at + 1 === place.index
                  ? ' fu-progress__cell--now'
                  : ''
            }`}
          />
        ))}
      </ol>
    </div>
  );
}

/** The live follow-up, step by step. */
function Runner(props: {
  boardId: string;
  live: FollowUpLive;
  language: Language;
  onEnded: (detail: FollowUpDetail) => void;
}) {
  const { boardId, live, language } = props;
  // The tallies the lead watches in the vote and pulse steps ask for the detail again.
  const tally =
    live.step === 'pulse'
      ? String(live.pulseRespondents)
      : live.step === 'vote'
        ? String(live.voters)
        : '';
  const { detail, failure, reload, accept } = useFollowUpDetail(
    boardId,
    live.id,
    `${live.step}:${tally}`,
  );
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [ending, setEnding] = useState(false);

  async function run(action: () => Promise<FollowUpDetail | null>) {
    setBusy(true);
    setMessage(null);
    try {
      const answer = await action();
      if (answer) accept(answer);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'follow_up_step_moved') {
        setMessage({ ok: false, text: t(language, 'followUp.moved') });
        setEnding(false);
        reload();
      } else {
        setMessage({ ok: false, text: describeError(language, error) });
      }
      return false;
    } finally {
      setBusy(false);
    }
  }

  if (!detail) {
    return failure ? (
      <div className="feedback feedback--error" role="alert">
        <p>{describeError(language, failure)}</p>
        <button type="button" className="small-button" onClick={reload}>
          {t(language, 'followUp.note.retry')}
        </button>
      </div>
    ) : (
      <p className="page--notice">{t(language, 'phone.loading')}</p>
    );
  }

  // The screen shows the step the follow-up had when it was read; moves send it as `from`.
  const shown = detail.step;
  const place = stepPlace(detail.steps, shown);
  const move = (to: FollowUpStep) =>
    void run(() => moveStep(boardId, detail.id, to, shown)).then((ok) => {
      if (ok) window.scrollTo(0, 0);
    });

  return (
    <article className="fu-runner">
      <p className="fu-runner__kind">{t(language, `followUp.kind.${detail.kind}`)}</p>
      <ProgressStrip steps={detail.steps} step={shown} ending={ending} language={language} />
      <h2 className="fu-runner__title">
        {t(language, ending ? 'followUp.step.end' : `followUp.step.${shown}`)}
      </h2>
      <Feedback message={message} />
      {ending ? (
        <EndStep
          boardId={boardId}
          detail={detail}
          language={language}
          busy={busy}
          run={run}
          onEnded={props.onEnded}
        />
      ) : (
        <StepBody
          boardId={boardId}
          live={live}
          detail={detail}
          language={language}
          busy={busy}
          run={run}
        />
      )}
      <nav className="form-nav fu-nav">
        {ending ? (
          <button type="button" className="nav-button" onClick={() => setEnding(false)}>
            {t(language, 'followUp.back')}
          </button>
        ) : place.previous ? (
          <button
            type="button"
            className="nav-button"
            disabled={busy}
            onClick={() => place.previous && move(place.previous)}
          >
            {t(language, 'followUp.back')}
          </button>
        ) : (
          <span />
        )}
        {ending ? null : place.next ? (
          <button
            type="button"
            className="nav-button nav-button--next"
            disabled={busy}
            onClick={() => place.next && move(place.next)}
          >
            {t(language, 'followUp.next')}
          </button>
        ) : (
          <button
            type="button"
            className="nav-button nav-button--next"
            disabled={busy}
            onClick={() => setEnding(true)}
          >
            {t(language, 'followUp.step.end')} →
          </button>
        )}
      </nav>
    </article>
  );
}

type Run = (action: () => Promise<FollowUpDetail | null>) => Promise<boolean>;

function StepBody(props: {
  boardId: string;
  live: FollowUpLive;
  detail: FollowUpDetail;
  language: Language;
  busy: boolean;
  run: Run;
}) {
  const { boardId, live, detail, language, busy, run } = props;
  switch (detail.step) {
    case 'actions':
      return detail.carried.length === 0 ? (
        <p className="fu-muted">{t(language, 'followUp.actions.none')}</p>
      ) : (
        <ul className="fu-actions">
          {detail.carried.map(({ action, outcome }) => (
            <li key={action.id} className="fu-action">
              <ActionLine action={action} language={language} />
              <Choice
                options={ACTION_OUTCOMES}
                chosen={outcome}
                label={(option) => t(language, `followUp.outcome.${option}`)}
                busy={busy}
                onChoose={(option: ActionOutcome | null) =>
                  void run(() => reviewAction(boardId, detail.id, action.id, option))
                }
              />
            </li>
          ))}
        </ul>
      );
    case 'goals':
      return detail.goals.length === 0 ? (
        <p className="fu-muted">{t(language, 'followUp.goals.none')}</p>
      ) : (
        <ul className="fu-goals">
          {detail.goals.map((goal) => (
            <li key={goal.goalId} className="fu-goal">
              <GoalFigures goal={goal} language={language} />
              <p className="fu-goal__question">{t(language, 'followUp.goals.question')}</p>
              <Choice
                options={GOAL_OUTCOMES}
                chosen={goal.outcome}
                label={(option) => t(language, `followUp.goal.${option}`)}
                busy={busy}
                onChoose={(option: GoalOutcome | null) =>
                  void run(() => judgeGoal(boardId, detail.id, goal.goalId, option))
                }
              />
            </li>
          ))}
        </ul>
      );
    case 'write': {
      const notes = live.notes.wentWell + live.notes.doBetter;
      return (
        <>
          <p className="lead-text">{t(language, 'followUp.write.intro')}</p>
          <p className="big-number fu-count" role="status">
            {t(language, 'followUp.write.counts', {
              notes: counted(language, 'notes', notes),
              writers: counted(language, 'devices', live.notes.writers),
            })}
          </p>
          <p className="fu-muted">
            {t(language, 'followUp.write.kinds', {
              wentWell: formatCount(language, live.notes.wentWell),
              doBetter: formatCount(language, live.notes.doBetter),
            })}
          </p>
          <h3>{t(language, 'followUp.write.yours')}</h3>
          <NoteWriter boardId={boardId} followUpId={detail.id} language={language} />
        </>
      );
    }
    case 'vote':
      return (
        <>
          <p className="big-number fu-count" role="status">
            {t(language, 'followUp.vote.voters', {
              devices: counted(language, 'devices', live.voters),
            })}
          </p>
          {detail.notes.length === 0 ? (
            <p className="fu-muted">{t(language, 'followUp.vote.none')}</p>
          ) : (
            <NoteGroups
              notes={detail.notes}
              language={language}
              busy={busy}
              onHide={(note) => void run(() => hideNote(boardId, detail.id, note.id))}
            />
          )}
        </>
      );
    case 'new_actions':
      return (
        <NewActions boardId={boardId} detail={detail} language={language} run={run} busy={busy} />
      );
    case 'learning':
      return (
        <Learning boardId={boardId} detail={detail} language={language} run={run} busy={busy} />
      );
    case 'pulse':
      return (
        <>
          <p className="lead-text">{t(language, 'followUp.pulse.intro')}</p>
          <ol className="fu-questions">
            {PULSE_QUESTIONS.map((question) => (
              <li key={question}>{pulseText(language, question).title}</li>
            ))}
          </ol>
          <p className="big-number fu-count" role="status">
            {t(language, 'followUp.pulse.respondents', {
              devices: counted(language, 'devices', live.pulseRespondents),
            })}
          </p>
          {detail.pulse.involved === null && detail.pulse.contribute === null ? (
            <p className="fu-muted">
              {t(language, 'followUp.pulse.tooFewLong', { smallGroupMin: SMALL_GROUP_MIN })}
            </p>
          ) : (
            <PulseSummary pulse={detail.pulse} language={language} noCount />
          )}
        </>
      );
  }
}

/** One tap picks an option; a tap on the picked one takes it back. */
function Choice<T extends string>(props: {
  options: readonly T[];
  chosen: T | null;
  label: (option: T) => string;
  busy: boolean;
  onChoose: (option: T | null) => void;
}) {
  return (
    <div className="fu-choice" role="group">
      {props.options.map((option) => (
        <button
          key={option}
          type="button"
          className={`fu-choice__button fu-choice__button--${option}`}
          aria-pressed={props.chosen === option}
          disabled={props.busy}
          onClick={() => props.onChoose(props.chosen === option ? null : option)}
        >
          {props.chosen === option ? '✓ ' : ''}
          {props.label(option)}
        </button>
      ))}
    </div>
  );
}

function NewActions(props: {
  boardId: string;
  detail: FollowUpDetail;
  language: Language;
  run: Run;
  busy: boolean;
}) {
  const { boardId, detail, language, run, busy } = props;
  const today = localDay(new Date());
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState(() => addDays(today, 14));
  const full = detail.newActions.length >= FOLLOW_UP_LIMITS.newActionsMax;
  return (
    <>
      {detail.notes.length > 0 ? (
        <details className="fu-result" open>
          <summary>{t(language, 'followUp.vote.result')}</summary>
          <NoteGroups notes={detail.notes} language={language} sorted />
        </details>
      ) : null}
      <p className="lead-text">{t(language, 'followUp.newActions.intro', FOLLOW_UP_LIMITS)}</p>
      {detail.newActions.length === 0 ? (
        <p className="fu-muted">{t(language, 'followUp.newActions.none')}</p>
      ) : (
        <ul className="fu-actions">
          {detail.newActions.map((action) => (
            <li key={action.id} className="fu-action">
              <ActionLine action={action} language={language} />
            </li>
          ))}
        </ul>
      )}
      {full ? (
        <p className="fu-muted" role="status">
          {t(language, 'followUp.newActions.full')}
        </p>
      ) : (
        <form
          className="fu-action-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() =>
              addAction(boardId, detail.id, {
                text: text.trim(),
                owner: owner.trim(),
                dueDate,
              }),
            ).then((ok) => {
              if (!ok) return;
              setText('');
              setOwner('');
            });
          }}
        >
          <label className="field">
            <span className="field__label">{t(language, 'followUp.newActions.text')}</span>
            <input
              value={text}
              maxLength={FOLLOW_UP_LIMITS.actionTextMax}
              required
              minLength={FOLLOW_UP_LIMITS.actionTextMin}
              onChange={(event) => setText(event.target.value)}
            />
          </label>
          <label className="field">
            <span className="field__label">{t(language, 'followUp.newActions.owner')}</span>
            <input
              value={owner}
              maxLength={FOLLOW_UP_LIMITS.ownerMax}
              required
              onChange={(event) => setOwner(event.target.value)}
            />
          </label>
          <label className="field">
            <span className="field__label">{t(language, 'followUp.newActions.due')}</span>
            <input
              type="date"
              value={dueDate}
              required
              onChange={(event) => setDueDate(event.target.value)}
            />
          </label>
          {dueDate ? (
            <p className="fu-action__meta">
              <DueChip dueDate={dueDate} language={language} />
            </p>
          ) : null}
          <button type="submit" className="submit" disabled={busy}>
            {t(language, 'followUp.newActions.add')}
          </button>
        </form>
      )}
    </>
  );
}

function Learning(props: {
  boardId: string;
  detail: FollowUpDetail;
  language: Language;
  run: Run;
  busy: boolean;
}) {
  const { boardId, detail, language, run, busy } = props;
  const [learning, setLearning] = useState(detail.learning ?? '');
  const [saved, setSaved] = useState(false);
  return (
    <form
      className="fu-learning-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        void run(() => saveLearning(boardId, detail.id, learning.trim())).then(setSaved);
      }}
    >
      <label className="field">
        <span className="field__label">{t(language, 'followUp.learning.label')}</span>
        <input
          value={learning}
          maxLength={FOLLOW_UP_LIMITS.learningMax}
          onChange={(event) => {
            setLearning(event.target.value);
            setSaved(false);
          }}
        />
      </label>
      <button type="submit" className="submit" disabled={busy}>
        {t(language, 'followUp.learning.save')}
      </button>
      {saved ? (
        <p className="feedback feedback--sent" role="status">
          {t(language, 'followUp.learning.saved')}
        </p>
      ) : null}
    </form>
  );
}

function EndStep(props: {
  boardId: string;
  detail: FollowUpDetail;
  language: Language;
  busy: boolean;
  run: Run;
  onEnded: (detail: FollowUpDetail) => void;
}) {
  const { boardId, detail, language, busy, run } = props;
  const [nextDate, setNextDate] = useState(() =>
    nextFollowUpDay(detail.kind, localDay(new Date())),
  );
  return (
    <form
      className="fu-end"
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          const ended = await endFollowUp(boardId, detail.id, { nextDate });
          props.onEnded(ended);
          return null;
        });
      }}
    >
      <p className="lead-text">{t(language, 'followUp.end.intro')}</p>
      <label className="field">
        <span className="field__label">{t(language, 'followUp.end.nextDate')}</span>
        <input
          type="date"
          value={nextDate}
          required
          onChange={(event) => setNextDate(event.target.value)}
        />
      </label>
      <button type="submit" className="submit" disabled={busy}>
        {t(language, 'followUp.end.button')}
      </button>
    </form>
  );
}
