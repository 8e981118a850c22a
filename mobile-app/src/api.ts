import type { ApiErrorBody, CreateSuggestionBody, DeviceBoards, Suggestion } from '@tavla/shared';
import type { MessageKey } from '@tavla/shared/i18n';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!response.ok) {
    const error = (await response.json().catch(() => null)) as ApiErrorBody | null;
    throw new ApiError(
      response.status,
      error?.error.code ?? 'internal',
      error?.error.message ?? `HTTP ${response.status}`,
    );
  }
  return (await response.json()) as T;
}

export const postSuggestion = (boardId: string, body: CreateSuggestionBody) =>
  request<Suggestion>('POST', `/api/boards/${encodeURIComponent(boardId)}/suggestions`, body);

export const fetchMyBoards = () => request<DeviceBoards>('GET', '/api/me/boards');

/**
 * What to tell the user when sending failed, in their language: server messages are for
 * developers (English, technical), so the phone picks its own words by kind of failure.
 */
export function sendErrorMessage(error: unknown): MessageKey {
  if (!(error instanceof ApiError)) return 'phone.form.errorOffline'; // fetch itself failed
  if (error.status === 401 || error.status === 403 || error.status === 404) {
    return 'phone.form.errorNotJoined';
  }
  if (error.status >= 500) return 'phone.form.errorServer';
  return 'phone.form.errorInvalid';
}
