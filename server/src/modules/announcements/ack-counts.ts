import { createBoardBatches } from '../../lib/batch-timer.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRepository } from '../boards/board-repository.js';
import type { MethodStateService } from '../method/method-state.js';
import type { AnnouncementRepository } from './announcement-repository.js';

/** How long acknowledgements are gathered before a board's counts go out. */
export const ACK_COUNT_BATCH_MS = 200;

/**
 * Coalesces the acknowledgement counts, like the interest vote's voter count: an
 * acknowledgement is stored (and answered) at once, and at most every `batchMs` each board
 * whose counts moved gets one ordinary `method:updated` change with the counts as they are
 * then. Forty phones acknowledging after the board meeting become a few broadcasts, and the
 * last one carries the exact counts. `announcements.acks_sent` remembers what went out, so a
 * count a crash left unsent goes out at the next start (`flushAll`).
 */
export function createAckCounts(deps: {
  repo: AnnouncementRepository;
  boards: BoardRepository;
  boardChanges: BoardChanges;
  method: MethodStateService;
  batchMs?: number;
  onError?: (error: unknown) => void;
}) {
  const { repo, boards, boardChanges, method } = deps;

  /** Sends the board's counts if one differs from the one last sent. */
  function send(boardId: string): void {
    const board = boards.findById(boardId);
    if (!board) return;
    if (!repo.hasUnsentAcks(boardId)) return;
    boardChanges.commit(board, (seq) => {
      // Counted inside the transaction: what is marked sent is what the change carries.
      repo.markAcksSent(boardId);
      return method.changed(board, seq);
    });
  }

  const batches = createBoardBatches(send, deps.batchMs ?? ACK_COUNT_BATCH_MS, deps.onError);
  return {
    /** A board's counts may have moved: make sure they go out within `batchMs`. */
    schedule(boardId: string): void {
      batches.schedule(boardId);
    },
    flush: (): void => batches.flush(),
    /** At start: every board with a count not sent before the last stop. */
    flushAll(): void {
      batches.flush(repo.boardsWithUnsentAcks());
    },
  };
}

export type AckCounts = ReturnType<typeof createAckCounts>;
