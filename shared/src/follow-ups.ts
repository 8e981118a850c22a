import Type, { type Static } from 'typebox';
import { DIMENSIONS, SUGGESTION_STATUSES } from './domain.js';
import { ClientId, EntityId, MultilineText, Timestamp } from './schema-primitives.js';
import { DaySchema } from './schema-primitives.js';

// The rules (steps per kind, due colours, the meeting slot) are TypeBox-free, for the apps.
export * from './follow-up-rules.js';
import {
  ACTION_OUTCOMES,
  ACTION_STATES,
  FOLLOW_UP_KINDS,
  FOLLOW_UP_LIMITS,
  FOLLOW_UP_STEPS,
  GOAL_OUTCOMES,
  NOTE_KINDS,
} from './follow-up-rules.js';

/**
 * Step 7 of the method: the weekly board meeting ("since last time") and the follow-up, with
 * the actions it decides. Rules and limits are in follow-up-rules.ts.
 *
 * Routes, under `/api/boards/:boardId`:
 *
 * | method | path                                   | who   | body → answer                        |
 * |--------|----------------------------------------|-------|--------------------------------------|
 * | GET    | /meeting                               | board | → MeetingReview (live or since last) |
 * | POST   | /meetings                              | lead  | → MeetingReview (201; the live one   |
 * |        |                                        |       |   again, 200, if one is running)     |
 * | POST   | /meetings/:meetingId/end               | lead  | → MeetingReview                      |
 * | PUT    | /meeting-slot                          | lead  | MeetingSlotBody → MeetingSlotBody    |
 * | GET    | /follow-ups                            | lead  | → FollowUpList                       |
 * | POST   | /follow-ups                            | lead  | NewFollowUpBody → FollowUpDetail 201 |
 * | GET    | /follow-ups/current                    | board | → FollowUpCurrent                    |
 * | GET    | /follow-ups/:followUpId                | lead  | → FollowUpDetail                     |
 * | PUT    | /follow-ups/:followUpId/step           | lead  | StepBody → FollowUpDetail            |
 * | PUT    | /follow-ups/:followUpId/actions/:actionId | lead | ActionReviewBody → FollowUpDetail  |
 * | PUT    | /follow-ups/:followUpId/goals/:goalId  | lead  | GoalOutcomeBody → FollowUpDetail     |
 * | POST   | /follow-ups/:followUpId/notes          | phone, lead | NoteBody → Note (201; 200 retry)|
 * | POST   | /follow-ups/:followUpId/notes/:noteId/hide | lead | → FollowUpDetail                 |
 * | PUT    | /follow-ups/:followUpId/votes          | phone | VotesBody → FollowUpMine             |
 * | PUT    | /follow-ups/:followUpId/pulse          | phone | PulseBody → FollowUpMine             |
 * | POST   | /follow-ups/:followUpId/new-actions    | lead  | NewActionBody → FollowUpDetail (201) |
 * | PUT    | /follow-ups/:followUpId/learning       | lead  | LearningBody → FollowUpDetail        |
 * | POST   | /follow-ups/:followUpId/end            | lead  | EndFollowUpBody → FollowUpDetail     |
 * | GET    | /actions                               | board | → ActionList (open and ongoing)      |
 * | PUT    | /actions/:actionId                     | lead  | ActionEditBody → Action              |
 *
 * A step change is guarded by the step the lead's screen showed (`from`), so a double tap
 * moves once. Phones answer only in their step (`follow_up_wrong_step`). Live changes reach
 * screens in the method state's `followUp` part (FollowUpState, `method:updated`);
 * tallies (notes written, voters, pulse answers) are coalesced like the workshop's.
 */

const DimensionSchema = Type.Enum(DIMENSIONS);
const GoalStatusSchema = Type.Enum(['on_track', 'at_risk', 'off_track'] as const);
const NullableGoalStatus = Type.Union([GoalStatusSchema, Type.Null()]);

// ── The board meeting ───────────────────────────────────────────────────────────────────

