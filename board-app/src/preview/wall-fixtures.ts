import type { BoardSnapshot, Language } from '@tavla/shared';
import { DEFAULT_WALL_CYCLE } from '@tavla/shared/wall-cycle';
import { EMPTY_METHOD_STATE } from '@tavla/shared/method';
import { isLiveScene } from '../wall-scene.js';
import {
  previewAnnouncements,
  previewGoals,
  previewSuggestions,
  previewWorkshop,
  type PreviewActivity,
} from './wall-fixtures-board.js';
import {
  ANALYSIS_CATEGORY_LIST,
  materialityPoints,
  type AnalysisCategoryId,
  type MatrixSplit,
} from '@tavla/shared/method';
import type { CategoryScore, MethodState } from '@tavla/shared/method-schemas';
import type { WallScene } from '../wall-scene.js';
import { previewFollowUpState, type PreviewStep } from './wall-fixtures-follow-up.js';

/**
 * Realistic method data for looking at the wall's scenes without a server (the preview page
 * and the readability test): fifteen categories scored in two rounds, a closed vote of 65
 * devices, and variants for the awkward cases.
 */

export const PREVIEW_VARIANTS = [
  'default',
  'nulls',
  'median',
  'dense',
  'first',
  'missing',
  'one',
  'many',
  /** Announcements without the board's number of employees ("27 devices"). */
  'noEmployees',
  /** A board with nothing on it: no suggestions, goals or announcements. */
  'empty',
] as const;
export type PreviewVariant = (typeof PREVIEW_VARIANTS)[number];

type Scores = Record<AnalysisCategoryId, number | null>;

const NOW_SCORES: Scores = {
  energy_climate: 45,
  emissions: 70,
  chemicals_waste: 25,
  materials_circularity: 55,
  transport_suppliers: 100,
  strategy_followup: 80,
  resource_costs: 38,
  circular_business: 12,
  business_ethics: 90,
  innovation_improvement: 60,
  health_safety: 85,
  equality_inclusion: 50,
  fair_conditions: 72,
  skills_development: 30,
  involvement_dialogue: 44,
};
const BEFORE_SCORES: Scores = {
  energy_climate: 30,
  emissions: 60,
  chemicals_waste: 35,
  materials_circularity: 40,
  transport_suppliers: 75,
  strategy_followup: 50,
  resource_costs: 25,
  circular_business: 0,
  business_ethics: 88,
  innovation_improvement: 45,
  health_safety: 90,
  equality_inclusion: 38,
  fair_conditions: 70,
  skills_development: 20,
  involvement_dialogue: 25,
};
const DOTS: Record<AnalysisCategoryId, number> = {
  energy_climate: 40,
  emissions: 10,
  chemicals_waste: 28,
  materials_circularity: 35,
  transport_suppliers: 5,
  strategy_followup: 12,
  resource_costs: 30,
  circular_business: 8,
  business_ethics: 3,
  innovation_improvement: 22,
  health_safety: 38,
  equality_inclusion: 9,
  fair_conditions: 25,
  skills_development: 33,
  involvement_dialogue: 27,
};

function scoresOf(now: Scores, before: Scores | null): CategoryScore[] {
  return ANALYSIS_CATEGORY_LIST.map(({ id, dimension }) => ({
    categoryId: id,
    dimension,
    percent: now[id],
    scored: now[id] === null ? 0 : 4,
    dontKnow: now[id] === null ? 2 : 0,
    notRelevant: now[id] === null ? 2 : 0,
    unanswered: 0,
    previousPercent: before ? before[id] : null,
  }));
}

function matrixOf(
  now: Scores,
  dots: Record<AnalysisCategoryId, number>,
  split: MatrixSplit,
): NonNullable<MethodState['matrix']> {
  const total = Object.values(dots).reduce((sum, n) => sum + n, 0);
  return {
    split,
    points: materialityPoints(now, dots, split),
    voteId: 'vote-0001',
    roundId: 'round-0002',
    dots: total,
    voters: Math.ceil(total / 5),
  };
}

