import Type, { type Static } from 'typebox';
import { DIMENSIONS } from './domain.js';
import { EntityId, Timestamp } from './schema-primitives.js';
import { DaySchema } from './schema-primitives.js';
import { PulseResultSchema } from './follow-ups.js';

/**
 * What a board's history says, for leads and admins (the analytics page), the wall (the
 * participation target's progress) and the printed report. Counts are of devices, never of
 * people; a breakdown over fewer than SMALL_GROUP_MIN devices is null ("too few to show").
 *
 * Routes, under `/api/boards/:boardId`:
 *
 * | method | path                     | who          | body → answer                           |
 * |--------|--------------------------|--------------|-----------------------------------------|
 * | GET    | /analytics?from&to       | lead         | → Analytics (default: the last 12 months)|
 * | GET    | /participation           | board        | → Participation (this quarter)          |
 * | PUT    | /participation-target    | lead         | ParticipationTargetBody → same          |
 * | GET    | /report?from&to          | lead         | → Report (report.ts)                    |
 * | GET    | /export.json             | lead         | → the board's whole history (streamed)  |
 * | GET    | /export/:table.csv       | lead         | suggestions, measurements, actions      |
 */

export const PeriodQuerySchema = Type.Object(
  {
    /** First and last day of the period, YYYY-MM-DD (both included). */
    from: Type.Optional(DaySchema),
    to: Type.Optional(DaySchema),
  },
  { additionalProperties: false },
);
export type PeriodQuery = Static<typeof PeriodQuerySchema>;

/** "At least N % of the employees contribute each quarter" (null: no target). */
export const ParticipationTargetBodySchema = Type.Object(
  { target: Type.Union([Type.Integer({ minimum: 1, maximum: 100 }), Type.Null()]) },
  { additionalProperties: false },
);
export type ParticipationTargetBody = Static<typeof ParticipationTargetBodySchema>;

/**
 * Participation in a period (the wall and the report: this quarter). A device contributes by
 * posting, saying "me too", commenting, answering a workshop, placing dots, acknowledging, or
 * writing, voting or answering the pulse at a follow-up.
 */
export const ParticipationSchema = Type.Object({
  from: DaySchema,
  to: DaySchema,
  employees: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
  /** Devices of the board seen in the 30 days up to `to`. */
  activeDevices: Type.Integer({ minimum: 0 }),
  /** Devices that contributed anything in the period. */
  contributors: Type.Integer({ minimum: 0 }),
  /** contributors / employees, in percent (null without employees). */
  percent: Type.Union([Type.Number({ minimum: 0 }), Type.Null()]),
  /** The board's target (percent per quarter) and whether the period reaches it. */
  target: Type.Union([Type.Integer({ minimum: 1, maximum: 100 }), Type.Null()]),
  reached: Type.Union([Type.Boolean(), Type.Null()]),
  /** Suggestions posted in the period, per employee and year (null without employees). */
  suggestionsPerEmployeeYear: Type.Union([Type.Number({ minimum: 0 }), Type.Null()]),
});
export type Participation = Static<typeof ParticipationSchema>;

const DurationStats = Type.Union([
  Type.Object({
    /** Days, one decimal. */
    median: Type.Number({ minimum: 0 }),
    p80: Type.Number({ minimum: 0 }),
    count: Type.Integer({ minimum: 0 }),
  }),
  Type.Null(),
]);

/** `GET /analytics`: the page's charts. */
export const AnalyticsSchema = Type.Object({
  boardId: EntityId,
  from: DaySchema,
  to: DaySchema,
  generatedAt: Timestamp,
  participation: ParticipationSchema,
  /** Suggestions in and done per calendar month of the period, oldest first. */
  flow: Type.Array(
    Type.Object({
      month: Type.String({ pattern: '^\\d{4}-\\d{2}$' }),
      posted: Type.Integer({ minimum: 0 }),
      done: Type.Integer({ minimum: 0 }),
    }),
  ),
  /**
   * Lead time in days from posted to the first decision (first status change) and to done:
   * over all, and per dimension (null: fewer than SMALL_GROUP_MIN authoring devices).
   */
  leadTime: Type.Object({
    all: Type.Object({ decision: DurationStats, done: DurationStats }),
    byDimension: Type.Array(
      Type.Object({
        dimension: Type.Enum(DIMENSIONS),
        decision: DurationStats,
        done: DurationStats,
      }),
    ),
  }),
  /** Now: still `new` after WAITING_DAYS days, and actions past their due date. */
  bottleneck: Type.Object({
    waiting: Type.Integer({ minimum: 0 }),
    overdueActions: Type.Integer({ minimum: 0 }),
  }),
  /** Active goals by status now. */
  goals: Type.Object({
    onTrack: Type.Integer({ minimum: 0 }),
    atRisk: Type.Integer({ minimum: 0 }),
    offTrack: Type.Integer({ minimum: 0 }),
    unknown: Type.Integer({ minimum: 0 }),
  }),
  /** Announcements asking for acknowledgement, published in the period. */
  acknowledgements: Type.Array(
    Type.Object({
      announcementId: EntityId,
      title: Type.String(),
      acks: Type.Integer({ minimum: 0 }),
      /** acks / employees in percent (null without employees). */
      share: Type.Union([Type.Number({ minimum: 0 }), Type.Null()]),
    }),
  ),
  /** The pulse of each ended follow-up in the period, oldest first. */
  pulse: Type.Array(
    Type.Object({ followUpId: EntityId, date: DaySchema, result: PulseResultSchema }),
  ),
  /** The latest finished analysis round's category scores, with the previous round's. */
  analysis: Type.Union([
    Type.Object({
      roundId: EntityId,
      name: Type.String(),
      previousName: Type.Union([Type.String(), Type.Null()]),
      scores: Type.Array(
        Type.Object({
          categoryId: Type.String(),
          dimension: Type.Enum(DIMENSIONS),
          percent: Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()]),
          previousPercent: Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()]),
        }),
      ),
    }),
    Type.Null(),
  ]),
});
export type Analytics = Static<typeof AnalyticsSchema>;
