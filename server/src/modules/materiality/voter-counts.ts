import { createBoardBatches } from '../../lib/batch-timer.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRepository } from '../boards/board-repository.js';
import type { MethodStateService } from '../method/method-state.js';
import type { MaterialityRepository } from './materiality-repository.js';

/** How long dots are gathered before a board's voter count goes out. */
export const VOTER_COUNT_BATCH_MS = 200;

/**
 * Coalesces the live voter count of an open interest vote, like the "me too" tallies: dots are
 * stored (and acknowledged) at once, and at most every `batchMs` each board whose count moved
 * gets one ordinary `method:updated` change with the count as it is then. A workshop's
 * thousand phones placing and moving dots become a handful of broadcasts a second, and the
 * last one carries the exact count. `interest_votes.voters_sent` remembers what went out, so
 * a count a crash left unsent goes out at the next start (`flushAll`).
 */
export function createVoterCounts(deps: {
  repo: MaterialityRepository;
  boards: BoardRepository;
  boardChanges: BoardChanges;
  method: MethodStateService;
  batchMs?: number;
  onError?: (error: unknown) => void;
}) {
  const { repo, boards, boardChanges, method } = deps;

  /** Sends the board's count if it differs from the one last sent. */
  function send(boardId: string): void {
    const vote = repo.openVote(boardId);
    const board = boards.findById(boardId);
    if (!vote || !board) return;
    const voters = repo.voters(vote.id);
    if (voters === vote.voters_sent) return;
    boardChanges.commit(board, (seq) => {
      repo.markVotersSent(vote.id, voters);
      return method.changed(board, seq);
    });
  }

  const batches = createBoardBatches(send, deps.batchMs ?? VOTER_COUNT_BATCH_MS, deps.onError);
  return {
    /** A board's count may have moved: make sure it goes out within `batchMs`. */
    schedule(boardId: string): void {
      batches.schedule(boardId);
    },
    flush: (): void => batches.flush(),
    /** At start: every open vote whose count was not sent before the last stop. */
    flushAll(): void {
      batches.flush(repo.openVotes().map((vote) => vote.board_id));
    },
  };
}

export type VoterCounts = ReturnType<typeof createVoterCounts>;
