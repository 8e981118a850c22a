import type { Dimension, SuggestionStatus } from '@tavla/shared';
import { DIMENSIONS, SUGGESTION_STATUSES } from '@tavla/shared/domain';
import { TRIAGE_SEARCH_MAX, TRIAGE_SORTS, type TriageSort } from '@tavla/shared/triage';

/** The triage list's filters as the URL keeps them (so back, forward and reload keep them). */
export interface TriageFilters {
  status: SuggestionStatus | null;
  dimension: Dimension | null;
  goal: string | null;
  waiting: boolean;
  hidden: boolean;
  q: string;
  sort: TriageSort;
}

export const NO_FILTERS: TriageFilters = {
  status: null,
  dimension: null,
  goal: null,
  waiting: false,
  hidden: false,
  q: '',
  sort: 'newest',
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** The filters a URL's query asks for; anything unknown or malformed is left out. */
export function filtersOf(search: string): TriageFilters {
  const params = new URLSearchParams(search);
  const goal = params.get('goal');
  return {
    status: oneOf(SUGGESTION_STATUSES, params.get('status')),
    dimension: oneOf(DIMENSIONS, params.get('dimension')),
    goal: goal !== null && /^[A-Za-z0-9_-]{8,64}$/.test(goal) ? goal : null,
    waiting: params.get('waiting') === 'true',
    hidden: params.get('hidden') === 'true',
    q: (params.get('q') ?? '').trim().slice(0, TRIAGE_SEARCH_MAX),
    sort: oneOf(TRIAGE_SORTS, params.get('sort')) ?? 'newest',
  };
}

/**
 * The query that keeps these filters, the same for the URL and the API: only what differs
 * from no filter, always in the same order (so the same filters make the same URL).
 */
export function queryOf(filters: TriageFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status !== null) params.set('status', filters.status);
  if (filters.dimension !== null) params.set('dimension', filters.dimension);
  if (filters.goal !== null) params.set('goal', filters.goal);
  if (filters.waiting) params.set('waiting', 'true');
  if (filters.hidden) params.set('hidden', 'true');
  if (filters.q !== '') params.set('q', filters.q);
  if (filters.sort !== 'newest') params.set('sort', filters.sort);
  return params;
}

export const isFiltered = (filters: TriageFilters): boolean =>
  queryOf({ ...filters, sort: 'newest' }).toString() !== '';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since `iso`, by the phone's clock (never below zero). */
export function daysSince(iso: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / DAY_MS));
}

/** The selection after toggling one id. */
export function toggled(selection: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selection);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
