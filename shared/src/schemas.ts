import Type, { type Static } from 'typebox';
import {
  DIMENSIONS,
  GOAL_DIRECTIONS,
  GOAL_STATES,
  LANGUAGES,
  LIMITS,
  NUMBER_ABS_MAX,
  SUGGESTION_STATUSES,
  USER_ROLES,
} from './domain.js';
import { ERROR_CODES } from './errors.js';
import { DONE_DAYS_MAX, DONE_DAYS_MIN, NAMING_MODES } from './board-settings.js';
import { TEXT_KIND } from './text.js';
import { ClientId, EntityId, MultilineText, Timestamp } from './schema-primitives.js';
import { AnalysisCategoryIdSchema, MethodStateSchema } from './method-schemas.js';

export { ClientId, EntityId, Timestamp };

/** Taken exactly as sent, never normalised: passwords and codes, where every character counts. */
const RawText = (options: { minLength: number; maxLength: number }) =>
  Type.String({ ...options, [TEXT_KIND]: 'raw' });

/** A finite number within sane bounds (a measurement, a baseline, a target). */
export const BoundedNumber = Type.Number({ minimum: -NUMBER_ABS_MAX, maximum: NUMBER_ABS_MAX });

export const DimensionSchema = Type.Enum(DIMENSIONS);
export const SuggestionStatusSchema = Type.Enum(SUGGESTION_STATUSES);
export const LanguageSchema = Type.Enum(LANGUAGES);

export const NamingModeSchema = Type.Enum(NAMING_MODES);

export const BoardSchema = Type.Object({
  id: EntityId,
  name: Type.String(),
  language: LanguageSchema,
  // Board settings (issue 14). Optional so an older snapshot (a cached one) still reads; the
  // server always sends them, and board-settings.ts reads a missing one as its default.
  /** Who is named on a phone's suggestion. */
  naming: Type.Optional(NamingModeSchema),
  /** How many days a Done suggestion stays on the wall. */
  doneDays: Type.Optional(Type.Integer({ minimum: DONE_DAYS_MIN, maximum: DONE_DAYS_MAX })),
  /** When an admin archived the board (read-only from then on); null while it is in use. */
  archivedAt: Type.Optional(Type.Union([Timestamp, Type.Null()])),
});
export type Board = Static<typeof BoardSchema>;

