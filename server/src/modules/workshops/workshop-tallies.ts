import { createBoardBatches } from '../../lib/batch-timer.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRepository } from '../boards/board-repository.js';
import type { MethodStateService } from '../method/method-state.js';
import type { WorkshopRepository } from './workshop-repository.js';

/** How long answers are gathered before a board's live workshop state goes out again. */
export const WORKSHOP_TALLY_BATCH_MS = 200;

/**
 * Coalesces a live workshop's tallies, like the interest vote's voter count: answers are stored
 * (and acknowledged) at once, and at most every `batchMs` each board whose session took answers
 * gets one ordinary `method:updated` change with the state as it is then. A thousand phones
 * answering in the same seconds become a handful of broadcasts a second, and the last one is
 * exact. `workshop_sessions.answers_made` and `answers_sent` remember what went out, so answers
 * a crash left unsent go out at the next start (`flushAll`). A lead's action (next, close…)
 * sends the whole state at once and marks it sent, so a batch after it sends nothing new.
 */
export function createWorkshopTallies(deps: {
  repo: WorkshopRepository;
  boards: BoardRepository;
  boardChanges: BoardChanges;
  method: MethodStateService;
  batchMs?: number;
  onError?: (error: unknown) => void;
}) {
  const { repo, boards, boardChanges, method } = deps;

  /** Sends the board's live state if it holds answers not sent yet. */
  function send(boardId: string): void {
    const session = repo.liveSession(boardId);
    const board = boards.findById(boardId);
    if (!session || !board || session.answers_made === session.answers_sent) return;
    boardChanges.commit(board, (seq) => {
      repo.markSent(session.id);
      return method.changed(board, seq);
    });
  }

  const batches = createBoardBatches(send, deps.batchMs ?? WORKSHOP_TALLY_BATCH_MS, deps.onError);
  return {
    /** A board's session took an answer: make sure its state goes out within `batchMs`. */
    schedule(boardId: string): void {
      batches.schedule(boardId);
    },
    flush: (): void => batches.flush(),
    /** At start: every live session whose answers were not all sent before the last stop. */
    flushAll(): void {
      batches.flush(repo.liveSessions().map((session) => session.board_id));
    },
  };
}

export type WorkshopTallies = ReturnType<typeof createWorkshopTallies>;
