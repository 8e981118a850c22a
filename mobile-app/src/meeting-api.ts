import type { MeetingReview, MeetingSlotBody } from '@tavla/shared';
import { request } from './api.js';

/** The board meeting's routes (step 7), for the lazily loaded page that uses them. */
const base = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`;

export const fetchMeeting = (boardId: string) =>
  request<MeetingReview>('GET', `${base(boardId)}/meeting`);
export const startMeeting = (boardId: string) =>
  request<MeetingReview>('POST', `${base(boardId)}/meetings`);
export const endMeeting = (boardId: string, meetingId: string) =>
  request<MeetingReview>('POST', `${base(boardId)}/meetings/${encodeURIComponent(meetingId)}/end`);
export const setMeetingSlot = (boardId: string, body: MeetingSlotBody) =>
  request<MeetingSlotBody>('PUT', `${base(boardId)}/meeting-slot`, body);
