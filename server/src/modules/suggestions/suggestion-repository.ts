import type { SuggestionStatus } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';
import type { PageCursor } from '../../lib/page-cursor.js';

export interface SuggestionRow {
  id: string;
  board_id: string;
  device_id: string | null;
  text: string;
  dimension: 'ecological' | 'economic' | 'social';
  author_name: string | null;
  status: SuggestionStatus;
  status_note: string | null;
  duplicate_of: string | null;
  status_changed_at: string;
  hidden_at: string | null;
  hidden_reason: string | null;
  hidden_by: string | null;
  vote_count: number;
  comment_count: number;
  photo_name: string | null;
  thumb_name: string | null;
  goal_id: string | null;
  created_at: string;
  updated_at: string;
  seq: number;
}

export interface SuggestionEventRow {
  id: number;
  suggestion_id: string;
  kind: 'status' | 'hidden' | 'comment_hidden';
  comment_id: string | null;
  from_status: SuggestionStatus | null;
  to_status: SuggestionStatus | null;
  note: string | null;
  actor_id: string | null;
  actor_name: string;
  created_at: string;
}

/**
 * What a snapshot holds: the open columns, Done since @doneSince, and what is linked to a goal
 * that screens still show (so goal tiles count their suggestions right).
 */
const IN_SNAPSHOT_SCOPE = `(
  status IN ('new', 'under_review', 'planned', 'in_progress')
  OR (status = 'done' AND status_changed_at >= @doneSince)
  OR (goal_id IS NOT NULL
      AND goal_id IN (SELECT id FROM goals WHERE board_id = @boardId AND state != 'archived')))`;

