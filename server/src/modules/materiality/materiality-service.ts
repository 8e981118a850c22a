import {
  dotsProblem,
  type CurrentVote,
  type InterestVote,
  type Materiality,
  type MatrixSplit,
} from '@tavla/shared';
import type { Db } from '../../db/open-database.js';
import { AppError, notFound } from '../../http/app-error.js';
import { createGroupCommit } from '../../lib/group-commit.js';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/random-token.js';
import type { UserRow } from '../accounts/account-repository.js';
import type { AnalysisRepository } from '../analysis/analysis-repository.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRow } from '../boards/board-repository.js';
import { DEFAULT_WALL_MINUTES, type MethodStateService } from '../method/method-state.js';
import type { MethodSettings } from '../method/method-settings.js';
import type { DotRow, MaterialityRepository, VoteRow } from './materiality-repository.js';
import type { MatrixReads } from './matrix.js';
import type { VoterCounts } from './voter-counts.js';

const voteClosed = () =>
  new AppError(409, 'vote_closed', 'The vote is closed; its dots can no longer change.');

/** Why a placement is refused, as the error the phone translates. */
function dotsRefusal(dots: Record<string, number>): AppError | null {
  switch (dotsProblem(dots)) {
    case null:
      return null;
    case 'too_many':
      return new AppError(400, 'too_many_dots', 'A device has five dots in all.', {
        field: 'dots',
      });
    case 'too_many_on_one':
      return new AppError(400, 'too_many_dots_on_one', 'At most three dots on one category.', {
        field: 'dots',
      });
    case 'unknown_category':
      return new AppError(400, 'validation_failed', 'Dots go on the fifteen analysis categories.', {
        field: 'dots',
      });
    case 'not_whole':
      return new AppError(400, 'validation_failed', 'Dots are whole numbers.', { field: 'dots' });
  }
}

/**
 * The interest vote and the materiality matrix (the method's step 3). A lead opens a vote and
 * every phone of the board is asked at once; each device places up to five dots (at most three
 * on one category) and may move them until the lead closes the vote. Only the number of devices
 * that have voted is shown while it is open. Closing keeps the matrix made from the vote and
 * the latest finished analysis, and puts it on the wall.
 */
export function createMaterialityService(deps: {
  db: Db;
  repo: MaterialityRepository;
  analysis: AnalysisRepository;
  matrix: MatrixReads;
  settings: MethodSettings;
  method: MethodStateService;
  voterCounts: VoterCounts;
  boardChanges: BoardChanges;
  clock: Clock;
}) {
  const { db, repo, analysis, matrix, settings, method, voterCounts, boardChanges, clock } = deps;

  function voteOf(board: BoardRow, voteId: string): VoteRow {
    const row = repo.vote(voteId);
    if (!row || row.board_id !== board.id) throw notFound('There is no such vote on this board.');
    return row;
  }

  const myDots = (voteId: string, deviceId: string | null): Record<string, number> =>
    deviceId === null
      ? {}
      : Object.fromEntries(repo.dotsOf(voteId, deviceId).map((row) => [row.category_id, row.dots]));

  /**
   * Group commit for dots, as for "me too": a workshop places a thousand devices' dots within
   * seconds, so the placements of one turn of the event loop share one transaction (one fsync),
   * each in its own savepoint, and each is answered only after the commit.
   */
  interface Placement {
    board: BoardRow;
    voteId: string;
    deviceId: string;
    dots: Record<string, number>;
  }
  function placeOne(item: Placement): CurrentVote {
    // Checked again inside the transaction: the lead may have closed the vote meanwhile.
    const vote = repo.vote(item.voteId);
    if (!vote) throw notFound('There is no such vote on this board.');
    if (vote.closed_at !== null) throw voteClosed();
    const at = clock.now().toISOString();
    const rows: DotRow[] = Object.entries(item.dots)
      .filter(([, count]) => count > 0)
      .map(([category, count]) => ({
        vote_id: vote.id,
        device_id: item.deviceId,
        category_id: category as DotRow['category_id'],
        dots: count,
        placed_at: at,
      }));
    repo.replaceDots(vote.id, item.deviceId, rows);
    return { vote: matrix.voteView(vote), myDots: myDots(vote.id, item.deviceId) };
  }
  const place = createGroupCommit(
    db,
    placeOne,
    (item: Placement) => voterCounts.schedule(item.board.id),
    'placement',
  );

  return {
    /** Opens a vote; every phone of the board hears of it at once (a method change). */
    openVote(board: BoardRow, lead: UserRow): InterestVote {
      const change = boardChanges.commit(board, (seq, at) => {
        if (repo.openVote(board.id)) {
          throw new AppError(409, 'vote_open', 'An interest vote is already open on this board.');
        }
        repo.insertVote({
          id: newId(),
          board_id: board.id,
          opened_at: at,
          opened_by: lead.id,
          closed_at: null,
          closed_by: null,
          voters_sent: 0,
        });
        return method.changed(board, seq);
      });
      const vote = change.payload.method.vote;
      if (!vote) throw new Error('the vote just opened is missing');
      return vote;
    },

    /** The open (or latest) vote, and the asking device's own dots in it. */
    current(board: BoardRow, deviceId: string | null): CurrentVote {
      const vote = repo.latestVote(board.id);
      if (!vote) return { vote: null, myDots: {} };
      return { vote: matrix.voteView(vote), myDots: myDots(vote.id, deviceId) };
    },

    /** Replaces the device's whole placement in the open vote. */
    placeDots(
      board: BoardRow,
      deviceId: string,
      voteId: string,
      dots: Record<string, number>,
    ): Promise<CurrentVote> {
      const vote = voteOf(board, voteId);
      if (vote.closed_at !== null) throw voteClosed();
      const refusal = dotsRefusal(dots);
      if (refusal) throw refusal;
      return place({ board, voteId: vote.id, deviceId, dots });
    },

    /**
     * Closes the vote, keeps its matrix (with the latest finished round's scores and the
     * board's split) and shows it on the wall for a while.
     */
    closeVote(board: BoardRow, lead: UserRow, voteId: string): InterestVote {
      const vote = voteOf(board, voteId);
      if (vote.closed_at !== null) throw voteClosed();
      boardChanges.commit(board, (seq, at) => {
        if (!repo.close(vote.id, at, lead.id, repo.voters(vote.id))) throw voteClosed();
        const roundId = analysis.latestFinished(board.id)?.id ?? null;
        const made = matrix.compute(board.id, vote, roundId);
        repo.insertMatrix({
          vote_id: vote.id,
          board_id: board.id,
          round_id: roundId,
          split: made.split,
          points: JSON.stringify(made.points),
          created_at: at,
        });
        const until = new Date(Date.parse(at) + DEFAULT_WALL_MINUTES * 60_000).toISOString();
        settings.setWall(board.id, 'matrix', until);
        return method.changed(board, seq);
      });
      return matrix.voteView(voteOf(board, vote.id));
    },

    materiality(board: BoardRow): Materiality {
      return matrix.current(board.id);
    },

    setSplit(board: BoardRow, split: MatrixSplit): Materiality {
      boardChanges.commit(board, (seq) => {
        settings.setSplit(board.id, split);
        return method.changed(board, seq);
      });
      return matrix.current(board.id);
    },

    /** Whether a goal drafted from the matrix names a closed vote of this board. */
    isClosedVoteOf(board: BoardRow, voteId: string): boolean {
      const vote = repo.vote(voteId);
      return vote !== undefined && vote.board_id === board.id && vote.closed_at !== null;
    },
  };
}

export type MaterialityService = ReturnType<typeof createMaterialityService>;
