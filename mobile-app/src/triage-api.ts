import type { BulkHideBody, BulkResult, BulkStatusBody, TriagePage } from '@tavla/shared';
import { request } from './api.js';

/** The triage list's routes, for the lazily loaded page that uses them. */
const base = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/triage`;

/** A page of the list; `query` is the URL's filter part (URLSearchParams), `after` the cursor. */
export const fetchTriage = (boardId: string, query: URLSearchParams, after: string | null) => {
  const params = new URLSearchParams(query);
  if (after !== null) params.set('after', after);
  const search = params.toString();
  return request<TriagePage>('GET', `${base(boardId)}${search ? `?${search}` : ''}`);
};
export const bulkMove = (boardId: string, body: BulkStatusBody) =>
  request<BulkResult>('POST', `${base(boardId)}/status`, body);
export const bulkHide = (boardId: string, body: BulkHideBody) =>
  request<BulkResult>('POST', `${base(boardId)}/hide`, body);
export const unhide = (boardId: string, ids: string[]) =>
  request<BulkResult>('POST', `${base(boardId)}/unhide`, { ids });