export const SuggestionSchema = Type.Object({
  id: ClientId,
  boardId: EntityId,
  text: Type.String(),
  dimension: DimensionSchema,
  authorName: Type.Union([Type.String(), Type.Null()]),
  status: SuggestionStatusSchema,
  /** Why a lead said no (Not doing): shown to everyone. */
  statusNote: Type.Union([Type.String(), Type.Null()]),
  /** For Duplicate: the suggestion this one repeats. */
  duplicateOf: Type.Union([ClientId, Type.Null()]),
  /** When the status last changed (Done stays on the wall for 30 days after this). */
  statusChangedAt: Timestamp,
  /** "Me too" votes. */
  votes: Type.Integer({ minimum: 0 }),
  /** Visible comments. */
  comments: Type.Integer({ minimum: 0 }),
  /** The goal this suggestion helps, if any. */
  goalId: Type.Union([EntityId, Type.Null()]),
  /** The photo (re-encoded, without EXIF) and its thumbnail, if the author added one. */
  photo: Type.Union([Type.Object({ url: Type.String(), thumbUrl: Type.String() }), Type.Null()]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Board sequence number of the last change to this suggestion. */
  seq: Type.Integer({ minimum: 1 }),
});
export type Suggestion = Static<typeof SuggestionSchema>;

export const CreateSuggestionBodySchema = Type.Object(
  {
    id: ClientId,
    text: MultilineText({
      minLength: LIMITS.suggestionTextMin,
      maxLength: LIMITS.suggestionTextMax,
    }),
    dimension: DimensionSchema,
    authorName: Type.Optional(
      Type.Union([Type.String({ maxLength: LIMITS.authorNameMax }), Type.Null()]),
    ),
    /** Which active goal of the board it helps (optional). */
    goalId: Type.Optional(Type.Union([EntityId, Type.Null()])),
  },
  { additionalProperties: false },
);
export type CreateSuggestionBody = Static<typeof CreateSuggestionBodySchema>;

export const BoardParamsSchema = Type.Object({ boardId: EntityId });
export const JoinParamsSchema = Type.Object({ token: Type.String({ maxLength: 200 }) });

export const DeviceBoardsSchema = Type.Object({
  boards: Type.Array(BoardSchema),
});
export type DeviceBoards = Static<typeof DeviceBoardsSchema>;

export const ErrorBodySchema = Type.Object({
  error: Type.Object({
    code: Type.Enum(ERROR_CODES),
    message: Type.String(),
    field: Type.Optional(Type.String()),
    retryAfterSeconds: Type.Optional(Type.Integer({ minimum: 0 })),
  }),
});

/** Body of a 204 answer. */
export const NoContentSchema = Type.Null();

export const PhotoParamsSchema = Type.Object({
  name: Type.String({ pattern: '^[A-Za-z0-9_-]{22}(-thumb)?\\.webp$' }),
});

export const HealthSchema = Type.Object({
  status: Type.Literal('ok'),
  version: Type.String(),
  /** Changes with every build of the apps: a wall screen reloads when it sees a new one. */
  build: Type.String(),
  /** `full` while the server's data disk has no room: writes answer 507 `disk_full`. */
  disk: Type.Union([Type.Literal('ok'), Type.Literal('full')]),
});

export const DisplaySchema = Type.Object({
  id: Type.String(),
  build: Type.String(),
  heapBytes: Type.Union([Type.Integer(), Type.Null()]),
  userAgent: Type.String(),
  firstSeenAt: Timestamp,
  lastSeenAt: Timestamp,
});
export type Display = Static<typeof DisplaySchema>;
export const DisplayListSchema = Type.Object({ displays: Type.Array(DisplaySchema) });

// ── Accounts ────────────────────────────────────────────────────────────────────────────

export const UsernameSchema = Type.String({
  minLength: LIMITS.usernameMin,
  maxLength: LIMITS.usernameMax,
  pattern: '^[A-Za-z0-9._@-]+$',
});
export const PasswordSchema = RawText({
  minLength: LIMITS.passwordMin,
  maxLength: LIMITS.passwordMax,
});
const DisplayNameSchema = Type.String({ minLength: 1, maxLength: LIMITS.displayNameMax });

export const UserSchema = Type.Object({
  id: EntityId,
  username: Type.String(),
  displayName: Type.String(),
  role: Type.Enum(USER_ROLES),
  /** Boards a lead manages; for an admin, every board. */
  boardIds: Type.Array(EntityId),
  /** An admin disabled the account: it cannot sign in and has no sessions. */
  disabled: Type.Boolean(),
});
export type User = Static<typeof UserSchema>;

export const SessionUserSchema = Type.Object({ user: UserSchema });
export type SessionUser = Static<typeof SessionUserSchema>;

export const LoginBodySchema = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: LIMITS.usernameMax }),
    password: RawText({ minLength: 1, maxLength: LIMITS.passwordMax }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBodySchema>;

export const SetupStatusSchema = Type.Object({ needed: Type.Boolean() });

export const SetupBodySchema = Type.Object(
  {
    code: RawText({ minLength: 1, maxLength: 40 }),
    username: UsernameSchema,
    displayName: DisplayNameSchema,
    password: PasswordSchema,
  },
  { additionalProperties: false },
);
export type SetupBody = Static<typeof SetupBodySchema>;

export const CreateLeadBodySchema = Type.Object(
  {
    username: UsernameSchema,
    displayName: DisplayNameSchema,
    password: PasswordSchema,
    boardIds: Type.Array(EntityId, { minItems: 1, maxItems: 50, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type CreateLeadBody = Static<typeof CreateLeadBodySchema>;

/** Another admin (an admin creates admins): no board list, admins manage every board. */
export const CreateAdminBodySchema = Type.Object(
  { username: UsernameSchema, displayName: DisplayNameSchema, password: PasswordSchema },
  { additionalProperties: false },
);
export type CreateAdminBody = Static<typeof CreateAdminBodySchema>;

export const ResetPasswordBodySchema = Type.Object(
  { password: PasswordSchema },
  { additionalProperties: false },
);

export const UserParamsSchema = Type.Object({ userId: EntityId });

export const UserListSchema = Type.Object({ users: Type.Array(UserSchema) });

/** A board as its admin sees it: with the links to print and to put on the wall. */
export const AdminBoardSchema = Type.Object({
  board: BoardSchema,
  joinUrl: Type.String(),
  kioskUrl: Type.String(),
});
export const AdminBoardListSchema = Type.Object({ boards: Type.Array(AdminBoardSchema) });
export type AdminBoard = Static<typeof AdminBoardSchema>;

export const CreateBoardBodySchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: LIMITS.boardNameMax }),
    language: LanguageSchema,
  },
  { additionalProperties: false },
);
export type CreateBoardBody = Static<typeof CreateBoardBodySchema>;

// ── Status workflow ─────────────────────────────────────────────────────────────────────

export const SuggestionParamsSchema = Type.Object({ boardId: EntityId, suggestionId: ClientId });

export const ChangeStatusBodySchema = Type.Object(
  {
    status: SuggestionStatusSchema,
    /** Required for Not doing (the reason everyone sees); optional otherwise. */
    note: Type.Optional(MultilineText({ maxLength: LIMITS.statusNoteMax })),
    /** Required for Duplicate. */
    duplicateOf: Type.Optional(ClientId),
  },
  { additionalProperties: false },
);
export type ChangeStatusBody = Static<typeof ChangeStatusBodySchema>;

export const SuggestionEventSchema = Type.Object({
  /** Unique within one history: a lead's unhiding (kept in its own table) has a negative id. */
  id: Type.Integer(),
  kind: Type.Enum(['status', 'hidden', 'comment_hidden', 'unhidden'] as const),
  fromStatus: Type.Union([SuggestionStatusSchema, Type.Null()]),
  toStatus: Type.Union([SuggestionStatusSchema, Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.String(),
  createdAt: Timestamp,
});
export type SuggestionEvent = Static<typeof SuggestionEventSchema>;

export const SuggestionHistorySchema = Type.Object({
  suggestion: SuggestionSchema,
  events: Type.Array(SuggestionEventSchema),
});
export type SuggestionHistory = Static<typeof SuggestionHistorySchema>;

export const HideBodySchema = Type.Object(
  { reason: MultilineText({ minLength: LIMITS.reasonMin, maxLength: LIMITS.statusNoteMax }) },
  { additionalProperties: false },
);

// ── Votes and comments ──────────────────────────────────────────────────────────────────

export const VoteBodySchema = Type.Object(
  { voted: Type.Boolean() },
  { additionalProperties: false },
);
export const VoteResultSchema = Type.Object({
  voted: Type.Boolean(),
  votes: Type.Integer({ minimum: 0 }),
});
export type VoteResult = Static<typeof VoteResultSchema>;

export const CommentSchema = Type.Object({
  id: ClientId,
  suggestionId: ClientId,
  text: Type.String(),
  authorName: Type.Union([Type.String(), Type.Null()]),
  /** Written by a team lead (shown as such). */
  byLead: Type.Boolean(),
  createdAt: Timestamp,
});
export type Comment = Static<typeof CommentSchema>;

/**
 * `GET …/suggestions/:suggestionId/comments`: a bounded page of comments. The first page (no
 * `before`) is the newest ones; `next` leads to the comments before them. Within a page they
 * are oldest first, as the phone shows them, so an earlier page goes on top of the list.
 */
export const CommentPageQuerySchema = Type.Object(
  {
    /** The `next` of the previous page; absent for the newest comments. */
    before: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: LIMITS.commentPageMax })),
  },
  { additionalProperties: false },
);
export type CommentPageQuery = Static<typeof CommentPageQuerySchema>;

