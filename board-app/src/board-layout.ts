import type { Suggestion } from '@tavla/shared';
import { WALL_STATUSES, type WallStatus } from '@tavla/shared/domain';

export interface WallColumn {
  status: WallStatus;
  suggestions: Suggestion[];
}

/** The wall's columns in workflow order; statuses that are not on the wall are left out. */
export function groupByStatus(suggestions: readonly Suggestion[]): WallColumn[] {
  return WALL_STATUSES.map((status) => ({
    status,
    suggestions: suggestions.filter((s) => s.status === status),
  }));
}

/**
 * How many cards fit in a column of `available` px, when each takes `cardHeight` plus `gap`.
 * When not all fit, one slot goes to a visible "+N more" line: the wall never hides cards
 * without saying so.
 */
export function fitCards<T>(
  items: readonly T[],
  available: number,
  cardHeight: number,
  gap: number,
): { shown: T[]; hidden: number } {
  const capacity = Math.max(0, Math.floor((available + gap) / (cardHeight + gap)));
  if (items.length <= capacity) return { shown: [...items], hidden: 0 };
  const shown = items.slice(0, Math.max(0, capacity - 1));
  return { shown, hidden: items.length - shown.length };
}