export const MeetingSlotSchema = Type.Object({
  /** ISO weekday, 1 = Monday. */
  weekday: Type.Integer({ minimum: 1, maximum: 7 }),
  /** Local time of day, 'HH:MM'. */
  time: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }),
  minutes: Type.Integer({ minimum: 5, maximum: 120 }),
});
export type MeetingSlotWire = Static<typeof MeetingSlotSchema>;
/** The weekly slot, or null for none (the wall then shows the meeting only when started). */
export const MeetingSlotBodySchema = Type.Object(
  { slot: Type.Union([MeetingSlotSchema, Type.Null()]) },
  { additionalProperties: false },
);
export type MeetingSlotBody = Static<typeof MeetingSlotBodySchema>;

export const MeetingParamsSchema = Type.Object({ boardId: EntityId, meetingId: EntityId });

/** A suggestion as the meeting view lists it. */
export const ReviewSuggestionSchema = Type.Object({
  id: EntityId,
  text: Type.String(),
  dimension: DimensionSchema,
  status: Type.Enum(SUGGESTION_STATUSES),
  createdAt: Timestamp,
  votes: Type.Integer({ minimum: 0 }),
  goalId: Type.Union([EntityId, Type.Null()]),
});
export type ReviewSuggestion = Static<typeof ReviewSuggestionSchema>;

export const ActionSchema = Type.Object({
  id: EntityId,
  text: Type.String(),
  owner: Type.String(),
  /** YYYY-MM-DD; its colour on a screen is `dueColour(dueDate, localDay(now))`. */
  dueDate: DaySchema,
  state: Type.Enum(ACTION_STATES),
  /** The follow-up that decided it (null: added outside one). */
  followUpId: Type.Union([EntityId, Type.Null()]),
  createdAt: Timestamp,
  closedAt: Type.Union([Timestamp, Type.Null()]),
});
export type Action = Static<typeof ActionSchema>;
export const ActionListSchema = Type.Object({ actions: Type.Array(ActionSchema) });
export type ActionList = Static<typeof ActionListSchema>;

/**
 * `GET /meeting`: what changed since the previous meeting, for the wall, the phones and the
 * lead (who decides waiting suggestions from it with one tap). Hidden suggestions are left out.
 * Each list holds at most 50 items (the newest, or for `waiting` and `overdueActions` the
 * oldest); `done` counts them all. `POST /meetings/:id/end` answers the ended meeting's review
 * (until its end); `GET` after that covers since its start.
 */
export const MeetingReviewSchema = Type.Object({
  /** The meeting running now, or null (the view then covers since the last meeting). */
  meeting: Type.Union([
    Type.Object({
      id: EntityId,
      startedAt: Timestamp,
      endedAt: Type.Union([Timestamp, Type.Null()]),
    }),
    Type.Null(),
  ]),
  /** The window: from the previous meeting's start (or FIRST_MEETING_LOOKBACK_DAYS back) to now. */
  since: Timestamp,
  until: Timestamp,
  /** When the previous meeting was; null before the first. */
  previousMeetingAt: Type.Union([Timestamp, Type.Null()]),
  /** Posted in the window (marked NEW), newest first. */
  newSuggestions: Type.Array(ReviewSuggestionSchema),
  /** Status changed in the window (marked CHANGED): the first and the latest status of it. */
  statusChanges: Type.Array(
    Type.Object({
      suggestion: ReviewSuggestionSchema,
      from: Type.Enum(SUGGESTION_STATUSES),
      to: Type.Enum(SUGGESTION_STATUSES),
      at: Timestamp,
    }),
  ),
  /** How many reached done in the window. */
  done: Type.Integer({ minimum: 0 }),
  /** Measurements recorded in the window, newest first. */
  measurements: Type.Array(
    Type.Object({
      goalId: EntityId,
      goalTitle: Type.String(),
      unit: Type.String(),
      value: Type.Number(),
      measuredOn: DaySchema,
    }),
  ),
  /** Every active goal: its status at the window's start and now (`changed` when they differ). */
  goals: Type.Array(
    Type.Object({
      goalId: EntityId,
      title: Type.String(),
      dimension: DimensionSchema,
      then: NullableGoalStatus,
      now: NullableGoalStatus,
      changed: Type.Boolean(),
    }),
  ),
  /** The bottleneck: still `new` after WAITING_DAYS days, oldest first. */
  waiting: Type.Array(
    Type.Object({ suggestion: ReviewSuggestionSchema, days: Type.Integer({ minimum: 0 }) }),
  ),
  /** Open or ongoing actions past their due date. */
  overdueActions: Type.Array(ActionSchema),
});
export type MeetingReview = Static<typeof MeetingReviewSchema>;

