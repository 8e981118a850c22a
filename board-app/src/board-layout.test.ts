import { describe, expect, it } from 'vitest';
import type { Suggestion } from '@tavla/shared';
import { makeSuggestion } from '@tavla/shared/testing/fixtures';
import { fitCards, groupByStatus } from './board-layout.js';

const make = (n: number, status: Suggestion['status']) =>
  makeSuggestion(n, { text: `S${n}`, status });

describe('groupByStatus', () => {
  it('gives the five wall columns in workflow order and leaves out the rest', () => {
    const columns = groupByStatus([
      make(1, 'new'),
      make(2, 'done'),
      make(3, 'not_doing'),
      make(4, 'new'),
    ]);
    expect(columns.map((c) => c.status)).toEqual([
      'new',
      'under_review',
      'planned',
      'in_progress',
      'done',
    ]);
    expect(columns[0]?.suggestions.map((s) => s.text)).toEqual(['S1', 'S4']);
    expect(columns.flatMap((c) => c.suggestions).some((s) => s.status === 'not_doing')).toBe(false);
  });
});

describe('fitCards', () => {
  const items = [1, 2, 3, 4, 5, 6, 7];
  it('shows everything that fits', () => {
    expect(fitCards(items, 1000, 100, 10)).toEqual({ shown: items, hidden: 0 });
  });
  it('keeps one slot for "+N more" when not everything fits', () => {
    // 5 slots: 4 cards and the "+3 more" line.
    expect(fitCards(items, 540, 100, 10)).toEqual({ shown: [1, 2, 3, 4], hidden: 3 });
  });
  it('copes with a column too small for anything', () => {
    expect(fitCards(items, 50, 100, 10)).toEqual({ shown: [], hidden: 7 });
  });
});
