import Type, { type Static } from 'typebox';
import { DIMENSIONS, LANGUAGES } from './domain.js';
import { ClientId, EntityId, MultilineText, Timestamp } from './schema-primitives.js';
import { PULSE_QUESTIONS, WORKSHOP_LIMITS as L } from './workshop.js';

/**
 * Wire shapes of the workshop (step 1). Routes, all under `/api/boards/:boardId/workshop`:
 *
 * | method | path                              | who    | body / answer                          |
 * |--------|-----------------------------------|--------|----------------------------------------|
 * | GET    | /templates                        | lead   | → WorkshopTemplateList                 |
 * | POST   | /templates                        | lead   | CopyTemplateBody → WorkshopTemplate    |
 * | PUT    | /templates/:templateId            | lead   | EditTemplateBody → WorkshopTemplate    |
 * | DELETE | /templates/:templateId            | lead   | → 204 (built-in ones: 4xx)             |
 * | POST   | /sessions                         | lead   | StartSessionBody → WorkshopLive (201)  |
 * | GET    | /sessions                         | lead   | → WorkshopSessionList                  |
 * | GET    | /sessions/:sessionId              | lead   | → WorkshopSessionResults               |
 * | GET    | /current                          | board  | → WorkshopCurrent (lead: + `lead`)     |
 * | POST   | /current/control                  | lead   | ControlBody → WorkshopLive | null      |
 * | POST   | /current/hide                     | lead   | HideEntryBody → 204                    |
 * | POST   | /answers                          | phone  | WorkshopAnswerBody → WorkshopMine      |
 * | GET    | /current/ideas                    | board  | → IdeaList (current activity's ideas)  |
 * | GET    | /sessions/:sessionId/ideas        | lead   | → IdeaList (every idea of the session) |
 * | POST   | /ideas/:ideaId/suggestion         | lead   | → Suggestion (201): text + dimension   |
 *
 * "board" = any phone, wall or lead of the board; "phone" = a device of the board (answers are
 * per device, never per person). Live changes reach screens as `method:updated` (the method
 * state's `workshop` part), answer tallies coalesced like the interest vote's voter count.
 */

const Title = Type.String({ minLength: 1, maxLength: L.titleMax });
const Text = MultilineText({ maxLength: L.textMax });
const Options = Type.Array(Type.String({ minLength: 1, maxLength: L.optionMax }), {
  minItems: L.optionsMin,
  maxItems: L.optionsMax,
});
/** An activity's id inside its template or session (stable across edits of the template). */
export const ActivityId = Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9_-]+$' });

const base = { id: ActivityId, title: Title, text: Text };

export const SlideActivitySchema = Type.Object({
  ...base,
  kind: Type.Literal('slide'),
  photoId: Type.Union([EntityId, Type.Null()]),
});
export const WordcloudActivitySchema = Type.Object({ ...base, kind: Type.Literal('wordcloud') });
export const PollActivitySchema = Type.Object({
  ...base,
  kind: Type.Literal('poll'),
  options: Options,
  multiple: Type.Boolean(),
  /** Results stay hidden on the wall and phones until the lead reveals them (the default). */
  hideResults: Type.Boolean(),
});
export const ScaleActivitySchema = Type.Object({
  ...base,
  kind: Type.Literal('scale'),
  /** Words for 1 and for 5. */
  low: Type.String({ maxLength: L.optionMax }),
  high: Type.String({ maxLength: L.optionMax }),
  /** Kept as a pulse for the follow-up (step 7), or null. */
  pulse: Type.Union([Type.Enum(PULSE_QUESTIONS), Type.Null()]),
});
export const QuizActivitySchema = Type.Object({
  ...base,
  kind: Type.Literal('quiz'),
  options: Options,
  /**
   * The index of the correct option. In a live state it is null until the lead closes the
   * question (so no phone can read it early); in templates and results it is always set.
   */
  correct: Type.Union([Type.Integer({ minimum: 0, maximum: L.optionsMax - 1 }), Type.Null()]),
});
export const IdeasActivitySchema = Type.Object({ ...base, kind: Type.Literal('ideas') });
export const InterestVoteActivitySchema = Type.Object({
  ...base,
  kind: Type.Literal('interest_vote'),
});

export const ActivitySchema = Type.Union([
  SlideActivitySchema,
  WordcloudActivitySchema,
  PollActivitySchema,
  ScaleActivitySchema,
  QuizActivitySchema,
  IdeasActivitySchema,
  InterestVoteActivitySchema,
]);
export type Activity = Static<typeof ActivitySchema>;

// ── Templates ────────────────────────────────────────────────────────────────────────────

