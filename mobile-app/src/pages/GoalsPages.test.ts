import { describe, expect, it } from 'vitest';
import { measurementToRecord } from './GoalsPages.js';

describe('measurementToRecord', () => {
  it('records "11 800" and "4,5" as typed', () => {
    expect(measurementToRecord('sv', { value: '11 800', date: '2026-11-01', note: '' })).toEqual({
      ok: true,
      body: { value: 11800, date: '2026-11-01' },
    });
    expect(
      measurementToRecord('sv', { value: '-4,5', date: '2026-11-01', note: ' After LED ' }),
    ).toEqual({ ok: true, body: { value: -4.5, date: '2026-11-01', note: 'After LED' } });
  });

  it('blocks a value that is not a number, a missing value and a missing day, saying why', () => {
    expect(measurementToRecord('sv', { value: '12abc', date: '2026-11-01', note: '' })).toEqual({
      ok: false,
      errors: { value: 'Skriv ett tal, till exempel 11 800 eller 4,5.' },
    });
    expect(measurementToRecord('en', { value: '', date: '', note: '' })).toEqual({
      ok: false,
      errors: { value: 'Fill in this field.', date: 'Fill in this field.' },
    });
  });
});
