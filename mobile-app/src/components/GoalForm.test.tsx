import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { exampleGoalInput } from '@tavla/shared/testing/fixtures';
import { EMPTY_GOAL, GoalForm, goalToSave, numbersOf } from './GoalForm.js';
import { NumberField } from './NumberField.js';

const save = async () => undefined;
const ignore = () => undefined;

describe('goalToSave', () => {
  it('reads "11 800" and "4,5" as the numbers they are', () => {
    const prepared = goalToSave(
      exampleGoalInput,
      { baselineValue: '11 800', targetValue: '4,5' },
      'sv',
    );
    expect(prepared).toEqual({
      ok: true,
      input: { ...exampleGoalInput, baselineValue: 11800, targetValue: 4.5 },
    });
  });

  it('blocks the save and names what is wrong, instead of saving the goal without the number', () => {
    const prepared = goalToSave(
      exampleGoalInput,
      { baselineValue: '12abc', targetValue: '9' },
      'sv',
    );
    expect(prepared).toEqual({
      ok: false,
      errors: { baselineValue: 'Skriv ett tal, till exempel 11 800 eller 4,5.' },
    });
  });

  it('leaves an empty number open (a draft may), and writes stored numbers back readably', () => {
    expect(goalToSave(EMPTY_GOAL, { baselineValue: '', targetValue: ' ' }, 'en')).toEqual({
      ok: true,
      input: EMPTY_GOAL,
    });
    const stored = { ...exampleGoalInput, baselineValue: 11800.5, targetValue: -0.25 };
    expect(numbersOf(stored, 'sv')).toEqual({
      baselineValue: '11\u00a0800,5',
      targetValue: '-0,25',
    });
    for (const language of ['sv', 'en'] as const) {
      expect(goalToSave(stored, numbersOf(stored, language), language)).toEqual({
        ok: true,
        input: stored,
      });
    }
  });
});

describe('GoalForm', () => {
  it('offers the decimal keypad for its numbers and shows them the Swedish way', () => {
    const html = renderToStaticMarkup(
      <GoalForm
        initial={{ ...exampleGoalInput, baselineValue: 11800 }}
        language="sv"
        onSave={save}
      />,
    );
    for (const name of ['baselineValue', 'targetValue']) {
      expect(html).toMatch(new RegExp(`<input[^>]*inputMode="decimal"[^>]*name="${name}"`));
    }
    expect(html).toMatch(/name="baselineValue" value="11\u00a0800"/);
  });
});

describe('NumberField', () => {
  it('shows its error under the field, tied to it and marking it invalid', () => {
    const html = renderToStaticMarkup(
      <NumberField
        label="Värde"
        name="value"
        value="12abc"
        error="Skriv ett tal"
        onChange={ignore}
      />,
    );
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(/aria-describedby="([^"]+)".*id="\1" role="alert">Skriv ett tal</);
    const fine = renderToStaticMarkup(
      <NumberField label="Värde" name="value" value="12" error={null} onChange={ignore} />,
    );
    expect(fine).not.toContain('aria-invalid');
    expect(fine).not.toContain('role="alert"');
  });
});