// ── The follow-up ───────────────────────────────────────────────────────────────────────

export const FollowUpKindSchema = Type.Enum(FOLLOW_UP_KINDS);
export const FollowUpStepSchema = Type.Enum(FOLLOW_UP_STEPS);
export const NoteKindSchema = Type.Enum(NOTE_KINDS);

export const FollowUpParamsSchema = Type.Object({ boardId: EntityId, followUpId: EntityId });
export const FollowUpActionParamsSchema = Type.Object({
  boardId: EntityId,
  followUpId: EntityId,
  actionId: EntityId,
});
export const FollowUpGoalParamsSchema = Type.Object({
  boardId: EntityId,
  followUpId: EntityId,
  goalId: EntityId,
});
export const FollowUpNoteParamsSchema = Type.Object({
  boardId: EntityId,
  followUpId: EntityId,
  noteId: ClientId,
});
export const ActionParamsSchema = Type.Object({ boardId: EntityId, actionId: EntityId });

export const NewFollowUpBodySchema = Type.Object(
  { kind: FollowUpKindSchema },
  { additionalProperties: false },
);
export type NewFollowUpBody = Static<typeof NewFollowUpBodySchema>;

/** Move to `step` from the step the lead's screen showed. */
export const StepBodySchema = Type.Object(
  { step: FollowUpStepSchema, from: FollowUpStepSchema },
  { additionalProperties: false },
);
export type StepBody = Static<typeof StepBodySchema>;

export const ActionReviewBodySchema = Type.Object(
  { outcome: Type.Union([Type.Enum(ACTION_OUTCOMES), Type.Null()]) },
  { additionalProperties: false },
);
export type ActionReviewBody = Static<typeof ActionReviewBodySchema>;

export const GoalOutcomeBodySchema = Type.Object(
  { outcome: Type.Union([Type.Enum(GOAL_OUTCOMES), Type.Null()]) },
  { additionalProperties: false },
);
export type GoalOutcomeBody = Static<typeof GoalOutcomeBodySchema>;

export const NoteBodySchema = Type.Object(
  {
    /** The phone's client id: a retried post is stored once. */
    id: ClientId,
    kind: NoteKindSchema,
    text: MultilineText({
      minLength: FOLLOW_UP_LIMITS.noteMin,
      maxLength: FOLLOW_UP_LIMITS.noteMax,
    }),
  },
  { additionalProperties: false },
);
export type NoteBody = Static<typeof NoteBodySchema>;

/** The device's whole set of votes (replaces the previous set; at most votesPerDevice). */
export const VotesBodySchema = Type.Object(
  { noteIds: Type.Array(ClientId, { maxItems: 20, uniqueItems: true }) },
  { additionalProperties: false },
);
export type VotesBody = Static<typeof VotesBodySchema>;

const PulseValue = Type.Integer({ minimum: 1, maximum: 5 });
export const PulseBodySchema = Type.Object(
  { involved: PulseValue, contribute: PulseValue },
  { additionalProperties: false },
);
export type PulseBody = Static<typeof PulseBodySchema>;

export const NewActionBodySchema = Type.Object(
  {
    text: Type.String({
      minLength: FOLLOW_UP_LIMITS.actionTextMin,
      maxLength: FOLLOW_UP_LIMITS.actionTextMax,
    }),
    owner: Type.String({ minLength: 1, maxLength: FOLLOW_UP_LIMITS.ownerMax }),
    dueDate: DaySchema,
  },
  { additionalProperties: false },
);
export type NewActionBody = Static<typeof NewActionBodySchema>;

