import Type, { type Static } from 'typebox';
import { DIMENSIONS } from './domain.js';
import {
  ANALYSIS_CATEGORY_LIST,
  ANSWER_SKIPS,
  ANSWER_TYPES,
  MATRIX_SPLITS,
  QUADRANTS,
  ROADMAP_STATUSES,
  ROADMAP_STEPS,
} from './method.js';
import { EntityId, Timestamp } from './schema-primitives.js';
import { AnnouncementsStateSchema } from './announcements.js';
import { WALL_VIEWS, WallCycleSchema } from './wall-scenes.js';
import { WorkshopLiveSchema } from './workshop-schemas.js';
import { FollowUpStateSchema } from './follow-ups.js';

/**
 * Wire shapes of the method's steps 2 and 3 (analysis, interest vote, materiality matrix), the
 * roadmap, and what a wall shows of them. The rules behind them are in method.ts.
 */

const DimensionSchema = Type.Enum(DIMENSIONS);
export const AnalysisCategoryIdSchema = Type.Enum(ANALYSIS_CATEGORY_LIST.map((c) => c.id));
export const AnswerTypeSchema = Type.Enum(ANSWER_TYPES);
/** Text in both languages (a question, its help, a category's name). */
export const LocalTextSchema = Type.Object({
  sv: Type.String({ minLength: 1, maxLength: 400 }),
  en: Type.String({ minLength: 1, maxLength: 400 }),
});
/** Question ids: `<categoryId>.<slug>` for the shipped bank, a random id for added ones. */
export const QuestionId = Type.String({ minLength: 3, maxLength: 80, pattern: '^[a-z0-9_.-]+$' });

// ── The question bank (per board) ───────────────────────────────────────────────────────

export const AnalysisQuestionSchema = Type.Object({
  id: QuestionId,
  type: AnswerTypeSchema,
  text: LocalTextSchema,
  help: LocalTextSchema,
  /** Raised on every edit; an answer keeps the version it answered. */
  version: Type.Integer({ minimum: 1 }),
});
export type AnalysisQuestion = Static<typeof AnalysisQuestionSchema>;

/** `GET /api/boards/:boardId/analysis/questions`: the board's bank as it is now. */
export const AnalysisQuestionsSchema = Type.Object({
  forms: Type.Array(
    Type.Object({
      dimension: DimensionSchema,
      categories: Type.Array(
        Type.Object({
          id: AnalysisCategoryIdSchema,
          name: LocalTextSchema,
          questions: Type.Array(AnalysisQuestionSchema),
        }),
      ),
    }),
  ),
});
export type AnalysisQuestions = Static<typeof AnalysisQuestionsSchema>;

/** An admin adds a question to a category of a board's bank. */
export const NewQuestionBodySchema = Type.Object(
  {
    categoryId: AnalysisCategoryIdSchema,
    type: AnswerTypeSchema,
    text: LocalTextSchema,
    help: LocalTextSchema,
  },
  { additionalProperties: false },
);
/** An admin edits a question's texts (a new version; earlier answers keep theirs). */
export const EditQuestionBodySchema = Type.Object(
  { text: LocalTextSchema, help: LocalTextSchema },
  { additionalProperties: false },
);
export const QuestionParamsSchema = Type.Object({ boardId: EntityId, questionId: QuestionId });

// ── Rounds and answers ──────────────────────────────────────────────────────────────────

