import type { AnnouncementKind } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';

export interface AnnouncementRow {
  id: string;
  board_id: string;
  kind: AnnouncementKind;
  title: string;
  text: string;
  photo_id: string | null;
  goal_id: string | null;
  requires_ack: 0 | 1;
  pinned_days: number;
  published_at: string;
  published_by: string | null;
  changed_at: string;
  version: number;
  pinned_until: string;
  retired_at: string | null;
  retired_by: string | null;
  acks_sent: number;
}

export interface MeetingRow {
  announcement_id: string;
  at: string;
  present: number;
  recorded_by: string | null;
}

/** What an edit may change (the rest of a row stays). */
export type AnnouncementEdit = Pick<
  AnnouncementRow,
  | 'id'
  | 'kind'
  | 'title'
  | 'text'
  | 'photo_id'
  | 'goal_id'
  | 'requires_ack'
  | 'pinned_days'
  | 'changed_at'
  | 'version'
  | 'pinned_until'
  | 'acks_sent'
>;

/** SQL for announcements, their acknowledgements and meeting records. */
export function createAnnouncementRepository(db: Db) {
  const insert = db.prepare<[AnnouncementRow]>(
    `INSERT INTO announcements (id, board_id, kind, title, text, photo_id, goal_id, requires_ack,
                                pinned_days, published_at, published_by, changed_at, version,
                                pinned_until, retired_at, retired_by, acks_sent)
     VALUES (@id, @board_id, @kind, @title, @text, @photo_id, @goal_id, @requires_ack,
             @pinned_days, @published_at, @published_by, @changed_at, @version,
             @pinned_until, @retired_at, @retired_by, @acks_sent)`,
  );
  const update = db.prepare<[AnnouncementEdit]>(
    `UPDATE announcements SET kind = @kind, title = @title, text = @text, photo_id = @photo_id,
            goal_id = @goal_id, requires_ack = @requires_ack, pinned_days = @pinned_days,
            changed_at = @changed_at, version = @version, pinned_until = @pinned_until,
            acks_sent = @acks_sent
      WHERE id = @id`,
  );
  const byId = db.prepare<[string], AnnouncementRow>('SELECT * FROM announcements WHERE id = ?');
  const ofBoard = db.prepare<[string], AnnouncementRow>(
    `SELECT * FROM announcements WHERE board_id = ?
      ORDER BY changed_at DESC, published_at DESC, rowid DESC`,
  );
  /** Not retired, and pinned after `now` or a routine (which applies until retired). */
  const current = db.prepare<[string, string], AnnouncementRow>(
    `SELECT * FROM announcements
      WHERE board_id = ? AND retired_at IS NULL AND (pinned_until > ? OR kind = 'routine')
      ORDER BY changed_at DESC, published_at DESC, rowid DESC`,
  );
  /** The soonest pin still to run out on the board (it changes what is current). */
  const nextExpiry = db.prepare<[string, string], { until: string | null }>(
    `SELECT MIN(pinned_until) AS until FROM announcements
      WHERE board_id = ? AND retired_at IS NULL AND pinned_until > ?`,
  );
  const retire = db.prepare<[string, string | null, string]>(
    'UPDATE announcements SET retired_at = ?, retired_by = ? WHERE id = ? AND retired_at IS NULL',
  );
  const COUNT = `(SELECT COUNT(*) FROM announcement_acks k
                   WHERE k.announcement_id = announcements.id AND k.version = announcements.version)`;
  const markSent = db.prepare<[string]>(
    `UPDATE announcements SET acks_sent = ${COUNT} WHERE board_id = ? AND retired_at IS NULL`,
  );
  const unsent = db.prepare<[], { board_id: string }>(
    `SELECT DISTINCT board_id FROM announcements
      WHERE retired_at IS NULL AND acks_sent <> ${COUNT}`,
  );
  const unsentOf = db.prepare<[string], { id: string }>(
    `SELECT id FROM announcements
      WHERE board_id = ? AND retired_at IS NULL AND acks_sent <> ${COUNT}`,
  );
  const acks = db.prepare<[string, number], { n: number }>(
    'SELECT COUNT(*) AS n FROM announcement_acks WHERE announcement_id = ? AND version = ?',
  );
  const acknowledge = db.prepare<[string, number, string, string]>(
    `INSERT INTO announcement_acks (announcement_id, version, device_id, acknowledged_at)
     VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const acknowledgedBy = db.prepare<[string, string], { announcement_id: string }>(
    `SELECT k.announcement_id FROM announcement_acks k
       JOIN announcements a ON a.id = k.announcement_id AND a.version = k.version
      WHERE a.board_id = ? AND k.device_id = ?`,
  );
  const insertMeeting = db.prepare<[MeetingRow]>(
    `INSERT INTO announcement_meetings (announcement_id, at, present, recorded_by)
     VALUES (@announcement_id, @at, @present, @recorded_by)`,
  );
  const meetingsOf = db.prepare<[string], MeetingRow>(
    'SELECT * FROM announcement_meetings WHERE announcement_id = ? ORDER BY at, rowid',
  );

  return {
    insert: (row: AnnouncementRow) => insert.run(row),
    update: (edit: AnnouncementEdit) => update.run(edit),
    byId: (id: string) => byId.get(id),
    ofBoard: (boardId: string) => ofBoard.all(boardId),
    current: (boardId: string, now: string) => current.all(boardId, now),
    nextExpiry: (boardId: string, now: string) => nextExpiry.get(boardId, now)?.until ?? null,
    /** True when it was retired now (false: it already was). */
    retire: (id: string, at: string, by: string | null) => retire.run(at, by, id).changes === 1,
    /** Records the board's counts as they are now as sent (the change carrying them commits). */
    markAcksSent: (boardId: string) => markSent.run(boardId),
    /** Boards with a count not sent yet. */
    boardsWithUnsentAcks: () => unsent.all().map((row) => row.board_id),
    /** True when one of the board's counts moved since it was last sent. */
    hasUnsentAcks: (boardId: string) => unsentOf.all(boardId).length > 0,
    acks: (id: string, version: number) => acks.get(id, version)?.n ?? 0,
    /** True when the acknowledgement is new (false: this device already gave it). */
    acknowledge: (id: string, version: number, deviceId: string, at: string) =>
      acknowledge.run(id, version, deviceId, at).changes === 1,
    /** The board's announcements whose current version this device acknowledged. */
    acknowledgedBy: (boardId: string, deviceId: string) =>
      new Set(acknowledgedBy.all(boardId, deviceId).map((row) => row.announcement_id)),
    insertMeeting: (row: MeetingRow) => insertMeeting.run(row),
    meetingsOf: (id: string) => meetingsOf.all(id),
  };
}

export type AnnouncementRepository = ReturnType<typeof createAnnouncementRepository>;
