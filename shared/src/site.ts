import Type, { type Static } from 'typebox';
import { GOAL_STATES, LANGUAGES, DIMENSIONS } from './domain.js';
import { EntityId, Timestamp } from './schema-primitives.js';
import { ParticipationSchema } from './analytics.js';
import { RoadmapStepSchema } from './method-schemas.js';

/**
 * Many boards, one site: the admin's overview of every board, and the site wall (one read-only
 * screen for the canteen or the entrance that shows several boards' summaries).
 *
 * | method | path                         | who       | body → answer                          |
 * |--------|------------------------------|-----------|----------------------------------------|
 * | GET    | /api/admin/overview          | admin     | → SiteOverview (every board, one read) |
 * | GET    | /api/admin/site-wall         | admin     | → SiteWallSettings (with its URL)      |
 * | PUT    | /api/admin/site-wall         | admin     | SiteWallBody → SiteWallSettings        |
 * | POST   | /api/admin/site-wall/key     | admin     | → SiteWallSettings (a new key and URL) |
 * | GET    | /api/site/summary            | site key  | → SiteSummary (`x-display-key` header) |
 *
 * Live: the site wall's socket connects to the namespace SITE_NAMESPACE with `{ siteKey }`
 * and is sent `site:changed { boardId, seq }` when a board it shows changes; it then reads
 * the summary again (and on every reconnect, so a restart never leaves it stale).
 */

import { SITE_LAYOUTS, SITE_WALL_LIMITS } from './site-rules.js';

const GoalCountsSchema = Type.Object({
  onTrack: Type.Integer({ minimum: 0 }),
  atRisk: Type.Integer({ minimum: 0 }),
  offTrack: Type.Integer({ minimum: 0 }),
  unknown: Type.Integer({ minimum: 0 }),
});
export type GoalCounts = Static<typeof GoalCountsSchema>;

export const BoardOverviewSchema = Type.Object({
  id: EntityId,
  name: Type.String(),
  language: Type.Enum(LANGUAGES),
  screens: Type.Object({
    /** Wall screens with a heartbeat within SCREEN_LIVE_MS. */
    live: Type.Integer({ minimum: 0 }),
    /** The latest heartbeat of any of its screens (null: never had one). */
    lastSeenAt: Type.Union([Timestamp, Type.Null()]),
  }),
  /** When the board last changed (its latest sequence number), null if it never did. */
  lastActivityAt: Type.Union([Timestamp, Type.Null()]),
  /** Since when the board is archived (read-only; its screens are not expected), or null. */
  archivedAt: Type.Union([Timestamp, Type.Null()]),
  /** This quarter's participation, as the analytics page counts it. */
  participation: ParticipationSchema,
  /** The active goals by their status now. */
  goals: GoalCountsSchema,
  /** The first step of the roadmap not done yet (null: all seven done). */
  roadmap: Type.Object({
    done: Type.Integer({ minimum: 0, maximum: 7 }),
    current: Type.Union([
      Type.Object({
        step: RoadmapStepSchema.properties.step,
        key: RoadmapStepSchema.properties.key,
        status: RoadmapStepSchema.properties.status,
      }),
      Type.Null(),
    ]),
  }),
});
export type BoardOverview = Static<typeof BoardOverviewSchema>;

export const SiteOverviewSchema = Type.Object({
  generatedAt: Timestamp,
  boards: Type.Array(BoardOverviewSchema),
});
export type SiteOverview = Static<typeof SiteOverviewSchema>;

export const SiteWallBodySchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 80 }),
    language: Type.Enum(LANGUAGES),
    layout: Type.Enum(SITE_LAYOUTS),
    turnSeconds: Type.Integer({
      minimum: SITE_WALL_LIMITS.turnMin,
      maximum: SITE_WALL_LIMITS.turnMax,
    }),
    boardIds: Type.Array(EntityId, { maxItems: SITE_WALL_LIMITS.boardsMax, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type SiteWallBody = Static<typeof SiteWallBodySchema>;

export const SiteWallSettingsSchema = Type.Object({
  name: Type.String(),
  language: Type.Enum(LANGUAGES),
  layout: Type.Enum(SITE_LAYOUTS),
  turnSeconds: Type.Integer(),
  boardIds: Type.Array(EntityId),
  /** The site wall's URL with its read-only key. */
  url: Type.String(),
});
export type SiteWallSettings = Static<typeof SiteWallSettingsSchema>;

const SiteGoalSchema = Type.Object({
  id: EntityId,
  title: Type.String(),
  dimension: Type.Enum(DIMENSIONS),
  state: Type.Enum(GOAL_STATES),
  /** 0–100, null while the goal has no numbers to measure against. */
  percent: Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()]),
  status: Type.Union([Type.Enum(['on_track', 'at_risk', 'off_track'] as const), Type.Null()]),
});
export type SiteGoal = Static<typeof SiteGoalSchema>;

export const BoardSummarySchema = Type.Object({
  id: EntityId,
  name: Type.String(),
  language: Type.Enum(LANGUAGES),
  /** The board's sequence number the summary was read at. */
  seq: Type.Integer({ minimum: 0 }),
  goals: Type.Array(SiteGoalSchema),
  counts: Type.Object({
    new: Type.Integer({ minimum: 0 }),
    /** Under review, planned or in progress. */
    inProgress: Type.Integer({ minimum: 0 }),
    /** Done within SITE_DONE_DAYS. */
    doneLately: Type.Integer({ minimum: 0 }),
  }),
  latestDone: Type.Union([
    Type.Object({
      text: Type.String(),
      dimension: Type.Enum(DIMENSIONS),
      doneAt: Timestamp,
    }),
    Type.Null(),
  ]),
  participation: ParticipationSchema,
});
export type BoardSummary = Static<typeof BoardSummarySchema>;

export const SiteSummarySchema = Type.Object({
  name: Type.String(),
  language: Type.Enum(LANGUAGES),
  layout: Type.Enum(SITE_LAYOUTS),
  turnSeconds: Type.Integer(),
  generatedAt: Timestamp,
  boards: Type.Array(BoardSummarySchema),
});
export type SiteSummary = Static<typeof SiteSummarySchema>;

/** What the site namespace sends: a board shown on the wall has changed. */
export interface SiteServerToClientEvents {
  'site:changed': (payload: { boardId: string; seq: number }) => void;
  /** The site key was replaced: this screen is cut off. */
  'site:link-replaced': () => void;
}
