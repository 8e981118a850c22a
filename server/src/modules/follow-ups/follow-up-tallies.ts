import { createMethodBatches, type MethodBatchDeps } from '../method/method-batches.js';
import type { FollowUpReads } from './follow-up-reads.js';
import type { FollowUpRepository } from './follow-up-repository.js';

/**
 * Coalesces a live follow-up's tallies like the workshop's (`createMethodBatches`): forty
 * phones writing in the same silent minutes become a few broadcasts, and the last one is exact.
 * `follow_ups.answers` and `answers_sent` remember what went out, so answers a crash left
 * unsent go out at the next start. A lead's change (a step, hiding a note, the end) sends the
 * whole state at once and marks it sent, so a batch after it sends nothing new.
 */
export function createFollowUpTallies(
  deps: MethodBatchDeps & { repo: FollowUpRepository; reads: FollowUpReads },
) {
  const { repo, reads } = deps;
  return createMethodBatches({
    ...deps,
    unsent: (boardId) => {
      const live = reads.liveRow(boardId);
      return live && live.answers !== live.answers_sent ? () => repo.markSent(live.id) : null;
    },
    pending: () => repo.unsentBoards(),
  });
}

export type FollowUpTallies = ReturnType<typeof createFollowUpTallies>;
