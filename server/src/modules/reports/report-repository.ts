import type { Dimension } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';
import type { SuggestionRow } from '../suggestions/suggestion-repository.js';

/**
 * The report's own SQL: what no other read answers (suggestions done in a period, the first
 * suggestion). Hidden suggestions are never counted or shown.
 */
export function createReportRepository(db: Db) {
  const doneByDimension = db.prepare<
    [{ boardId: string; from: string; to: string }],
    { dimension: Dimension; done: number }
  >(
    `SELECT dimension, COUNT(*) AS done FROM suggestions
      WHERE board_id = @boardId AND status = 'done' AND hidden_at IS NULL
        AND status_changed_at >= @from AND status_changed_at < @to
      GROUP BY dimension`,
  );
  const mostVotedDone = db.prepare<
    [{ boardId: string; from: string; to: string; limit: number }],
    SuggestionRow
  >(
    `SELECT * FROM suggestions
      WHERE board_id = @boardId AND status = 'done' AND hidden_at IS NULL
        AND status_changed_at >= @from AND status_changed_at < @to
      ORDER BY vote_count DESC, status_changed_at DESC, id LIMIT @limit`,
  );
  const firstSuggestion = db.prepare<[string], { at: string | null }>(
    'SELECT MIN(created_at) AS at FROM suggestions WHERE board_id = ? AND hidden_at IS NULL',
  );

  return {
    /** Done in [from, to) (instants), per dimension that has any. */
    doneByDimension: (boardId: string, from: string, to: string) =>
      doneByDimension.all({ boardId, from, to }),
    mostVotedDone: (boardId: string, from: string, to: string, limit: number) =>
      mostVotedDone.all({ boardId, from, to, limit }),
    firstSuggestionAt: (boardId: string): string | null => firstSuggestion.get(boardId)?.at ?? null,
  };
}

export type ReportRepository = ReturnType<typeof createReportRepository>;
