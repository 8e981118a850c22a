import type { Goal, Suggestion } from '@tavla/shared';
import { DONE_ON_WALL_DAYS, WALL_STATUSES, type WallStatus } from '@tavla/shared/domain';
import { goalNumbers } from '@tavla/shared/goal-progress';

export interface WallColumn {
  status: WallStatus;
  suggestions: Suggestion[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The wall's columns in workflow order. Not doing and Duplicate are not on the wall, and Done
 * shows only what was done in the last `doneDays` days (the board's setting, 30 unless a lead
 * changed it). In each column the card that arrived there last comes first.
 */
export function groupByStatus(
  suggestions: readonly Suggestion[],
  now: Date,
  doneDays: number = DONE_ON_WALL_DAYS,
): WallColumn[] {
  const doneSince = now.getTime() - doneDays * DAY_MS;
  return WALL_STATUSES.map((status) => ({
    status,
    suggestions: suggestions
      .filter((s) => s.status === status)
      .filter((s) => status !== 'done' || new Date(s.statusChangedAt).getTime() >= doneSince)
      .sort(newestFirst((s) => s.statusChangedAt)),
  }));
}

function newestFirst(at: (s: Suggestion) => string) {
  return (a: Suggestion, b: Suggestion) => (at(a) < at(b) ? 1 : at(a) > at(b) ? -1 : b.seq - a.seq);
}

/**
 * The board scene's sizes in rem (the rem is 1/120 of the screen width), as styles.css draws
 * them: what is above and below a column's cards, a card, the gap between cards, and the page
 * line under them. `cardsPerPage` reads them; keep both in step.
 */
export const BOARD_REM = {
  /** Kiosk padding, the header with the QR code, the gap, the column's padding and header. */
  chrome: 2.75 + 11 + 1.25 + 1.8 + 5.75 + 0.75,
  card: 13,
  gap: 0.75,
  indicator: 2.5,
} as const;

/**
 * How many cards a column shows on one page of a screen `heightRem` rem tall (67.5 at 16:9),
 * leaving room for the page line. At least one.
 */
export function cardsPerPage(heightRem: number): number {
  const room = heightRem - BOARD_REM.chrome - BOARD_REM.indicator - BOARD_REM.gap;
  return Math.max(1, Math.floor((room + BOARD_REM.gap) / (BOARD_REM.card + BOARD_REM.gap)));
}

/** Pages of one column. */
export function pagesOf(count: number, perPage: number): number {
  return Math.max(1, Math.ceil(count / perPage));
}

/** The board scene's pages: as many as its fullest column needs. */
export function boardPages(columns: readonly WallColumn[], perPage: number): number {
  return Math.max(1, ...columns.map((column) => pagesOf(column.suggestions.length, perPage)));
}

/**
 * The cards a column shows on page `page` of the board scene. A column with fewer pages starts
 * over (its own page `page mod pages`), so every card is on the wall once the scene has turned
 * all its pages, and no column stands empty while another still turns.
 */
export function columnPage(
  column: WallColumn,
  perPage: number,
  page: number,
): { cards: Suggestion[]; page: number; pages: number } {
  const pages = pagesOf(column.suggestions.length, perPage);
  const own = page % pages;
  return {
    cards: column.suggestions.slice(own * perPage, own * perPage + perPage),
    page: own,
    pages,
  };
}

/** Splits items into pages of `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}

/** Goals the goals scene shows: the active ones that have their numbers, in the board's order. */
export function wallGoals(goals: readonly Goal[]): Goal[] {
  return goals.filter((goal) => goal.state === 'active' && goalNumbers(goal) !== null);
}
/** Goals side by side on one page of the goals scene. */
export const GOALS_PER_PAGE = 3;

export interface RecentItem {
  kind: 'new' | 'done';
  suggestion: Suggestion;
}
/** Suggestions side by side on one page of the "new and done" scene, and pages at most. */
export const RECENT_PER_PAGE = 2;
export const RECENT_MAX = 6;
/** How long a done suggestion counts as recently done. */
export const RECENT_DONE_DAYS = 7;

/** Midnight at the start of yesterday, in the wall's own time zone. */
export function startOfYesterday(now: Date): Date {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  start.setDate(start.getDate() - 1);
  return start;
}

/**
 * What the "new and done" scene celebrates: suggestions done in the last week and those posted
 * since yesterday began, newest first, half and half (one kind fills up when the other has
 * fewer), at most `RECENT_MAX`. A suggestion both new and done shows once, as done.
 */
export function recentItems(suggestions: readonly Suggestion[], now: Date): RecentItem[] {
  const doneSince = now.getTime() - RECENT_DONE_DAYS * DAY_MS;
  const newSince = startOfYesterday(now).getTime();
  const done = suggestions
    .filter((s) => s.status === 'done' && Date.parse(s.statusChangedAt) >= doneSince)
    .sort(newestFirst((s) => s.statusChangedAt));
  const fresh = suggestions
    .filter((s) => s.status !== 'done' && Date.parse(s.createdAt) >= newSince)
    .sort(newestFirst((s) => s.createdAt));
  const half = RECENT_MAX / 2;
  const doneCount = Math.min(done.length, Math.max(half, RECENT_MAX - fresh.length));
  const newCount = Math.min(fresh.length, RECENT_MAX - doneCount);
  return [
    ...done.slice(0, doneCount).map((suggestion) => ({ kind: 'done' as const, suggestion })),
    ...fresh.slice(0, newCount).map((suggestion) => ({ kind: 'new' as const, suggestion })),
  ];
}