export const WorkshopTemplateSchema = Type.Object({
  /** Built-in templates have fixed ids (`builtin-sustainability-sv`, `…-en`). */
  id: EntityId,
  name: Type.String({ minLength: 1, maxLength: L.templateNameMax }),
  language: Type.Enum(LANGUAGES),
  builtIn: Type.Boolean(),
  /** Rough length in minutes, for the lead choosing one. */
  minutes: Type.Integer({ minimum: 0 }),
  activities: Type.Array(ActivitySchema, { minItems: 1, maxItems: L.activitiesMax }),
  updatedAt: Type.Union([Timestamp, Type.Null()]),
});
export type WorkshopTemplate = Static<typeof WorkshopTemplateSchema>;
export const WorkshopTemplateListSchema = Type.Object({
  templates: Type.Array(WorkshopTemplateSchema),
});
export type WorkshopTemplateList = Static<typeof WorkshopTemplateListSchema>;

export const CopyTemplateBodySchema = Type.Object(
  {
    fromTemplateId: EntityId,
    name: Type.Optional(Type.String({ minLength: 1, maxLength: L.templateNameMax })),
  },
  { additionalProperties: false },
);
export type CopyTemplateBody = Static<typeof CopyTemplateBodySchema>;
export const EditTemplateBodySchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: L.templateNameMax }),
    minutes: Type.Integer({ minimum: 0, maximum: 600 }),
    activities: Type.Array(ActivitySchema, { minItems: 1, maxItems: L.activitiesMax }),
  },
  { additionalProperties: false },
);
export type EditTemplateBody = Static<typeof EditTemplateBodySchema>;
export const TemplateParamsSchema = Type.Object({ boardId: EntityId, templateId: EntityId });

// ── Results (what the wall and phones show; what a session keeps) ────────────────────────

export const CloudWordSchema = Type.Object({
  /** The merge key (see `wordKey`): a lead hides a word by it. */
  key: Type.String(),
  text: Type.String(),
  count: Type.Integer({ minimum: 1 }),
});
export const IdeaSchema = Type.Object({
  id: EntityId,
  text: Type.String(),
  dimension: Type.Enum(DIMENSIONS),
  upvotes: Type.Integer({ minimum: 0 }),
  createdAt: Timestamp,
  /** The suggestion a lead made of it, once made. */
  suggestionId: Type.Union([EntityId, Type.Null()]),
});
export type Idea = Static<typeof IdeaSchema>;
export const IdeaListSchema = Type.Object({ ideas: Type.Array(IdeaSchema) });
export type IdeaList = Static<typeof IdeaListSchema>;

export const ActivityResultsSchema = Type.Union([
  Type.Object({
    kind: Type.Literal('wordcloud'),
    /** Entries in all (hidden ones left out) and the biggest words, most first. */
    entries: Type.Integer({ minimum: 0 }),
    words: Type.Array(CloudWordSchema),
  }),
  Type.Object({
    kind: Type.Literal('poll'),
    /** Devices per option, in the options' order. */
    counts: Type.Array(Type.Integer({ minimum: 0 })),
    voters: Type.Integer({ minimum: 0 }),
  }),
  Type.Object({
    kind: Type.Literal('quiz'),
    counts: Type.Array(Type.Integer({ minimum: 0 })),
    voters: Type.Integer({ minimum: 0 }),
    correct: Type.Integer({ minimum: 0 }),
  }),
  Type.Object({
    kind: Type.Literal('scale'),
    /** Devices that answered 1, 2, 3, 4 and 5. */
    counts: Type.Array(Type.Integer({ minimum: 0 }), { minItems: 5, maxItems: 5 }),
    average: Type.Union([Type.Number(), Type.Null()]),
  }),
  Type.Object({
    kind: Type.Literal('ideas'),
    count: Type.Integer({ minimum: 0 }),
    /** The top `WORKSHOP_LIMITS.ideasOnWall` by upvotes (hidden ones left out). */
    top: Type.Array(IdeaSchema),
  }),
]);
export type ActivityResults = Static<typeof ActivityResultsSchema>;

// ── The live session (part of the method state every screen of the board holds) ─────────

export const WorkshopLiveSchema = Type.Object({
  sessionId: EntityId,
  title: Type.String(),
  startedAt: Timestamp,
  /** Which activity is on (0-based) of how many. */
  index: Type.Integer({ minimum: 0 }),
  count: Type.Integer({ minimum: 1 }),
  /** The current activity; a quiz's `correct` is null until it is closed. */
  activity: ActivitySchema,
  /** Open for answers, or closed by the lead (answers then get `activity_closed`). */
  open: Type.Boolean(),
  /** The lead revealed the results (poll); closed quizzes and other kinds show them anyway. */
  revealed: Type.Boolean(),
  /** Devices that answered the current activity. */
  answered: Type.Integer({ minimum: 0 }),
  /** What the screens may show now; null for a slide, an interest vote, or hidden results. */
  results: Type.Union([ActivityResultsSchema, Type.Null()]),
});
export type WorkshopLive = Static<typeof WorkshopLiveSchema>;

