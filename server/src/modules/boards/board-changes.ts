import type { BoardCatchUp } from '@tavla/shared';
import type { BoardChange as ClientChange } from '@tavla/shared/board-state';
import { CATCH_UP_MAX_CHANGES } from '@tavla/shared/domain';
import type { Db } from '../../db/open-database.js';
import type { BoardChange, ChangeFeed } from '../../lib/change-feed.js';
import type { Clock } from '../../lib/clock.js';
import type { BoardRepository, BoardRow, ChangeRow } from './board-repository.js';
import { toBoard } from './board-service.js';

/** Every this many changes a board's log drops what is older than `keepChanges`. */
const PRUNE_EVERY = 100;

/** A logged change as the client's board state applies it. */
function toClientChange(row: ChangeRow): ClientChange {
  const change = { event: row.event, payload: JSON.parse(row.payload) as unknown } as BoardChange;
  switch (change.event) {
    case 'suggestion:created':
    case 'suggestion:updated':
      return { type: 'upsert', seq: row.seq, suggestion: change.payload.suggestion };
    case 'suggestion:removed':
      return { type: 'remove', seq: row.seq, suggestionId: change.payload.suggestionId };
    case 'goal:updated':
      return { type: 'goal', seq: row.seq, goal: change.payload.goal };
    case 'method:updated':
      return { type: 'method', seq: row.seq, method: change.payload.method };
    case 'board:updated':
      return { type: 'board', seq: row.seq, board: change.payload.board };
    default: {
      const unknown: never = change;
      throw new Error(`Unknown logged change ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * The one way a board changes: inside a single transaction the change takes the board's next
 * sequence number, does its writes, and is recorded in `board_changes` exactly as it will be
 * broadcast; after the commit it is published to the screens. `commitSoon` does the same with
 * group commit, for the paths that see bursts. Services describe *what*
 * changes; this keeps *how* (seq, log, broadcast) the same everywhere.
 */
export function createBoardChanges(deps: {
  db: Db;
  boards: BoardRepository;
  clock: Clock;
  changes: ChangeFeed;
  onPublishError?: (error: unknown) => void;
  /** This database's history id (db/history-id.ts). */
  history: string;
  /** How many recent changes per board the log keeps (default 5,000; catch-up needs 500). */
  keepChanges?: number;
}) {
  const { db, boards, clock, changes } = deps;
  const keepChanges = deps.keepChanges ?? 5000;

  /** Inside a transaction: takes the next seq, applies the change and logs it. */
  function write<C extends BoardChange>(board: BoardRow, apply: (seq: number, at: string) => C): C {
    const at = clock.now().toISOString();
    const seq = boards.nextSeq(board.id);
    const result = apply(seq, at);
    boards.recordChange(board.id, seq, result.event, result.payload, at);
    if (seq % PRUNE_EVERY === 0) boards.pruneChanges(board.id, seq - keepChanges);
    return result;
  }

  interface Queued {
    board: BoardRow;
    apply: (seq: number, at: string) => BoardChange;
    resolve: (change: BoardChange) => void;
    reject: (error: unknown) => void;
  }
  const queue: Queued[] = [];

  /**
   * Group commit: the changes queued during one turn of the event loop go into one
   * transaction, so one fsync serves them all. Each runs in its own savepoint, so one that
   * fails (a constraint) is rolled back alone and rejected; the others commit. Every change is
   * published, and its promise resolved, only after the commit.
   */
  function commitQueued(): void {
    const batch = queue.splice(0);
    const outcomes: ({ change: BoardChange } | { error: unknown })[] = [];
    try {
      db.transaction(() => {
        for (const item of batch) {
          try {
            outcomes.push({ change: db.transaction(() => write(item.board, item.apply))() });
          } catch (error) {
            // A disk-level error (full, I/O) can roll back the whole transaction: then nothing
            // of this batch may go on outside it. Rethrow, and every item is rejected below.
            if (!db.inTransaction) throw error;
            outcomes.push({ error });
          }
        }
      })();
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i];
      if (!outcome) return;
      if ('error' in outcome) {
        item.reject(outcome.error);
      } else {
        publishSafely(item.board.id, outcome.change);
        item.resolve(outcome.change);
      }
    });
  }

  /**
   * A committed change is stored whatever a listener does with it: a listener that throws is
   * logged and must not turn the write into an error or leave other requests hanging.
   */
  function publishSafely(boardId: string, change: BoardChange): void {
    try {
      changes.publish(boardId, change);
    } catch (error) {
      deps.onPublishError?.(error);
    }
  }

  return {
    commit<C extends BoardChange>(board: BoardRow, apply: (seq: number, at: string) => C): C {
      const change = db.transaction(() => write(board, apply))();
      publishSafely(board.id, change);
      return change;
    },

    /**
     * Several changes to one board in ONE transaction (a lead's bulk action): each takes its
     * own seq and is logged as the single change would be, so screens apply them as usual;
     * all commit or none does, and they are published together after the commit.
     */
    commitAll<C extends BoardChange>(
      board: BoardRow,
      applies: readonly ((seq: number, at: string) => C)[],
    ): C[] {
      const done = db.transaction(() => applies.map((apply) => write(board, apply)))();
      for (const change of done) publishSafely(board.id, change);
      return done;
    },

    /**
     * Like `commit`, but committed together with the other changes of this turn of the event
     * loop (group commit); resolves once durable. For the hot write paths (posting).
     */
    commitSoon<C extends BoardChange>(
      board: BoardRow,
      apply: (seq: number, at: string) => C,
    ): Promise<C> {
      return new Promise<C>((resolve, reject) => {
        queue.push({ board, apply, resolve: (change) => resolve(change as C), reject });
        if (queue.length === 1) setImmediate(commitQueued);
      });
    },

    /**
     * What a client that applied everything up to `since` missed, replayed from the log; not
     * complete when it missed too much or is ahead of the board (a restored backup).
     */
    catchUp(boardId: string, since: number, history?: string): BoardCatchUp {
      const board = boards.findById(boardId);
      if (history !== undefined && history !== deps.history) return { complete: false };
      if (!board || since > board.last_seq || board.last_seq - since > CATCH_UP_MAX_CHANGES) {
        return { complete: false };
      }
      const rows = boards.changesAfter(boardId, since, CATCH_UP_MAX_CHANGES);
      if (rows.length !== board.last_seq - since) return { complete: false };
      return {
        complete: true,
        board: toBoard(board),
        changes: rows.map(toClientChange),
      };
    },
  };
}

export type BoardChanges = ReturnType<typeof createBoardChanges>;
