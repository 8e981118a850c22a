import { createMethodBatches, type MethodBatchDeps } from '../method/method-batches.js';
import type { WorkshopRepository } from './workshop-repository.js';

/**
 * Coalesces a live workshop's tallies (`createMethodBatches`): a thousand phones answering in
 * the same seconds become a handful of broadcasts a second, and the last one is exact.
 * `workshop_sessions.answers_made` and `answers_sent` remember what went out, so answers a
 * crash left unsent go out at the next start. A lead's action (next, close…) sends the whole
 * state at once and marks it sent, so a batch after it sends nothing new.
 */
export function createWorkshopTallies(deps: MethodBatchDeps & { repo: WorkshopRepository }) {
  const { repo } = deps;
  return createMethodBatches({
    ...deps,
    unsent: (boardId) => {
      const session = repo.liveSession(boardId);
      return session && session.answers_made !== session.answers_sent
        ? () => repo.markSent(session.id)
        : null;
    },
    pending: () => repo.liveSessions().map((session) => session.board_id),
  });
}

export type WorkshopTallies = ReturnType<typeof createWorkshopTallies>;