/**
 * A board snapshot whose method state puts `scene` on the wall at `now`: 40 suggestions with
 * long texts and names, 5 goals with large values, three announcements, and for the workshop
 * the live session on `activity`.
 */
export function previewSnapshot(
  scene: WallScene,
  language: Language,
  variant: PreviewVariant,
  now: Date,
  activity: PreviewActivity = 'poll',
  step: PreviewStep = 'write',
): BoardSnapshot {
  const until = new Date(now.getTime() + 15 * 60_000).toISOString();
  const earlier = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
  let scores = NOW_SCORES;
  let before: Scores | null = BEFORE_SCORES;
  let dots = DOTS;
  if (variant === 'nulls') {
    scores = { ...NOW_SCORES, emissions: null, skills_development: null, circular_business: null };
    before = { ...BEFORE_SCORES, materials_circularity: null, health_safety: null };
  }
  if (variant === 'first') before = null;
  if (variant === 'dense') {
    // Everything bunched in the middle: the label placement's hard case.
    scores = Object.fromEntries(
      ANALYSIS_CATEGORY_LIST.map(({ id }, i) => [id, 44 + (i % 5) * 3]),
    ) as Scores;
    dots = Object.fromEntries(
      ANALYSIS_CATEGORY_LIST.map(({ id }, i) => [id, 20 + Math.floor(i / 5) * 2 + (i % 3)]),
    ) as Record<AnalysisCategoryId, number>;
  }
  const voters = variant === 'one' ? 1 : variant === 'many' ? 1234 : 12;
  const openVote: MethodState['vote'] = {
    id: 'vote-0002',
    status: 'open',
    voters,
    openedAt: earlier(4),
    closedAt: null,
  };
  const closedVote: MethodState['vote'] = {
    id: 'vote-0001',
    status: 'closed',
    voters: 65,
    openedAt: earlier(60),
    closedAt: earlier(40),
  };
  const missing = variant === 'missing';
  const method: MethodState = {
    wall: {
      view: isLiveScene(scene) ? 'cycle' : scene,
      until,
      cycle: DEFAULT_WALL_CYCLE,
    },
    analysis: missing
      ? null
      : {
          roundId: 'round-0002',
          name: language === 'sv' ? 'Nulägesanalys 2027' : 'Current-state analysis 2027',
          finishedAt: earlier(24 * 60),
          previousName: before
            ? language === 'sv'
              ? 'Nulägesanalys 2026'
              : 'Current-state analysis 2026'
            : null,
          scores: scoresOf(scores, before),
        },
    vote:
      scene === 'vote' || (scene === 'workshop' && activity === 'interest_vote')
        ? openVote
        : missing
          ? null
          : closedVote,
    matrix: missing ? null : matrixOf(scores, dots, variant === 'median' ? 'median' : 'fixed'),
    workshop: scene === 'workshop' ? previewWorkshop(activity, language, now) : null,
    announcements: {
      current: variant === 'empty' ? [] : previewAnnouncements(language, now),
      employees: variant === 'noEmployees' ? null : 40,
    },
    followUp:
      scene === 'follow_up' || scene === 'follow_up_live' || scene === 'meeting'
        ? previewFollowUpState(scene, language, variant, now, step)
        : EMPTY_METHOD_STATE.followUp,
  };
  const empty = variant === 'empty';
  return {
    board: {
      id: 'board-0001',
      name: language === 'sv' ? 'Monteringen, linje 2' : 'Assembly, line 2',
      language,
    },
    seq: 42,
    suggestions: empty ? [] : previewSuggestions(language, now),
    goals: empty ? [] : previewGoals(language, now),
    joinUrl: 'http://192.168.1.20:8080/join/8f3kQ2v9XyZp4LmN7tR1sW',
    method,
  };
}
