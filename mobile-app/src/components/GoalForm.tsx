import { useState, type SubmitEvent } from 'react';
import type { Goal, GoalInput, Language } from '@tavla/shared';
import { DIMENSIONS, LIMITS } from '@tavla/shared/domain';
import { checkSmart, type SmartCheck } from '@tavla/shared/goal-smart';
import { dimensionLabel, t, type MessageKey } from '@tavla/shared/i18n';
import { formatNumberInput } from '@tavla/shared/number-input';
import { describeError } from '../api.js';
import { readNumberField } from '../number-field.js';
import { NumberField } from './NumberField.js';
import '../goal-page-messages.js';

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

/** The goal's number fields, as typed. */
const NUMBER_KEYS = ['baselineValue', 'targetValue'] as const;
type NumberKey = (typeof NUMBER_KEYS)[number];
export type GoalNumbers = Record<NumberKey, string>;

/** A goal's numbers written into its fields, in the way the user's language writes them. */
export function numbersOf(input: GoalInput, language: Language): GoalNumbers {
  const text = (value: number | null) => (value === null ? '' : formatNumberInput(value, language));
  return { baselineValue: text(input.baselineValue), targetValue: text(input.targetValue) };
}

/**
 * The goal to save, its numbers read from what was typed (an empty one is left open, as a
 * draft may); or, when a number field holds something that is not a number, what is wrong
 * with each such field: then nothing is saved.
 */
export function goalToSave(
  goal: GoalInput,
  numbers: GoalNumbers,
  language: Language,
): { ok: true; input: GoalInput } | { ok: false; errors: Partial<Record<NumberKey, string>> } {
  const input = { ...goal };
  const errors: Partial<Record<NumberKey, string>> = {};
  for (const key of NUMBER_KEYS) {
    const read = readNumberField(language, numbers[key]);
    if (read.ok) input[key] = read.value;
    else errors[key] = read.error;
  }
  return Object.keys(errors).length === 0 ? { ok: true, input } : { ok: false, errors };
}

/** Creating or editing a goal, guided by SMART: each group of fields lights its letter. */
export function GoalForm(props: {
  initial: GoalInput;
  language: Language;
  onSave: (input: GoalInput) => Promise<unknown>;
}) {
  const { language, onSave } = props;
  const [goal, setGoal] = useState<GoalInput>(props.initial);
  const [numbers, setNumbers] = useState<GoalNumbers>(() => numbersOf(props.initial, language));
  // Number fields whose error shows: once left (blur) or on a submit, not while typing "4,".
  const [checked, setChecked] = useState<ReadonlySet<NumberKey>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const check = checkSmart(goal, new Date());
  const set = <K extends keyof GoalInput>(key: K, value: GoalInput[K]) =>
    setGoal((g) => ({ ...g, [key]: value }));
  const numberError = (key: NumberKey) => {
    if (!checked.has(key)) return null;
    const read = readNumberField(language, numbers[key]);
    return read.ok ? null : read.error;
  };
  const checkField = (key: NumberKey) => setChecked((keys) => new Set([...keys, key]));

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const prepared = goalToSave(goal, numbers, language);
    if (!prepared.ok) {
      // Blocked: each field says what is wrong, and the first one gets the focus.
      const wrong = NUMBER_KEYS.filter((key) => prepared.errors[key] !== undefined);
      setChecked(new Set([...checked, ...wrong]));
      const first =
        wrong[0] === undefined ? null : event.currentTarget.elements.namedItem(wrong[0]);
      if (first instanceof HTMLInputElement) first.focus();
      return;
    }
    try {
      await onSave(prepared.input);
    } catch (failure) {
      setError(describeError(language, failure));
    }
  }

  const numberField = (key: NumberKey) => (
    <NumberField
      label={t(language, `goals.field.${key}`)}
      name={key}
      value={numbers[key]}
      error={numberError(key)}
      onChange={(text) => {
        setNumbers((n) => ({ ...n, [key]: text }));
        // The SMART letters follow what can be read; what cannot counts as not given.
        const read = readNumberField(language, text);
        set(key, read.ok ? read.value : null);
      }}
      onBlur={() => checkField(key)}
    />
  );

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
          {numberField('baselineValue')}
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
        {numberField('targetValue')}
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
