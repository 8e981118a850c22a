import type { WorkshopLive } from '@tavla/shared';

/**
 * The board page's part of the workshop (in the first page, so only types and a few lines):
 * which activity a phone last opened, so the board page takes it to the clicker once per
 * activity, and never back again after the employee chose to go back to the board.
 */

/** What changes when the lead moves on: the session and the activity on it. */
export const liveKey = (live: WorkshopLive | null | undefined): string | null =>
  live ? `${live.sessionId}:${String(live.index)}` : null;

/**
 * Whether the board page takes a phone to the clicker: a workshop is live and its current
 * activity is not the one this phone already opened (or came back from). A lead is not taken
 * anywhere: the remote is a tap away on the card.
 */
export function shouldOpenClicker(
  live: WorkshopLive | null | undefined,
  handledKey: string | null,
  lead: boolean,
): boolean {
  const key = liveKey(live);
  return !lead && key !== null && key !== handledKey;
}

const storeKey = (boardId: string) => `tavla:workshop-seen:${boardId}`;

/** The activity this phone last opened on the board (this browser tab), or null. */
export function seenActivity(boardId: string): string | null {
  try {
    return sessionStorage.getItem(storeKey(boardId));
  } catch {
    return null;
  }
}

export function rememberSeenActivity(boardId: string, key: string): void {
  try {
    sessionStorage.setItem(storeKey(boardId), key);
  } catch {
    // Storage disabled: the board page may open the clicker again, which is harmless.
  }
}
