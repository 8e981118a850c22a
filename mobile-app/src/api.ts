import type {
  AdminBoard,
  ApiErrorBody,
  ChangeStatusBody,
  Comment,
  CommentPage,
  CreateCommentBody,
  Display,
  Goal,
  GoalInput,
  GoalState,
  MeasurementBody,
  VoteResult,
  SuggestionHistory,
  CreateAdminBody,
  CreateBoardBody,
  CreateLeadBody,
  CreateSuggestionBody,
  DeviceBoards,
  SessionUser,
  Suggestion,
  SuggestionPage,
  User,
} from '@tavla/shared';
import type { Language } from '@tavla/shared/domain';
import { errorMessage, fieldLabel, t, type FieldLabels } from '@tavla/shared/i18n';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** For developers and logs only: screens say `errorMessage(language, error)`. */
    message: string,
    readonly field?: string,
    /** With 429 `rate_limited` (and 503 `busy`): how long to wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** The wait a refusal asks for: the body's `retryAfterSeconds`, else the Retry-After header. */
function retryAfterOf(
  response: Response,
  error: ApiErrorBody['error'] | undefined,
): number | undefined {
  const fromBody = error?.retryAfterSeconds;
  if (typeof fromBody === 'number' && fromBody > 0) return fromBody;
  const header = Number(response.headers.get('retry-after'));
  return Number.isFinite(header) && header > 0 ? header : undefined;
}

/** A request on a dead link gives up after this long (a photo gets longer), so a retry can go. */
const TIMEOUT_MS = 20_000;
const PHOTO_TIMEOUT_MS = 90_000;

/** JSON by default; a Blob (a photo) goes as it is, with its own type. */
export async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const raw = body instanceof Blob;
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    signal: AbortSignal.timeout(raw ? PHOTO_TIMEOUT_MS : TIMEOUT_MS),
    headers:
      body === undefined
        ? {}
        : { 'content-type': raw ? body.type || 'application/octet-stream' : 'application/json' },
    body: body === undefined ? null : raw ? body : JSON.stringify(body),
  });
  if (!response.ok) {
    // Whatever answered (a proxy, an old server) may not send Tavla's error shape.
    const body = (await response.json().catch(() => null)) as Partial<ApiErrorBody> | null;
    const error = body?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'internal',
      error?.message ?? `HTTP ${response.status}`,
      error?.field,
      retryAfterOf(response, error),
    );
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

export const postSuggestion = (boardId: string, body: CreateSuggestionBody) =>
  request<Suggestion>('POST', `/api/boards/${encodeURIComponent(boardId)}/suggestions`, body);

const suggestionUrl = (boardId: string, suggestionId: string) =>
  `/api/boards/${encodeURIComponent(boardId)}/suggestions/${encodeURIComponent(suggestionId)}`;

/** The next page of suggestions the snapshot leaves out (declined, Done long ago …). */
export const fetchOlderSuggestions = (boardId: string, before: string | null) =>
  request<SuggestionPage>(
    'GET',
    `/api/boards/${encodeURIComponent(boardId)}/suggestions?limit=50${
      before ? `&before=${encodeURIComponent(before)}` : ''
    }`,
  );

export const fetchHistory = (boardId: string, suggestionId: string) =>
  request<SuggestionHistory>('GET', `${suggestionUrl(boardId, suggestionId)}/history`);
export const changeStatus = (boardId: string, suggestionId: string, body: ChangeStatusBody) =>
  request<Suggestion>('PUT', `${suggestionUrl(boardId, suggestionId)}/status`, body);
export const hideSuggestion = (boardId: string, suggestionId: string, reason: string) =>
  request<undefined>('POST', `${suggestionUrl(boardId, suggestionId)}/hide`, { reason });

export const vote = (boardId: string, suggestionId: string, voted: boolean) =>
  request<VoteResult>('PUT', `${suggestionUrl(boardId, suggestionId)}/vote`, { voted });
/** The newest page of a suggestion's comments, or with `before` the page before that cursor. */
export const fetchComments = (boardId: string, suggestionId: string, before: string | null) =>
  request<CommentPage>(
    'GET',
    `${suggestionUrl(boardId, suggestionId)}/comments${
      before ? `?before=${encodeURIComponent(before)}` : ''
    }`,
  );
export const postComment = (boardId: string, suggestionId: string, body: CreateCommentBody) =>
  request<Comment>('POST', `${suggestionUrl(boardId, suggestionId)}/comments`, body);
export const hideComment = (
  boardId: string,
  suggestionId: string,
  commentId: string,
  reason: string,
) =>
  request<undefined>(
    'POST',
    `${suggestionUrl(boardId, suggestionId)}/comments/${encodeURIComponent(commentId)}/hide`,
    { reason },
  );

