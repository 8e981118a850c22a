import type { Dimension } from '@tavla/shared';
import { DIMENSIONS, LIMITS } from '@tavla/shared/domain';

/**
 * What the phone keeps for itself in localStorage: the half-typed suggestion (so closing the
 * browser loses nothing) and the ids of suggestions this device posted. Storage can be full,
 * disabled (private mode) or hold junk; the app then simply works without it.
 */
export interface Draft {
  text: string;
  dimension: Dimension | null;
  authorName: string;
}

export const EMPTY_DRAFT: Draft = { text: '', dimension: null, authorName: '' };

/** The JSON stored under `key`, or null (none, junk, or storage disabled). */
export function readJson(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}

/** Stores `value` as JSON under `key`; storage full or disabled: it is simply not kept. */
export function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: nothing to do, the value just is not kept.
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isDimension = (value: unknown): value is Dimension =>
  typeof value === 'string' && (DIMENSIONS as readonly string[]).includes(value);

export function loadDraft(boardId: string): Draft {
  const stored = readJson(`tavla:draft:${boardId}`);
  if (!isRecord(stored)) return EMPTY_DRAFT;
  return {
    text: typeof stored.text === 'string' ? stored.text.slice(0, LIMITS.suggestionTextMax) : '',
    dimension: isDimension(stored.dimension) ? stored.dimension : null,
    authorName:
      typeof stored.authorName === 'string' ? stored.authorName.slice(0, LIMITS.authorNameMax) : '',
  };
}

export const saveDraft = (boardId: string, draft: Draft): void =>
  write(`tavla:draft:${boardId}`, draft);

export function loadMine(): Set<string> {
  const stored = readJson('tavla:mine');
  const ids = isRecord(stored) && Array.isArray(stored.ids) ? stored.ids : [];
  return new Set(ids.filter((id): id is string => typeof id === 'string'));
}

export function rememberMine(id: string): void {
  write('tavla:mine', { ids: [...loadMine(), id].slice(-500) });
}
