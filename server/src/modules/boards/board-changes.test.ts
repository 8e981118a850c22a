import { describe, expect, it } from 'vitest';
import { ChangeFeed } from '../../lib/change-feed.js';
import { manualClock, testDb } from '../../test-support/test-app.js';
import { createBoardChanges } from './board-changes.js';
import { createBoardRepository } from './board-repository.js';

describe('the change log', () => {
  it('keeps only the recent changes of a board, enough for any catch-up', () => {
    const db = testDb();
    const boards = createBoardRepository(db);
    boards.insert({
      id: 'board-1',
      name: 'A',
      language: 'sv',
      join_token: 'join',
      display_key: 'key',
      last_seq: 0,
      created_at: '2026-11-21T08:00:00.000Z',
    });
    const board = boards.findById('board-1');
    if (!board) throw new Error('no board');
    const changes = createBoardChanges({
      db,
      boards,
      clock: manualClock(),
      changes: new ChangeFeed(),
      history: 'h',
      keepChanges: 150,
    });
    for (let i = 0; i < 450; i += 1) {
      changes.commit(board, (seq) => ({
        event: 'suggestion:removed' as const,
        payload: { seq, suggestionId: `s-${String(seq)}` },
      }));
    }
    const seqs = db.prepare('SELECT seq FROM board_changes ORDER BY seq').pluck().all();
    // Pruned at seq 400 down to what is newer than 250: at most keep + one pruning interval.
    expect(seqs[0]).toBe(251);
    expect(seqs.at(-1)).toBe(450);
    expect(changes.catchUp('board-1', 440, 'h')).toMatchObject({ complete: true });
    expect(changes.catchUp('board-1', 100, 'h')).toEqual({ complete: false });
  });
});
