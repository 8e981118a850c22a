import type { Language, SiteLayout } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';
import type { BoardRow } from '../boards/board-repository.js';

export interface SiteWallRow {
  name: string;
  language: Language;
  layout: SiteLayout;
  turn_seconds: number;
  display_key: string;
  updated_at: string;
}

export interface BoardOverviewRow extends BoardRow {
  last_change_at: string | null;
  screens_live: number;
  screens_seen_at: string | null;
}

export interface SuggestionCountsRow {
  board_id: string;
  new: number;
  in_progress: number;
  done_lately: number;
}

export interface LatestDoneRow {
  text: string;
  dimension: 'ecological' | 'economic' | 'social';
  status_changed_at: string;
}

/** SQL of the site: every board in one read, the site wall's settings, key and boards. */
export function createSiteRepository(db: Db) {
  // One row per board. The latest change is the logged change at the board's last sequence
  // number (a primary-key lookup); screens come from their heartbeats (the displays table).
  const overview = db.prepare<[{ liveSince: string }], BoardOverviewRow>(
    `SELECT b.*, c.created_at AS last_change_at,
            (SELECT COUNT(*) FROM displays d
              WHERE d.board_id = b.id AND d.last_seen_at > @liveSince) AS screens_live,
            (SELECT MAX(d.last_seen_at) FROM displays d WHERE d.board_id = b.id) AS screens_seen_at
       FROM boards b
       LEFT JOIN board_changes c ON c.board_id = b.id AND c.seq = b.last_seq
      ORDER BY b.archived_at IS NOT NULL, b.name COLLATE NOCASE, b.id`,
  );
  const wall = db.prepare<[], SiteWallRow>('SELECT * FROM site_wall WHERE id = 1');
  const byKey = db.prepare<[string], SiteWallRow>(
    'SELECT * FROM site_wall WHERE id = 1 AND display_key = ?',
  );
  const create = db.prepare<[SiteWallRow]>(
    `INSERT OR IGNORE INTO site_wall (id, name, language, layout, turn_seconds, display_key, updated_at)
     VALUES (1, @name, @language, @layout, @turn_seconds, @display_key, @updated_at)`,
  );
  const update = db.prepare<[Omit<SiteWallRow, 'display_key'>]>(
    `UPDATE site_wall SET name = @name, language = @language, layout = @layout,
            turn_seconds = @turn_seconds, updated_at = @updated_at WHERE id = 1`,
  );
  const setKey = db.prepare<[string, string]>(
    'UPDATE site_wall SET display_key = ?, updated_at = ? WHERE id = 1',
  );
  const rememberKey = db.prepare<[string, string]>(
    'INSERT OR IGNORE INTO site_wall_replaced_keys (key_hash, replaced_at) VALUES (?, ?)',
  );
  const replaced = db.prepare<[string], { key_hash: string }>(
    'SELECT key_hash FROM site_wall_replaced_keys WHERE key_hash = ?',
  );
  const boardIds = db.prepare<[], { board_id: string }>(
    `SELECT w.board_id FROM site_wall_boards w JOIN boards b ON b.id = w.board_id
      ORDER BY w.position`,
  );
  const clearBoards = db.prepare('DELETE FROM site_wall_boards');
  const addBoard = db.prepare<[string, number]>(
    'INSERT INTO site_wall_boards (board_id, position) VALUES (?, ?)',
  );
  const shows = db.prepare<[string], { board_id: string }>(
    'SELECT board_id FROM site_wall_boards WHERE board_id = ?',
  );
  // The shown boards' suggestions by status, in one pass over those boards only.
  const counts = db.prepare<[{ doneSince: string }], SuggestionCountsRow>(
    `SELECT board_id,
            COALESCE(SUM(status = 'new'), 0) AS new,
            COALESCE(SUM(status IN ('under_review', 'planned', 'in_progress')), 0) AS in_progress,
            COALESCE(SUM(status = 'done' AND status_changed_at >= @doneSince), 0) AS done_lately
       FROM suggestions
      WHERE hidden_at IS NULL AND board_id IN (SELECT board_id FROM site_wall_boards)
      GROUP BY board_id`,
  );
  // Newest first by when it was done: the index suggestions_by_change (board, changed at).
  const latestDone = db.prepare<[string], LatestDoneRow>(
    `SELECT text, dimension, status_changed_at FROM suggestions
      WHERE board_id = ? AND status = 'done' AND hidden_at IS NULL
      ORDER BY status_changed_at DESC LIMIT 1`,
  );

  return {
    overview: (liveSince: string) => overview.all({ liveSince }),
    wall: () => wall.get(),
    byKey: (key: string) => byKey.get(key),
    create: (row: SiteWallRow) => create.run(row),
    update: (row: Omit<SiteWallRow, 'display_key'>) => update.run(row),
    setKey: (key: string, at: string) => setKey.run(key, at),
    rememberKey: (hash: string, at: string) => rememberKey.run(hash, at),
    isReplaced: (hash: string) => replaced.get(hash) !== undefined,
    boardIds: () => boardIds.all().map((row) => row.board_id),
    setBoards(ids: readonly string[]): void {
      clearBoards.run();
      ids.forEach((id, position) => addBoard.run(id, position));
    },
    shows: (boardId: string) => shows.get(boardId) !== undefined,
    counts: (doneSince: string) => counts.all({ doneSince }),
    latestDone: (boardId: string) => latestDone.get(boardId),
  };
}

export type SiteRepository = ReturnType<typeof createSiteRepository>;