export const CommentPageSchema = Type.Object({
  /** Oldest first. */
  comments: Type.Array(CommentSchema),
  /** Cursor for the page of earlier comments; null when there are none. */
  next: Type.Union([Type.String(), Type.Null()]),
});
export type CommentPage = Static<typeof CommentPageSchema>;

export const CreateCommentBodySchema = Type.Object(
  {
    id: ClientId,
    text: MultilineText({ minLength: 1, maxLength: LIMITS.commentMax }),
    authorName: Type.Optional(
      Type.Union([Type.String({ maxLength: LIMITS.authorNameMax }), Type.Null()]),
    ),
  },
  { additionalProperties: false },
);
export type CreateCommentBody = Static<typeof CreateCommentBodySchema>;

export const CommentParamsSchema = Type.Object({
  boardId: EntityId,
  suggestionId: ClientId,
  commentId: ClientId,
});

// ── Goals ───────────────────────────────────────────────────────────────────────────────

// DaySchema lives in schema-primitives.ts (step 7's schemas need it without a cycle).
import { DaySchema } from './schema-primitives.js';
export { DaySchema };
const ShortText = Type.String({ maxLength: LIMITS.goalShortTextMax });
const NullableNumber = Type.Union([BoundedNumber, Type.Null()]);
const NullableDay = Type.Union([DaySchema, Type.Null()]);

