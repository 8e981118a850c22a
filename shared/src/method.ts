import type { Dimension } from './domain.js';
import type { MethodState } from './method-schemas.js';
import { DEFAULT_WALL_CYCLE } from './wall-cycle.js';

/**
 * The coaching method's steps 2 and 3 as plain rules, shared by the server and both screens:
 * the current-state analysis (forms of questions in categories, a score per category) and the
 * materiality matrix (the analysis set against where employees' interest lies). Plain values
 * only, so the apps can import them without the schema library.
 */

// ── The seven steps ─────────────────────────────────────────────────────────────────────

export const ROADMAP_STEPS = [
  'workshop',
  'analysis',
  'materiality',
  'goals',
  'implementation',
  'execution',
  'follow_up',
] as const;
export type RoadmapStepKey = (typeof ROADMAP_STEPS)[number];
export const ROADMAP_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

// ── Analysis categories (five per dimension; their texts are in analysis-categories.ts) ──

export const ANALYSIS_CATEGORIES = {
  ecological: [
    'energy_climate',
    'emissions',
    'chemicals_waste',
    'materials_circularity',
    'transport_suppliers',
  ],
  economic: [
    'strategy_followup',
    'resource_costs',
    'circular_business',
    'business_ethics',
    'innovation_improvement',
  ],
  social: [
    'health_safety',
    'equality_inclusion',
    'fair_conditions',
    'skills_development',
    'involvement_dialogue',
  ],
} as const satisfies Record<Dimension, readonly string[]>;
export type AnalysisCategoryId = (typeof ANALYSIS_CATEGORIES)[Dimension][number];

/** All fifteen categories in order (ecological, economic, social), each with its dimension. */
export const ANALYSIS_CATEGORY_LIST: readonly { id: AnalysisCategoryId; dimension: Dimension }[] = (
  Object.keys(ANALYSIS_CATEGORIES) as Dimension[]
).flatMap((dimension) => ANALYSIS_CATEGORIES[dimension].map((id) => ({ id, dimension })));

export function isAnalysisCategory(value: unknown): value is AnalysisCategoryId {
  return typeof value === 'string' && ANALYSIS_CATEGORY_LIST.some((c) => c.id === value);
}

