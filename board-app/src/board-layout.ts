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
 * Which cards fit in a column of `available` px, when each takes `cardHeight` plus `gap`.
 * When not all fit, room is kept for a visible "+N more" line of `moreHeight`: the wall never
 * hides cards without saying so.
 */
export function fitCards<T>(
  items: readonly T[],
  available: number,
  size: { cardHeight: number; gap: number; moreHeight: number },
): { shown: T[]; hidden: number } {
  const { cardHeight, gap, moreHeight } = size;
  const slots = (space: number) => Math.max(0, Math.floor((space + gap) / (cardHeight + gap)));
  if (items.length <= slots(available)) return { shown: [...items], hidden: 0 };
  const shown = items.slice(0, slots(available - moreHeight - gap));
  return { shown, hidden: items.length - shown.length };
}
