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
  const size = { cardHeight: 100, gap: 10, moreHeight: 30 };
  it('shows everything that fits', () => {
    expect(fitCards(items, 760, size)).toEqual({ shown: items, hidden: 0 });
  });
  it('keeps room for the "+N more" line when not everything fits', () => {
    // 5 cards would fill 540 px exactly; with the 30 px line below only 4 fit.
    expect(fitCards(items, 540, size)).toEqual({ shown: [1, 2, 3, 4], hidden: 3 });
    // Only the line's own height is kept free, not a whole card slot: 6 cards (650 px), the
    // gap and the 30 px line fit in 700 px.
    expect(fitCards(items, 700, size)).toEqual({ shown: [1, 2, 3, 4, 5, 6], hidden: 1 });
  });
  it('copes with a column too small for anything', () => {
    expect(fitCards(items, 50, size)).toEqual({ shown: [], hidden: 7 });
  });
});