/** A lead corrects an action or closes it outside a follow-up. */
export const ActionEditBodySchema = Type.Object(
  {
    text: Type.String({
      minLength: FOLLOW_UP_LIMITS.actionTextMin,
      maxLength: FOLLOW_UP_LIMITS.actionTextMax,
    }),
    owner: Type.String({ minLength: 1, maxLength: FOLLOW_UP_LIMITS.ownerMax }),
    dueDate: DaySchema,
    state: Type.Enum(ACTION_STATES),
  },
  { additionalProperties: false },
);
export type ActionEditBody = Static<typeof ActionEditBodySchema>;

export const LearningBodySchema = Type.Object(
  { learning: Type.String({ maxLength: FOLLOW_UP_LIMITS.learningMax }) },
  { additionalProperties: false },
);
export type LearningBody = Static<typeof LearningBodySchema>;

/** Ending sets the next follow-up's date (default: `nextFollowUpDay(kind, today)`). */
export const EndFollowUpBodySchema = Type.Object(
  { nextDate: DaySchema },
  { additionalProperties: false },
);
export type EndFollowUpBody = Static<typeof EndFollowUpBodySchema>;

export const NoteSchema = Type.Object({
  id: ClientId,
  kind: NoteKindSchema,
  text: Type.String(),
  /** Null while votes are hidden (before the vote step ends). */
  votes: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
  createdAt: Timestamp,
  /** Only in a lead's read: hidden notes are left out for everyone else. */
  hidden: Type.Optional(Type.Boolean()),
});
export type Note = Static<typeof NoteSchema>;

/** A follow-up's pulse: means are null when fewer than SMALL_GROUP_MIN devices answered. */
export const PulseResultSchema = Type.Object({
  respondents: Type.Integer({ minimum: 0 }),
  involved: Type.Union([Type.Number(), Type.Null()]),
  contribute: Type.Union([Type.Number(), Type.Null()]),
});
export type PulseResult = Static<typeof PulseResultSchema>;

/**
 * The live follow-up as every screen sees it (in the method state): small. While writing, the
 * notes stay hidden ("a few silent minutes"): only counts. From the vote on, the notes are
 * shown (the wall shows FOLLOW_UP_LIMITS.wallNotesPerKind per kind); votes after the vote step.
 */
export const FollowUpLiveSchema = Type.Object({
  id: EntityId,
  kind: FollowUpKindSchema,
  step: FollowUpStepSchema,
  steps: Type.Array(FollowUpStepSchema),
  startedAt: Timestamp,
  /** Notes written per kind, and by how many devices. */
  notes: Type.Object({
    wentWell: Type.Integer({ minimum: 0 }),
    doBetter: Type.Integer({ minimum: 0 }),
    writers: Type.Integer({ minimum: 0 }),
  }),
  /** Devices that voted, and devices that answered the pulse. */
  voters: Type.Integer({ minimum: 0 }),
  pulseRespondents: Type.Integer({ minimum: 0 }),
  /** The notes shown on the wall (null during actions, goals and write). */
  shown: Type.Union([Type.Array(NoteSchema), Type.Null()]),
  learning: Type.Union([Type.String(), Type.Null()]),
});
export type FollowUpLive = Static<typeof FollowUpLiveSchema>;

/** This device's part in the live follow-up. */
export const FollowUpMineSchema = Type.Object({
  noteIds: Type.Array(ClientId),
  votedNoteIds: Type.Array(ClientId),
  pulse: Type.Union([PulseBodySchema, Type.Null()]),
});
export type FollowUpMine = Static<typeof FollowUpMineSchema>;

/** `GET /follow-ups/current`: the live follow-up, its notes (from the vote on) and this device's part. */
export const FollowUpCurrentSchema = Type.Object({
  live: Type.Union([FollowUpLiveSchema, Type.Null()]),
  /** Every visible note, to vote on (null before the vote step). */
  notes: Type.Union([Type.Array(NoteSchema), Type.Null()]),
  mine: FollowUpMineSchema,
});
export type FollowUpCurrent = Static<typeof FollowUpCurrentSchema>;

