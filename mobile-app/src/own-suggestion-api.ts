import type { EditSuggestionBody, HiddenOwnSuggestions, Suggestion } from '@tavla/shared';
import { request } from './api.js';
import { loadMine, write } from './local-store.js';

// The author's own suggestions. Not in api.ts: only lazily loaded parts use these.
const suggestionUrl = (boardId: string, suggestionId: string) =>
  `/api/boards/${encodeURIComponent(boardId)}/suggestions/${encodeURIComponent(suggestionId)}`;

/** The author changes their New suggestion (the whole of it: a retry changes nothing more). */
export const editOwnSuggestion = (
  boardId: string,
  suggestionId: string,
  body: EditSuggestionBody,
) => request<Suggestion>('PUT', suggestionUrl(boardId, suggestionId), body);

/** The author withdraws their New suggestion; this phone then forgets it posted it. */
export async function withdrawOwnSuggestion(boardId: string, suggestionId: string) {
  await request<undefined>('DELETE', suggestionUrl(boardId, suggestionId));
  write('tavla:mine', { ids: [...loadMine()].filter((id) => id !== suggestionId) });
}

/** This phone's suggestions on the board that a lead hid, with the lead's reason. */
export const fetchHiddenOwn = (boardId: string) =>
  request<HiddenOwnSuggestions>(
    'GET',
    `/api/boards/${encodeURIComponent(boardId)}/suggestions/mine/hidden`,
  );
