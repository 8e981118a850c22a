import { describe, expect, it } from 'vitest';
import type { BoardSummary } from '@tavla/shared';
import { isNews, isSiteSummary, pageAt, sitePages } from './site-view.js';

const board = (id: string, seq = 1) => ({ id, seq }) as BoardSummary;

describe('the site wall’s pages', () => {
  it('shows one board at a time, or up to three side by side', () => {
    const boards = ['a', 'b', 'c', 'd'].map((id) => board(id));
    expect(sitePages(boards, 'in_turn').map((p) => p.map((b) => b.id))).toEqual([
      ['a'],
      ['b'],
      ['c'],
      ['d'],
    ]);
    expect(sitePages(boards, 'side_by_side').map((p) => p.map((b) => b.id))).toEqual([
      ['a', 'b', 'c'],
      ['d'],
    ]);
    expect(sitePages([], 'side_by_side')).toEqual([]);
  });

  it('turns the page every turn length, round and round', () => {
    expect(pageAt(3, 20, 0)).toBe(0);
    expect(pageAt(3, 20, 19_999)).toBe(0);
    expect(pageAt(3, 20, 20_000)).toBe(1);
    expect(pageAt(3, 20, 60_000)).toBe(0);
    expect(pageAt(1, 20, 45_000)).toBe(0);
    expect(pageAt(0, 20, 45_000)).toBe(0);
  });
});

describe('a site:changed notice', () => {
  const held = [board('a', 5), board('b', 2)];
  it('is news for a newer change, an unknown board, the settings, or before any summary', () => {
    expect(isNews(held, { boardId: 'a', seq: 6 })).toBe(true);
    expect(isNews(held, { boardId: 'c', seq: 1 })).toBe(true);
    expect(isNews(held, { boardId: '', seq: 0 })).toBe(true);
    expect(isNews(null, { boardId: 'a', seq: 1 })).toBe(true);
  });
  it('is skipped when the summary already shows it', () => {
    expect(isNews(held, { boardId: 'a', seq: 5 })).toBe(false);
    expect(isNews(held, { boardId: 'b', seq: 1 })).toBe(false);
  });
});

describe('the summary check', () => {
  it('takes a summary and nothing else', () => {
    const summary = { name: 'S', language: 'sv', layout: 'in_turn', turnSeconds: 20, boards: [] };
    expect(isSiteSummary(summary)).toBe(true);
    expect(isSiteSummary({ ...summary, boards: null })).toBe(false);
    expect(isSiteSummary({ error: { code: 'unauthorized' } })).toBe(false);
    expect(isSiteSummary(null)).toBe(false);
  });
});
