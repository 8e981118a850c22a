import { useId, useState, type SubmitEvent } from 'react';
import type { Goal, GoalState, Language, MeasurementBody } from '@tavla/shared';
import { MIN_ACTIVE_GOALS_HINT } from '@tavla/shared/domain';
import { formatValue, isoDay } from '@tavla/shared/goal-progress';
import { t, type FieldLabels } from '@tavla/shared/i18n';
import { createGoal, describeError, recordMeasurement, setGoalState, updateGoal } from '../api.js';
import { EMPTY_GOAL, GoalForm, inputOf } from '../components/GoalForm.js';
import { GoalSummary } from '../components/GoalSummary.js';
import { goalPrefill } from '../goal-prefill.js';
import { NumberField } from '../components/NumberField.js';
import { readNumberField } from '../number-field.js';
import { phoneLanguage, useDocumentLanguage } from '../language.js';
import { createGoalWithOrigin } from '../method-api.js';
import { useIsLead } from '../use-lead.js';
import { usePhoneBoard } from '../use-phone-board.js';
import '../goal-page-messages.js';

function Frame(props: {
  boardId: string;
  title: string;
  language: Language;
  children: React.ReactNode;
  back?: string;
}) {
  return (
    <div className="page">
      <header className="topbar">
        <h1>{props.title}</h1>
      </header>
      <main>
        <p className="back">
          <a href={props.back ?? `/m/b/${props.boardId}`}>
            {t(props.language, 'phone.detail.back')}
          </a>
        </p>
        {props.children}
      </main>
    </div>
  );
}

/** The board's goals with their progress; leads also see drafts and can add goals. */
export function GoalsPage({ boardId }: { boardId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const isLead = useIsLead(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'goals.title')} · Tavla`);
  const goals = (snapshot?.goals ?? []).filter((g) => isLead || g.state !== 'draft');
  const active = goals.filter((g) => g.state === 'active').length;
  const now = new Date();
  return (
    <Frame boardId={boardId} title={t(language, 'goals.title')} language={language}>
      {isLead && active < MIN_ACTIVE_GOALS_HINT ? (
        <p className="hint">{t(language, 'goals.hint', { count: active })}</p>
      ) : null}
      {isLead ? (
        <p className="back">
          <a className="button-link" href={`/m/b/${boardId}/goals/new`}>
            + {t(language, 'goals.new')}
          </a>
        </p>
      ) : null}
      <section className="list">
        {goals.length === 0 ? <p className="list__empty">{t(language, 'goals.none')}</p> : null}
        <ul>
          {goals.map((goal) => (
            <li key={goal.id}>
              <a className="item__link" href={`/m/b/${boardId}/goals/${goal.id}`}>
                <GoalSummary
                  goal={goal}
                  suggestions={snapshot?.suggestions ?? []}
                  language={language}
                  now={now}
                />
              </a>
            </li>
          ))}
        </ul>
      </section>
    </Frame>
  );
}

export function NewGoalPage({ boardId }: { boardId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'goals.new')} · Tavla`);
  // A draft from the analysis results or the matrix arrives with its dimension and focus area.
  const [prefill] = useState(() => goalPrefill(window.location.search));
  const initial = {
    ...EMPTY_GOAL,
    ...(prefill.dimension ? { dimension: prefill.dimension } : {}),
    focusArea: prefill.focusArea,
  };
  return (
    <Frame
      boardId={boardId}
      title={t(language, 'goals.new')}
      language={language}
      back={`/m/b/${boardId}/goals`}
    >
      <GoalForm
        initial={initial}
        language={language}
        onSave={async (input) => {
          const goal = prefill.origin
            ? await createGoalWithOrigin(boardId, input, prefill.origin)
            : await createGoal(boardId, input);
          window.location.assign(`/m/b/${boardId}/goals/${goal.id}`);
        }}
      />
    </Frame>
  );
}

