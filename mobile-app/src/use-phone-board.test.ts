import { describe, expect, it } from 'vitest';
import { makeSuggestion } from '@tavla/shared/testing/fixtures';
import { ownStatusChanges } from './use-phone-board.js';

describe('ownStatusChanges', () => {
  const mine = makeSuggestion(1);
  const theirs = makeSuggestion(2);
  const upsert = (suggestion = mine) => ({ type: 'upsert' as const, seq: 5, suggestion });

  it('tells the author when their suggestion changes status, and nothing else', () => {
    const planned = { ...mine, status: 'planned' as const };
    const ids = new Set([mine.id]);
    expect(
      ownStatusChanges([{ change: upsert(planned), previous: mine, previousGoal: null }], ids),
    ).toEqual([planned]);
    expect(
      ownStatusChanges(
        [{ change: upsert({ ...theirs, status: 'done' }), previous: theirs, previousGoal: null }],
        ids,
      ),
    ).toEqual([]);
    expect(
      ownStatusChanges([{ change: upsert(mine), previous: null, previousGoal: null }], ids),
    ).toEqual([]);
    expect(
      ownStatusChanges(
        [{ change: upsert({ ...mine, text: 'edited' }), previous: mine, previousGoal: null }],
        ids,
      ),
    ).toEqual([]);
  });
});
