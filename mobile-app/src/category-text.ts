import type { Language } from '@tavla/shared';
import { ANALYSIS_CATEGORY_TEXT } from '@tavla/shared/analysis-categories';
import type { AnalysisCategoryId } from '@tavla/shared/method';

/** A category's short name (headings, bars, matrix labels). */
export const categoryName = (language: Language, id: AnalysisCategoryId): string =>
  ANALYSIS_CATEGORY_TEXT[id].name[language];

/** A category in one plain sentence (the interest vote). */
export const categoryExplain = (language: Language, id: AnalysisCategoryId): string =>
  ANALYSIS_CATEGORY_TEXT[id].explain[language];
