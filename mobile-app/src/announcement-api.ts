import type {
  Announcement,
  AnnouncementBody,
  AnnouncementList,
  BoardPhoto,
  MethodState,
} from '@tavla/shared';
import { request } from './api.js';

/** The announcement routes (step 5), for the lazily loaded pages that use them. */
const base = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`;
const one = (boardId: string, id: string) =>
  `${base(boardId)}/announcements/${encodeURIComponent(id)}`;

export const fetchAnnouncements = (boardId: string, all = false) =>
  request<AnnouncementList>('GET', `${base(boardId)}/announcements${all ? '?all=true' : ''}`);
export const publishAnnouncement = (boardId: string, body: AnnouncementBody) =>
  request<Announcement>('POST', `${base(boardId)}/announcements`, body);
export const editAnnouncement = (boardId: string, id: string, body: AnnouncementBody) =>
  request<Announcement>('PUT', one(boardId, id), body);
export const retireAnnouncement = (boardId: string, id: string) =>
  request<Announcement>('POST', `${one(boardId, id)}/retire`);
export const acknowledgeAnnouncement = (boardId: string, id: string, version: number) =>
  request<Announcement>('POST', `${one(boardId, id)}/acknowledgement`, { version });
export const recordMeeting = (boardId: string, id: string, present: number) =>
  request<Announcement>('POST', `${one(boardId, id)}/meetings`, { present });
export const setEmployees = (boardId: string, employees: number | null) =>
  request<MethodState>('PUT', `${base(boardId)}/employees`, { employees });
export const uploadBoardPhoto = (boardId: string, photo: Blob) =>
  request<BoardPhoto>('POST', `${base(boardId)}/photos`, photo);
