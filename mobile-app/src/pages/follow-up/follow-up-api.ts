import type {
  ActionList,
  ActionOutcome,
  EndFollowUpBody,
  FollowUpCurrent,
  FollowUpDetail,
  FollowUpKind,
  FollowUpList,
  FollowUpMine,
  FollowUpStep,
  GoalOutcome,
  NewActionBody,
  Note,
  NoteBody,
  PulseBody,
} from '@tavla/shared';
import { request } from '../../api.js';

/**
 * The follow-up's routes (step 7), typed with the shared wire shapes (the route table is the
 * header of shared/src/follow-ups.ts). Failures come as `ApiError`s; screens say them with
 * `describeError`.
 */
const board = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`;
const followUp = (boardId: string, followUpId: string) =>
  `${board(boardId)}/follow-ups/${encodeURIComponent(followUpId)}`;
const part = (id: string) => encodeURIComponent(id);

// ── Kept follow-ups and actions ──

/** Newest first, with the next follow-up's date. */
export const fetchFollowUps = (boardId: string) =>
  request<FollowUpList>('GET', `${board(boardId)}/follow-ups`);
export const fetchFollowUp = (boardId: string, followUpId: string) =>
  request<FollowUpDetail>('GET', followUp(boardId, followUpId));
/** Open and ongoing actions. */
export const fetchActions = (boardId: string) =>
  request<ActionList>('GET', `${board(boardId)}/actions`);

// ── The lead runs one ──

export const startFollowUp = (boardId: string, kind: FollowUpKind) =>
  request<FollowUpDetail>('POST', `${board(boardId)}/follow-ups`, { kind });
/** `from` is the step the lead's screen showed: a stale tap is refused (`follow_up_step_moved`). */
export const moveStep = (
  boardId: string,
  followUpId: string,
  step: FollowUpStep,
  from: FollowUpStep,
) => request<FollowUpDetail>('PUT', `${followUp(boardId, followUpId)}/step`, { step, from });
export const reviewAction = (
  boardId: string,
  followUpId: string,
  actionId: string,
  outcome: ActionOutcome | null,
) =>
  request<FollowUpDetail>('PUT', `${followUp(boardId, followUpId)}/actions/${part(actionId)}`, {
    outcome,
  });
export const judgeGoal = (
  boardId: string,
  followUpId: string,
  goalId: string,
  outcome: GoalOutcome | null,
) =>
  request<FollowUpDetail>('PUT', `${followUp(boardId, followUpId)}/goals/${part(goalId)}`, {
    outcome,
  });
export const hideNote = (boardId: string, followUpId: string, noteId: string) =>
  request<FollowUpDetail>('POST', `${followUp(boardId, followUpId)}/notes/${part(noteId)}/hide`);
export const addAction = (boardId: string, followUpId: string, body: NewActionBody) =>
  request<FollowUpDetail>('POST', `${followUp(boardId, followUpId)}/new-actions`, body);
export const saveLearning = (boardId: string, followUpId: string, learning: string) =>
  request<FollowUpDetail>('PUT', `${followUp(boardId, followUpId)}/learning`, { learning });
export const endFollowUp = (boardId: string, followUpId: string, body: EndFollowUpBody) =>
  request<FollowUpDetail>('POST', `${followUp(boardId, followUpId)}/end`, body);

// ── Phones (and the lead's own notes) ──

/** The live follow-up, its notes from the vote on, and this device's part. */
export const fetchCurrent = (boardId: string) =>
  request<FollowUpCurrent>('GET', `${board(boardId)}/follow-ups/current`);
/** One note; a retry with the same id is stored once. */
export const sendNote = (boardId: string, followUpId: string, body: NoteBody) =>
  request<Note>('POST', `${followUp(boardId, followUpId)}/notes`, body);
/** This device's whole set of votes (replaces the one before). */
export const sendVotes = (boardId: string, followUpId: string, noteIds: readonly string[]) =>
  request<FollowUpMine>('PUT', `${followUp(boardId, followUpId)}/votes`, { noteIds });
export const sendPulse = (boardId: string, followUpId: string, body: PulseBody) =>
  request<FollowUpMine>('PUT', `${followUp(boardId, followUpId)}/pulse`, body);
