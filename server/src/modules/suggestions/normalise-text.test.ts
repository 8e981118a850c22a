import { describe, expect, it } from 'vitest';
import { normaliseText } from './suggestion-service.js';

describe('normaliseText', () => {
  it.each([
    ['  trims and collapses   spaces\t\tand tabs  ', 'trims and collapses spaces and tabs'],
    [
      'keeps\r\nline breaks\rbut\n\n\n\nnot piles of them',
      'keeps\nline breaks\nbut\n\nnot piles of them',
    ],
    ['drops\u0000control\u0007characters', 'drops control characters'],
    ['no \u202Ereversed\u202C text or \u2066isolates\u2069', 'no reversed text or isolates'],
    ['keeps åäö, emoji 👍 and ½', 'keeps åäö, emoji 👍 and ½'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});
