import { describe, expect, it } from 'vitest';
import {
  ANALYSIS_CATEGORY_LIST,
  dotsProblem,
  materialityPoints,
  matrixSplitAt,
  quadrantOf,
  scoreCategory,
  scoreForm,
  trafficLight,
  weakestCategories,
} from './method.js';

describe('analysis scores', () => {
  it('scores points ÷ (4 × answered applicable) and counts the skips', () => {
    expect(scoreCategory([4, 2, 'dont_know', 'not_relevant'], 4)).toEqual({
      percent: 75,
      scored: 2,
      dontKnow: 1,
      notRelevant: 1,
      unanswered: 0,
    });
    expect(scoreCategory(['not_relevant'], 4)).toMatchObject({ percent: null, unanswered: 3 });
  });
  it('averages a form over the categories that have a score', () => {
    expect(scoreForm([25, null, 75])).toBe(50);
    expect(scoreForm([null])).toBeNull();
  });
  it('lights red below 40, yellow to 69, green from 70', () => {
    expect([0, 39, 40, 69, 70, 100].map(trafficLight)).toEqual([
      'red',
      'red',
      'yellow',
      'yellow',
      'green',
      'green',
    ]);
  });
  it('names the weakest scored categories first', () => {
    const scores = [
      { categoryId: 'a', percent: 50 },
      { categoryId: 'b', percent: null },
      { categoryId: 'c', percent: 10 },
      { categoryId: 'd', percent: 50 },
    ];
    expect(weakestCategories(scores, 3).map((s) => s.categoryId)).toEqual(['c', 'a', 'd']);
  });
});

describe('dots', () => {
  it('allows up to five dots, at most three on one category', () => {
    expect(dotsProblem({ energy_climate: 3, health_safety: 2 })).toBeNull();
    expect(dotsProblem({ energy_climate: 4 })).toBe('too_many_on_one');
    expect(dotsProblem({ energy_climate: 3, health_safety: 3 })).toBe('too_many');
    expect(dotsProblem({ nowhere: 1 })).toBe('unknown_category');
    expect(dotsProblem({ emissions: 1.5 })).toBe('not_whole');
  });
});

describe('the materiality matrix', () => {
  it('places need = 100 − score and interest relative to the most-voted category', () => {
    const points = materialityPoints(
      { energy_climate: 20, emissions: 90, health_safety: 30 },
      { energy_climate: 10, emissions: 8, health_safety: 2 },
      'fixed',
    );
    const by = (id: string) => points.find((p) => p.categoryId === id);
    expect(points).toHaveLength(ANALYSIS_CATEGORY_LIST.length);
    expect(by('energy_climate')).toMatchObject({ need: 80, interest: 100, quadrant: 'start_here' });
    expect(by('emissions')).toMatchObject({ need: 10, interest: 80, quadrant: 'quick_wins' });
    expect(by('health_safety')).toMatchObject({
      need: 70,
      interest: 20,
      quadrant: 'build_interest',
    });
    // Not scored in the analysis: no need, no quadrant.
    expect(by('chemicals_waste')).toMatchObject({ need: null, interest: 0, quadrant: null });
  });
  it('leaves need, interest and quadrant null without a round or a closed vote', () => {
    for (const point of materialityPoints(null, null, 'fixed')) {
      expect(point).toMatchObject({ need: null, interest: null, quadrant: null });
    }
  });
  it('splits at 50, or at the medians of the known values, where the quadrants are cut', () => {
    const points = [
      { need: 10, interest: 0 },
      { need: 30, interest: 40 },
      { need: null, interest: 90 },
      { need: 70, interest: 100 },
    ];
    expect(matrixSplitAt(points, 'fixed')).toEqual({ need: 50, interest: 50 });
    expect(matrixSplitAt(points, 'median')).toEqual({ need: 30, interest: 65 });
    expect(matrixSplitAt([], 'median')).toEqual({ need: 50, interest: 50 });
    const scores = { energy_climate: 20, emissions: 90, health_safety: 30, skills_development: 60 };
    const dots = { energy_climate: 10, emissions: 8, health_safety: 2 };
    const placed = materialityPoints(scores, dots, 'median');
    const at = matrixSplitAt(placed, 'median');
    for (const p of placed) {
      if (p.need !== null && p.interest !== null)
        expect(p.quadrant).toBe(quadrantOf(p.need, p.interest, at));
    }
  });
});
