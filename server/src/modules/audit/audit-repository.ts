import type { Db } from '../../db/open-database.js';

export interface AuditRecord {
  at: string;
  userId: string;
  operation: string;
  boardId: string | null;
  targetKind: string | null;
  targetId: string | null;
}

export interface AuditRow {
  id: number;
  at: string;
  user_id: string;
  operation: string;
  board_id: string | null;
  target_kind: string | null;
  target_id: string | null;
  actor_name: string | null;
  board_name: string | null;
  target_name: string | null;
}

const SELECT = `SELECT audit_log.*, actor.display_name AS actor_name, boards.name AS board_name,
    CASE WHEN audit_log.target_kind = 'user' THEN target.display_name END AS target_name
  FROM audit_log
  LEFT JOIN users AS actor ON actor.id = audit_log.user_id
  LEFT JOIN boards ON boards.id = audit_log.board_id
  LEFT JOIN users AS target ON target.id = audit_log.target_id AND audit_log.target_kind = 'user'`;

export function createAuditRepository(db: Db) {
  const insert = db.prepare<[AuditRecord]>(
    `INSERT INTO audit_log (at, user_id, operation, board_id, target_kind, target_id)
     VALUES (@at, @userId, @operation, @boardId, @targetKind, @targetId)`,
  );
  // Newest first, paged by id (ids only grow); `before` = the largest possible id for page 1.
  const page = db.prepare<[number, number], AuditRow>(
    `${SELECT} WHERE audit_log.id < ? ORDER BY audit_log.id DESC LIMIT ?`,
  );
  const boardPage = db.prepare<[string, number, number], AuditRow>(
    `${SELECT} WHERE audit_log.board_id = ? AND audit_log.id < ? ORDER BY audit_log.id DESC LIMIT ?`,
  );

  return {
    /** Written synchronously: the entry is on disk before the answer it belongs to leaves. */
    insert: (record: AuditRecord) => insert.run(record),
    page: (boardId: string | null, before: number, limit: number): AuditRow[] =>
      boardId === null ? page.all(before, limit) : boardPage.all(boardId, before, limit),
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
