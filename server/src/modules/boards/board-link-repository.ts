import type { Db } from '../../db/open-database.js';

export type LinkKind = 'join' | 'display';

/** SQL for replacing a board's join token and display key, and remembering the old ones. */
export function createBoardLinkRepository(db: Db) {
  const setJoinToken = db.prepare<[string, string]>(
    'UPDATE boards SET join_token = ? WHERE id = ?',
  );
  const setDisplayKey = db.prepare<[string, string]>(
    'UPDATE boards SET display_key = ? WHERE id = ?',
  );
  const remember = db.prepare<[string, LinkKind, string, string]>(
    `INSERT OR IGNORE INTO replaced_links (board_id, kind, token_hash, replaced_at)
     VALUES (?, ?, ?, ?)`,
  );
  const replaced = db.prepare<[string, LinkKind], { board_id: string }>(
    'SELECT board_id FROM replaced_links WHERE token_hash = ? AND kind = ?',
  );
  return {
    setJoinToken: (boardId: string, token: string) => setJoinToken.run(token, boardId),
    setDisplayKey: (boardId: string, key: string) => setDisplayKey.run(key, boardId),
    remember: (boardId: string, kind: LinkKind, tokenHash: string, at: string) =>
      remember.run(boardId, kind, tokenHash, at),
    isReplaced: (tokenHash: string, kind: LinkKind) => replaced.get(tokenHash, kind) !== undefined,
  };
}

export type BoardLinkRepository = ReturnType<typeof createBoardLinkRepository>;