/** A follow-up as kept and read back (the lead's run of it, and its record afterwards). */
export const FollowUpDetailSchema = Type.Object({
  id: EntityId,
  boardId: EntityId,
  kind: FollowUpKindSchema,
  step: FollowUpStepSchema,
  steps: Type.Array(FollowUpStepSchema),
  startedAt: Timestamp,
  endedAt: Type.Union([Timestamp, Type.Null()]),
  /** (1) The actions carried over to it, and how it judged each. */
  carried: Type.Array(
    Type.Object({
      action: ActionSchema,
      outcome: Type.Union([Type.Enum(ACTION_OUTCOMES), Type.Null()]),
    }),
  ),
  /** (2) Each goal active at its start: progress then, at the previous follow-up, and the verdict. */
  goals: Type.Array(
    Type.Object({
      goalId: EntityId,
      title: Type.String(),
      dimension: DimensionSchema,
      percent: Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()]),
      previousPercent: Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()]),
      status: NullableGoalStatus,
      outcome: Type.Union([Type.Enum(GOAL_OUTCOMES), Type.Null()]),
    }),
  ),
  /** (3) What went well / can be done better, most voted first (votes once the vote step ended). */
  notes: Type.Array(NoteSchema),
  /** Devices that wrote, and that voted. */
  writers: Type.Integer({ minimum: 0 }),
  voters: Type.Integer({ minimum: 0 }),
  /** (4) The actions it decided. */
  newActions: Type.Array(ActionSchema),
  /** (5) What we learned. */
  learning: Type.Union([Type.String(), Type.Null()]),
  /** (6) The pulse. */
  pulse: PulseResultSchema,
  /** A yearly follow-up's analysis round, compared with the one before. */
  analysis: Type.Union([
    Type.Object({
      roundId: EntityId,
      name: Type.String(),
      previousName: Type.Union([Type.String(), Type.Null()]),
    }),
    Type.Null(),
  ]),
  nextDate: Type.Union([DaySchema, Type.Null()]),
});
export type FollowUpDetail = Static<typeof FollowUpDetailSchema>;

/** One follow-up in the kept list, with its pulse (the trend over time is the list's pulses). */
export const FollowUpSummarySchema = Type.Object({
  id: EntityId,
  kind: FollowUpKindSchema,
  startedAt: Timestamp,
  endedAt: Type.Union([Timestamp, Type.Null()]),
  learning: Type.Union([Type.String(), Type.Null()]),
  notes: Type.Integer({ minimum: 0 }),
  newActions: Type.Integer({ minimum: 0 }),
  pulse: PulseResultSchema,
  nextDate: Type.Union([DaySchema, Type.Null()]),
});
export type FollowUpSummary = Static<typeof FollowUpSummarySchema>;

export const FollowUpListSchema = Type.Object({
  /** Newest first. */
  followUps: Type.Array(FollowUpSummarySchema),
  /** The date of the next follow-up (set by the latest ended one), or null. */
  nextDate: Type.Union([DaySchema, Type.Null()]),
});
export type FollowUpList = Static<typeof FollowUpListSchema>;

/** What every screen knows of step 7 (part of the method state). */
export const FollowUpStateSchema = Type.Object({
  /** The board meeting running now, and the weekly slot. */
  meeting: Type.Object({
    live: Type.Union([
      Type.Object({ id: EntityId, startedAt: Timestamp, since: Timestamp }),
      Type.Null(),
    ]),
    slot: Type.Union([MeetingSlotSchema, Type.Null()]),
  }),
  /** The follow-up running now (it takes the wall over like the workshop), or null. */
  live: Type.Union([FollowUpLiveSchema, Type.Null()]),
  /** Open and ongoing actions, soonest due first (at most wallActionsMax). */
  actions: Type.Array(ActionSchema),
  /** The latest ended follow-up's learning and date, and the next follow-up's date. */
  latest: Type.Union([
    Type.Object({
      id: EntityId,
      endedAt: Timestamp,
      learning: Type.Union([Type.String(), Type.Null()]),
      nextDate: Type.Union([DaySchema, Type.Null()]),
    }),
    Type.Null(),
  ]),
});
export type FollowUpState = Static<typeof FollowUpStateSchema>;
