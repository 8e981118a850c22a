import type { SuggestionStatus } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';
import type { ActionRow, MeetingRow } from '../follow-ups/follow-up-reads.js';

/** A suggestion's columns the meeting view shows. */
export interface ReviewSuggestionRow {
  id: string;
  text: string;
  dimension: 'ecological' | 'economic' | 'social';
  status: SuggestionStatus;
  created_at: string;
  vote_count: number;
  goal_id: string | null;
}

export interface StatusChangeRow extends ReviewSuggestionRow {
  first_from: SuggestionStatus;
  last_to: SuggestionStatus;
  last_at: string;
}

export interface ReviewMeasurementRow {
  goal_id: string;
  goal_title: string;
  unit: string;
  value: number;
  measured_on: string;
}

/** A window "since last time": after `since`, up to and with `until` (ISO timestamps). */
export interface Window {
  boardId: string;
  since: string;
  until: string;
  limit: number;
}

const SUGGESTION_COLUMNS =
  's.id, s.text, s.dimension, s.status, s.created_at, s.vote_count, s.goal_id';

/**
 * The board meetings, and what the meeting view reads of the rest of the board: suggestions
 * (never hidden ones), their status timeline, measurements and actions, in a window.
 */
export function createMeetingRepository(db: Db) {
  const byId = db.prepare<[string, string], MeetingRow>(
    'SELECT * FROM board_meetings WHERE id = ? AND board_id = ?',
  );
  const latest = db.prepare<[string], MeetingRow>(
    'SELECT * FROM board_meetings WHERE board_id = ? ORDER BY started_at DESC, rowid DESC LIMIT 1',
  );
  const latestBefore = db.prepare<[string, string, string], MeetingRow>(
    `SELECT * FROM board_meetings WHERE board_id = ? AND started_at <= ? AND id != ?
      ORDER BY started_at DESC, rowid DESC LIMIT 1`,
  );
  const insert = db.prepare<[MeetingRow]>(
    `INSERT INTO board_meetings (id, board_id, since, started_at, started_by, ended_at)
     VALUES (@id, @board_id, @since, @started_at, @started_by, @ended_at)`,
  );
  const end = db.prepare<[string, string]>(
    'UPDATE board_meetings SET ended_at = ? WHERE id = ? AND ended_at IS NULL',
  );

  const newSuggestions = db.prepare<[Window], ReviewSuggestionRow>(
    `SELECT ${SUGGESTION_COLUMNS} FROM suggestions s
      WHERE s.board_id = @boardId AND s.hidden_at IS NULL
        AND s.created_at > @since AND s.created_at <= @until
      ORDER BY s.created_at DESC, s.id LIMIT @limit`,
  );

  // Each suggestion's status events in the window: the first one's `from` and the latest
  // one's `to`. Event ids grow with time, so MIN/MAX of the id are the first and the latest.
  const WINDOW_EVENTS = `
    SELECT e.suggestion_id, MIN(e.id) AS first_id, MAX(e.id) AS last_id
      FROM suggestions s JOIN suggestion_events e ON e.suggestion_id = s.id
     WHERE s.board_id = @boardId AND s.hidden_at IS NULL AND e.kind = 'status'
       AND e.created_at > @since AND e.created_at <= @until
     GROUP BY e.suggestion_id`;
  const statusChanges = db.prepare<[Window], StatusChangeRow>(
    `WITH w AS (${WINDOW_EVENTS})
     SELECT ${SUGGESTION_COLUMNS}, f.from_status AS first_from, l.to_status AS last_to,
            l.created_at AS last_at
       FROM w JOIN suggestion_events f ON f.id = w.first_id
              JOIN suggestion_events l ON l.id = w.last_id
              JOIN suggestions s ON s.id = w.suggestion_id
      WHERE f.from_status != l.to_status
      ORDER BY l.created_at DESC, l.id DESC LIMIT @limit`,
  );
  const doneCount = db.prepare<[Omit<Window, 'limit'>], { n: number }>(
    `WITH w AS (${WINDOW_EVENTS})
     SELECT COUNT(*) AS n
       FROM w JOIN suggestion_events f ON f.id = w.first_id
              JOIN suggestion_events l ON l.id = w.last_id
      WHERE l.to_status = 'done' AND f.from_status != 'done'`,
  );

  const measurements = db.prepare<[Window], ReviewMeasurementRow>(
    `SELECT m.goal_id, g.title AS goal_title, g.unit, m.value, m.measured_on
       FROM goals g JOIN measurements m ON m.goal_id = g.id
      WHERE g.board_id = @boardId AND g.state != 'archived'
        AND m.created_at > @since AND m.created_at <= @until
      ORDER BY m.created_at DESC, m.id LIMIT @limit`,
  );

  const waiting = db.prepare<
    [{ boardId: string; before: string; limit: number }],
    ReviewSuggestionRow
  >(
    `SELECT ${SUGGESTION_COLUMNS} FROM suggestions s
      WHERE s.board_id = @boardId AND s.hidden_at IS NULL AND s.status = 'new'
        AND s.created_at < @before
      ORDER BY s.created_at, s.id LIMIT @limit`,
  );

  const overdue = db.prepare<[{ boardId: string; today: string; limit: number }], ActionRow>(
    `SELECT * FROM actions
      WHERE board_id = @boardId AND state IN ('open', 'ongoing') AND due_date < @today
      ORDER BY due_date, created_at LIMIT @limit`,
  );

  return {
    byId: (boardId: string, id: string): MeetingRow | undefined => byId.get(id, boardId),
    latest: (boardId: string): MeetingRow | undefined => latest.get(boardId),
    /** The meeting before this one (started no later, not itself). */
    before: (meeting: MeetingRow): MeetingRow | undefined =>
      latestBefore.get(meeting.board_id, meeting.started_at, meeting.id),
    insert: (row: MeetingRow): void => void insert.run(row),
    /** Ends the meeting if it still runs; false when it had already ended. */
    end: (id: string, at: string): boolean => end.run(at, id).changes === 1,

    newSuggestions: (window: Window) => newSuggestions.all(window),
    statusChanges: (window: Window) => statusChanges.all(window),
    done: (window: Window): number =>
      doneCount.get({ boardId: window.boardId, since: window.since, until: window.until })?.n ?? 0,
    measurements: (window: Window) => measurements.all(window),
    /** Still `new`, posted before `before`, oldest first. */
    waiting: (boardId: string, before: string, limit: number) =>
      waiting.all({ boardId, before, limit }),
    /** Open or ongoing actions due before `today` (YYYY-MM-DD), soonest due first. */
    overdueActions: (boardId: string, today: string, limit: number) =>
      overdue.all({ boardId, today, limit }),
  };
}

export type MeetingRepository = ReturnType<typeof createMeetingRepository>;
