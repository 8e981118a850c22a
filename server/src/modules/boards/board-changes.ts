import type { Db } from '../../db/open-database.js';
import type { BoardChange, ChangeFeed } from '../../lib/change-feed.js';
import type { Clock } from '../../lib/clock.js';
import type { BoardRepository, BoardRow } from './board-repository.js';

/**
 * The one way a board changes: inside a single transaction the change takes the board's next
 * sequence number, does its writes, and is recorded in `board_changes` exactly as it will be
 * broadcast; after the commit it is published to the screens. Services describe *what*
 * changes; this keeps *how* (seq, log, broadcast) the same everywhere.
 */
export function createBoardChanges(deps: {
  db: Db;
  boards: BoardRepository;
  clock: Clock;
  changes: ChangeFeed;
}) {
  const { db, boards, clock, changes } = deps;
  return {
    commit<C extends BoardChange>(board: BoardRow, apply: (seq: number, at: string) => C): C {
      const change = db.transaction(() => {
        const at = clock.now().toISOString();
        const seq = boards.nextSeq(board.id);
        const result = apply(seq, at);
        boards.recordChange(board.id, seq, result.event, result.payload, at);
        return result;
      })();
      changes.publish(board.id, change);
      return change;
    },
  };
}

export type BoardChanges = ReturnType<typeof createBoardChanges>;
