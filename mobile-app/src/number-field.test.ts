import { describe, expect, it } from 'vitest';
import { readNumberField } from './number-field.js';

describe('readNumberField', () => {
  it('reads numbers the way Swedes write them', () => {
    expect(readNumberField('sv', '11 800')).toEqual({ ok: true, value: 11800 });
    expect(readNumberField('sv', '11\u00a0800')).toEqual({ ok: true, value: 11800 });
    expect(readNumberField('sv', '4,5')).toEqual({ ok: true, value: 4.5 });
    expect(readNumberField('en', '4.5')).toEqual({ ok: true, value: 4.5 });
    expect(readNumberField('sv', '')).toEqual({ ok: true, value: null });
  });

  it('refuses what is not a number in the user’s language, never dropping it silently', () => {
    expect(readNumberField('sv', '12abc')).toEqual({
      ok: false,
      error: 'Skriv ett tal, till exempel 11 800 eller 4,5.',
    });
    expect(readNumberField('en', '1,2,3')).toEqual({
      ok: false,
      error: 'Write a number, for example 11800 or 4.5.',
    });
    expect(readNumberField('sv', '', { required: true })).toEqual({
      ok: false,
      error: 'Fyll i det här fältet.',
    });
    expect(readNumberField('sv', '9 999 999 999 999')).toEqual({
      ok: false,
      error: 'Talet är orimligt stort. Kontrollera det.',
    });
  });
});
