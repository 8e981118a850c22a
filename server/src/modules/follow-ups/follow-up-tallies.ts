import { createBoardBatches } from '../../lib/batch-timer.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRepository } from '../boards/board-repository.js';
import type { MethodStateService } from '../method/method-state.js';
import type { FollowUpRepository } from './follow-up-repository.js';

/** How long notes, votes and pulse answers are gathered before the live state goes out again. */
export const FOLLOW_UP_TALLY_BATCH_MS = 200;

/**
 * Coalesces a live follow-up's tallies like the workshop's: a phone's note, votes or pulse are
 * stored (and answered) at once, and at most every `batchMs` each board whose follow-up took
 * answers gets one ordinary `method:updated` change with the state as it is then. Forty phones
 * writing in the same silent minutes become a few broadcasts, and the last one is exact.
 * `follow_ups.answers` and `answers_sent` remember what went out, so answers a crash left
 * unsent go out at the next start (`flushAll`). A lead's change (a step, hiding a note, the
 * end) sends the whole state at once and marks it sent, so a batch after it sends nothing new.
 */
export function createFollowUpTallies(deps: {
  repo: FollowUpRepository;
  boards: BoardRepository;
  boardChanges: BoardChanges;
  method: MethodStateService;
  batchMs?: number;
  onError?: (error: unknown) => void;
}) {
  const { repo, boards, boardChanges, method } = deps;

  /** Sends the board's live state if its follow-up holds answers not sent yet. */
  function send(boardId: string): void {
    const live = repo.live(boardId);
    const board = boards.findById(boardId);
    if (!live || !board || live.answers === live.answers_sent) return;
    boardChanges.commit(board, (seq) => {
      repo.markSent(live.id);
      return method.changed(board, seq);
    });
  }

  const batches = createBoardBatches(send, deps.batchMs ?? FOLLOW_UP_TALLY_BATCH_MS, deps.onError);
  return {
    /** A board's follow-up took an answer: make sure its state goes out within `batchMs`. */
    schedule(boardId: string): void {
      batches.schedule(boardId);
    },
    flush: (): void => batches.flush(),
    /** At start: every board whose follow-up's answers were not all sent before the last stop. */
    flushAll(): void {
      batches.flush(repo.unsentBoards());
    },
  };
}

export type FollowUpTallies = ReturnType<typeof createFollowUpTallies>;
