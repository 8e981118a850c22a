import type { NamingMode } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';

export interface BoardRow {
  id: string;
  name: string;
  language: 'sv' | 'en';
  /** Who is named on a phone's suggestion (migration 017; default 'optional'). */
  naming: NamingMode;
  /** Days a Done suggestion stays on the wall (default 30). */
  done_days: number;
  /** When an admin archived the board; null while it is in use. */
  archived_at: string | null;
  join_token: string;
  display_key: string;
  last_seq: number;
  created_at: string;
}

/** A new board's row: the settings' columns take their defaults. */
export type NewBoardRow = Omit<BoardRow, 'naming' | 'done_days' | 'archived_at'>;

export interface ChangeRow {
  seq: number;
  event: string;
  payload: string;
}

export function createBoardRepository(db: Db) {
  const byId = db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?');
  const byJoinToken = db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE join_token = ?');
  const byDisplayKey = db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE display_key = ?');
  const all = db.prepare<[], BoardRow>('SELECT * FROM boards ORDER BY created_at, id');
  const insert = db.prepare<[NewBoardRow]>(
    `INSERT INTO boards (id, name, language, join_token, display_key, last_seq, created_at)
     VALUES (@id, @name, @language, @join_token, @display_key, @last_seq, @created_at)`,
  );
  const bumpSeq = db.prepare<[string], { last_seq: number }>(
    'UPDATE boards SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq',
  );
  const insertChange = db.prepare<[string, number, string, string, string]>(
    'INSERT INTO board_changes (board_id, seq, event, payload, created_at) VALUES (?, ?, ?, ?, ?)',
  );

  const changesAfter = db.prepare<[string, number, number], ChangeRow>(
    'SELECT seq, event, payload FROM board_changes WHERE board_id = ? AND seq > ? ORDER BY seq LIMIT ?',
  );

  const pruneChanges = db.prepare<[string, number]>(
    'DELETE FROM board_changes WHERE board_id = ? AND seq <= ?',
  );
  const scrub = db.prepare<[string, string]>(
    `UPDATE board_changes
        SET payload = json_set(payload, '$.suggestion.text', '', '$.suggestion.authorName', NULL,
                               '$.suggestion.photo', NULL)
      WHERE board_id = ? AND event IN ('suggestion:created', 'suggestion:updated')
        AND json_extract(payload, '$.suggestion.id') = ?`,
  );

  return {
    findById: (id: string) => byId.get(id),
    findByJoinToken: (token: string) => byJoinToken.get(token),
    findByDisplayKey: (key: string) => byDisplayKey.get(key),
    list: () => all.all(),
    insert: (row: NewBoardRow) =>
      insert.run({
        id: row.id,
        name: row.name,
        language: row.language,
        join_token: row.join_token,
        display_key: row.display_key,
        last_seq: row.last_seq,
        created_at: row.created_at,
      }),
    /** Hands out the board's next sequence number. Call inside the change's transaction. */
    nextSeq(boardId: string): number {
      const row = bumpSeq.get(boardId);
      if (!row) throw new Error(`Board ${boardId} vanished during a change`);
      return row.last_seq;
    },
    /** Logged changes after `since`, oldest first, at most `limit`. */
    changesAfter: (boardId: string, since: number, limit: number) =>
      changesAfter.all(boardId, since, limit),
    /** Forgets logged changes up to and including `seq` (catch-up needs only recent ones). */
    pruneChanges: (boardId: string, seq: number) => pruneChanges.run(boardId, seq),
    /**
     * Blanks a hidden suggestion's text, author and photo in the log, so a catch-up replay
     * never sends moderated content again (the replay still ends in its removal).
     */
    scrubSuggestion: (boardId: string, suggestionId: string) => scrub.run(boardId, suggestionId),
    recordChange(boardId: string, seq: number, event: string, payload: unknown, at: string): void {
      insertChange.run(boardId, seq, event, JSON.stringify(payload), at);
    },
  };
}

export type BoardRepository = ReturnType<typeof createBoardRepository>;
