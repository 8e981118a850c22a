import Type, { type Static } from 'typebox';
import { DIMENSIONS } from './domain.js';
import { DaySchema, EntityId, Timestamp } from './schema-primitives.js';
import { AnalysisCategoryIdSchema, RoadmapStepSchema } from './method-schemas.js';
import { ActionSchema } from './follow-ups.js';
import { ACTION_OUTCOMES, FOLLOW_UP_KINDS } from './follow-up-rules.js';
import { ParticipationSchema } from './analytics.js';

/**
 * The roadmap report (`GET /api/boards/:boardId/report?from&to`, leads and admins): what a lead
 * prints for management and the coach, about two A4 pages in the board's language. Every part
 * is composed from the reads the other screens use (the roadmap, the analysis scores, the kept
 * matrix, the goals with `computeProgress`, participation, the latest follow-up), so the paper
 * and the screens never disagree. Hidden suggestions and hidden follow-up notes are left out.
 *
 * The installation has no site or organisation name of its own, so the report names the board
 * (which is what a plant calls its line or team) and nothing above it.
 */

const DimensionSchema = Type.Enum(DIMENSIONS);
const GoalStatusSchema = Type.Enum(['on_track', 'at_risk', 'off_track'] as const);
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
const NullableDay = Type.Union([DaySchema, Type.Null()]);

/** A roadmap step as the roadmap shows it, with the day it was reached (null: not yet). */
export const ReportStepSchema = Type.Object({
  step: RoadmapStepSchema.properties.step,
  key: RoadmapStepSchema.properties.key,
  status: RoadmapStepSchema.properties.status,
  summary: Type.String(),
  /**
   * workshop: the first session ended; analysis: the latest round finished; materiality: the
   * matrix kept (its vote closed); goals: the first active goal activated; implementation: the
   * first announcement; execution: the first suggestion; follow_up: the latest one ended.
   */
  date: NullableDay,
});
export type ReportStep = Static<typeof ReportStepSchema>;

export const ReportAnalysisSchema = Type.Object({
  roundId: EntityId,
  name: Type.String(),
  finishedAt: Timestamp,
  previousName: Type.Union([Type.String(), Type.Null()]),
  /** Each form's score (the mean of its categories), for the radars' captions. */
  forms: Type.Array(
    Type.Object({
      dimension: DimensionSchema,
      percent: Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()]),
    }),
  ),
  /** The fifteen category scores in bank order, with the previous round's. */
  scores: Type.Array(
    Type.Object({
      categoryId: AnalysisCategoryIdSchema,
      dimension: DimensionSchema,
      percent: Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()]),
      previousPercent: Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()]),
    }),
  ),
});
export type ReportAnalysis = Static<typeof ReportAnalysisSchema>;

export const ReportMatrixSchema = Type.Object({
  /** When its interest vote closed. */
  keptAt: Timestamp,
  voters: Type.Integer({ minimum: 0 }),
  /** The categories in the "start here" quadrant, in bank order. */
  startHere: Type.Array(AnalysisCategoryIdSchema),
  /** Goals (not archived) drafted from this matrix, and the category each came from. */
  chosen: Type.Array(
    Type.Object({ goalId: EntityId, title: Type.String(), categoryId: AnalysisCategoryIdSchema }),
  ),
});
export type ReportMatrix = Static<typeof ReportMatrixSchema>;

/** An active goal in SMART form, with its measurements in the period for the trend chart. */
export const ReportGoalSchema = Type.Object({
  id: EntityId,
  title: Type.String(),
  dimension: DimensionSchema,
  metric: Type.String(),
  unit: Type.String(),
  baselineValue: NullableNumber,
  baselineDate: NullableDay,
  targetValue: NullableNumber,
  deadline: NullableDay,
  responsible: Type.String(),
  /** The latest measurement ever (not only in the period). */
  latest: Type.Union([Type.Object({ value: Type.Number(), date: DaySchema }), Type.Null()]),
  /** From `computeProgress` (null while the goal lacks numbers to measure it by). */
  percent: Type.Union([Type.Number(), Type.Null()]),
  status: Type.Union([GoalStatusSchema, Type.Null()]),
  /** Measured in the period, oldest first. */
  measurements: Type.Array(Type.Object({ date: DaySchema, value: Type.Number() })),
});
export type ReportGoal = Static<typeof ReportGoalSchema>;

export const ReportSuggestionsSchema = Type.Object({
  /** Suggestions that reached done in the period. */
  done: Type.Integer({ minimum: 0 }),
  byDimension: Type.Array(
    Type.Object({ dimension: DimensionSchema, done: Type.Integer({ minimum: 0 }) }),
  ),
  /** The done ones with the most "me too", at most REPORT_HIGHLIGHTS. */
  highlights: Type.Array(
    Type.Object({
      id: EntityId,
      text: Type.String(),
      dimension: DimensionSchema,
      votes: Type.Integer({ minimum: 0 }),
      doneAt: Timestamp,
      thumbUrl: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});
export type ReportSuggestions = Static<typeof ReportSuggestionsSchema>;

const ReportNoteSchema = Type.Object({
  text: Type.String(),
  votes: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
});

/** The latest ended follow-up (hidden notes left out). */
export const ReportFollowUpSchema = Type.Object({
  id: EntityId,
  kind: Type.Enum(FOLLOW_UP_KINDS),
  endedAt: Timestamp,
  wentWell: Type.Array(ReportNoteSchema),
  doBetter: Type.Array(ReportNoteSchema),
  /** Actions carried over to it and how it judged them. */
  carried: Type.Array(
    Type.Object({
      text: Type.String(),
      owner: Type.String(),
      outcome: Type.Union([Type.Enum(ACTION_OUTCOMES), Type.Null()]),
    }),
  ),
  /** The actions it decided. */
  actions: Type.Array(ActionSchema),
  learning: Type.Union([Type.String(), Type.Null()]),
});
export type ReportFollowUp = Static<typeof ReportFollowUpSchema>;

export const ReportSchema = Type.Object({
  boardId: EntityId,
  board: Type.Object({ name: Type.String(), language: Type.Enum(['sv', 'en'] as const) }),
  from: DaySchema,
  to: DaySchema,
  generatedAt: Timestamp,
  steps: Type.Array(ReportStepSchema),
  analysis: Type.Union([ReportAnalysisSchema, Type.Null()]),
  matrix: Type.Union([ReportMatrixSchema, Type.Null()]),
  goals: Type.Array(ReportGoalSchema),
  suggestions: ReportSuggestionsSchema,
  participation: Type.Object({ period: ParticipationSchema, quarter: ParticipationSchema }),
  followUp: Type.Union([ReportFollowUpSchema, Type.Null()]),
  nextFollowUp: NullableDay,
});
export type Report = Static<typeof ReportSchema>;

/** How many done suggestions the report highlights. */
export const REPORT_HIGHLIGHTS = 4;
/** How many notes of each kind the report prints (the most voted). */
export const REPORT_NOTES_PER_KIND = 5;
/** The longest period a report covers (days), and the default (the last 12 months). */
export const REPORT_MAX_DAYS = 3 * 366;
