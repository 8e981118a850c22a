import type { AnalysisRound, CategoryScore } from '@tavla/shared';
import { ANALYSIS_CATEGORY_LIST, type AnalysisCategoryId } from '@tavla/shared/method';

/** The fifteen categories in the order the form walks them (ecological, economic, social). */
export const CATEGORY_ORDER: readonly AnalysisCategoryId[] = ANALYSIS_CATEGORY_LIST.map(
  (c) => c.id,
);

/**
 * Where to continue a round: the first category (in form order) that still has unanswered
 * questions, else the last one (where "finish round" is).
 */
export function resumeCategory(scores: readonly CategoryScore[]): AnalysisCategoryId {
  const open = new Set(scores.filter((s) => s.unanswered > 0).map((s) => s.categoryId));
  return (
    CATEGORY_ORDER.find((id) => open.has(id)) ??
    CATEGORY_ORDER[CATEGORY_ORDER.length - 1] ??
    'energy_climate'
  );
}

/** The category before and after this one (null at either end). */
export function neighbours(id: AnalysisCategoryId): {
  index: number;
  previous: AnalysisCategoryId | null;
  next: AnalysisCategoryId | null;
} {
  const index = CATEGORY_ORDER.indexOf(id);
  return {
    index,
    previous: CATEGORY_ORDER[index - 1] ?? null,
    next: index < 0 ? null : (CATEGORY_ORDER[index + 1] ?? null),
  };
}

/** Answered and all questions of a round (over its three forms). */
export function roundProgress(round: AnalysisRound): { answered: number; questions: number } {
  return round.forms.reduce(
    (sum, form) => ({
      answered: sum.answered + form.answered,
      questions: sum.questions + form.questions,
    }),
    { answered: 0, questions: 0 },
  );
}

/** The categories that still have unanswered questions, with how many, in form order. */
export function unansweredCategories(
  scores: readonly CategoryScore[],
): { categoryId: AnalysisCategoryId; unanswered: number }[] {
  return CATEGORY_ORDER.flatMap((id) => {
    const score = scores.find((s) => s.categoryId === id);
    return score && score.unanswered > 0 ? [{ categoryId: id, unanswered: score.unanswered }] : [];
  });
}

/** "Nulägesanalys 2027": the name a new round starts with. */
export const defaultRoundName = (prefix: string, now: Date): string =>
  `${prefix} ${now.getFullYear()}`;
