import { createMethodBatches, type MethodBatchDeps } from '../method/method-batches.js';
import type { MaterialityRepository } from './materiality-repository.js';

/**
 * Coalesces the live voter count of an open interest vote (`createMethodBatches`): a
 * workshop's thousand phones placing and moving dots become a handful of broadcasts a second,
 * and the last one carries the exact count. `interest_votes.voters_sent` remembers what went
 * out, so a count a crash left unsent goes out at the next start.
 */
export function createVoterCounts(deps: MethodBatchDeps & { repo: MaterialityRepository }) {
  const { repo } = deps;
  return createMethodBatches({
    ...deps,
    unsent: (boardId) => {
      const vote = repo.openVote(boardId);
      if (!vote) return null;
      const voters = repo.voters(vote.id);
      return voters === vote.voters_sent ? null : () => repo.markVotersSent(vote.id, voters);
    },
    pending: () => repo.openVotes().map((vote) => vote.board_id),
  });
}

export type VoterCounts = ReturnType<typeof createVoterCounts>;