/** This device's own answers to the current activity (so a phone shows what it chose). */
export const WorkshopMineSchema = Type.Object({
  activityId: Type.Union([ActivityId, Type.Null()]),
  choices: Type.Array(Type.Integer({ minimum: 0 })),
  value: Type.Union([Type.Integer({ minimum: 1, maximum: 5 }), Type.Null()]),
  words: Type.Array(Type.String()),
  ideaIds: Type.Array(EntityId),
  upvotedIdeaIds: Type.Array(EntityId),
});
export type WorkshopMine = Static<typeof WorkshopMineSchema>;

export const WorkshopCurrentSchema = Type.Object({
  live: Type.Union([WorkshopLiveSchema, Type.Null()]),
  mine: WorkshopMineSchema,
  /** Only for a lead of the board: the remote's figures and every entry it can hide. */
  lead: Type.Optional(
    Type.Object({
      /** Phones of the board connected now (distinct devices). */
      connected: Type.Integer({ minimum: 0 }),
      /** The current results even while hidden from the screens. */
      results: Type.Union([ActivityResultsSchema, Type.Null()]),
      /** The current activity as the template has it (a quiz's answer included). */
      activity: ActivitySchema,
    }),
  ),
});
export type WorkshopCurrent = Static<typeof WorkshopCurrentSchema>;

export const StartSessionBodySchema = Type.Object(
  { templateId: EntityId },
  { additionalProperties: false },
);
export type StartSessionBody = Static<typeof StartSessionBodySchema>;

export const CONTROL_ACTIONS = [
  'next',
  'back',
  'reveal',
  'close',
  'reopen',
  'reset',
  'end',
] as const;
export type ControlAction = (typeof CONTROL_ACTIONS)[number];
export const ControlBodySchema = Type.Object(
  {
    action: Type.Enum(CONTROL_ACTIONS),
    /**
     * The activity index the lead's remote showed when tapped: a double tap on "next" moves
     * once (the second gets 409 `conflict` and the remote refreshes).
     */
    index: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type ControlBody = Static<typeof ControlBodySchema>;

/** Hide a word (by its key) or an idea (by its id) of the current activity from the screens. */
export const HideEntryBodySchema = Type.Object(
  {
    activityId: ActivityId,
    entry: Type.String({ minLength: 1, maxLength: 80 }),
  },
  { additionalProperties: false },
);
export type HideEntryBody = Static<typeof HideEntryBodySchema>;

export const WorkshopAnswerSchema = Type.Union([
  /** Poll (one or several options) or quiz (exactly one): replaces the device's earlier choice. */
  Type.Object(
    {
      kind: Type.Literal('choice'),
      choices: Type.Array(Type.Integer({ minimum: 0 }), { minItems: 1, maxItems: L.optionsMax }),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('scale'), value: Type.Integer({ minimum: 1, maximum: 5 }) },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('word'), text: Type.String({ minLength: 1, maxLength: L.wordMax }) },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal('idea'),
      text: MultilineText({ minLength: L.ideaMin, maxLength: L.ideaMax }),
      dimension: Type.Enum(DIMENSIONS),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('upvote'), ideaId: EntityId, on: Type.Boolean() },
    { additionalProperties: false },
  ),
]);
export type WorkshopAnswer = Static<typeof WorkshopAnswerSchema>;

export const WorkshopAnswerBodySchema = Type.Object(
  {
    /** A retried answer with the same id is stored once. */
    clientId: ClientId,
    /** The activity the phone showed: an answer to another (or a closed) one is refused. */
    activityId: ActivityId,
    answer: WorkshopAnswerSchema,
  },
  { additionalProperties: false },
);
export type WorkshopAnswerBody = Static<typeof WorkshopAnswerBodySchema>;

// ── Kept sessions ────────────────────────────────────────────────────────────────────────

export const WorkshopSessionSummarySchema = Type.Object({
  id: EntityId,
  title: Type.String(),
  startedAt: Timestamp,
  endedAt: Type.Union([Timestamp, Type.Null()]),
  /** Devices that answered anything in the session. */
  devices: Type.Integer({ minimum: 0 }),
  ideas: Type.Integer({ minimum: 0 }),
  /** Suggestions a lead made from the session's ideas. */
  suggestions: Type.Integer({ minimum: 0 }),
});
export type WorkshopSessionSummary = Static<typeof WorkshopSessionSummarySchema>;
export const WorkshopSessionListSchema = Type.Object({
  sessions: Type.Array(WorkshopSessionSummarySchema),
});
export const WorkshopSessionResultsSchema = Type.Object({
  session: WorkshopSessionSummarySchema,
  activities: Type.Array(
    Type.Object({
      activity: ActivitySchema,
      answered: Type.Integer({ minimum: 0 }),
      results: Type.Union([ActivityResultsSchema, Type.Null()]),
    }),
  ),
});
export type WorkshopSessionResults = Static<typeof WorkshopSessionResultsSchema>;
export const SessionParamsSchema = Type.Object({ boardId: EntityId, sessionId: EntityId });
export const IdeaParamsSchema = Type.Object({ boardId: EntityId, ideaId: EntityId });
