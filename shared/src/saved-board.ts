import type { BoardSnapshot } from './schemas.js';

/**
 * The board a screen saw last, kept in its localStorage so that a phone opening without
 * network, or a wall screen reloading while the server is down, shows it instead of an error
 * page. `liveAt` is when the screen last had the server (a wall says "offline since" then).
 */
export interface SavedBoard {
  snapshot: BoardSnapshot;
  liveAt: number;
  /** Whose board it is when the key does not say (a wall: a tag of its display key). */
  owner?: string;
}

/**
 * A short tag of a secret (FNV-1a, 32 bits): tells one wall's saved board from another's
 * without writing the display key itself down. Not a hash to protect anything.
 */
export function ownerTag(secret: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < secret.length; i += 1) {
    hash ^= secret.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The part of the browser's localStorage used here (shared knows no DOM). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Not worth pushing the outbox (same storage, 5 MB for the whole site) out of its room. */
export const SAVED_BOARD_MAX_CHARS = 1_000_000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The saved board under `key`, when it is `boardId`'s, or `owner`'s (either only if given). */
export function loadSavedBoard(
  storage: Pick<KeyValueStorage, 'getItem'> | null,
  key: string,
  { boardId = null, owner }: { boardId?: string | null; owner?: string },
): SavedBoard | null {
  try {
    const saved: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
    if (!isRecord(saved) || typeof saved.liveAt !== 'number') return null;
    if (owner !== undefined && saved.owner !== owner) return null;
    const snapshot = saved.snapshot;
    if (
      !isRecord(snapshot) ||
      !isRecord(snapshot.board) ||
      typeof snapshot.board.id !== 'string' ||
      (boardId !== null && snapshot.board.id !== boardId) ||
      !Array.isArray(snapshot.suggestions) ||
      !Array.isArray(snapshot.goals)
    ) {
      return null;
    }
    return {
      snapshot: snapshot as unknown as BoardSnapshot,
      liveAt: saved.liveAt,
      ...(owner === undefined ? {} : { owner }),
    };
  } catch {
    return null; // junk, or storage disabled
  }
}

/**
 * Saves the board (storage full or disabled, or a board too big: it is simply not kept). The
 * join URL, with its token, is never written: a screen out of contact has no use for it.
 */
export function saveBoard(
  storage: Pick<KeyValueStorage, 'setItem' | 'removeItem'> | null,
  key: string,
  saved: SavedBoard,
): void {
  try {
    const snapshot: Partial<BoardSnapshot> = { ...saved.snapshot };
    delete snapshot.joinUrl;
    const text = JSON.stringify({ ...saved, snapshot });
    if (text.length > SAVED_BOARD_MAX_CHARS) storage?.removeItem(key);
    else storage?.setItem(key, text);
  } catch {
    // Storage full or disabled: nothing to do.
  }
}

/** Drops the saved board (a screen whose key or device the server no longer takes). */
export function forgetBoard(
  storage: Pick<KeyValueStorage, 'removeItem'> | null,
  key: string,
): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Storage disabled: there is nothing kept either.
  }
}