export function createSuggestionRepository(db: Db) {
  const byId = db.prepare<[string], SuggestionRow>('SELECT * FROM suggestions WHERE id = ?');
  const visibleByBoard = db.prepare<[string], SuggestionRow>(
    `SELECT * FROM suggestions WHERE board_id = ? AND hidden_at IS NULL
     ORDER BY created_at DESC, seq DESC`,
  );
  const inScope = db.prepare<[{ boardId: string; doneSince: string }], SuggestionRow>(
    `SELECT * FROM suggestions WHERE board_id = @boardId AND hidden_at IS NULL
       AND ${IN_SNAPSHOT_SCOPE}
     ORDER BY created_at DESC, seq DESC`,
  );
  const outsideScope = db.prepare<
    [{ boardId: string; doneSince: string; at: string | null; id: string; limit: number }],
    SuggestionRow
  >(
    `SELECT * FROM suggestions WHERE board_id = @boardId AND hidden_at IS NULL
       AND NOT ${IN_SNAPSHOT_SCOPE}
       AND (@at IS NULL OR created_at < @at OR (created_at = @at AND id < @id))
     ORDER BY created_at DESC, id DESC LIMIT @limit`,
  );
  const anyOutsideScope = db.prepare<[{ boardId: string; doneSince: string }], { found: number }>(
    `SELECT EXISTS (SELECT 1 FROM suggestions WHERE board_id = @boardId AND hidden_at IS NULL
       AND NOT ${IN_SNAPSHOT_SCOPE}) AS found`,
  );
  const ownVisible = db.prepare<[string, string], SuggestionRow>(
    `SELECT * FROM suggestions WHERE board_id = ? AND device_id = ? AND hidden_at IS NULL
     ORDER BY created_at DESC, seq DESC`,
  );
  const insert = db.prepare<[SuggestionRow]>(
    `INSERT INTO suggestions
       (id, board_id, device_id, text, dimension, author_name, status, status_note, duplicate_of,
        status_changed_at, hidden_at, hidden_reason, hidden_by, vote_count, comment_count,
        photo_name, thumb_name, goal_id, created_at, updated_at, seq)
     VALUES
       (@id, @board_id, @device_id, @text, @dimension, @author_name, @status, @status_note,
        @duplicate_of, @status_changed_at, @hidden_at, @hidden_reason, @hidden_by, @vote_count,
        @comment_count, @photo_name, @thumb_name, @goal_id, @created_at, @updated_at, @seq)`,
  );
  const setStatus = db.prepare<
    [
      {
        id: string;
        status: SuggestionStatus;
        note: string | null;
        duplicateOf: string | null;
        at: string;
        seq: number;
      },
    ]
  >(
    `UPDATE suggestions SET status = @status, status_note = @note, duplicate_of = @duplicateOf,
       status_changed_at = @at, updated_at = @at, seq = @seq WHERE id = @id`,
  );
  const hide = db.prepare<
    [{ id: string; reason: string; userId: string; at: string; seq: number }]
  >(
    // Hiding also forgets the photo: hidden content is served from no URL (the files go too).
    `UPDATE suggestions SET hidden_at = @at, hidden_reason = @reason, hidden_by = @userId,
       photo_name = NULL, thumb_name = NULL, updated_at = @at, seq = @seq WHERE id = @id`,
  );
  const servedPhoto = db.prepare<[string, string], { ok: number }>(
    `SELECT 1 AS ok FROM suggestions
      WHERE (photo_name = ? OR thumb_name = ?) AND hidden_at IS NULL LIMIT 1`,
  );
  const insertEvent = db.prepare<[Omit<SuggestionEventRow, 'id'>]>(
    `INSERT INTO suggestion_events
       (suggestion_id, kind, from_status, to_status, note, actor_id, actor_name, comment_id,
        created_at)
     VALUES (@suggestion_id, @kind, @from_status, @to_status, @note, @actor_id, @actor_name,
       @comment_id, @created_at)`,
  );
  const adjustTallies = db.prepare<[{ id: string; votes: number; comments: number; seq: number }]>(
    `UPDATE suggestions SET vote_count = vote_count + @votes, comment_count = comment_count + @comments,
       seq = @seq WHERE id = @id`,
  );
  const adjustVotes = db.prepare<[{ id: string; votes: number }]>(
    'UPDATE suggestions SET vote_count = vote_count + @votes, tally_pending = 1 WHERE id = @id',
  );
  const pendingTallies = db.prepare<[], { id: string; board_id: string }>(
    'SELECT id, board_id FROM suggestions WHERE tally_pending = 1 ORDER BY board_id, seq',
  );
  const tallyBroadcast = db.prepare<[{ id: string; seq: number | null }]>(
    'UPDATE suggestions SET tally_pending = 0, seq = coalesce(@seq, seq) WHERE id = @id',
  );
  const setPhoto = db.prepare<
    [{ id: string; photo: string; thumb: string; at: string; seq: number }]
  >(
    `UPDATE suggestions SET photo_name = @photo, thumb_name = @thumb, updated_at = @at, seq = @seq
     WHERE id = @id`,
  );
  const setGoal = db.prepare<[{ id: string; goalId: string | null; at: string; seq: number }]>(
    'UPDATE suggestions SET goal_id = @goalId, updated_at = @at, seq = @seq WHERE id = @id',
  );
  const byDevice = db.prepare<[string, string], { id: string }>(
    'SELECT id FROM suggestions WHERE board_id = ? AND device_id = ? AND hidden_at IS NULL',
  );
  const eventsOf = db.prepare<[string], SuggestionEventRow>(
    'SELECT * FROM suggestion_events WHERE suggestion_id = ? ORDER BY id',
  );

  return {
    findById: (id: string) => byId.get(id),
    /** What screens show: everything on the board except what a lead hid. */
    listVisibleByBoard: (boardId: string) => visibleByBoard.all(boardId),
    /** What a snapshot holds (IN_SNAPSHOT_SCOPE), newest first. */
    listInSnapshotScope: (boardId: string, doneSince: string) =>
      inScope.all({ boardId, doneSince }),
    /** The visible suggestions a snapshot leaves out, newest first, after `before`. */
    pageOutsideSnapshotScope: (
      boardId: string,
      doneSince: string,
      before: PageCursor | null,
      limit: number,
    ) =>
      outsideScope.all({
        boardId,
        doneSince,
        at: before?.createdAt ?? null,
        id: before?.id ?? '',
        limit,
      }),
    /** Whether any visible suggestion is outside a snapshot's scope. */
    hasOutsideSnapshotScope: (boardId: string, doneSince: string) =>
      anyOutsideScope.get({ boardId, doneSince })?.found === 1,
    /** A device's own visible suggestions on a board. */
    listOwnVisible: (boardId: string, deviceId: string) => ownVisible.all(boardId, deviceId),
    insert: (row: SuggestionRow) => insert.run(row),
    setStatus: (change: Parameters<typeof setStatus.run>[0]) => setStatus.run(change),
    hide: (change: Parameters<typeof hide.run>[0]) => hide.run(change),
    insertEvent: (event: Omit<SuggestionEventRow, 'id'>) => insertEvent.run(event),
    eventsOf: (suggestionId: string) => eventsOf.all(suggestionId),
    /** Changes the vote and comment tallies and stamps the change's sequence number. */
    adjustTallies: (change: { id: string; votes: number; comments: number; seq: number }) =>
      adjustTallies.run(change),
    /** Moves the vote tally now; its broadcast follows in the next batch (tally_pending). */
    adjustVotes: (change: { id: string; votes: number }) => adjustVotes.run(change),
    pendingTallies: () => pendingTallies.all(),
    /** The tally went out with change `seq` (null: nothing to send, the suggestion is hidden). */
    tallyBroadcast: (change: { id: string; seq: number | null }) => tallyBroadcast.run(change),
    setPhoto: (change: { id: string; photo: string; thumb: string; at: string; seq: number }) =>
      setPhoto.run(change),
    /** True when a visible suggestion shows this photo file: the only files ever served. */
    isServedPhoto: (name: string) => servedPhoto.get(name, name) !== undefined,
    setGoal: (change: { id: string; goalId: string | null; at: string; seq: number }) =>
      setGoal.run(change),
    idsPostedBy: (boardId: string, deviceId: string) =>
      byDevice.all(boardId, deviceId).map((row) => row.id),
    /** A suggestion of this board that screens can see. */
    findVisible(boardId: string, id: string): SuggestionRow | undefined {
      const row = byId.get(id.toLowerCase());
      return row && row.board_id === boardId && row.hidden_at === null ? row : undefined;
    },
  };
}

export type SuggestionRepository = ReturnType<typeof createSuggestionRepository>;
