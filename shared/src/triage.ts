import type { SuggestionStatus } from './domain.js';

/**
 * The lead's triage list (plain values, no TypeBox, so the phone can import them): how it
 * sorts, how much one bulk action takes, and which moves a card offers as one tap.
 */

/** Newest first, oldest first, most "me too" first, longest in its status first. */
export const TRIAGE_SORTS = ['newest', 'oldest', 'votes', 'waiting'] as const;
export type TriageSort = (typeof TRIAGE_SORTS)[number];

/** Most suggestions one bulk action (move, hide, unhide) takes. */
export const TRIAGE_BULK_MAX = 100;
/** Suggestions in one page of the triage list, unless the caller asks for another size. */
export const TRIAGE_PAGE_DEFAULT = 30;
export const TRIAGE_PAGE_MAX = 100;
/** Longest search text. */
export const TRIAGE_SEARCH_MAX = 100;

/**
 * The statuses a card moves a suggestion to with one tap (the common moves). Not doing asks
 * for its reason first; Duplicate names an original, so it stays on the suggestion's page.
 */
export const ONE_TAP_STATUSES = [
  'under_review',
  'planned',
  'in_progress',
  'done',
] as const satisfies readonly SuggestionStatus[];

/** The one-tap moves a suggestion in `status` offers: every common move but where it is. */
export function oneTapMoves(status: SuggestionStatus): SuggestionStatus[] {
  return ONE_TAP_STATUSES.filter((to) => to !== status);
}

/**
 * The statuses a bulk move may take a selection to: every status but Duplicate (which needs
 * one original per suggestion). Not doing needs one reason, given to all of them.
 */
export const BULK_STATUSES = [
  'new',
  'under_review',
  'planned',
  'in_progress',
  'done',
  'not_doing',
] as const satisfies readonly SuggestionStatus[];
export type BulkStatus = (typeof BULK_STATUSES)[number];

/**
 * The targets a selection can be moved to: a move to where a selected suggestion already is
 * would be refused (the workflow's "unchanged" rule), so it is not offered.
 */
export function bulkTargets(selected: readonly SuggestionStatus[]): BulkStatus[] {
  const present = new Set(selected);
  return BULK_STATUSES.filter((status) => !present.has(status));
}
