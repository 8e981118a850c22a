import { describe, expect, it } from 'vitest';
import Type from 'typebox';
import { LoginBodySchema, GoalInputSchema, CreateSuggestionBodySchema } from './schemas.js';
import { normaliseInput, normaliseLine, normaliseText } from './text.js';

describe('normaliseText', () => {
  it.each([
    ['  trims and collapses   spaces\t\tand tabs  ', 'trims and collapses spaces and tabs'],
    [
      'keeps\r\nline breaks\rbut\n\n\n\nnot piles of them',
      'keeps\nline breaks\nbut\n\nnot piles of them',
    ],
    ['drops\u0000control\u0007characters\u0085too', 'drops control characters too'],
    [
      'no \u202Ereversed\u202C text or \u2066isolates\u2069\u200B\uFEFF',
      'no reversed text or isolates',
    ],
    ['keeps åäö, emoji 👍, 👨‍👩‍👧 and ½', 'keeps åäö, emoji 👍, 👨‍👩‍👧 and ½'],
    ['composes a\u0308 into ä', 'composes ä into ä'],
    ['a lone \uD800 surrogate', 'a lone \uFFFD surrogate'],
    ['separators\u2028become\u2029breaks', 'separators\nbecome\nbreaks'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normaliseText(' a\u0000\n\n\n b \u202E c\r\n');
    expect(normaliseText(once)).toBe(once);
  });
});

describe('normaliseLine', () => {
  it('makes one line', () => {
    expect(normaliseLine(' Line\n3\r\n\u0000 \u202EA ')).toBe('Line 3 A');
  });
});

describe('normaliseInput', () => {
  it('cleans every string as its schema says: lines, multi-line text, raw secrets', () => {
    expect(
      normaliseInput(LoginBodySchema, { username: ' admin\u0000 ', password: '  pass\u0000word ' }),
    ).toEqual({ username: 'admin', password: '  pass\u0000word ' });
    const goal = normaliseInput(GoalInputSchema, {
      title: ' Less\nenergy \u202E',
      description: 'First line\n\nsecond\u0000line',
      baselineValue: 12,
      deadline: null,
    });
    expect(goal).toEqual({
      title: 'Less energy',
      description: 'First line\n\nsecond line',
      baselineValue: 12,
      deadline: null,
    });
    expect(
      normaliseInput(CreateSuggestionBodySchema, { text: 'a\nb', authorName: ' \u202EAino ' }),
    ).toEqual({ text: 'a\nb', authorName: 'Aino' });
  });

  it('treats strings no schema describes as one line, inside arrays and unknown keys too', () => {
    const schema = Type.Object({ tags: Type.Array(Type.String()) });
    expect(normaliseInput(schema, { tags: [' a\nb '], extra: { deep: '\u0000x' } })).toEqual({
      tags: ['a b'],
      extra: { deep: 'x' },
    });
    expect(normaliseInput(undefined, ' x ')).toBe('x');
  });

  it('leaves non-JSON bodies (a photo) alone', () => {
    const photo = new Uint8Array([1, 2, 3]);
    expect(normaliseInput(undefined, photo)).toBe(photo);
  });
});
