import { describe, expect, it } from 'vitest';
import type { Suggestion } from '@tavla/shared';
import { makeSuggestion } from '@tavla/shared/testing/fixtures';
import { groupByStatus, paginate } from './board-layout.js';

const NOW = new Date('2026-06-30T12:00:00.000Z');
const make = (n: number, status: Suggestion['status'], statusChangedAt = NOW.toISOString()) =>
  makeSuggestion(n, { text: `S${n}`, status, statusChangedAt });

describe('groupByStatus', () => {
  it('gives the five wall columns in workflow order and leaves out the rest', () => {
    const columns = groupByStatus(
      [make(1, 'new'), make(2, 'done'), make(3, 'not_doing'), make(4, 'new'), make(5, 'duplicate')],
      NOW,
    );
    expect(columns.map((c) => c.status)).toEqual([
      'new',
      'under_review',
      'planned',
      'in_progress',
      'done',
    ]);
    const shown = columns.flatMap((c) => c.suggestions.map((s) => s.status));
    expect(shown).not.toContain('not_doing');
    expect(shown).not.toContain('duplicate');
  });

  it('shows Done only for the last 30 days', () => {
    const columns = groupByStatus(
      [make(1, 'done', '2026-05-31T12:00:01.000Z'), make(2, 'done', '2026-05-31T11:59:59.000Z')],
      NOW,
    );
    expect(columns.find((c) => c.status === 'done')?.suggestions.map((s) => s.text)).toEqual([
      'S1',
    ]);
  });

  it('puts the card that arrived in a column last at the top', () => {
    const columns = groupByStatus(
      [
        make(1, 'planned', '2026-06-30T10:00:00.000Z'),
        make(2, 'planned', '2026-06-30T11:00:00.000Z'),
      ],
      NOW,
    );
    expect(columns.find((c) => c.status === 'planned')?.suggestions.map((s) => s.text)).toEqual([
      'S2',
      'S1',
    ]);
  });
});

describe('paginate', () => {
  const items = [1, 2, 3, 4, 5, 6, 7];
  const size = { cardHeight: 100, gap: 10, indicatorHeight: 30 };
  it('keeps everything on one page when it fits', () => {
    expect(paginate(items, 760, size)).toEqual([items]);
  });
  it('splits into pages and keeps room for the page indicator', () => {
    // 5 cards would fill 540 px; with the indicator only 4 fit a page.
    expect(paginate(items, 540, size)).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7],
    ]);
  });
  it('shows at least one card per page in a tiny column', () => {
    expect(paginate([1, 2], 50, size)).toEqual([[1], [2]]);
  });
  it('gives one empty page for an empty column', () => {
    expect(paginate([], 500, size)).toEqual([[]]);
  });
});
