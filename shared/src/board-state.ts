import type { BoardSnapshot, Suggestion } from './schemas.js';

/**
 * Client-side board state, shared by the kiosk and the phone app. Pure functions so the
 * sequence-number rules are tested once: changes at or below the applied sequence are
 * ignored (idempotent), and a change that skips a number means something was missed, so the
 * caller must fetch a fresh snapshot instead of applying it.
 */
export type BoardChange =
  | { type: 'upsert'; seq: number; suggestion: Suggestion }
  | { type: 'remove'; seq: number; suggestionId: string };

export type ApplyOutcome =
  | { kind: 'applied'; snapshot: BoardSnapshot; previous: Suggestion | null }
  | { kind: 'stale' }
  | { kind: 'gap' };

export function sortSuggestions(suggestions: readonly Suggestion[]): Suggestion[] {
  return [...suggestions].sort((a, b) =>
    a.createdAt === b.createdAt ? b.seq - a.seq : a.createdAt < b.createdAt ? 1 : -1,
  );
}

export function applyBoardChange(snapshot: BoardSnapshot, change: BoardChange): ApplyOutcome {
  if (change.seq <= snapshot.seq) return { kind: 'stale' };
  if (change.seq !== snapshot.seq + 1) return { kind: 'gap' };
  const id = change.type === 'upsert' ? change.suggestion.id : change.suggestionId;
  const previous = snapshot.suggestions.find((s) => s.id === id) ?? null;
  const others = snapshot.suggestions.filter((s) => s.id !== id);
  const suggestions =
    change.type === 'upsert' ? sortSuggestions([change.suggestion, ...others]) : others;
  return { kind: 'applied', snapshot: { ...snapshot, seq: change.seq, suggestions }, previous };
}
