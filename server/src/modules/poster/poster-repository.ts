import type { Db } from '../../db/open-database.js';

/** SQL for the QR poster: when a board's join link was last replaced. */
export function createPosterRepository(db: Db) {
  // replaced_links holds a row per replaced link, and an admin replaces one a few times a year
  // at most: a board's rows are few, so no index of its own is needed.
  const lastJoinChange = db.prepare<[string], { at: string | null }>(
    `SELECT MAX(replaced_at) AS at FROM replaced_links WHERE board_id = ? AND kind = 'join'`,
  );
  return {
    /** When the board's join token was last replaced (ISO), or null if it never was. */
    lastJoinChange: (boardId: string): string | null => lastJoinChange.get(boardId)?.at ?? null,
  };
}

export type PosterRepository = ReturnType<typeof createPosterRepository>;
