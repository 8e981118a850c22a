/**
 * Domain constants shared by server and apps. Plain values only (no TypeBox), so the apps can
 * import them without pulling the schema library into their bundles.
 */

export const DIMENSIONS = ['ecological', 'economic', 'social'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The full status workflow, in the order a suggestion normally travels. */
export const SUGGESTION_STATUSES = [
  'new',
  'under_review',
  'planned',
  'in_progress',
  'done',
  'not_doing',
  'duplicate',
] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** Statuses that get a column on the wall screen; the others are not shown there. */
export const WALL_STATUSES = [
  'new',
  'under_review',
  'planned',
  'in_progress',
  'done',
] as const satisfies readonly SuggestionStatus[];
export type WallStatus = (typeof WALL_STATUSES)[number];

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';

export const GOAL_STATES = ['draft', 'active', 'achieved', 'archived'] as const;
export type GoalState = (typeof GOAL_STATES)[number];
export const GOAL_DIRECTIONS = ['decrease', 'increase'] as const;
export type GoalDirection = (typeof GOAL_DIRECTIONS)[number];
/** A board works toward 3–5 goals at a time. */
export const MAX_ACTIVE_GOALS = 5;
export const MIN_ACTIVE_GOALS_HINT = 3;

/** The largest magnitude a measured number may have: far above any real reading, far below
 * where doubles lose whole units (2^53 ≈ 9e15). */
export const NUMBER_ABS_MAX = 1e12;

export const USER_ROLES = ['admin', 'lead'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const LIMITS = {
  suggestionTextMin: 3,
  suggestionTextMax: 1000,
  authorNameMax: 60,
  boardNameMax: 80,
  statusNoteMax: 500,
  /** A reason to decline or hide something (everyone sees it, or it is logged). */
  reasonMin: 3,
  goalTitleMin: 3,
  goalTitleMax: 120,
  goalDescriptionMax: 1000,
  goalShortTextMax: 120,
  commentMax: 500,
  /** Largest photo upload the server takes; phones shrink photos well below this. */
  photoMaxBytes: 8 * 1024 * 1024,
  /** Longest side of a stored photo, in pixels (phones shrink to this before upload). */
  photoMaxSide: 1600,
  passwordMin: 10,
  passwordMax: 200,
  usernameMin: 2,
  usernameMax: 40,
  displayNameMax: 60,
  /** Most suggestions in one page of `GET …/suggestions` (the ones a snapshot leaves out). */
  suggestionPageMax: 100,
  /** Most comments in one page of `GET …/suggestions/:id/comments`. */
  commentPageMax: 100,
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Done suggestions stay on the wall this long after they were done. */
export const DONE_ON_WALL_DAYS = 30;

/** Statuses whose suggestions are always in a snapshot (the wall's open columns). */
export const OPEN_STATUSES = [
  'new',
  'under_review',
  'planned',
  'in_progress',
] as const satisfies readonly WallStatus[];

export function isWallStatus(status: SuggestionStatus): status is WallStatus {
  return (WALL_STATUSES as readonly string[]).includes(status);
}

/** Socket.IO endpoint path, shared by server and clients. */
export const SOCKET_PATH = '/socket.io';

/**
 * A client that missed at most this many changes gets them replayed on reconnect; one that
 * missed more gets a fresh snapshot (cheaper than replaying a long history).
 */
export const CATCH_UP_MAX_CHANGES = 500;
