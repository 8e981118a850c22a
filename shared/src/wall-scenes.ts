import Type, { type Static } from 'typebox';
import { CYCLE_SCENES, SCENE_SECONDS_MAX, SCENE_SECONDS_MIN } from './wall-rules.js';

// The scenes and the rules of the cycle are plain values in wall-rules.ts (the apps import them
// without TypeBox); this module adds the wire schemas and re-exports them.
export * from './wall-rules.js';

export const WallCycleEntrySchema = Type.Object({
  scene: Type.Enum(CYCLE_SCENES),
  /** How long the scene stays each time round (a paged scene shares it among its pages). */
  seconds: Type.Integer({ minimum: SCENE_SECONDS_MIN, maximum: SCENE_SECONDS_MAX }),
});
export type WallCycleEntry = Static<typeof WallCycleEntrySchema>;

/** The scenes in the order they run; each scene at most once (the service refuses repeats). */
export const WallCycleSchema = Type.Array(WallCycleEntrySchema, {
  minItems: 1,
  maxItems: CYCLE_SCENES.length,
});
export type WallCycle = Static<typeof WallCycleSchema>;

export const WallCycleBodySchema = Type.Object(
  { cycle: WallCycleSchema },
  { additionalProperties: false },
);
export type WallCycleBody = Static<typeof WallCycleBodySchema>;
