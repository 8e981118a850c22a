import type { Dimension } from '@tavla/shared';

/**
 * What the phone keeps for itself in localStorage: the half-typed suggestion (so closing the
 * browser loses nothing) and the ids of suggestions this device posted. Storage can be full or
 * disabled (private mode); the app then simply works without it.
 */
export interface Draft {
  text: string;
  dimension: Dimension | null;
  authorName: string;
}

export const EMPTY_DRAFT: Draft = { text: '', dimension: null, authorName: '' };

function read<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? fallback : ({ ...fallback, ...(JSON.parse(raw) as object) } as T);
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: nothing to do, the draft just is not kept.
  }
}

export const loadDraft = (boardId: string): Draft => read(`tavla:draft:${boardId}`, EMPTY_DRAFT);
export const saveDraft = (boardId: string, draft: Draft): void => write(`tavla:draft:${boardId}`, draft);

export function loadMine(): Set<string> {
  const { ids } = read<{ ids: string[] }>('tavla:mine', { ids: [] });
  return new Set(Array.isArray(ids) ? ids : []);
}

export function rememberMine(id: string): void {
  const ids = [...loadMine(), id].slice(-500);
  write('tavla:mine', { ids });
}