export const AnswerValueSchema = Type.Union([
  Type.Integer({ minimum: 0, maximum: 4 }),
  Type.Enum(ANSWER_SKIPS),
]);
export const AnswerBodySchema = Type.Object(
  {
    value: AnswerValueSchema,
    comment: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type AnswerBody = Static<typeof AnswerBodySchema>;

export const AnalysisAnswerSchema = Type.Object({
  questionId: QuestionId,
  questionVersion: Type.Integer({ minimum: 1 }),
  value: AnswerValueSchema,
  comment: Type.Union([Type.String(), Type.Null()]),
  /** Who answered last (display name) and when. */
  answeredBy: Type.String(),
  answeredAt: Timestamp,
});
export type AnalysisAnswer = Static<typeof AnalysisAnswerSchema>;

export const CategoryScoreSchema = Type.Object({
  categoryId: AnalysisCategoryIdSchema,
  dimension: DimensionSchema,
  percent: Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()]),
  scored: Type.Integer({ minimum: 0 }),
  dontKnow: Type.Integer({ minimum: 0 }),
  notRelevant: Type.Integer({ minimum: 0 }),
  unanswered: Type.Integer({ minimum: 0 }),
  /** The same category in the previous finished round (null: not scored then, or no round). */
  previousPercent: Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()]),
});
export type CategoryScore = Static<typeof CategoryScoreSchema>;

export const AnalysisRoundSchema = Type.Object({
  id: EntityId,
  boardId: EntityId,
  name: Type.String(),
  startedAt: Timestamp,
  /** Null while the round is open; a finished round's scores are frozen. */
  finishedAt: Type.Union([Timestamp, Type.Null()]),
  /** Per category, in bank order; frozen once finished. */
  scores: Type.Array(CategoryScoreSchema),
  /** Per dimension: the mean of its categories. */
  forms: Type.Array(
    Type.Object({
      dimension: DimensionSchema,
      percent: Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()]),
      answered: Type.Integer({ minimum: 0 }),
      questions: Type.Integer({ minimum: 0 }),
    }),
  ),
  /** The finished round before this one, compared with. */
  previous: Type.Union([Type.Object({ id: EntityId, name: Type.String() }), Type.Null()]),
});
export type AnalysisRound = Static<typeof AnalysisRoundSchema>;

export const AnalysisRoundDetailSchema = Type.Object({
  round: AnalysisRoundSchema,
  answers: Type.Array(AnalysisAnswerSchema),
});
export type AnalysisRoundDetail = Static<typeof AnalysisRoundDetailSchema>;

export const AnalysisRoundListSchema = Type.Object({ rounds: Type.Array(AnalysisRoundSchema) });
export const NewRoundBodySchema = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 80 }) },
  { additionalProperties: false },
);
export const RoundParamsSchema = Type.Object({ boardId: EntityId, roundId: EntityId });
export const RoundQuestionParamsSchema = Type.Object({
  boardId: EntityId,
  roundId: EntityId,
  questionId: QuestionId,
});

// ── Interest vote and the matrix ────────────────────────────────────────────────────────

export const InterestVoteSchema = Type.Object({
  id: EntityId,
  status: Type.Enum(['open', 'closed'] as const),
  /** Devices that have placed at least one dot. Results stay hidden while open. */
  voters: Type.Integer({ minimum: 0 }),
  openedAt: Timestamp,
  closedAt: Type.Union([Timestamp, Type.Null()]),
});
export type InterestVote = Static<typeof InterestVoteSchema>;

/** A device's dots: category → count (1–3), at most five in all. */
export const DotsSchema = Type.Record(Type.String({ maxLength: 40 }), Type.Integer({ minimum: 0 }));
export const DotsBodySchema = Type.Object({ dots: DotsSchema }, { additionalProperties: false });
export type DotsBody = Static<typeof DotsBodySchema>;
/** `GET …/interest-votes/current`: the open (or latest) vote and this device's dots in it. */
export const CurrentVoteSchema = Type.Object({
  vote: Type.Union([InterestVoteSchema, Type.Null()]),
  myDots: DotsSchema,
});
export type CurrentVote = Static<typeof CurrentVoteSchema>;
export const VoteParamsSchema = Type.Object({ boardId: EntityId, voteId: EntityId });

