import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dimension } from './domain.js';
import {
  ANALYSIS_CATEGORY_LIST,
  ANSWER_POINTS,
  ANSWER_SKIPS,
  ANSWER_TYPES,
  materialityPoints,
  scoreCategory,
  scoreForm,
} from './method.js';
import type {
  AnalysisCategoryId,
  AnswerType,
  AnswerValue,
  MatrixSplit,
  Quadrant,
} from './method.js';

/**
 * Properties of the analysis scores and the materiality matrix (method.ts), over generated
 * answers, votes and rounds. Each was checked to fail against a plausible bug in the function
 * it covers (see the comment above each block).
 */

// ── Generators ──────────────────────────────────────────────────────────────────────────

interface Answered {
  type: AnswerType;
  value: AnswerValue;
}

/** One question of a given type answered with something its type allows, or skipped. */
const answerOf = (type: AnswerType) =>
  fc.oneof(fc.constantFrom(...ANSWER_POINTS[type]), fc.constantFrom(...ANSWER_SKIPS));
const answered: fc.Arbitrary<Answered> = fc
  .constantFrom(...ANSWER_TYPES)
  .chain((type) => answerOf(type).map((value) => ({ type, value })));
/** A category's answers (a category has four questions, but boards may add some). */
const categoryAnswers = fc.array(answered, { maxLength: 8 });
/** A whole analysis round: the answers of each of the fifteen categories, in list order. */
const analysis = fc.array(categoryAnswers, {
  minLength: ANALYSIS_CATEGORY_LIST.length,
  maxLength: ANALYSIS_CATEGORY_LIST.length,
});
const categoryIndex = fc.nat({ max: ANALYSIS_CATEGORY_LIST.length - 1 });
const percentOrNull = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });

/** Scores a round the way the server does: each category, then each dimension's form. */
function scoreAnalysis(round: readonly (readonly Answered[])[]) {
  const categories = ANALYSIS_CATEGORY_LIST.map((_, i) => {
    const answers = round[i] ?? [];
    return scoreCategory(
      answers.map((a) => a.value),
      answers.length,
    );
  });
  const forms = formsOf(categories.map((c) => c.percent));
  return { categories, forms };
}

function formsOf(percents: readonly (number | null)[]): Record<Dimension, number | null> {
  const form = (dimension: Dimension) =>
    scoreForm(percents.filter((_, i) => ANALYSIS_CATEGORY_LIST[i]?.dimension === dimension));
  return { ecological: form('ecological'), economic: form('economic'), social: form('social') };
}

function isPercent(value: number | null): boolean {
  return value === null || (Number.isInteger(value) && value >= 0 && value <= 100);
}

// ── Category scores ─────────────────────────────────────────────────────────────────────

describe('a category score', () => {
  // Fails if the rounding is dropped (8 points of 12: 66.67 %).
  it('is always null or a whole percent 0–100', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom(...ANSWER_SKIPS))),
        fc.nat({ max: 12 }),
        (answers, questionCount) => {
          const tally = scoreCategory(answers, questionCount);
          expect(isPercent(tally.percent)).toBe(true);
          // Null exactly when nothing applicable was answered with points.
          expect(tally.percent === null).toBe(tally.scored === 0);
          expect(tally.scored + tally.dontKnow + tally.notRelevant).toBe(answers.length);
          expect(tally.unanswered).toBe(Math.max(0, questionCount - answers.length));
        },
      ),
    );
  });

  // Fails if, e.g., only answers above 0 count in the denominator: [4, 0] would be 100 %, and
  // raising the 0 to "partly" would drop it to 75 %.
  it('never drops when one answer is raised within its type', () => {
    fc.assert(
      fc.property(
        fc
          .array(answered, { minLength: 1, maxLength: 8 })
          .chain((answers) =>
            fc.tuple(fc.constant(answers), fc.nat({ max: answers.length - 1 }), fc.nat()),
          ),
        ([answers, index, pick]) => {
          const raised = answers[index];
          if (raised === undefined || typeof raised.value !== 'number') return;
          const current = raised.value;
          const higher = ANSWER_POINTS[raised.type].filter((p) => p > current);
          const to = higher[pick % Math.max(1, higher.length)];
          if (to === undefined) return;
          const before = scoreCategory(
            answers.map((a) => a.value),
            answers.length,
          );
          const after = scoreCategory(
            answers.map((a, i) => (i === index ? to : a.value)),
            answers.length,
          );
          expect(before.percent).not.toBeNull();
          expect(after.percent ?? -1).toBeGreaterThanOrEqual(before.percent ?? 101);
        },
      ),
    );
  });

  // Fails if "not relevant" counts as 0 points or in the denominator.
  it('ignores a "not relevant" answer, apart from counting it', () => {
    fc.assert(
      fc.property(categoryAnswers, fc.nat(), (answers, at) => {
        const values = answers.map((a) => a.value);
        const withNotRelevant = [...values];
        withNotRelevant.splice(at % (values.length + 1), 0, 'not_relevant');
        const before = scoreCategory(values, values.length + 1);
        const after = scoreCategory(withNotRelevant, values.length + 1);
        expect(after).toEqual({
          ...before,
          notRelevant: before.notRelevant + 1,
          unanswered: before.unanswered - 1,
        });
      }),
    );
  });
});

