import type { Dimension } from '@tavla/shared';
import { DIMENSIONS, LIMITS } from '@tavla/shared/domain';
import { isAnalysisCategory, type AnalysisCategoryId } from '@tavla/shared/method';

/** What a link to the new-goal form may fill in (from the results or the matrix). */
export interface GoalPrefill {
  dimension: Dimension | null;
  focusArea: string;
  /** A goal drafted from a matrix point remembers its vote and category. */
  origin: { voteId: string; categoryId: AnalysisCategoryId } | null;
}

const ENTITY_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** Reads `?dimension=…&focusArea=…&voteId=…&categoryId=…`; anything invalid is left out. */
export function goalPrefill(search: string): GoalPrefill {
  const query = new URLSearchParams(search);
  const dimension = query.get('dimension');
  const voteId = query.get('voteId');
  const categoryId = query.get('categoryId');
  return {
    dimension: DIMENSIONS.find((d) => d === dimension) ?? null,
    focusArea: (query.get('focusArea') ?? '').trim().slice(0, LIMITS.goalShortTextMax),
    origin:
      voteId !== null && ENTITY_ID.test(voteId) && isAnalysisCategory(categoryId)
        ? { voteId, categoryId }
        : null,
  };
}

/** The path of the new-goal form with these filled in. */
export function goalDraftPath(
  boardId: string,
  fill: { dimension: Dimension; focusArea: string; voteId?: string; categoryId?: string },
): string {
  const query = new URLSearchParams({ dimension: fill.dimension, focusArea: fill.focusArea });
  if (fill.voteId && fill.categoryId) {
    query.set('voteId', fill.voteId);
    query.set('categoryId', fill.categoryId);
  }
  return `/m/b/${encodeURIComponent(boardId)}/goals/new?${query.toString()}`;
}