export function categoryDimension(id: AnalysisCategoryId): Dimension {
  const found = ANALYSIS_CATEGORY_LIST.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown analysis category ${id}`);
  return found.dimension;
}

/** Text in both languages. */
export interface LocalText {
  sv: string;
  en: string;
}

// ── Answers and scores ──────────────────────────────────────────────────────────────────

/** yes/no (4/0), yes/partly/no (4/2/0), or a 0–4 maturity scale. */
export const ANSWER_TYPES = ['yes_no', 'yes_partly_no', 'maturity'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** The points each answer type allows. An answer stores its points (0–4) directly. */
export const ANSWER_POINTS: Record<AnswerType, readonly number[]> = {
  yes_no: [4, 0],
  yes_partly_no: [4, 2, 0],
  maturity: [0, 1, 2, 3, 4],
};

/** Every question can also be answered "don't know" or "not relevant". */
export const ANSWER_SKIPS = ['dont_know', 'not_relevant'] as const;
export type AnswerSkip = (typeof ANSWER_SKIPS)[number];
export type AnswerValue = number | AnswerSkip;

/** A question of the shipped bank (analysis-questions.ts); boards adapt their own copy. */
export interface BankQuestion {
  /** `<categoryId>.<slug>`, stable forever: answers and comparisons refer to it. */
  id: string;
  type: AnswerType;
  text: LocalText;
  /** One or two plain sentences: what the question means on a shop floor. */
  help: LocalText;
}

export function isValidAnswer(type: AnswerType, value: AnswerValue): boolean {
  return typeof value === 'number'
    ? ANSWER_POINTS[type].includes(value)
    : (ANSWER_SKIPS as readonly string[]).includes(value);
}

export interface CategoryTally {
  /** 0–100, rounded to a whole percent; null when no applicable question is answered. */
  percent: number | null;
  /** Questions answered with points (the ones the percent is made of). */
  scored: number;
  dontKnow: number;
  notRelevant: number;
  /** Questions of the category with no answer yet. */
  unanswered: number;
}

/**
 * A category's score: points ÷ (4 × answered applicable questions) × 100. "Not relevant" is
 * left out; "don't know" is left out but counted, so a screen can say "2 don't know".
 * `questionCount` is how many (not retired) questions the category has.
 */
export function scoreCategory(
  answers: readonly AnswerValue[],
  questionCount: number,
): CategoryTally {
  let points = 0;
  let scored = 0;
  let dontKnow = 0;
  let notRelevant = 0;
  for (const answer of answers) {
    if (answer === 'dont_know') dontKnow += 1;
    else if (answer === 'not_relevant') notRelevant += 1;
    else {
      points += Math.min(4, Math.max(0, answer));
      scored += 1;
    }
  }
  return {
    percent: scored === 0 ? null : Math.round((points / (4 * scored)) * 100),
    scored,
    dontKnow,
    notRelevant,
    unanswered: Math.max(0, questionCount - answers.length),
  };
}

/** A form's score: the mean of its categories that have one (null when none has). */
export function scoreForm(categoryPercents: readonly (number | null)[]): number | null {
  const known = categoryPercents.filter((p): p is number => p !== null);
  return known.length === 0
    ? null
    : Math.round(known.reduce((sum, p) => sum + p, 0) / known.length);
}

export type TrafficLight = 'red' | 'yellow' | 'green';
/** < 40 red, 40–69 yellow, ≥ 70 green. */
export function trafficLight(percent: number): TrafficLight {
  return percent < 40 ? 'red' : percent < 70 ? 'yellow' : 'green';
}

/** The `count` weakest scored categories, weakest first (ties keep the bank's order). */
export function weakestCategories<T extends { categoryId: string; percent: number | null }>(
  scores: readonly T[],
  count = 3,
): T[] {
  return scores
    .map((score, index) => ({ score, index }))
    .filter((entry) => entry.score.percent !== null)
    .sort((a, b) => (a.score.percent ?? 0) - (b.score.percent ?? 0) || a.index - b.index)
    .slice(0, count)
    .map((entry) => entry.score);
}

// ── Interest vote (dots) ────────────────────────────────────────────────────────────────

export const DOTS_PER_DEVICE = 5;
export const MAX_DOTS_PER_CATEGORY = 3;

/** A device's dots: category → how many (1–3). Categories without dots are left out. */
export type DotPlacement = Partial<Record<AnalysisCategoryId, number>>;

export type DotsProblem = 'unknown_category' | 'too_many_on_one' | 'too_many' | 'not_whole';

/** Why a placement is not allowed, or null when it is (fewer than five dots is fine). */
export function dotsProblem(dots: Record<string, number>): DotsProblem | null {
  let total = 0;
  for (const [category, count] of Object.entries(dots)) {
    if (!isAnalysisCategory(category)) return 'unknown_category';
    if (!Number.isInteger(count) || count < 0) return 'not_whole';
    if (count > MAX_DOTS_PER_CATEGORY) return 'too_many_on_one';
    total += count;
  }
  return total > DOTS_PER_DEVICE ? 'too_many' : null;
}

// ── Materiality matrix ──────────────────────────────────────────────────────────────────

export const MATRIX_SPLITS = ['fixed', 'median'] as const;
/** Quadrants split at 50, or at the medians of need and interest. */
export type MatrixSplit = (typeof MATRIX_SPLITS)[number];
export const QUADRANTS = ['start_here', 'quick_wins', 'build_interest', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export interface MatrixPoint {
  categoryId: AnalysisCategoryId;
  dimension: Dimension;
  /** 100 − the category's score in the latest finished analysis; null without one. */
  need: number | null;
  /** The category's dots ÷ the most-voted category's dots × 100; null without a closed vote. */
  interest: number | null;
  quadrant: Quadrant | null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0
    ? 50
    : sorted.length % 2
      ? (sorted[mid] ?? 50)
      : ((sorted[mid - 1] ?? 50) + (sorted[mid] ?? 50)) / 2;
}

/** Which quadrant a point is in; a value exactly on a split counts as high. */
export function quadrantOf(need: number, interest: number, at: { need: number; interest: number }) {
  const highNeed = need >= at.need;
  const highInterest = interest >= at.interest;
  return (
    highNeed && highInterest
      ? 'start_here'
      : highInterest
        ? 'quick_wins'
        : highNeed
          ? 'build_interest'
          : 'monitor'
  ) satisfies Quadrant;
}

/**
 * The fifteen points of the matrix. `scores` are the latest finished round's category
 * percents (absent or null: not scored), `dots` the closed vote's dots per category (null: no
 * closed vote). Need and interest are whole numbers 0–100.
 */
export function materialityPoints(
  scores: Partial<Record<AnalysisCategoryId, number | null>> | null,
  dots: Partial<Record<AnalysisCategoryId, number>> | null,
  split: MatrixSplit,
): MatrixPoint[] {
  const most = dots ? Math.max(0, ...Object.values(dots)) : 0;
  const raw = ANALYSIS_CATEGORY_LIST.map(({ id, dimension }) => {
    const score = scores?.[id];
    const need = score === undefined || score === null ? null : Math.round(100 - score);
    const interest =
      dots === null ? null : most === 0 ? 0 : Math.round(((dots[id] ?? 0) / most) * 100);
    return { categoryId: id, dimension, need, interest };
  });
  const at = matrixSplitAt(raw, split);
  return raw.map((p) => ({
    ...p,
    quadrant: p.need === null || p.interest === null ? null : quadrantOf(p.need, p.interest, at),
  }));
}

/**
 * Where the quadrant lines are: at 50, or at the medians of the needs and the interests that
 * are known (a screen draws its lines where `materialityPoints` split the points).
 */
export function matrixSplitAt(
  points: readonly { need: number | null; interest: number | null }[],
  split: MatrixSplit,
): { need: number; interest: number } {
  return split === 'median'
    ? {
        need: median(points.flatMap((p) => (p.need === null ? [] : [p.need]))),
        interest: median(points.flatMap((p) => (p.interest === null ? [] : [p.interest]))),
      }
    : { need: 50, interest: 50 };
}

/** A board's method state before anything happened (a plain value: apps import it without TypeBox). */
export const EMPTY_METHOD_STATE: MethodState = {
  wall: { view: 'cycle', until: null, cycle: DEFAULT_WALL_CYCLE },
  analysis: null,
  vote: null,
  matrix: null,
  workshop: null,
  announcements: { current: [], employees: null },
  followUp: { meeting: { live: null, slot: null }, live: null, actions: [], latest: null },
};
