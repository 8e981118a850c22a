import type { Dimension } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';

/** A range of instants: `from` included, `to` not (ISO timestamps). */
export interface InstantRange {
  boardId: string;
  from: string;
  to: string;
}

export interface LeadRow {
  dimension: Dimension;
  device_id: string | null;
  created_at: string;
  /** When it was first decided (first status event), or when it was done. */
  at: string;
}

/**
 * The analytics page's SQL. Hidden suggestions are left out everywhere. Every query is bounded
 * by the board and the period through an index (see analytics-indexes.test.ts, which checks the
 * plans on a board of 100,000 suggestions).
 */
export function createAnalyticsRepository(db: Db) {
  const postedByMonth = db.prepare<[InstantRange], { month: string; count: number }>(
    `SELECT substr(created_at, 1, 7) AS month, COUNT(*) AS count FROM suggestions
      WHERE board_id = @boardId AND created_at >= @from AND created_at < @to
        AND hidden_at IS NULL
      GROUP BY month`,
  );
  // A done suggestion's status_changed_at is the time of the status event that made it done:
  // the workflow writes both in one transaction (suggestion-workflow.ts, setStatus). A
  // suggestion reopened and done again counts when it was done last.
  const done = db.prepare<[InstantRange], LeadRow>(
    `SELECT dimension, device_id, created_at, status_changed_at AS at FROM suggestions
      WHERE board_id = @boardId AND status = 'done'
        AND status_changed_at >= @from AND status_changed_at < @to AND hidden_at IS NULL`,
  );
  // The first decision is the first status event. A suggestion first decided in the period was
  // changed last at or after it (status_changed_at ≥ from) and posted before the period ended;
  // only those are looked up, each through its own events.
  const decided = db.prepare<[InstantRange], LeadRow>(
    `WITH candidates AS MATERIALIZED (
       SELECT dimension, device_id, created_at,
              (SELECT MIN(e.created_at) FROM suggestion_events e
                WHERE e.suggestion_id = s.id AND e.kind = 'status') AS at
         FROM suggestions s
        WHERE board_id = @boardId AND status_changed_at >= @from AND created_at < @to
          AND hidden_at IS NULL)
     SELECT * FROM candidates WHERE at >= @from AND at < @to`,
  );
  const waiting = db.prepare<[{ boardId: string; before: string }], { count: number }>(
    `SELECT COUNT(*) AS count FROM suggestions
      WHERE board_id = @boardId AND status = 'new' AND created_at < @before AND hidden_at IS NULL`,
  );
  const overdue = db.prepare<[{ boardId: string; today: string }], { count: number }>(
    `SELECT COUNT(*) AS count FROM actions
      WHERE board_id = @boardId AND state IN ('open', 'ongoing') AND due_date < @today`,
  );
  // Acknowledgements of the current version only: a changed announcement is asked again.
  const acknowledged = db.prepare<[InstantRange], { id: string; title: string; acks: number }>(
    `SELECT a.id, a.title,
            (SELECT COUNT(*) FROM announcement_acks k
              WHERE k.announcement_id = a.id AND k.version = a.version) AS acks
       FROM announcements a
      WHERE a.board_id = @boardId AND a.requires_ack = 1
        AND a.published_at >= @from AND a.published_at < @to
      ORDER BY a.published_at, a.id`,
  );
  const endedFollowUps = db.prepare<
    [InstantRange],
    { id: string; kind: 'monthly' | 'quarterly' | 'yearly'; ended_at: string }
  >(
    `SELECT id, kind, ended_at FROM follow_ups
      WHERE board_id = @boardId AND ended_at >= @from AND ended_at < @to
      ORDER BY ended_at, id`,
  );

  return {
    postedByMonth: (range: InstantRange) => postedByMonth.all(range),
    done: (range: InstantRange) => done.all(range),
    decided: (range: InstantRange) => decided.all(range),
    waiting: (boardId: string, before: string) => waiting.get({ boardId, before })?.count ?? 0,
    overdueActions: (boardId: string, today: string) => overdue.get({ boardId, today })?.count ?? 0,
    acknowledged: (range: InstantRange) => acknowledged.all(range),
    endedFollowUps: (range: InstantRange) => endedFollowUps.all(range),
  };
}

export type AnalyticsRepository = ReturnType<typeof createAnalyticsRepository>;
