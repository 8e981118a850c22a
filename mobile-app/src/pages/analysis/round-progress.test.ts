import { describe, expect, it } from 'vitest';
import type { AnalysisRound, CategoryScore } from '@tavla/shared';
import { ANALYSIS_CATEGORY_LIST } from '@tavla/shared/method';
import {
  CATEGORY_ORDER,
  defaultRoundName,
  neighbours,
  resumeCategory,
  roundProgress,
  unansweredCategories,
} from './round-progress.js';

/** Every category with four questions, `answered` of them answered. */
const scores = (answered: (id: string) => number): CategoryScore[] =>
  ANALYSIS_CATEGORY_LIST.map(({ id, dimension }) => ({
    categoryId: id,
    dimension,
    percent: null,
    scored: answered(id),
    dontKnow: 0,
    notRelevant: 0,
    unanswered: 4 - answered(id),
    previousPercent: null,
  }));

describe('resuming a round', () => {
  it('starts a fresh round at the first category', () => {
    expect(resumeCategory(scores(() => 0))).toBe('energy_climate');
  });

  it('opens at the first category, in form order, that has unanswered questions', () => {
    const done = new Set(CATEGORY_ORDER.slice(0, 6));
    expect(resumeCategory(scores((id) => (done.has(id as never) ? 4 : 0)))).toBe(CATEGORY_ORDER[6]);
    // A gap earlier on wins over later progress.
    expect(resumeCategory(scores((id) => (id === 'emissions' ? 2 : 4)))).toBe('emissions');
  });

  it('opens at the last category (where "finish round" is) when all are answered', () => {
    expect(resumeCategory(scores(() => 4))).toBe('involvement_dialogue');
  });

  it('lists what is unanswered, in form order, with how many', () => {
    const left = unansweredCategories(
      scores((id) => (id === 'health_safety' ? 1 : id === 'emissions' ? 3 : 4)),
    );
    expect(left).toEqual([
      { categoryId: 'emissions', unanswered: 1 },
      { categoryId: 'health_safety', unanswered: 3 },
    ]);
  });
});

describe('moving between categories', () => {
  it('walks all fifteen in order, with no step beyond either end', () => {
    expect(CATEGORY_ORDER).toHaveLength(15);
    expect(neighbours('energy_climate')).toEqual({
      index: 0,
      previous: null,
      next: 'emissions',
    });
    expect(neighbours('transport_suppliers').next).toBe('strategy_followup');
    expect(neighbours('involvement_dialogue')).toMatchObject({ index: 14, next: null });
  });
});

describe('a round', () => {
  it('counts answered and all questions over its three forms', () => {
    const round = {
      forms: [
        { dimension: 'ecological', percent: null, answered: 20, questions: 20 },
        { dimension: 'economic', percent: null, answered: 3, questions: 20 },
        { dimension: 'social', percent: null, answered: 0, questions: 21 },
      ],
    } as AnalysisRound;
    expect(roundProgress(round)).toEqual({ answered: 23, questions: 61 });
  });

  it('is named after the year by default', () => {
    expect(defaultRoundName('Nulägesanalys', new Date(2027, 0, 2))).toBe('Nulägesanalys 2027');
  });
});
