import type {
  ControlAction,
  EditTemplateBody,
  IdeaList,
  Suggestion,
  WorkshopAnswer,
  WorkshopCurrent,
  WorkshopLive,
  WorkshopMine,
  WorkshopSessionResults,
  WorkshopSessionSummary,
  WorkshopTemplate,
  WorkshopTemplateList,
} from '@tavla/shared';
import { request } from '../../api.js';

/**
 * The workshop's routes (step 1), typed with the shared wire shapes (the route table is the
 * header of shared/src/workshop-schemas.ts). Failures come as `ApiError`s; screens say them
 * with `describeError`.
 */
const workshop = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/workshop`;
const part = (id: string) => encodeURIComponent(id);

// ── Templates (lead) ──

export const fetchTemplates = (boardId: string) =>
  request<WorkshopTemplateList>('GET', `${workshop(boardId)}/templates`);
/** A copy of a template (built-in or the board's), to edit. */
export const copyTemplate = (boardId: string, fromTemplateId: string, name?: string) =>
  request<WorkshopTemplate>('POST', `${workshop(boardId)}/templates`, {
    fromTemplateId,
    ...(name === undefined ? {} : { name }),
  });
export const saveTemplate = (boardId: string, templateId: string, body: EditTemplateBody) =>
  request<WorkshopTemplate>('PUT', `${workshop(boardId)}/templates/${part(templateId)}`, body);
export const deleteTemplate = (boardId: string, templateId: string) =>
  request<undefined>('DELETE', `${workshop(boardId)}/templates/${part(templateId)}`);

// ── The live session ──

export const startSession = (boardId: string, templateId: string) =>
  request<WorkshopLive>('POST', `${workshop(boardId)}/sessions`, { templateId });
/** The live session and this device's answers (a lead also gets the remote's figures). */
export const fetchCurrent = (boardId: string) =>
  request<WorkshopCurrent>('GET', `${workshop(boardId)}/current`);
/** `index` is the activity the remote showed: a stale tap is refused with 409 `conflict`. */
export const control = (boardId: string, action: ControlAction, index: number) =>
  request<WorkshopLive | null>('POST', `${workshop(boardId)}/current/control`, { action, index });
/** Hides a word (by its key) or an idea (by its id) of the current activity from the screens. */
export const hideEntry = (boardId: string, activityId: string, entry: string) =>
  request<undefined>('POST', `${workshop(boardId)}/current/hide`, { activityId, entry });
/** One answer; a retry with the same `clientId` is stored once. */
export const sendAnswer = (
  boardId: string,
  body: { clientId: string; activityId: string; answer: WorkshopAnswer },
) => request<WorkshopMine>('POST', `${workshop(boardId)}/answers`, body);
export const fetchCurrentIdeas = (boardId: string) =>
  request<IdeaList>('GET', `${workshop(boardId)}/current/ideas`);
export const makeSuggestion = (boardId: string, ideaId: string) =>
  request<Suggestion>('POST', `${workshop(boardId)}/ideas/${part(ideaId)}/suggestion`);

// ── Kept sessions (lead) ──

/** Newest first. */
export const fetchSessions = (boardId: string) =>
  request<{ sessions: WorkshopSessionSummary[] }>('GET', `${workshop(boardId)}/sessions`);
export const fetchSession = (boardId: string, sessionId: string) =>
  request<WorkshopSessionResults>('GET', `${workshop(boardId)}/sessions/${part(sessionId)}`);
export const fetchSessionIdeas = (boardId: string, sessionId: string) =>
  request<IdeaList>('GET', `${workshop(boardId)}/sessions/${part(sessionId)}/ideas`);
