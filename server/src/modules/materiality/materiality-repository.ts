import type { AnalysisCategoryId, MatrixSplit } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';

export interface VoteRow {
  id: string;
  board_id: string;
  opened_at: string;
  opened_by: string | null;
  closed_at: string | null;
  closed_by: string | null;
  voters_sent: number;
}

export interface DotRow {
  vote_id: string;
  device_id: string;
  category_id: AnalysisCategoryId;
  dots: number;
  placed_at: string;
}

export interface MatrixRow {
  vote_id: string;
  board_id: string;
  round_id: string | null;
  split: MatrixSplit;
  /** MatrixPoint[] as JSON. */
  points: string;
  created_at: string;
}

/** SQL for interest votes, their dots and the matrices kept when they close. */
export function createMaterialityRepository(db: Db) {
  const insertVote = db.prepare<[VoteRow]>(
    `INSERT INTO interest_votes (id, board_id, opened_at, opened_by, closed_at, closed_by,
                                 voters_sent)
     VALUES (@id, @board_id, @opened_at, @opened_by, @closed_at, @closed_by, @voters_sent)`,
  );
  const vote = db.prepare<[string], VoteRow>('SELECT * FROM interest_votes WHERE id = ?');
  const openVote = db.prepare<[string], VoteRow>(
    'SELECT * FROM interest_votes WHERE board_id = ? AND closed_at IS NULL',
  );
  const latestVote = db.prepare<[string], VoteRow>(
    'SELECT * FROM interest_votes WHERE board_id = ? ORDER BY opened_at DESC, rowid DESC LIMIT 1',
  );
  const openVotes = db.prepare<[], VoteRow>('SELECT * FROM interest_votes WHERE closed_at IS NULL');
  const close = db.prepare<[string, string | null, number, string]>(
    `UPDATE interest_votes SET closed_at = ?, closed_by = ?, voters_sent = ?
     WHERE id = ? AND closed_at IS NULL`,
  );
  const votersSent = db.prepare<[number, string]>(
    'UPDATE interest_votes SET voters_sent = ? WHERE id = ?',
  );
  const voters = db.prepare<[string], { n: number }>(
    'SELECT COUNT(DISTINCT device_id) AS n FROM interest_dots WHERE vote_id = ?',
  );
  const deleteDots = db.prepare<[string, string]>(
    'DELETE FROM interest_dots WHERE vote_id = ? AND device_id = ?',
  );
  const insertDot = db.prepare<[DotRow]>(
    `INSERT INTO interest_dots (vote_id, device_id, category_id, dots, placed_at)
     VALUES (@vote_id, @device_id, @category_id, @dots, @placed_at)`,
  );
  const dotsOf = db.prepare<[string, string], DotRow>(
    'SELECT * FROM interest_dots WHERE vote_id = ? AND device_id = ? ORDER BY category_id',
  );
  const totals = db.prepare<[string], { category_id: AnalysisCategoryId; dots: number }>(
    `SELECT category_id, SUM(dots) AS dots FROM interest_dots WHERE vote_id = ?
     GROUP BY category_id`,
  );
  const insertMatrix = db.prepare<[MatrixRow]>(
    `INSERT INTO materiality_matrices (vote_id, board_id, round_id, split, points, created_at)
     VALUES (@vote_id, @board_id, @round_id, @split, @points, @created_at)`,
  );
  const latestMatrix = db.prepare<[string], MatrixRow>(
    `SELECT m.* FROM materiality_matrices m JOIN interest_votes v ON v.id = m.vote_id
     WHERE m.board_id = ? ORDER BY v.closed_at DESC, v.rowid DESC LIMIT 1`,
  );

  return {
    insertVote: (row: VoteRow) => insertVote.run(row),
    vote: (voteId: string) => vote.get(voteId),
    openVote: (boardId: string) => openVote.get(boardId),
    /** The open vote, or else the one opened last. */
    latestVote: (boardId: string) => openVote.get(boardId) ?? latestVote.get(boardId),
    /** Every open vote of every board (the start sends counts a crash left unsent). */
    openVotes: () => openVotes.all(),
    close: (voteId: string, at: string, userId: string | null, voters: number) =>
      close.run(at, userId, voters, voteId).changes === 1,
    markVotersSent: (voteId: string, voters: number) => votersSent.run(voters, voteId),
    /** Devices with at least one dot in the vote. */
    voters: (voteId: string) => voters.get(voteId)?.n ?? 0,
    /** Replaces the device's whole placement (call inside a transaction). */
    replaceDots(voteId: string, deviceId: string, rows: readonly DotRow[]): void {
      deleteDots.run(voteId, deviceId);
      for (const row of rows) insertDot.run(row);
    },
    dotsOf: (voteId: string, deviceId: string) => dotsOf.all(voteId, deviceId),
    /** Dots per category over every device of the vote. */
    totals: (voteId: string) => totals.all(voteId),
    insertMatrix: (row: MatrixRow) => insertMatrix.run(row),
    /** The matrix kept when the board's latest vote closed. */
    latestMatrix: (boardId: string) => latestMatrix.get(boardId),
  };
}

export type MaterialityRepository = ReturnType<typeof createMaterialityRepository>;
