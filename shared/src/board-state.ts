import type { SuggestionCreatedEvent } from './events.js';
import type { BoardSnapshot, Suggestion } from './schemas.js';

/**
 * Client-side board state, shared by the kiosk and the phone app. Pure functions so the
 * sequence-number rules are unit-tested once: events at or below the applied sequence are
 * ignored (idempotent), and an event that skips a number means something was missed, so the
 * caller must fetch a fresh snapshot instead of applying it.
 */
export type ApplyOutcome =
  { kind: 'applied'; snapshot: BoardSnapshot } | { kind: 'stale' } | { kind: 'gap' };

export function sortSuggestions(suggestions: readonly Suggestion[]): Suggestion[] {
  return [...suggestions].sort((a, b) =>
    a.createdAt === b.createdAt ? b.seq - a.seq : a.createdAt < b.createdAt ? 1 : -1,
  );
}

export function applySuggestionCreated(
  snapshot: BoardSnapshot,
  event: SuggestionCreatedEvent,
): ApplyOutcome {
  if (event.seq <= snapshot.seq) return { kind: 'stale' };
  if (event.seq !== snapshot.seq + 1) return { kind: 'gap' };
  const others = snapshot.suggestions.filter((s) => s.id !== event.suggestion.id);
  return {
    kind: 'applied',
    snapshot: {
      ...snapshot,
      seq: event.seq,
      suggestions: sortSuggestions([event.suggestion, ...others]),
    },
  };
}
