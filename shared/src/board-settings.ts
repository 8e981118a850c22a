import type { ErrorCode } from './errors.js';

/**
 * A board's settings that both the server and the screens apply (issue 14): who is named on a
 * suggestion, how long Done suggestions stay on the wall, and whether the board is archived.
 * Kept free of TypeBox so the apps can import it (`@tavla/shared/board-settings`).
 */

/** Who is named on a phone's suggestion: nobody, whoever wants to be, or everyone. */
export const NAMING_MODES = ['anonymous', 'optional', 'required'] as const;
export type NamingMode = (typeof NAMING_MODES)[number];

/** What a board without the setting does (every board before issue 14): the name is optional. */
export const DEFAULT_NAMING: NamingMode = 'optional';

/** The range of "Done stays on the wall for … days". */
export const DONE_DAYS_MIN = 1;
export const DONE_DAYS_MAX = 365;

/** The board fields these rules read; all optional, so an older snapshot reads as the defaults. */
export interface BoardSettingsFields {
  naming?: NamingMode | undefined;
  doneDays?: number | undefined;
  archivedAt?: string | null | undefined;
}

export const namingOf = (board: BoardSettingsFields): NamingMode => board.naming ?? DEFAULT_NAMING;

/**
 * How many days a Done suggestion stays on the wall. Without the setting: the 30 days the wall
 * always used (`DONE_ON_WALL_DAYS`, passed in so this file needs nothing of domain.ts).
 */
export const doneDaysOf = (board: BoardSettingsFields, fallback: number): number =>
  board.doneDays ?? fallback;

/** An archived board is read-only: kept for reports and exports, refused every write. */
export const isArchived = (board: BoardSettingsFields): boolean =>
  board.archivedAt !== undefined && board.archivedAt !== null;

/**
 * Why a phone's suggestion breaks the board's naming rule, or null when it does not: a name
 * on an anonymous board, or none where one is required. `authorName` as the phone sends it
 * (blank counts as none).
 */
export function namingRefusal(
  naming: NamingMode,
  authorName: string | null | undefined,
): Extract<ErrorCode, 'author_name_not_allowed' | 'author_name_required'> | null {
  const named = (authorName ?? '').trim() !== '';
  if (naming === 'anonymous' && named) return 'author_name_not_allowed';
  if (naming === 'required' && !named) return 'author_name_required';
  return null;
}
