import type { AuditEntry, AuditPage } from '@tavla/shared';
import { notFound } from '../../http/app-error.js';
import type { BoardRepository } from '../boards/board-repository.js';
import type { AuditRepository, AuditRow } from './audit-repository.js';

export const AUDIT_PAGE_DEFAULT = 50;

const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at,
  operationId: row.operation,
  actor: { id: row.user_id, displayName: row.actor_name },
  board: row.board_id === null ? null : { id: row.board_id, name: row.board_name },
  target:
    row.target_kind === null || row.target_id === null
      ? null
      : { kind: row.target_kind, id: row.target_id, name: row.target_name },
});

/** Reads the audit log for admins: newest first, a page at a time, optionally one board's. */
export function createAuditService(deps: { repo: AuditRepository; boards: BoardRepository }) {
  const { repo, boards } = deps;
  return {
    record: repo.insert,

    page(query: { boardId?: string; before?: number; limit?: number }): AuditPage {
      const boardId = query.boardId ?? null;
      if (boardId !== null && !boards.findById(boardId)) throw notFound('There is no such board.');
      const limit = query.limit ?? AUDIT_PAGE_DEFAULT;
      // One more than asked for tells whether an older page exists.
      const rows = repo.page(boardId, query.before ?? Number.MAX_SAFE_INTEGER, limit + 1);
      const entries = rows.slice(0, limit).map(toEntry);
      const last = entries.at(-1);
      return { entries, next: rows.length > limit && last ? last.id : null };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
