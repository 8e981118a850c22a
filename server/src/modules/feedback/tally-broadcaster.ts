import { createBatchTimer } from '../../lib/batch-timer.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRepository } from '../boards/board-repository.js';
import type { SuggestionRepository } from '../suggestions/suggestion-repository.js';
import { suggestionUpdated } from '../suggestions/suggestion-service.js';

/** How long votes are gathered before their tallies go out. */
export const TALLY_BATCH_MS = 200;

/**
 * Coalesces "me too" broadcasts. A vote is stored and counted at once (and acknowledged), and
 * marks its suggestion `tally_pending`; at most every `batchMs` each pending suggestion is
 * sent once, as an ordinary logged `suggestion:updated` change with the tally as it is then.
 * A workshop's 2,000 votes a second on 20 suggestions become at most 100 broadcasts a second
 * instead of 2,000, each reaching every screen. Pending tallies left by a crash are sent by
 * the first `flush()` after the next start.
 */
export function createTallyBroadcaster(deps: {
  suggestions: SuggestionRepository;
  boards: BoardRepository;
  boardChanges: BoardChanges;
  batchMs?: number;
  onError?: (error: unknown) => void;
}) {
  const { suggestions, boards, boardChanges } = deps;
  const batchMs = deps.batchMs ?? TALLY_BATCH_MS;
  /** Sends every pending tally; false when one failed (it stays pending, to be tried again). */
  function sendPending(): boolean {
    let failed = false;
    for (const pending of suggestions.pendingTallies()) {
      try {
        const board = boards.findById(pending.board_id);
        const row = suggestions.findVisible(pending.board_id, pending.id);
        if (!board || !row) {
          suggestions.tallyBroadcast({ id: pending.id, seq: null });
          continue;
        }
        boardChanges.commit(board, (seq) => {
          suggestions.tallyBroadcast({ id: row.id, seq });
          return suggestionUpdated(suggestions, row.id, seq);
        });
      } catch (error) {
        // Runs from a timer: report it and try again later instead of ending the process.
        // The tally stays pending in the database, so nothing is lost meanwhile.
        failed = true;
        deps.onError?.(error);
      }
    }
    return !failed;
  }

  const batches = createBatchTimer(sendPending, batchMs);
  return {
    /** A tally changed: make sure a batch goes out within `batchMs`. */
    schedule: batches.schedule,
    flush: batches.flush,
  };
}

export type TallyBroadcaster = ReturnType<typeof createTallyBroadcaster>;
