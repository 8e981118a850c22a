import { useEffect, useId, useState } from 'react';
import type { Action, FollowUpDetail, Language, Note, PulseResult } from '@tavla/shared';
import {
  FOLLOW_UP_LIMITS,
  localDay,
  NOTE_KINDS,
  type NoteKind,
} from '@tavla/shared/follow-up-rules';
import { dimensionLabel, t } from '@tavla/shared/i18n';
import { PULSE_QUESTIONS } from '@tavla/shared/workshop';
import { describeError } from '../../api.js';
import { newClientId } from '../../client-id.js';
import { formatCount, formatDate, formatDay, formatPercent } from '../../method-format.js';
import { sendNote } from './follow-up-api.js';
import {
  byVotes,
  counted,
  dueOf,
  formatMean,
  formatPoints,
  goalChange,
  notesByKind,
  notesLeft,
  noteToSend,
  pulseText,
} from './follow-up-view.js';
import { loadBook, noteTaken, saveBook, type NoteBook } from './note-store.js';
import './follow-up-messages.js';

/** A calendar day `YYYY-MM-DD` as the language writes it. */
export { formatDay };

/** An action's due date with its colour and its word (never the colour alone). */
export function DueChip(props: { dueDate: string; language: Language }) {
  const { colour, word } = dueOf(props.dueDate, localDay(new Date()));
  return (
    <span className={`due due--${colour}`}>
      <span className="due__dot" aria-hidden="true" />
      {formatDay(props.language, props.dueDate)} · {t(props.language, word)}
    </span>
  );
}

/** An action: its text, owner and due date. */
export function ActionLine(props: { action: Action; language: Language }) {
  const { action, language } = props;
  return (
    <>
      <p className="fu-action__text">{action.text}</p>
      <p className="fu-action__meta">
        <span>{t(language, 'followUp.actions.owner', { owner: action.owner })}</span>
        <DueChip dueDate={action.dueDate} language={language} />
      </p>
    </>
  );
}

