import { createMethodBatches, type MethodBatchDeps } from '../method/method-batches.js';
import type { AnnouncementRepository } from './announcement-repository.js';

/**
 * Coalesces the acknowledgement counts (`createMethodBatches`): forty phones acknowledging
 * after the board meeting become a few broadcasts, and the last one carries the exact counts.
 * `announcements.acks_sent` remembers what went out, so a count a crash left unsent goes out
 * at the next start.
 */
export function createAckCounts(deps: MethodBatchDeps & { repo: AnnouncementRepository }) {
  const { repo } = deps;
  return createMethodBatches({
    ...deps,
    // Counted inside the transaction: what is marked sent is what the change carries.
    unsent: (boardId) => (repo.hasUnsentAcks(boardId) ? () => repo.markAcksSent(boardId) : null),
    pending: () => repo.boardsWithUnsentAcks(),
  });
}

export type AckCounts = ReturnType<typeof createAckCounts>;