export const MeasurementSchema = Type.Object({
  id: EntityId,
  value: Type.Number(),
  date: DaySchema,
  note: Type.Union([Type.String(), Type.Null()]),
  recordedBy: Type.String(),
  createdAt: Timestamp,
});
export type Measurement = Static<typeof MeasurementSchema>;

/**
 * Where a goal came from: a category in "Start here" of a closed interest vote's matrix (the
 * report shows what goals were chosen from).
 */
export const GoalOriginSchema = Type.Object(
  { voteId: EntityId, categoryId: AnalysisCategoryIdSchema },
  { additionalProperties: false },
);
export type GoalOrigin = Static<typeof GoalOriginSchema>;

/** What a lead writes; a draft may leave the numbers empty. */
export const GoalInputSchema = Type.Object(
  {
    title: Type.String({ minLength: LIMITS.goalTitleMin, maxLength: LIMITS.goalTitleMax }),
    description: MultilineText({ maxLength: LIMITS.goalDescriptionMax }),
    dimension: DimensionSchema,
    focusArea: ShortText,
    metric: ShortText,
    unit: Type.String({ maxLength: 40 }),
    baselineValue: NullableNumber,
    baselineDate: NullableDay,
    targetValue: NullableNumber,
    direction: Type.Union([Type.Enum(GOAL_DIRECTIONS), Type.Null()]),
    deadline: NullableDay,
    responsible: ShortText,
    achievableConfirmed: Type.Boolean(),
    achievableNote: MultilineText({ maxLength: LIMITS.statusNoteMax }),
    /** Set when the goal is drafted from the materiality matrix; left out, an edit keeps it. */
    origin: Type.Optional(GoalOriginSchema),
  },
  { additionalProperties: false },
);
export type GoalInput = Static<typeof GoalInputSchema>;

