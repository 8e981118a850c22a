import type { Db } from '../../db/open-database.js';

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: 'admin' | 'lead';
  password_hash: string;
  created_at: string;
  /** When an admin disabled the account; null while it is enabled. */
  disabled_at: string | null;
}

export function createAccountRepository(db: Db) {
  const userById = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
  const userByName = db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?');
  const allUsers = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY role, username');
  const insertUser = db.prepare<[UserRow]>(
    `INSERT INTO users (id, username, display_name, role, password_hash, created_at)
     VALUES (@id, @username, @display_name, @role, @password_hash, @created_at)`,
  );
  const setPassword = db.prepare<[string, string]>(
    'UPDATE users SET password_hash = ? WHERE id = ?',
  );
  const boardsOfLead = db.prepare<[string], { board_id: string }>(
    'SELECT board_id FROM lead_boards WHERE user_id = ? ORDER BY board_id',
  );
  const allBoardIds = db.prepare<[], { id: string }>(
    'SELECT id FROM boards ORDER BY created_at, id',
  );
  const grantBoard = db.prepare<[string, string]>(
    'INSERT OR IGNORE INTO lead_boards (user_id, board_id) VALUES (?, ?)',
  );
  const insertSession = db.prepare<[string, string, string, string]>(
    'INSERT INTO sessions (id_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  );
  const sessionUser = db.prepare<[string, string], UserRow>(
    `SELECT users.* FROM sessions JOIN users ON users.id = sessions.user_id
     WHERE sessions.id_hash = ? AND sessions.expires_at > ? AND users.disabled_at IS NULL`,
  );
  const deleteSession = db.prepare<[string]>('DELETE FROM sessions WHERE id_hash = ?');
  const deleteSessionsOf = db.prepare<[string]>('DELETE FROM sessions WHERE user_id = ?');
  const deleteExpired = db.prepare<[string]>('DELETE FROM sessions WHERE expires_at <= ?');
  const setDisabled = db.prepare<[string | null, string]>(
    'UPDATE users SET disabled_at = ? WHERE id = ?',
  );
  const revokeBoard = db.prepare<[string, string]>(
    'DELETE FROM lead_boards WHERE user_id = ? AND board_id = ?',
  );
  const enabledAdmins = db.prepare<[], { n: number }>(
    "SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL",
  );

  return {
    userById: (id: string) => userById.get(id),
    userByName: (username: string) => userByName.get(username),
    allUsers: () => allUsers.all(),
    insertUser: (row: UserRow) => insertUser.run(row),
    setPassword: (userId: string, hash: string) => setPassword.run(hash, userId),
    /** Boards the user manages: every board for an admin, the granted ones for a lead. */
    boardIdsOf: (user: UserRow): string[] =>
      user.role === 'admin'
        ? allBoardIds.all().map((row) => row.id)
        : boardsOfLead.all(user.id).map((row) => row.board_id),
    grantBoard: (userId: string, boardId: string) => grantBoard.run(userId, boardId),
    insertSession: (idHash: string, userId: string, at: string, expiresAt: string) =>
      insertSession.run(idHash, userId, at, expiresAt),
    sessionUser: (idHash: string, now: string) => sessionUser.get(idHash, now),
    deleteSession: (idHash: string) => deleteSession.run(idHash),
    deleteSessionsOf: (userId: string) => deleteSessionsOf.run(userId).changes,
    deleteExpiredSessions: (now: string) => deleteExpired.run(now).changes,
    /** `at` disables the account; null enables it again. */
    setDisabled: (userId: string, at: string | null) => setDisabled.run(at, userId),
    /** True when the lead had the board. */
    revokeBoard: (userId: string, boardId: string) => revokeBoard.run(userId, boardId).changes > 0,
    enabledAdminCount: () => enabledAdmins.get()?.n ?? 0,
  };
}

export type AccountRepository = ReturnType<typeof createAccountRepository>;
