import { OPEN_STATUSES } from './domain.js';
import type { MethodState } from './method-schemas.js';
import type { Board, BoardSnapshot, Goal, Suggestion } from './schemas.js';

/**
 * Client-side board state, shared by the kiosk and the phone app. Pure functions so the
 * sequence-number rules are tested once: changes at or below the applied sequence are
 * ignored (idempotent), and a change that skips a number means something was missed, so the
 * caller must fetch a fresh snapshot instead of applying it.
 */
export type BoardChange =
  | { type: 'upsert'; seq: number; suggestion: Suggestion }
  | { type: 'remove'; seq: number; suggestionId: string }
  | { type: 'goal'; seq: number; goal: Goal }
  /** The method's state changed (analysis finished, vote opened/counted/closed, wall view). */
  | { type: 'method'; seq: number; method: MethodState }
  /** The board's settings changed (name, language, naming, Done days, archived). */
  | { type: 'board'; seq: number; board: Board };

export type ApplyOutcome =
  | {
      kind: 'applied';
      snapshot: BoardSnapshot;
      previous: Suggestion | null;
      previousGoal: Goal | null;
    }
  /** A change to a suggestion the screen does not hold and would not: only `seq` moves on. */
  | { kind: 'outside'; snapshot: BoardSnapshot }
  | { kind: 'stale' }
  | { kind: 'gap' };

export function sortSuggestions(suggestions: readonly Suggestion[]): Suggestion[] {
  return [...suggestions].sort((a, b) =>
    a.createdAt === b.createdAt ? b.seq - a.seq : a.createdAt < b.createdAt ? 1 : -1,
  );
}

/** Goals keep the order they were made in. */
const byCreation = (a: Goal, b: Goal): number =>
  a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1;

/**
 * Whether a fresh snapshot would hold this suggestion: open, Done since `doneSince`, linked to
 * one of the snapshot's goals, or the phone's own. (A snapshot without `doneSince` holds all.)
 */
export function inSnapshotScope(snapshot: BoardSnapshot, suggestion: Suggestion): boolean {
  if (snapshot.doneSince === undefined) return true;
  if ((OPEN_STATUSES as readonly string[]).includes(suggestion.status)) return true;
  if (suggestion.status === 'done' && suggestion.statusChangedAt >= snapshot.doneSince) return true;
  if (suggestion.goalId !== null && snapshot.goals.some((g) => g.id === suggestion.goalId)) {
    return true;
  }
  return snapshot.mine?.includes(suggestion.id) ?? false;
}

export function applyBoardChange(snapshot: BoardSnapshot, change: BoardChange): ApplyOutcome {
  if (change.seq <= snapshot.seq) return { kind: 'stale' };
  if (change.seq !== snapshot.seq + 1) return { kind: 'gap' };
  if (change.type === 'board') {
    return {
      kind: 'applied',
      snapshot: { ...snapshot, seq: change.seq, board: change.board },
      previous: null,
      previousGoal: null,
    };
  }
  if (change.type === 'method') {
    return {
      kind: 'applied',
      snapshot: { ...snapshot, seq: change.seq, method: change.method },
      previous: null,
      previousGoal: null,
    };
  }
  if (change.type === 'goal') {
    const previousGoal = snapshot.goals.find((g) => g.id === change.goal.id) ?? null;
    const others = snapshot.goals.filter((g) => g.id !== change.goal.id);
    // Archived goals leave every screen.
    const goals =
      change.goal.state === 'archived' ? others : [...others, change.goal].sort(byCreation);
    return {
      kind: 'applied',
      snapshot: { ...snapshot, seq: change.seq, goals },
      previous: null,
      previousGoal,
    };
  }
  const id = change.type === 'upsert' ? change.suggestion.id : change.suggestionId;
  const previous = snapshot.suggestions.find((s) => s.id === id) ?? null;
  // A change to a suggestion outside the snapshot (a "me too" on one done long ago) moves the
  // sequence on but adds nothing: screens never held it, so it is neither new nor just done.
  // One the screen holds stays (with its new status) when it leaves the scope.
  if (change.type === 'upsert' && !previous && !inSnapshotScope(snapshot, change.suggestion)) {
    return { kind: 'outside', snapshot: { ...snapshot, seq: change.seq } };
  }
  const others = snapshot.suggestions.filter((s) => s.id !== id);
  const suggestions =
    change.type === 'upsert' ? sortSuggestions([change.suggestion, ...others]) : others;
  return {
    kind: 'applied',
    snapshot: { ...snapshot, seq: change.seq, suggestions },
    previous,
    previousGoal: null,
  };
}
