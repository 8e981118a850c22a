import type { BoardSummary, SiteLayout } from '@tavla/shared';

/** Boards on one page of the site wall: one at a time, or up to three side by side. */
export const SIDE_BY_SIDE_MAX = 3;

/** The site wall's pages: each a list of boards shown together. */
export function sitePages(boards: readonly BoardSummary[], layout: SiteLayout): BoardSummary[][] {
  const size = layout === 'in_turn' ? 1 : SIDE_BY_SIDE_MAX;
  const pages: BoardSummary[][] = [];
  for (let i = 0; i < boards.length; i += size) pages.push(boards.slice(i, i + size));
  return pages;
}

/** Which page shows at `nowMs`, turning every `turnSeconds` (by the screen's own clock). */
export function pageAt(pages: number, turnSeconds: number, nowMs: number): number {
  if (pages <= 1) return 0;
  return Math.floor(nowMs / (turnSeconds * 1000)) % pages;
}

/**
 * Whether a `site:changed` notice brings anything new: a board the summary holds at an older
 * sequence number, a board it does not hold, or the settings (an empty board id). A notice at
 * or below what the summary already shows (a replay, a late packet) is skipped.
 */
export function isNews(
  held: readonly Pick<BoardSummary, 'id' | 'seq'>[] | null,
  notice: { boardId: string; seq: number },
): boolean {
  if (notice.boardId === '' || held === null) return true;
  const board = held.find((b) => b.id === notice.boardId);
  return board === undefined || notice.seq > board.seq;
}

/** The summary's shape, checked before it is shown (a proxy's error page is not a summary). */
export function isSiteSummary(value: unknown): value is import('@tavla/shared').SiteSummary {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.name === 'string' &&
    (v.language === 'sv' || v.language === 'en') &&
    (v.layout === 'side_by_side' || v.layout === 'in_turn') &&
    typeof v.turnSeconds === 'number' &&
    Array.isArray(v.boards)
  );
}
