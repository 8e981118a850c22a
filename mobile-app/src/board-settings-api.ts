import type {
  AdminBoard,
  BoardSettings,
  MethodState,
  UpdateBoardSettingsBody,
} from '@tavla/shared';
import { request } from './api.js';

/** The board's settings, for its leads and admins. */
export const fetchBoardSettings = (boardId: string) =>
  request<BoardSettings>('GET', `/api/boards/${boardId}/settings`);

/** Changes some of them (the name only as an admin). */
export const updateBoardSettings = (boardId: string, body: UpdateBoardSettingsBody) =>
  request<BoardSettings>('PATCH', `/api/boards/${boardId}/settings`, body);

/** The number of employees lives with the method's settings (participation, acknowledgements). */
export const setEmployees = (boardId: string, employees: number | null) =>
  request<MethodState>('PUT', `/api/boards/${boardId}/employees`, { employees });

export const archiveBoard = (boardId: string) =>
  request<AdminBoard>('POST', `/api/admin/boards/${boardId}/archive`);

export const restoreBoard = (boardId: string) =>
  request<AdminBoard>('POST', `/api/admin/boards/${boardId}/restore`);