/** One goal: its numbers, its whole measurement history, and for leads the controls. */
export function GoalPage({ boardId, goalId }: { boardId: string; goalId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const isLead = useIsLead(boardId);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'goals.title')} · Tavla`);
  const goal = snapshot?.goals.find((g) => g.id === goalId);
  if (!snapshot) return <main className="page page--notice">{t(language, 'phone.loading')}</main>;
  if (!goal) {
    return (
      <Frame
        boardId={boardId}
        title={t(language, 'goals.title')}
        language={language}
        back={`/m/b/${boardId}/goals`}
      >
        <p className="page--notice">{t(language, 'phone.detail.missing')}</p>
      </Frame>
    );
  }

  /** Runs a lead's action and says how it went; true when it was saved. */
  async function run(action: () => Promise<unknown>): Promise<boolean> {
    setMessage(null);
    try {
      await action();
      setMessage({ ok: true, text: t(language, 'admin.saved') });
      return true;
    } catch (error) {
      setMessage({
        ok: false,
        text: describeError(language, error, MEASUREMENT_LABELS),
      });
      return false;
    }
  }

  const feedback = message ? (
    <p
      className={`feedback feedback--${message.ok ? 'sent' : 'error'}`}
      role={message.ok ? 'status' : 'alert'}
    >
      {message.text}
    </p>
  ) : null;

  return (
    <Frame boardId={boardId} title={goal.title} language={language} back={`/m/b/${boardId}/goals`}>
      <section className="form">
        <GoalSummary
          goal={goal}
          suggestions={snapshot.suggestions}
          language={language}
          now={new Date()}
        />
        {goal.description ? <p>{goal.description}</p> : null}
        <p className="item__meta">
          {goal.metric} · {goal.responsible}
        </p>
      </section>
      <section className="form">
        <h2>{t(language, 'goals.history')}</h2>
        <table className="history">
          <tbody>
            {goal.baselineValue !== null && goal.baselineDate ? (
              <tr>
                <td>{goal.baselineDate}</td>
                <td>
                  {formatValue(goal.baselineValue, language)} {goal.unit}
                </td>
                <td>{t(language, 'goals.baseline')}</td>
              </tr>
            ) : null}
            {goal.measurements.map((m) => (
              <tr key={m.id}>
                <td>{m.date}</td>
                <td>
                  {formatValue(m.value, language)} {goal.unit}
                </td>
                <td>
                  {m.note ?? ''}{' '}
                  <span className="timeline__when">
                    {t(language, 'phone.detail.by', { name: m.recordedBy })}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {goal.measurements.length === 0 ? (
          <p className="list__empty">{t(language, 'goals.noHistory')}</p>
        ) : null}
      </section>
      {isLead ? (
        <>
          {goal.state !== 'archived' ? (
            <MeasurementForm
              goal={goal}
              language={language}
              onRecord={(body) => run(() => recordMeasurement(boardId, goal.id, body))}
            />
          ) : null}
          <section className="form">
            <div className="state-buttons">
              {(['active', 'achieved', 'archived', 'draft'] as GoalState[])
                .filter((state) => state !== goal.state)
                .map((state) => (
                  <button
                    key={state}
                    type="button"
                    className="small-button"
                    onClick={() => void run(() => setGoalState(boardId, goal.id, state))}
                  >
                    {t(language, STATE_ACTIONS[state])}
                  </button>
                ))}
              <button type="button" className="small-button" onClick={() => setEditing((e) => !e)}>
                {t(language, 'goals.edit')}
              </button>
            </div>
            {feedback}
          </section>
          {editing ? (
            <GoalForm
              initial={inputOf(goal)}
              language={language}
              onSave={async (input) => {
                await updateGoal(boardId, goal.id, input);
                setEditing(false);
                setMessage({ ok: true, text: t(language, 'admin.saved') });
              }}
            />
          ) : null}
        </>
      ) : null}
    </Frame>
  );
}

/** The measurement form's labels for the fields a refusal may name. */
const MEASUREMENT_LABELS: FieldLabels = { note: 'goals.note' };

/**
 * The measurement to record from what was typed; or, per field, why not (a value that is
 * not a number or is missing, a missing day): then nothing is sent.
 */
export function measurementToRecord(
  language: Language,
  typed: { value: string; date: string; note: string },
): { ok: true; body: MeasurementBody } | { ok: false; errors: { value?: string; date?: string } } {
  const read = readNumberField(language, typed.value, { required: true });
  const errors: { value?: string; date?: string } = {};
  if (!read.ok) errors.value = read.error;
  else if (read.value === null) errors.value = t(language, 'field.required');
  if (typed.date === '') errors.date = t(language, 'field.required');
  if (!read.ok || read.value === null || errors.date !== undefined) return { ok: false, errors };
  const note = typed.note.trim();
  return { ok: true, body: { value: read.value, date: typed.date, ...(note ? { note } : {}) } };
}

const STATE_ACTIONS = {
  active: 'goals.activate',
  achieved: 'goals.achieve',
  archived: 'goals.archive',
  draft: 'goals.toDraft',
} as const;

function MeasurementForm(props: {
  goal: Goal;
  language: Language;
  /** Resolves true once recorded: only then is the form emptied. */
  onRecord: (body: MeasurementBody) => Promise<boolean>;
}) {
  const { goal, language, onRecord } = props;
  const [value, setValue] = useState('');
  // The value's error shows once the field was left or a submit was tried, not while typing.
  const [checked, setChecked] = useState(false);
  const formId = useId();
  const [date, setDate] = useState(isoDay(new Date()));
  const [note, setNote] = useState('');
  const prepared = measurementToRecord(language, { value, date, note });
  const errors = checked && !prepared.ok ? prepared.errors : {};

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!prepared.ok) {
      setChecked(true);
      const first = prepared.errors.value !== undefined ? 'value' : 'date';
      const field = event.currentTarget.elements.namedItem(first);
      if (field instanceof HTMLInputElement) field.focus();
      return;
    }
    if (await onRecord(prepared.body)) {
      setValue('');
      setNote('');
      setChecked(false);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t(language, 'goals.measure')}</h2>
      <div className="row">
        <NumberField
          label={t(language, 'goals.value', { unit: goal.unit })}
          name="value"
          value={value}
          required
          error={errors.value ?? null}
          onChange={setValue}
          onBlur={() => setChecked((shown) => shown || value.trim() !== '')}
        />
        <div className="field">
          <label className="field__label" htmlFor={`${formId}-date`}>
            {t(language, 'goals.date')}
          </label>
          <input
            id={`${formId}-date`}
            name="date"
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            required
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={errors.date ? `${formId}-date-error` : undefined}
          />
          {errors.date ? (
            <span className="field__error" id={`${formId}-date-error`} role="alert">
              {errors.date}
            </span>
          ) : null}
        </div>
      </div>
      <label className="field">
        <span className="field__label">{t(language, 'goals.note')}</span>
        <input name="note" value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button className="submit" type="submit">
        {t(language, 'goals.record')}
      </button>
    </form>
  );
}
