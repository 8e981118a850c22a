import { describe, expect, it } from 'vitest';
import { applyBoardChange } from './board-state.js';
import { doneDaysOf, isArchived, namingOf, namingRefusal } from './board-settings.js';
import type { BoardSnapshot } from './schemas.js';

describe('board settings rules', () => {
  it('reads a board without the settings (an older snapshot) as the defaults', () => {
    expect(namingOf({})).toBe('optional');
    expect(doneDaysOf({}, 30)).toBe(30);
    expect(isArchived({})).toBe(false);
    expect(isArchived({ archivedAt: null })).toBe(false);
    expect(isArchived({ archivedAt: '2026-12-01T10:00:00.000Z' })).toBe(true);
  });

  it.each([
    ['anonymous', 'Maria', 'author_name_not_allowed'],
    ['anonymous', '  ', null],
    ['anonymous', null, null],
    ['optional', 'Maria', null],
    ['optional', undefined, null],
    ['required', 'Maria', null],
    ['required', ' ', 'author_name_required'],
    ['required', null, 'author_name_required'],
    ['required', undefined, 'author_name_required'],
  ] as const)('%s with the name %j: %s', (naming, name, refusal) => {
    expect(namingRefusal(naming, name)).toBe(refusal);
  });

  it('applies a board change live: the new board, the next seq; a stale one is ignored', () => {
    const snapshot: BoardSnapshot = {
      board: { id: 'board-1', name: 'Line 3', language: 'sv' },
      seq: 4,
      suggestions: [],
      goals: [],
    };
    const board = {
      ...snapshot.board,
      language: 'en' as const,
      archivedAt: '2026-12-01T10:00:00.000Z',
    };
    const applied = applyBoardChange(snapshot, { type: 'board', seq: 5, board });
    expect(applied.kind === 'applied' && applied.snapshot).toMatchObject({ seq: 5, board });
    expect(applyBoardChange(snapshot, { type: 'board', seq: 4, board }).kind).toBe('stale');
    expect(applyBoardChange(snapshot, { type: 'board', seq: 7, board }).kind).toBe('gap');
  });
});
