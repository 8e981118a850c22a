/**
 * The wall's scenes as plain values (no TypeBox, so the apps can import them without the
 * schema library; the schemas are in wall-scenes.ts, which re-exports all of this).
 *
 * A wall cannot show five columns of cards readable from five metres, so it cycles through
 * scenes unattended: the board (columns with counts and the newest cards), the goals, what is
 * new and what was recently done, what now applies (announcements), the analysis and
 * matrix of the method, and the follow-up (open actions with their due colours, the latest
 * learning, the participation target). A lead sets which scenes run and for how long, and can put one on the
 * wall now. Live moments (a workshop, an open interest vote, a
 * board meeting, a follow-up) take the wall over while they
 * last, whatever the cycle says.
 */
export const CYCLE_SCENES = [
  'board',
  'goals',
  'recent',
  'announcements',
  'analysis',
  'matrix',
  'follow_up',
] as const;
export type CycleScene = (typeof CYCLE_SCENES)[number];

/** Scenes that take the wall over while something happens live (they are not in the cycle). */
export const LIVE_SCENES = ['workshop', 'vote', 'meeting', 'follow_up_live'] as const;
export type LiveScene = (typeof LIVE_SCENES)[number];

export type WallSceneId = CycleScene | LiveScene;

export const SCENE_SECONDS_MIN = 10;
export const SCENE_SECONDS_MAX = 600;

/** One scene of the cycle (`WallCycleEntrySchema` in wall-scenes.ts checks it on the wire). */
export interface WallCycleEntry {
  scene: CycleScene;
  /** How long the scene stays each time round (a paged scene shares it among its pages). */
  seconds: number;
}
export type WallCycle = WallCycleEntry[];

/**
 * A new board's cycle. A scene with nothing to show (no goals, no announcements, no finished
 * analysis) is skipped by the wall rather than shown empty, so all of them can be on.
 */
export const DEFAULT_WALL_CYCLE: WallCycle = [
  { scene: 'board', seconds: 40 },
  { scene: 'goals', seconds: 30 },
  { scene: 'recent', seconds: 25 },
  { scene: 'announcements', seconds: 25 },
  { scene: 'analysis', seconds: 20 },
  { scene: 'matrix', seconds: 20 },
  { scene: 'follow_up', seconds: 25 },
];

/** True when no scene appears twice (the one rule the schema cannot say). */
export function isValidCycle(cycle: readonly WallCycleEntry[]): boolean {
  return new Set(cycle.map((entry) => entry.scene)).size === cycle.length;
}

/**
 * What a lead can put on the wall now: one scene, until a moment, or back to the cycle
 * (`cycle`).
 */
export const WALL_VIEWS = ['cycle', ...CYCLE_SCENES] as const;
export type WallView = (typeof WALL_VIEWS)[number];