export const GoalSchema = Type.Object({
  id: EntityId,
  boardId: EntityId,
  title: Type.String(),
  description: Type.String(),
  dimension: DimensionSchema,
  focusArea: Type.String(),
  metric: Type.String(),
  unit: Type.String(),
  baselineValue: NullableNumber,
  baselineDate: NullableDay,
  targetValue: NullableNumber,
  direction: Type.Union([Type.Enum(GOAL_DIRECTIONS), Type.Null()]),
  deadline: NullableDay,
  responsible: Type.String(),
  achievableConfirmed: Type.Boolean(),
  achievableNote: Type.String(),
  state: Type.Enum(GOAL_STATES),
  stateChangedAt: Timestamp,
  createdAt: Timestamp,
  /** The matrix point the goal was drafted from, if any. */
  origin: Type.Union([GoalOriginSchema, Type.Null()]),
  /** The whole measurement history, oldest first. */
  measurements: Type.Array(MeasurementSchema),
  seq: Type.Integer({ minimum: 1 }),
});
export type Goal = Static<typeof GoalSchema>;

export const GoalListSchema = Type.Object({ goals: Type.Array(GoalSchema) });

export const GoalParamsSchema = Type.Object({ boardId: EntityId, goalId: EntityId });

export const GoalStateBodySchema = Type.Object(
  { state: Type.Enum(GOAL_STATES) },
  { additionalProperties: false },
);

export const MeasurementBodySchema = Type.Object(
  {
    value: BoundedNumber,
    date: DaySchema,
    note: Type.Optional(MultilineText({ maxLength: LIMITS.statusNoteMax })),
  },
  { additionalProperties: false },
);
export type MeasurementBody = Static<typeof MeasurementBodySchema>;

export const LinkGoalBodySchema = Type.Object(
  { goalId: Type.Union([EntityId, Type.Null()]) },
  { additionalProperties: false },
);

// ── Snapshot ────────────────────────────────────────────────────────────────────────────

/** Everything a screen needs to draw a board from scratch. */
export const BoardSnapshotSchema = Type.Object({
  board: BoardSchema,
  /** Last applied board sequence number; live events continue from here. */
  seq: Type.Integer({ minimum: 0 }),
  /**
   * Which line of history `seq` belongs to: a restored backup starts a new one, and a
   * catch-up across a restore is refused (the client takes a snapshot instead).
   */
  history: Type.Optional(Type.String()),
  /**
   * What screens show, not the whole history: the open columns, Done since `doneSince`, those
   * linked to a goal in `goals`, and (for a phone) its own. Older ones are paged with
   * `GET /api/boards/:boardId/suggestions`.
   */
  suggestions: Type.Array(SuggestionSchema),
  /** Done suggestions changed before this are left out (the wall shows the last 30 days). */
  doneSince: Type.Optional(Timestamp),
  /** Whether the board has older suggestions than these (`GET …/suggestions` pages them). */
  hasOlder: Type.Optional(Type.Boolean()),
  /** Goals that are not archived (drafts, active, achieved), each with its measurements. */
  goals: Type.Array(GoalSchema),
  /** The phone join URL (inside the QR code). Only given to the board's display. */
  joinUrl: Type.Optional(Type.String()),
  /** For a phone: the suggestions it said "me too" to, and the ones it posted. */
  myVotes: Type.Optional(Type.Array(ClientId)),
  mine: Type.Optional(Type.Array(ClientId)),
  /** Where the board stands in the method (analysis, vote, matrix, what the wall shows). */
  method: Type.Optional(MethodStateSchema),
});
export type BoardSnapshot = Static<typeof BoardSnapshotSchema>;

/** `GET /api/boards/:boardId/suggestions`: the suggestions a snapshot leaves out, newest first. */
export const SuggestionPageQuerySchema = Type.Object(
  {
    /** The `next` of the previous page; absent for the first page. */
    before: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: LIMITS.suggestionPageMax })),
  },
  { additionalProperties: false },
);
export type SuggestionPageQuery = Static<typeof SuggestionPageQuerySchema>;

export const SuggestionPageSchema = Type.Object({
  suggestions: Type.Array(SuggestionSchema),
  /** Cursor for the next (older) page; null when this was the last one. */
  next: Type.Union([Type.String(), Type.Null()]),
});
export type SuggestionPage = Static<typeof SuggestionPageSchema>;
