import { createBoardBatches } from '../../lib/batch-timer.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRepository } from '../boards/board-repository.js';
import type { MethodStateService } from './method-state.js';

/** How long high-rate phone writes are gathered before a board's method state goes out again. */
export const METHOD_BATCH_MS = 200;

/** What every coalesced part of the method state needs to send itself. */
export interface MethodBatchDeps {
  boards: BoardRepository;
  boardChanges: BoardChanges;
  method: MethodStateService;
  batchMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Coalesces a part of the method state that phones change at a high rate (the interest vote's
 * voter count, the acknowledgement counts, a workshop's or a follow-up's tallies): each write
 * is stored (and answered) at once, and at most every `batchMs` each board whose part moved
 * gets one ordinary `method:updated` change with the state as it is then, so a thousand phones
 * become a handful of broadcasts a second and the last one is exact. Each user keeps in the
 * database what it last sent: `unsent(board)` says whether something moved since, and how to
 * mark it sent (run inside the change's transaction, so what is marked sent is what the change
 * carries); `pending()` lists the boards a crash may have left unsent, sent at start.
 */
export function createMethodBatches(
  deps: MethodBatchDeps & {
    unsent: (boardId: string) => (() => void) | null;
    pending: () => string[];
  },
) {
  const { boards, boardChanges, method } = deps;

  function send(boardId: string): void {
    const board = boards.findById(boardId);
    const markSent = board ? deps.unsent(boardId) : null;
    if (!board || !markSent) return;
    boardChanges.commit(board, (seq) => {
      markSent();
      return method.changed(board, seq);
    });
  }

  const batches = createBoardBatches(send, deps.batchMs ?? METHOD_BATCH_MS, deps.onError);
  return {
    /** A board's part may have moved: make sure it goes out within `batchMs`. */
    schedule(boardId: string): void {
      batches.schedule(boardId);
    },
    flush: (): void => batches.flush(),
    /** At start: every board whose part was not sent before the last stop. */
    flushAll(): void {
      batches.flush(deps.pending());
    },
  };
}

export type MethodBatches = ReturnType<typeof createMethodBatches>;
