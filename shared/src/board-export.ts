import Type, { type Static } from 'typebox';
import {
  DIMENSIONS,
  GOAL_DIRECTIONS,
  GOAL_STATES,
  LANGUAGES,
  SUGGESTION_STATUSES,
} from './domain.js';
import { ClientId, DaySchema, EntityId, Timestamp } from './schema-primitives.js';
import { MeasurementSchema, GoalOriginSchema } from './schemas.js';
import {
  AnalysisAnswerSchema,
  AnalysisRoundSchema,
  MatrixPointSchema,
  MatrixSplitSchema,
} from './method-schemas.js';
import {
  ActivityResultsSchema,
  ActivitySchema,
  CloudWordSchema,
  IdeaSchema,
} from './workshop-schemas.js';
import { AnnouncementSchema } from './announcements.js';
import { ActionSchema, FollowUpDetailSchema } from './follow-ups.js';

/**
 * `GET /api/boards/:boardId/export.json` (a lead of the board, or an admin): everything of a
 * board, for keeping or for another tool. Written to the reply as it is read (streamed), so
 * its size has no bearing on the server's memory; sections are read in pages, one after the
 * other, while the board goes on living, so a change made during the download may or may not
 * be in it.
 *
 * Hidden content is left out: hidden suggestions (and their history), hidden comments,
 * follow-up notes and workshop entries. Devices appear nowhere, only counts of them.
 *
 * `GET /api/boards/:boardId/export/:table.csv` gives the tables people open in Excel
 * (`EXPORT_CSV_TABLES`): UTF-8 with a BOM, `;`-separated with decimal commas for a Swedish
 * board, `,`-separated for an English one, the header row in the board's language.
 */
export const EXPORT_FORMAT = 'tavla-board-export';
export const EXPORT_VERSION = 1;
export const EXPORT_CSV_TABLES = ['suggestions', 'measurements', 'actions'] as const;
export type ExportCsvTable = (typeof EXPORT_CSV_TABLES)[number];

export const ExportCsvParamsSchema = Type.Object({
  boardId: EntityId,
  table: Type.Enum(EXPORT_CSV_TABLES),
});

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const Count = Type.Integer({ minimum: 0 });

export const ExportSuggestionSchema = Type.Object({
  id: ClientId,
  text: Type.String(),
  dimension: Type.Enum(DIMENSIONS),
  authorName: Nullable(Type.String()),
  status: Type.Enum(SUGGESTION_STATUSES),
  statusNote: Nullable(Type.String()),
  duplicateOf: Nullable(ClientId),
  statusChangedAt: Timestamp,
  goalId: Nullable(EntityId),
  /** "Me too" votes and visible comments. */
  votes: Count,
  comments: Count,
  hasPhoto: Type.Boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Every status change, oldest first (moderation events are left out). */
  history: Type.Array(
    Type.Object({
      from: Nullable(Type.Enum(SUGGESTION_STATUSES)),
      to: Nullable(Type.Enum(SUGGESTION_STATUSES)),
      note: Nullable(Type.String()),
      by: Type.String(),
      at: Timestamp,
    }),
  ),
  /** The visible comments, oldest first. */
  thread: Type.Array(
    Type.Object({
      id: ClientId,
      text: Type.String(),
      authorName: Nullable(Type.String()),
      lead: Type.Boolean(),
      createdAt: Timestamp,
    }),
  ),
});
export type ExportSuggestion = Static<typeof ExportSuggestionSchema>;

