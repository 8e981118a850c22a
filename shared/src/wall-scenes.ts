import Type, { type Static } from 'typebox';
import {
  CYCLE_SCENES,
  SCENE_SECONDS_MAX,
  SCENE_SECONDS_MIN,
  type WallCycleEntry,
} from './wall-cycle.js';

/**
 * The wire schemas of the wall's scenes. The plain values (the scenes, the default cycle, the
 * views a lead can put on the wall) live in wall-cycle.ts, without TypeBox, so the kiosk and
 * the phone import them without the schema library; they are re-exported here.
 */
export * from './wall-cycle.js';

export const WallCycleEntrySchema = Type.Object({
  scene: Type.Enum(CYCLE_SCENES),
  /** How long the scene stays each time round (a paged scene shares it among its pages). */
  seconds: Type.Integer({ minimum: SCENE_SECONDS_MIN, maximum: SCENE_SECONDS_MAX }),
});

/** The scenes in the order they run; each scene at most once (the service refuses repeats). */
export const WallCycleSchema = Type.Array(WallCycleEntrySchema, {
  minItems: 1,
  maxItems: CYCLE_SCENES.length,
});

/** Fails to compile if the plain type in wall-cycle.ts and the schema ever differ. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type WallCycleEntryMatchesSchema =
  Same<Static<typeof WallCycleEntrySchema>, WallCycleEntry> extends true ? true : never;
export const wallCycleEntryMatchesSchema: WallCycleEntryMatchesSchema = true;

export const WallCycleBodySchema = Type.Object(
  { cycle: WallCycleSchema },
  { additionalProperties: false },
);
export type WallCycleBody = Static<typeof WallCycleBodySchema>;
