import { describe, expect, it } from 'vitest';
import { ANSWER_POINTS, ANSWER_TYPES, isValidAnswer } from '@tavla/shared/method';
import { t } from '@tavla/shared/i18n';
import { answerLabel, answerOptions, SKIP_OPTIONS } from './answer-options.js';

describe('answer buttons', () => {
  it('gives yes/no, yes/partly/no and the five maturity steps their points', () => {
    expect(answerOptions('yes_no').map((o) => o.value)).toEqual([4, 0]);
    expect(answerOptions('yes_partly_no').map((o) => o.value)).toEqual([4, 2, 0]);
    expect(answerOptions('maturity').map((o) => [o.value, o.step])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
  });

  it('offers exactly the points the contract allows, plus the two skips, all valid', () => {
    for (const type of ANSWER_TYPES) {
      const values = answerOptions(type).map((o) => o.value);
      expect([...values].sort()).toEqual([...ANSWER_POINTS[type]].sort());
      for (const option of [...answerOptions(type), ...SKIP_OPTIONS])
        expect(isValidAnswer(type, option.value)).toBe(true);
    }
    expect(SKIP_OPTIONS.map((o) => o.value)).toEqual(['dont_know', 'not_relevant']);
  });

  it('words every button in both languages, the maturity scale as the method names it', () => {
    for (const type of ANSWER_TYPES) {
      for (const option of [...answerOptions(type), ...SKIP_OPTIONS]) {
        expect(t('sv', option.label)).not.toBe(t('en', option.label));
      }
    }
    expect(answerOptions('maturity').map((o) => t('en', o.label))).toEqual([
      'Not started',
      'Ad hoc',
      'Defined, partly applied',
      'Applied everywhere, owner assigned',
      'Measured and improved',
    ]);
  });

  it('names a stored answer by its type', () => {
    expect(answerLabel('yes_no', 4)).toBe('analysis.answer.yes');
    expect(answerLabel('maturity', 4)).toBe('analysis.answer.m4');
    expect(answerLabel('yes_no', 'not_relevant')).toBe('analysis.answer.notRelevant');
    expect(answerLabel('yes_no', 2)).toBeNull();
  });
});