export const MatrixSplitSchema = Type.Enum(MATRIX_SPLITS);
export const MatrixPointSchema = Type.Object({
  categoryId: AnalysisCategoryIdSchema,
  dimension: DimensionSchema,
  need: Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()]),
  interest: Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()]),
  quadrant: Type.Union([Type.Enum(QUADRANTS), Type.Null()]),
});
/** `GET /api/boards/:boardId/materiality`: the latest closed vote with the latest finished round. */
export const MaterialitySchema = Type.Object({
  split: MatrixSplitSchema,
  points: Type.Array(MatrixPointSchema),
  /** What the matrix was made from (kept with it, for the report). */
  voteId: Type.Union([EntityId, Type.Null()]),
  roundId: Type.Union([EntityId, Type.Null()]),
  /** Dots placed in the vote, and by how many devices. */
  dots: Type.Integer({ minimum: 0 }),
  voters: Type.Integer({ minimum: 0 }),
});
export type Materiality = Static<typeof MaterialitySchema>;
export const MatrixSplitBodySchema = Type.Object(
  { split: MatrixSplitSchema },
  { additionalProperties: false },
);

// ── What the wall shows of the method (part of the board snapshot) ─────────────────────

export const WallViewBodySchema = Type.Object(
  {
    /** A scene to put on the wall now, or `cycle` to let the wall cycle again. */
    view: Type.Enum(WALL_VIEWS),
    /** How long the wall shows it before it returns to the cycle (default 15). */
    minutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 240 })),
  },
  { additionalProperties: false },
);

/**
 * The method's state as every screen of a board sees it: sent in the snapshot and, whole, in
 * each `method:updated` change. Small (a few kB) by design.
 */
export const MethodStateSchema = Type.Object({
  /**
   * The wall's scenes: the cycle a lead set, and a scene a lead put on the wall now until
   * `until` (`view: 'cycle'` when none; the wall cycles again by itself once `until` passes).
   */
  wall: Type.Object({
    view: Type.Enum(WALL_VIEWS),
    until: Type.Union([Timestamp, Type.Null()]),
    cycle: WallCycleSchema,
  }),
  /** The latest finished analysis round, compared with the one before (the wall's radar). */
  analysis: Type.Union([
    Type.Object({
      roundId: EntityId,
      name: Type.String(),
      finishedAt: Timestamp,
      previousName: Type.Union([Type.String(), Type.Null()]),
      scores: Type.Array(CategoryScoreSchema),
    }),
    Type.Null(),
  ]),
  /** The open vote (live voter count only), or the latest closed one. */
  vote: Type.Union([InterestVoteSchema, Type.Null()]),
  /** The matrix of the latest closed vote; null before the first vote closes. */
  matrix: Type.Union([MaterialitySchema, Type.Null()]),
  /** The live workshop session (step 1), or null: while live it takes the wall over. */
  workshop: Type.Union([WorkshopLiveSchema, Type.Null()]),
  /** What now applies (step 5): pinned announcements and routines in force. */
  announcements: AnnouncementsStateSchema,
  /**
   * Step 7: the board meeting running now (and the weekly slot, when the wall shows the
   * meeting view by itself), the live follow-up, open actions, and the latest follow-up.
   */
  followUp: FollowUpStateSchema,
});
export type MethodState = Static<typeof MethodStateSchema>;

// ── The roadmap ─────────────────────────────────────────────────────────────────────────

export const RoadmapStepSchema = Type.Object({
  step: Type.Integer({ minimum: 1, maximum: 7 }),
  key: Type.Enum(ROADMAP_STEPS),
  status: Type.Enum(ROADMAP_STATUSES),
  /** One line with real figures, in the board's language. */
  summary: Type.String(),
  /** The next thing to do, in the board's language, and where (a phone-app path), if any. */
  next: Type.Union([
    Type.Object({ label: Type.String(), path: Type.Union([Type.String(), Type.Null()]) }),
    Type.Null(),
  ]),
  /** False for steps Tavla does not carry yet (they say so in `summary`). */
  available: Type.Boolean(),
});
export type RoadmapStep = Static<typeof RoadmapStepSchema>;
export const RoadmapSchema = Type.Object({ steps: Type.Array(RoadmapStepSchema) });
export type Roadmap = Static<typeof RoadmapSchema>;