export const ExportGoalSchema = Type.Object({
  id: EntityId,
  title: Type.String(),
  description: Type.String(),
  dimension: Type.Enum(DIMENSIONS),
  focusArea: Type.String(),
  metric: Type.String(),
  unit: Type.String(),
  baselineValue: Nullable(Type.Number()),
  baselineDate: Nullable(DaySchema),
  targetValue: Nullable(Type.Number()),
  direction: Nullable(Type.Enum(GOAL_DIRECTIONS)),
  deadline: Nullable(DaySchema),
  responsible: Type.String(),
  achievableConfirmed: Type.Boolean(),
  achievableNote: Type.String(),
  state: Type.Enum(GOAL_STATES),
  stateChangedAt: Timestamp,
  createdAt: Timestamp,
  origin: Nullable(GoalOriginSchema),
  /** Every measurement, by the day measured. */
  measurements: Type.Array(MeasurementSchema),
});
export type ExportGoal = Static<typeof ExportGoalSchema>;

export const ExportAnalysisRoundSchema = Type.Object({
  round: AnalysisRoundSchema,
  /** Each answer with the question's text (the answered version, in the board's language). */
  answers: Type.Array(Type.Object({ ...AnalysisAnswerSchema.properties, question: Type.String() })),
});

export const ExportInterestVoteSchema = Type.Object({
  id: EntityId,
  openedAt: Timestamp,
  closedAt: Nullable(Timestamp),
  /** Devices that placed dots, and the dots per category (most first). */
  voters: Count,
  dots: Count,
  categories: Type.Array(Type.Object({ categoryId: Type.String(), dots: Count })),
});

export const ExportMatrixSchema = Type.Object({
  voteId: EntityId,
  roundId: Nullable(EntityId),
  split: MatrixSplitSchema,
  points: Type.Array(MatrixPointSchema),
  createdAt: Timestamp,
});

export const ExportWorkshopSessionSchema = Type.Object({
  id: EntityId,
  title: Type.String(),
  startedAt: Timestamp,
  endedAt: Nullable(Timestamp),
  /** Devices that answered anything. */
  devices: Count,
  activities: Type.Array(
    Type.Object({
      activity: ActivitySchema,
      answered: Count,
      results: Nullable(ActivityResultsSchema),
      /** A word cloud's every visible word, an idea board's every visible idea. */
      words: Type.Optional(Type.Array(CloudWordSchema)),
      ideas: Type.Optional(Type.Array(IdeaSchema)),
    }),
  ),
});

export const ExportMeetingSchema = Type.Object({
  id: EntityId,
  since: Timestamp,
  startedAt: Timestamp,
  endedAt: Nullable(Timestamp),
});

/** The document's shape, top level first (the OpenAPI response of `exportBoard`). */
export const BoardExportSchema = Type.Object({
  format: Type.Literal(EXPORT_FORMAT),
  version: Type.Literal(EXPORT_VERSION),
  exportedAt: Timestamp,
  board: Type.Object({
    id: EntityId,
    name: Type.String(),
    language: Type.Enum(LANGUAGES),
    createdAt: Timestamp,
    employees: Nullable(Type.Integer({ minimum: 1 })),
    participationTarget: Nullable(Type.Integer({ minimum: 1, maximum: 100 })),
  }),
  /** Oldest first. */
  suggestions: Type.Array(ExportSuggestionSchema),
  goals: Type.Array(ExportGoalSchema),
  analysisRounds: Type.Array(ExportAnalysisRoundSchema),
  interestVotes: Type.Array(ExportInterestVoteSchema),
  matrices: Type.Array(ExportMatrixSchema),
  workshopSessions: Type.Array(ExportWorkshopSessionSchema),
  /** Every announcement, retired ones too, with its acknowledgement count. */
  announcements: Type.Array(AnnouncementSchema),
  meetings: Type.Array(ExportMeetingSchema),
  /** Kept follow-ups (hidden notes left out), oldest first. */
  followUps: Type.Array(FollowUpDetailSchema),
  actions: Type.Array(ActionSchema),
});
export type BoardExport = Static<typeof BoardExportSchema>;

/** The download's file name: `<board-slug>-<table>-<YYYY-MM-DD>.<ext>`. */
export function exportFileName(boardName: string, table: string, day: string, ext: string): string {
  const slug =
    boardName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'board';
  return `${slug}-${table}-${day}.${ext}`;
}
