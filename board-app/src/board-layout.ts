import type { Suggestion } from '@tavla/shared';
import { DONE_ON_WALL_DAYS, WALL_STATUSES, type WallStatus } from '@tavla/shared/domain';

export interface WallColumn {
  status: WallStatus;
  suggestions: Suggestion[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The wall's columns in workflow order. Not doing and Duplicate are not on the wall, and Done
 * shows only what was done in the last 30 days. In each column the card that arrived there
 * last comes first.
 */
export function groupByStatus(suggestions: readonly Suggestion[], now: Date): WallColumn[] {
  const doneSince = now.getTime() - DONE_ON_WALL_DAYS * DAY_MS;
  return WALL_STATUSES.map((status) => ({
    status,
    suggestions: suggestions
      .filter((s) => s.status === status)
      .filter((s) => status !== 'done' || new Date(s.statusChangedAt).getTime() >= doneSince)
      .sort((a, b) =>
        a.statusChangedAt < b.statusChangedAt
          ? 1
          : a.statusChangedAt > b.statusChangedAt
            ? -1
            : b.seq - a.seq,
      ),
  }));
}

/**
 * Splits a column's cards into pages that fit `available` px, each card taking `cardHeight`
 * plus `gap`; when there is more than one page, room is kept for the page indicator of
 * `indicatorHeight`. The wall pages through them by itself, so no card is hidden for good.
 */
export function paginate<T>(
  items: readonly T[],
  available: number,
  size: { cardHeight: number; gap: number; indicatorHeight: number },
): T[][] {
  const { cardHeight, gap, indicatorHeight } = size;
  const slots = (space: number) => Math.max(1, Math.floor((space + gap) / (cardHeight + gap)));
  if (items.length <= slots(available)) return [[...items]];
  const perPage = slots(available - indicatorHeight - gap);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) pages.push(items.slice(i, i + perPage));
  return pages;
}
