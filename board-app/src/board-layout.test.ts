import { describe, expect, it } from 'vitest';
import type { Suggestion } from '@tavla/shared';
import { makeSuggestion } from '@tavla/shared/testing/fixtures';
import {
  boardPages,
  cardsPerPage,
  chunk,
  columnPage,
  groupByStatus,
  pagesOf,
  RECENT_MAX,
  recentItems,
  startOfYesterday,
  wallGoals,
} from './board-layout.js';
import { previewGoals } from './preview/wall-fixtures-board.js';

const exampleGoal = previewGoals('en', new Date('2026-06-30T12:00:00.000Z'))[0]!;

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

  it('shows Done for the board’s own number of days when a lead set one', () => {
    const columns = groupByStatus(
      [make(1, 'done', '2026-06-23T12:00:01.000Z'), make(2, 'done', '2026-06-23T11:59:59.000Z')],
      NOW,
      7,
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

describe('the board scene’s pages', () => {
  it('fits three big cards per column on a 16:9 wall, more on a taller one, at least one', () => {
    expect(cardsPerPage(67.5)).toBe(3);
    expect(cardsPerPage(75)).toBe(3);
    expect(cardsPerPage(90)).toBe(4);
    expect(cardsPerPage(20)).toBe(1);
  });

  it('has as many pages as its fullest column, and one for an empty board', () => {
    const columns = groupByStatus(
      [...Array.from({ length: 7 }, (_, i) => make(i + 1, 'new')), make(20, 'planned')],
      NOW,
    );
    expect(boardPages(columns, 3)).toBe(3);
    expect(boardPages(groupByStatus([], NOW), 3)).toBe(1);
    expect(pagesOf(0, 3)).toBe(1);
    expect(pagesOf(6, 3)).toBe(2);
  });

  it('shows every card of every column once the scene has turned all its pages', () => {
    // 40 suggestions spread unevenly: each one must be on some page of the board scene.
    const statuses = ['new', 'under_review', 'planned', 'in_progress', 'done'] as const;
    const all = Array.from({ length: 40 }, (_, i) => make(i + 1, statuses[(i * i) % 5] ?? 'new'));
    const columns = groupByStatus(all, NOW);
    for (const perPage of [1, 2, 3, 5]) {
      const pages = boardPages(columns, perPage);
      const seen = new Set<string>();
      for (let page = 0; page < pages; page += 1) {
        for (const column of columns) {
          const shown = columnPage(column, perPage, page);
          expect(shown.cards.length).toBeLessThanOrEqual(perPage);
          for (const card of shown.cards) seen.add(card.id);
        }
      }
      expect(seen.size).toBe(40);
    }
  });

  it('starts a column with fewer pages over, so it never stands empty', () => {
    const column = {
      status: 'planned' as const,
      suggestions: [make(1, 'planned'), make(2, 'planned')],
    };
    expect(columnPage(column, 1, 0)).toMatchObject({ page: 0, pages: 2 });
    expect(columnPage(column, 1, 3).cards.map((s) => s.text)).toEqual(['S2']);
    expect(columnPage(column, 3, 2).cards).toHaveLength(2);
  });

  it('splits lists into pages', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
  });
});

describe('wallGoals', () => {
  it('keeps the active goals that have their numbers', () => {
    const goal = { ...exampleGoal, id: 'g1' };
    const goals = [
      goal,
      { ...goal, id: 'g2', state: 'draft' as const },
      { ...goal, id: 'g3', targetValue: null },
      { ...goal, id: 'g4', state: 'achieved' as const },
    ];
    expect(wallGoals(goals).map((g) => g.id)).toEqual(['g1']);
  });
});

describe('recentItems', () => {
  const now = new Date('2026-06-30T12:00:00');
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();
  const posted = (n: number, h: number) =>
    makeSuggestion(n, { text: `S${n}`, createdAt: hoursAgo(h), statusChangedAt: hoursAgo(h) });
  const done = (n: number, h: number) =>
    makeSuggestion(n, {
      text: `D${n}`,
      status: 'done',
      createdAt: hoursAgo(24 * 20),
      statusChangedAt: hoursAgo(h),
    });

  it('counts what was posted since yesterday began, and what was done in the last week', () => {
    expect(startOfYesterday(now).toISOString()).toBe(new Date('2026-06-29T00:00:00').toISOString());
    const items = recentItems(
      [posted(1, 2), posted(2, 35), posted(3, 40), done(4, 24 * 6), done(5, 24 * 8)],
      now,
    );
    expect(items.map((i) => `${i.kind}:${i.suggestion.text}`)).toEqual([
      'done:D4',
      'new:S1',
      'new:S2',
    ]);
  });

  it('shows done ones first, half and half, filling up from the other kind, at most six', () => {
    const many = [
      ...Array.from({ length: 10 }, (_, i) => posted(i + 1, i)),
      ...Array.from({ length: 10 }, (_, i) => done(i + 20, i)),
    ];
    const items = recentItems(many, now);
    expect(items).toHaveLength(RECENT_MAX);
    expect(items.map((i) => i.kind)).toEqual(['done', 'done', 'done', 'new', 'new', 'new']);
    // The newest of each kind.
    expect(items[0]?.suggestion.text).toBe('D20');
    expect(items[3]?.suggestion.text).toBe('S1');
    const fewDone = recentItems([...many.slice(0, 10), done(30, 1)], now);
    expect(fewDone.map((i) => i.kind)).toEqual(['done', 'new', 'new', 'new', 'new', 'new']);
    expect(recentItems([], now)).toEqual([]);
  });
});