/** Notes of both kinds, most voted first (with their votes once they are counted). */
export function NoteGroups(props: {
  notes: readonly Note[];
  language: Language;
  /** The lead's hide button on each note (left out: none). */
  onHide?: (note: Note) => void;
  busy?: boolean;
  /** Sort by votes (after the vote); otherwise in the order given. */
  sorted?: boolean;
}) {
  const { language } = props;
  const groups = notesByKind(props.sorted ? byVotes(props.notes) : props.notes);
  return (
    <div className="fu-groups">
      {NOTE_KINDS.map((kind) => (
        <section key={kind} className={`fu-group fu-group--${kind}`}>
          <h3>
            {t(language, `followUp.note.${kind}`)} ({formatCount(language, groups[kind].length)})
          </h3>
          {groups[kind].length === 0 ? (
            <p className="fu-muted">{t(language, 'followUp.record.noNotes')}</p>
          ) : (
            <ul className="fu-notes">
              {groups[kind].map((note) => (
                <li key={note.id} className={`fu-note${note.hidden ? ' fu-note--hidden' : ''}`}>
                  <span className="fu-note__text">{note.text}</span>
                  {note.votes !== null ? (
                    <span className="fu-note__votes">{counted(language, 'votes', note.votes)}</span>
                  ) : null}
                  {note.hidden ? (
                    <span className="chip">{t(language, 'followUp.vote.hidden')}</span>
                  ) : props.onHide ? (
                    <button
                      type="button"
                      className="small-button small-button--danger"
                      disabled={props.busy}
                      onClick={() => props.onHide?.(note)}
                    >
                      {t(language, 'followUp.vote.hide')}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

/** The pulse's two questions with their respondents and means ("too few answers" under 5). */
export function PulseSummary(props: {
  pulse: PulseResult;
  language: Language;
  /** Leave out the respondents (the screen shows them bigger already). */
  noCount?: boolean;
}) {
  const { pulse, language } = props;
  return (
    <div className="fu-pulse">
      {props.noCount ? null : (
        <p>
          {t(language, 'followUp.pulse.respondents', {
            devices: counted(language, 'devices', pulse.respondents),
          })}
        </p>
      )}
      <ul className="fu-pulse__list">
        {PULSE_QUESTIONS.map((question) => {
          const mean = pulse[question];
          return (
            <li key={question}>
              <span className="fu-pulse__question">{pulseText(language, question).title}</span>
              <strong className="fu-pulse__mean">
                {mean === null
                  ? t(language, 'followUp.pulse.tooFew')
                  : t(language, 'followUp.pulse.mean', { mean: formatMean(language, mean) })}
              </strong>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

type SendState = { state: 'idle' | 'sending' | 'sent' } | { state: 'failed'; error: unknown };

/**
 * Writes notes of both kinds. Each draft has its client id from the start and keeps it until
 * the note is taken, and the text stays on the phone (in storage too) until then: a retry, even
 * after a reload, is stored once. Shows what this device wrote in this follow-up.
 */
export function NoteWriter(props: {
  boardId: string;
  followUpId: string;
  language: Language;
  /** Notes the server counts for this device (its `mine.noteIds`), if known. */
  serverCount?: number;
}) {
  const { boardId, followUpId, language } = props;
  const [book, setBook] = useState<NoteBook>(() => loadBook(followUpId));
  const [kind, setKind] = useState<NoteKind>('went_well');
  const [send, setSend] = useState<SendState>({ state: 'idle' });
  const [tooShort, setTooShort] = useState(false);
  const fieldId = useId();
  useEffect(() => saveBook(followUpId, book), [followUpId, book]);

  const draft = book.drafts[kind] ?? null;
  const text = draft?.text ?? '';
  const written = Math.max(book.written.length, props.serverCount ?? 0);
  const left = notesLeft(written);

  function edit(value: string) {
    setTooShort(false);
    setBook((current) => ({
      ...current,
      drafts: {
        ...current.drafts,
        [kind]: { id: current.drafts[kind]?.id ?? newClientId(), text: value },
      },
    }));
  }

  async function submit() {
    const clean = noteToSend(text);
    if (clean === null) {
      setTooShort(true);
      return;
    }
    const id = draft?.id ?? newClientId();
    setSend({ state: 'sending' });
    try {
      const note = await sendNote(boardId, followUpId, { id, kind, text: clean });
      setBook((current) =>
        noteTaken(current, { id: note.id, kind: note.kind, text: note.text }, newClientId()),
      );
      setSend({ state: 'sent' });
    } catch (error) {
      setSend({ state: 'failed', error });
    }
  }

  return (
    <div className="fu-writer">
      <div className="fu-kinds" role="group">
        {NOTE_KINDS.map((option) => (
          <button
            key={option}
            type="button"
            className={`fu-kind fu-kind--${option}`}
            aria-pressed={kind === option}
            onClick={() => {
              setKind(option);
              setTooShort(false);
            }}
          >
            {t(language, `followUp.note.${option}`)}
          </button>
        ))}
      </div>
      {left > 0 ? (
        <form
          className="fu-writer__form"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <label className="field__label" htmlFor={fieldId}>
            {t(language, `followUp.note.${kind}`)}
          </label>
          <textarea
            id={fieldId}
            rows={3}
            maxLength={FOLLOW_UP_LIMITS.noteMax}
            placeholder={t(language, `followUp.note.placeholder.${kind}`)}
            value={text}
            onChange={(event) => edit(event.target.value)}
          />
          <p className="field__hint">
            {text.length}/{FOLLOW_UP_LIMITS.noteMax} ·{' '}
            {t(language, 'followUp.note.left', { notes: counted(language, 'notes', left) })}
          </p>
          {tooShort ? (
            <p className="feedback feedback--error" role="alert">
              {t(language, 'followUp.note.tooShort', FOLLOW_UP_LIMITS)}
            </p>
          ) : null}
          <button type="submit" className="submit" disabled={send.state === 'sending'}>
            {t(
              language,
              send.state === 'sending'
                ? 'followUp.note.sending'
                : send.state === 'failed'
                  ? 'followUp.note.retry'
                  : 'followUp.note.send',
            )}
          </button>
          {send.state === 'failed' ? (
            <p className="feedback feedback--error" role="alert">
              {describeError(language, send.error)}
            </p>
          ) : send.state === 'sent' ? (
            <p className="feedback feedback--sent" role="status">
              {t(language, 'followUp.live.sent')}
            </p>
          ) : null}
        </form>
      ) : (
        <p className="fu-muted" role="status">
          {t(language, 'followUp.note.noneLeft', FOLLOW_UP_LIMITS)}
        </p>
      )}
      {book.written.length > 0 ? (
        <section className="fu-mine" aria-label={t(language, 'followUp.note.mine')}>
          <h3>{t(language, 'followUp.note.mine')}</h3>
          <ul className="fu-notes">
            {book.written.map((note) => (
              <li key={note.id} className={`fu-note fu-note--${note.kind}`}>
                <span className="chip">{t(language, `followUp.note.${note.kind}`)}</span>
                <span className="fu-note__text">{note.text}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** A kept (or running) follow-up read back: all six parts. */
export function FollowUpRecord(props: { detail: FollowUpDetail; language: Language }) {
  const { detail, language } = props;
  return (
    <article className="fu-record">
      <header className="fu-record__head">
        <h2>{t(language, `followUp.kind.${detail.kind}`)}</h2>
        <p>
          {t(language, 'followUp.record.started', {
            date: formatDate(language, detail.startedAt),
          })}
          {detail.endedAt ? '' : ` · ${t(language, 'followUp.record.running')}`}
        </p>
        {detail.nextDate ? (
          <p>
            <strong>
              {t(language, 'followUp.record.nextDate', {
                date: formatDay(language, detail.nextDate),
              })}
            </strong>
          </p>
        ) : null}
      </header>

      <section className="fu-part">
        <h3>1. {t(language, 'followUp.step.actions')}</h3>
        {detail.carried.length === 0 ? (
          <p className="fu-muted">{t(language, 'followUp.actions.none')}</p>
        ) : (
          <ul className="fu-actions">
            {detail.carried.map(({ action, outcome }) => (
              <li key={action.id} className="fu-action">
                <p className="fu-action__text">{action.text}</p>
                <p className="fu-action__meta">
                  {t(language, 'followUp.actions.owner', { owner: action.owner })} ·{' '}
                  <strong>{outcome ? t(language, `followUp.outcome.${outcome}`) : '–'}</strong>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {detail.steps.includes('goals') ? (
        <section className="fu-part">
          <h3>2. {t(language, 'followUp.step.goals')}</h3>
          {detail.goals.length === 0 ? (
            <p className="fu-muted">{t(language, 'followUp.goals.none')}</p>
          ) : (
            <ul className="fu-goals">
              {detail.goals.map((goal) => (
                <li key={goal.goalId} className="fu-goal">
                  <GoalFigures goal={goal} language={language} />
                  <p>
                    {t(language, 'followUp.goals.question')}{' '}
                    <strong>
                      {goal.outcome ? t(language, `followUp.goal.${goal.outcome}`) : '–'}
                    </strong>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <section className="fu-part">
        <h3>3. {t(language, 'followUp.step.write')}</h3>
        <p className="fu-muted">
          {t(language, 'followUp.record.writers', {
            writers: counted(language, 'devices', detail.writers),
            voters: formatCount(language, detail.voters),
          })}
        </p>
        <NoteGroups notes={detail.notes} language={language} sorted />
      </section>

      <section className="fu-part">
        <h3>4. {t(language, 'followUp.step.new_actions')}</h3>
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
      </section>

      <section className="fu-part">
        <h3>5. {t(language, 'followUp.step.learning')}</h3>
        <p className={detail.learning ? 'fu-learning' : 'fu-muted'}>
          {detail.learning || t(language, 'followUp.record.noLearning')}
        </p>
      </section>

      {detail.steps.includes('pulse') ? (
        <section className="fu-part">
          <h3>6. {t(language, 'followUp.step.pulse')}</h3>
          <PulseSummary pulse={detail.pulse} language={language} />
        </section>
      ) : null}

      {detail.analysis ? (
        <p className="fu-part">
          {detail.analysis.previousName
            ? t(language, 'followUp.record.analysisVs', {
                name: detail.analysis.name,
                previous: detail.analysis.previousName,
              })
            : t(language, 'followUp.record.analysis', { name: detail.analysis.name })}
        </p>
      ) : null}
    </article>
  );
}

/** A goal's progress now and at the previous follow-up, the change, and its status. */
export function GoalFigures(props: { goal: FollowUpDetail['goals'][number]; language: Language }) {
  const { goal, language } = props;
  const change = goalChange(goal.percent, goal.previousPercent);
  return (
    <>
      <p className="fu-goal__title">
        <strong>{goal.title}</strong>{' '}
        <span className="chip">{dimensionLabel(language, goal.dimension)}</span>
        {goal.status ? (
          <span className={`chip fu-status fu-status--${goal.status}`}>
            {t(language, `goal.status.${goal.status}`)}
          </span>
        ) : null}
      </p>
      <p className="fu-goal__figures">
        {goal.percent === null
          ? t(language, 'followUp.goals.noProgress')
          : t(language, 'followUp.goals.now', { percent: formatPercent(language, goal.percent) })}
        {' · '}
        {goal.previousPercent === null
          ? t(language, 'followUp.goals.firstTime')
          : t(language, 'followUp.goals.previous', {
              percent: formatPercent(language, goal.previousPercent),
            })}
        {change === null ? null : (
          <strong
            className={`fu-change fu-change--${change > 0 ? 'up' : change < 0 ? 'down' : 'same'}`}
          >
            {' '}
            {change > 0 ? '▲' : change < 0 ? '▼' : ''}{' '}
            {t(language, 'followUp.goals.change', { change: formatPoints(language, change) })}
          </strong>
        )}
      </p>
    </>
  );
}