/** Uploads a (phone-shrunk) photo for a suggestion this phone posted. */
export const uploadPhoto = (boardId: string, suggestionId: string, photo: Blob) =>
  request<Suggestion>('PUT', `${suggestionUrl(boardId, suggestionId)}/photo`, photo);

const goalsUrl = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/goals`;
export const createGoal = (boardId: string, input: GoalInput) =>
  request<Goal>('POST', goalsUrl(boardId), input);
export const updateGoal = (boardId: string, goalId: string, input: GoalInput) =>
  request<Goal>('PUT', `${goalsUrl(boardId)}/${encodeURIComponent(goalId)}`, input);
export const setGoalState = (boardId: string, goalId: string, state: GoalState) =>
  request<Goal>('PUT', `${goalsUrl(boardId)}/${encodeURIComponent(goalId)}/state`, { state });
export const recordMeasurement = (boardId: string, goalId: string, body: MeasurementBody) =>
  request<Goal>('POST', `${goalsUrl(boardId)}/${encodeURIComponent(goalId)}/measurements`, body);
export const linkGoal = (boardId: string, suggestionId: string, goalId: string | null) =>
  request<Suggestion>('PUT', `${suggestionUrl(boardId, suggestionId)}/goal`, { goalId });

export const fetchDisplays = (boardId: string) =>
  request<{ displays: Display[] }>('GET', `/api/boards/${encodeURIComponent(boardId)}/displays`);

export const fetchMyBoards = () => request<DeviceBoards>('GET', '/api/me/boards');

export const fetchSetupNeeded = () => request<{ needed: boolean }>('GET', '/api/setup');
export const setup = (body: {
  code: string;
  username: string;
  displayName: string;
  password: string;
}) => request<SessionUser>('POST', '/api/setup', body);
export const login = (username: string, password: string) =>
  request<SessionUser>('POST', '/api/auth/login', { username, password });
export const logout = () => request<undefined>('POST', '/api/auth/logout');
export const fetchMe = () => request<SessionUser>('GET', '/api/auth/me');

export const fetchManagedBoards = () =>
  request<{ boards: AdminBoard[] }>('GET', '/api/boards/managed');
export const createBoard = (body: CreateBoardBody) =>
  request<AdminBoard>('POST', '/api/admin/boards', body);
/** Replaces the board's join token (the QR code) or its display key; answers the new links. */
export const rotateJoinToken = (boardId: string) =>
  request<AdminBoard>('POST', `/api/admin/boards/${encodeURIComponent(boardId)}/join-token`);
export const rotateDisplayKey = (boardId: string) =>
  request<AdminBoard>('POST', `/api/admin/boards/${encodeURIComponent(boardId)}/display-key`);
export const fetchUsers = () => request<{ users: User[] }>('GET', '/api/admin/users');
export const createLead = (body: CreateLeadBody) => request<User>('POST', '/api/admin/users', body);
export const createAdmin = (body: CreateAdminBody) =>
  request<User>('POST', '/api/admin/admins', body);
export const resetPassword = (userId: string, password: string) =>
  request<undefined>('PUT', `/api/admin/users/${encodeURIComponent(userId)}/password`, {
    password,
  });
export const revokeSessions = (userId: string) =>
  request<undefined>('DELETE', `/api/admin/users/${encodeURIComponent(userId)}/sessions`);

/**
 * What to tell the user when a request failed, in their language. Server messages are for
 * developers (English, technical); the phone says it in its own words by error code, naming
 * the field at fault by its label (`labels`: the form's own, where they differ).
 */
export function describeError(language: Language, error: unknown, labels?: FieldLabels): string {
  return errorMessage(language, error instanceof ApiError ? error : null, labels);
}

/** The suggestion form's own labels, for a refusal that names one of its fields. */
const SUGGESTION_LABELS: FieldLabels = { text: 'phone.form.text' };

/**
 * What to tell an employee whose suggestion was not taken: a refused phone is told to scan the
 * board again, a field at fault is named, a refusal without one asks to check the text;
 * anything else (a goal no longer active, full disk, too many, …) by its code.
 */
export function sendErrorMessage(language: Language, error: unknown): string {
  if (!(error instanceof ApiError)) return t(language, 'phone.form.errorOffline'); // no network
  if (error.status === 401 || error.status === 403 || error.status === 404) {
    return t(language, 'phone.form.errorNotJoined');
  }
  if (
    error.code === 'validation_failed' &&
    error.field &&
    fieldLabel(language, error.field, SUGGESTION_LABELS) !== null
  ) {
    return errorMessage(language, error, SUGGESTION_LABELS);
  }
  if (error.code === 'validation_failed' || error.code === 'invalid_json') {
    return t(language, 'phone.form.errorInvalid');
  }
  return errorMessage(language, error);
}
