import { useState, type SubmitEvent } from 'react';
import type { Goal, GoalInput, Language } from '@tavla/shared';
import { DIMENSIONS, LIMITS } from '@tavla/shared/domain';
import { checkSmart, type SmartCheck } from '@tavla/shared/goal-smart';
import { dimensionLabel, t, type MessageKey } from '@tavla/shared/i18n';
import { describeError } from '../api.js';

export const EMPTY_GOAL: GoalInput = {
  title: '',
  description: '',
  dimension: 'ecological',
  focusArea: '',
  metric: '',
  unit: '',
  baselineValue: null,
  baselineDate: null,
  targetValue: null,
  direction: 'decrease',
  deadline: null,
  responsible: '',
  achievableConfirmed: false,
  achievableNote: '',
};

export function inputOf(goal: Goal): GoalInput {
  const { title, description, dimension, focusArea, metric, unit, baselineValue, baselineDate } =
    goal;
  const { targetValue, direction, deadline, responsible, achievableConfirmed, achievableNote } =
    goal;
  return {
    title,
    description,
    dimension,
    focusArea,
    metric,
    unit,
    baselineValue,
    baselineDate,
    targetValue,
    direction,
    deadline,
    responsible,
    achievableConfirmed,
    achievableNote,
  };
}

const LETTERS: [keyof SmartCheck, 'S' | 'M' | 'A' | 'R' | 'T'][] = [
  ['specific', 'S'],
  ['measurable', 'M'],
  ['achievable', 'A'],
  ['relevant', 'R'],
  ['timeBound', 'T'],
];

/** The five SMART letters, lit when met. */
export function SmartLetters({ check, language }: { check: SmartCheck; language: Language }) {
  return (
    <ul className="smart" aria-label="SMART">
      {LETTERS.map(([key, letter]) => (
        <li
          key={letter}
          className={check[key] ? 'smart__letter smart__letter--met' : 'smart__letter'}
        >
          <span aria-hidden="true">{letter}</span>
          <span className="smart__word">
            {t(language, `smart.${letter}` as MessageKey)} {check[key] ? '✓' : '–'}
          </span>
        </li>
      ))}
    </ul>
  );
}

const numberOrNull = (text: string): number | null => {
  const parsed = Number(text.replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(parsed) ? null : parsed;
};

/** Creating or editing a goal, guided by SMART: each group of fields lights its letter. */
export function GoalForm(props: {
  initial: GoalInput;
  language: Language;
  onSave: (input: GoalInput) => Promise<unknown>;
}) {
  const { language, onSave } = props;
  const [goal, setGoal] = useState<GoalInput>(props.initial);
  const [numbers, setNumbers] = useState({
    baselineValue: props.initial.baselineValue?.toString() ?? '',
    targetValue: props.initial.targetValue?.toString() ?? '',
  });
  const [error, setError] = useState<string | null>(null);
  const check = checkSmart(goal, new Date());
  const set = <K extends keyof GoalInput>(key: K, value: GoalInput[K]) =>
    setGoal((g) => ({ ...g, [key]: value }));

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await onSave(goal);
    } catch (failure) {
      setError(describeError(language, failure));
    }
  }

  const text = (
    key:
      'title' | 'description' | 'focusArea' | 'metric' | 'unit' | 'responsible' | 'achievableNote',
    label: MessageKey,
    multiline = false,
  ) => (
    <label className="field">
      <span className="field__label">{t(language, label)}</span>
      {multiline ? (
        <textarea
          name={key}
          rows={3}
          maxLength={LIMITS.goalDescriptionMax}
          value={goal[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      ) : (
        <input
          name={key}
          maxLength={LIMITS.goalShortTextMax}
          value={goal[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </label>
  );

  return (
    <form className="form" onSubmit={(event) => void submit(event)}>
      <SmartLetters check={check} language={language} />
      <p className="field__hint">{t(language, 'smart.needed')}</p>
      <fieldset className="smart-group">
        <legend>S · {t(language, 'smart.S')}</legend>
        {text('title', 'goals.field.title')}
        {text('description', 'goals.field.description', true)}
      </fieldset>
      <fieldset className="smart-group">
        <legend>M · {t(language, 'smart.M')}</legend>
        {text('metric', 'goals.field.metric')}
        {text('unit', 'goals.field.unit')}
        <label className="field">
          <span className="field__label">{t(language, 'goals.field.direction')}</span>
          <select
            name="direction"
            value={goal.direction ?? 'decrease'}
            onChange={(e) =>
              set('direction', e.target.value === 'increase' ? 'increase' : 'decrease')
            }
          >
            <option value="decrease">{t(language, 'goals.direction.decrease')}</option>
            <option value="increase">{t(language, 'goals.direction.increase')}</option>
          </select>
        </label>
        <div className="row">
          <label className="field">
            <span className="field__label">{t(language, 'goals.field.baselineValue')}</span>
            <input
              name="baselineValue"
              inputMode="decimal"
              value={numbers.baselineValue}
              onChange={(e) => {
                setNumbers((n) => ({ ...n, baselineValue: e.target.value }));
                set('baselineValue', numberOrNull(e.target.value));
              }}
            />
          </label>
          <label className="field">
            <span className="field__label">{t(language, 'goals.field.baselineDate')}</span>
            <input
              name="baselineDate"
              type="date"
              value={goal.baselineDate ?? ''}
              onChange={(e) => set('baselineDate', e.target.value || null)}
            />
          </label>
        </div>
        <label className="field">
          <span className="field__label">{t(language, 'goals.field.targetValue')}</span>
          <input
            name="targetValue"
            inputMode="decimal"
            value={numbers.targetValue}
            onChange={(e) => {
              setNumbers((n) => ({ ...n, targetValue: e.target.value }));
              set('targetValue', numberOrNull(e.target.value));
            }}
          />
        </label>
      </fieldset>
      <fieldset className="smart-group">
        <legend>A · {t(language, 'smart.A')}</legend>
        <label className="check">
          <input
            type="checkbox"
            name="achievable"
            checked={goal.achievableConfirmed}
            onChange={(e) => set('achievableConfirmed', e.target.checked)}
          />
          {t(language, 'goals.field.achievable')}
        </label>
        {text('achievableNote', 'goals.field.achievableNote')}
        {text('responsible', 'goals.field.responsible')}
      </fieldset>
      <fieldset className="smart-group">
        <legend>R · {t(language, 'smart.R')}</legend>
        <label className="field">
          <span className="field__label">{t(language, 'goals.field.dimension')}</span>
          <select
            name="dimension"
            value={goal.dimension}
            onChange={(e) =>
              set('dimension', DIMENSIONS.find((d) => d === e.target.value) ?? 'ecological')
            }
          >
            {DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {dimensionLabel(language, d)}
              </option>
            ))}
          </select>
        </label>
        {text('focusArea', 'goals.field.focusArea')}
      </fieldset>
      <fieldset className="smart-group">
        <legend>T · {t(language, 'smart.T')}</legend>
        <label className="field">
          <span className="field__label">{t(language, 'goals.field.deadline')}</span>
          <input
            name="deadline"
            type="date"
            value={goal.deadline ?? ''}
            onChange={(e) => set('deadline', e.target.value || null)}
          />
        </label>
      </fieldset>
      <button className="submit" type="submit">
        {t(language, 'goals.save')}
      </button>
      {error ? (
        <p className="feedback feedback--error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
