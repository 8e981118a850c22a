import type { AuditPage, User } from '@tavla/shared';
import { request } from './api.js';

/** The admin's people page and audit log (server: modules/people). */
const userUrl = (userId: string) => `/api/admin/users/${encodeURIComponent(userId)}`;

export const addLeadToBoard = (userId: string, boardId: string) =>
  request<User>('PUT', `${userUrl(userId)}/boards/${encodeURIComponent(boardId)}`);
export const removeLeadFromBoard = (userId: string, boardId: string) =>
  request<User>('DELETE', `${userUrl(userId)}/boards/${encodeURIComponent(boardId)}`);
export const disableUser = (userId: string) => request<User>('POST', `${userUrl(userId)}/disable`);
export const enableUser = (userId: string) => request<User>('POST', `${userUrl(userId)}/enable`);

/** A page of the audit log, newest first; `before` is the previous page's `next`. */
export function fetchAudit(boardId: string | null, before: number | null): Promise<AuditPage> {
  const query = new URLSearchParams({ limit: '50' });
  if (boardId) query.set('boardId', boardId);
  if (before !== null) query.set('before', String(before));
  return request<AuditPage>('GET', `/api/admin/audit?${query.toString()}`);
}