// ── Across categories and forms ─────────────────────────────────────────────────────────

describe('a round of three forms', () => {
  // Fails if scoring keeps state between calls (e.g. the tallies hoisted out of
  // scoreCategory), so that one category's answers leak into another's score.
  it('changes no other category or form when a "not relevant" answer is added or changed', () => {
    fc.assert(
      fc.property(
        analysis,
        categoryIndex,
        fc.nat(),
        fc.boolean(),
        fc.nat(),
        (round, k, at, toNotRelevant, pick) => {
          const answers = round[k] ?? [];
          const position = at % (answers.length + 1);
          const existing = answers[position];
          // Append a "not relevant", turn an answer into one, or turn one into something else.
          const type = existing?.type ?? 'yes_partly_no';
          const allowed: readonly AnswerValue[] = [...ANSWER_POINTS[type], 'dont_know'];
          const value: AnswerValue =
            toNotRelevant || existing === undefined
              ? 'not_relevant'
              : existing.value === 'not_relevant'
                ? (allowed[pick % allowed.length] ?? 0)
                : 'not_relevant';
          const changed = [...answers];
          changed[position] = { type, value };
          const after = round.map((a, i) => (i === k ? changed : a));

          const scoredBefore = scoreAnalysis(round);
          const scoredAfter = scoreAnalysis(after);
          scoredBefore.categories.forEach((tally, i) => {
            if (i !== k) expect(scoredAfter.categories[i]).toEqual(tally);
          });
          const own = ANALYSIS_CATEGORY_LIST[k]?.dimension;
          for (const dimension of ['ecological', 'economic', 'social'] as const) {
            if (dimension !== own) {
              expect(scoredAfter.forms[dimension]).toBe(scoredBefore.forms[dimension]);
            }
          }
          // Its own form moves only by that category's new score.
          const percents = scoredBefore.categories.map((c) => c.percent);
          percents[k] = scoredAfter.categories[k]?.percent ?? null;
          if (own) expect(scoredAfter.forms[own]).toBe(formsOf(percents)[own]);
        },
      ),
    );
  });

  // Fails if the form divides by every category, counting unscored ones as 0.
  it('scores a form between its lowest and highest category', () => {
    fc.assert(
      fc.property(fc.array(percentOrNull, { maxLength: 8 }), (percents) => {
        const form = scoreForm(percents);
        const known = percents.filter((p): p is number => p !== null);
        expect(isPercent(form)).toBe(true);
        if (known.length === 0) expect(form).toBeNull();
        else {
          expect(form).toBeGreaterThanOrEqual(Math.min(...known));
          expect(form).toBeLessThanOrEqual(Math.max(...known));
        }
      }),
    );
  });

  // Fails like the category's rule above (a denominator of only the answers above 0).
  it('never lowers a form when one answer is raised', () => {
    fc.assert(
      fc.property(analysis, categoryIndex, fc.nat(), fc.nat(), (round, k, at, pick) => {
        const answers = round[k] ?? [];
        const index = answers.findIndex(
          (a, i) => i >= at % Math.max(1, answers.length) && typeof a.value === 'number',
        );
        const target = answers[index];
        if (target === undefined || typeof target.value !== 'number') return;
        const current = target.value;
        const higher = ANSWER_POINTS[target.type].filter((p) => p > current);
        const to = higher[pick % Math.max(1, higher.length)];
        if (to === undefined) return;
        const after = round.map((a, i) =>
          i === k ? a.map((q, j) => (j === index ? { ...q, value: to } : q)) : a,
        );
        const dimension = ANALYSIS_CATEGORY_LIST[k]?.dimension ?? 'ecological';
        const before = scoreAnalysis(round).forms[dimension] ?? 101;
        expect(scoreAnalysis(after).forms[dimension] ?? -1).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});

// ── The materiality matrix ──────────────────────────────────────────────────────────────

type Scores = Partial<Record<AnalysisCategoryId, number | null>>;
type Dots = Partial<Record<AnalysisCategoryId, number>>;

/** Latest round's percents: absent, null (not scored), or a percent (whole or not). */
const scoresArb: fc.Arbitrary<Scores | null> = fc.option(
  fc
    .array(
      fc.oneof(
        fc.constant(undefined),
        fc.constant(null),
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
      ),
      { minLength: ANALYSIS_CATEGORY_LIST.length, maxLength: ANALYSIS_CATEGORY_LIST.length },
    )
    .map((values) => {
      const scores: Scores = {};
      ANALYSIS_CATEGORY_LIST.forEach(({ id }, i) => {
        const value = values[i];
        if (value !== undefined) scores[id] = value;
      });
      return scores;
    }),
  { nil: null },
);
/** A closed vote's dots per category: small counts (ties, exact halves) and big ones. */
const dotsArb: fc.Arbitrary<Dots | null> = fc.option(
  fc
    .array(fc.option(fc.oneof(fc.nat({ max: 6 }), fc.nat({ max: 5000 })), { nil: undefined }), {
      minLength: ANALYSIS_CATEGORY_LIST.length,
      maxLength: ANALYSIS_CATEGORY_LIST.length,
    })
    .map((values) => {
      const dots: Dots = {};
      ANALYSIS_CATEGORY_LIST.forEach(({ id }, i) => {
        const value = values[i];
        if (value !== undefined) dots[id] = value;
      });
      return dots;
    }),
  { nil: null },
);
const splitArb = fc.constantFrom<MatrixSplit>('fixed', 'median');

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return 50;
  const upper = sorted[Math.floor(n / 2)] ?? 50;
  return n % 2 === 1 ? upper : ((sorted[n / 2 - 1] ?? 50) + upper) / 2;
}

/** The quadrant by its meaning; a value on the split counts as high. */
function expectedQuadrant(highNeed: boolean, highInterest: boolean): Quadrant {
  if (highNeed) return highInterest ? 'start_here' : 'build_interest';
  return highInterest ? 'quick_wins' : 'monitor';
}

describe('the materiality matrix', () => {
  // Fails if need forgets "100 −", if interest is taken of the total instead of the
  // most-voted category (or not rounded), or if a point without a score gets a quadrant.
  it('gives need and interest as null or whole numbers 0–100 that follow the score and dots', () => {
    fc.assert(
      fc.property(scoresArb, dotsArb, splitArb, (scores, dots, split) => {
        const points = materialityPoints(scores, dots, split);
        expect(points.map((p) => p.categoryId)).toEqual(ANALYSIS_CATEGORY_LIST.map((c) => c.id));
        const most = Math.max(0, ...Object.values(dots ?? {}));
        for (const point of points) {
          expect(isPercent(point.need)).toBe(true);
          expect(isPercent(point.interest)).toBe(true);
          const score = scores?.[point.categoryId];
          if (score === undefined || score === null) expect(point.need).toBeNull();
          else expect(point.need).toBe(Math.round(100 - score));
          if (dots === null) expect(point.interest).toBeNull();
          else {
            const own = dots[point.categoryId] ?? 0;
            if (own === 0) expect(point.interest).toBe(0);
            if (own === most && most > 0) expect(point.interest).toBe(100);
          }
          expect(point.quadrant === null).toBe(point.need === null || point.interest === null);
        }
        // More dots never means less interest.
        if (dots) {
          for (const a of points) {
            for (const b of points) {
              if ((dots[a.categoryId] ?? 0) <= (dots[b.categoryId] ?? 0)) {
                expect(a.interest ?? 0).toBeLessThanOrEqual(b.interest ?? 0);
              }
            }
          }
        }
      }),
    );
  });

  // Fails if two quadrants are swapped, if a value on the split counts as low, or if the
  // median split uses the mean.
  it('puts each point in the quadrant its need and interest give at the chosen split', () => {
    fc.assert(
      fc.property(scoresArb, dotsArb, splitArb, (scores, dots, split) => {
        const points = materialityPoints(scores, dots, split);
        const needs = points.flatMap((p) => (p.need === null ? [] : [p.need]));
        const interests = points.flatMap((p) => (p.interest === null ? [] : [p.interest]));
        const at =
          split === 'fixed'
            ? { need: 50, interest: 50 }
            : { need: medianOf(needs), interest: medianOf(interests) };
        const placed = points.filter((p) => p.need !== null && p.interest !== null);
        for (const point of placed) {
          const { need, interest } = point;
          if (need === null || interest === null) continue;
          expect(point.quadrant).toBe(expectedQuadrant(need >= at.need, interest >= at.interest));
        }
        if (split === 'median' && placed.length > 0 && needs.length === placed.length) {
          // A median split puts at least half of the points on the high side of each axis.
          const high = (q: Quadrant | null, side: readonly Quadrant[]) =>
            q !== null && side.includes(q);
          const highNeed = placed.filter((p) => high(p.quadrant, ['start_here', 'build_interest']));
          const highInterest = placed.filter((p) => high(p.quadrant, ['start_here', 'quick_wins']));
          expect(highNeed.length * 2).toBeGreaterThanOrEqual(placed.length);
          if (interests.length === placed.length) {
            expect(highInterest.length * 2).toBeGreaterThanOrEqual(placed.length);
          }
        }
      }),
    );
  });
});
