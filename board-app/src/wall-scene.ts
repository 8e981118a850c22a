import { inMeetingSlot } from '@tavla/shared/follow-up-rules';
import type { MethodState } from '@tavla/shared/method-schemas';
import {
  CYCLE_SCENES,
  LIVE_SCENES,
  type CycleScene,
  type LiveScene,
  type WallSceneId,
} from '@tavla/shared/wall-cycle';

/** What the wall shows: a scene of the cycle, or a live moment of the method. */
export type WallScene = WallSceneId;

const isCycleScene = (view: string): view is CycleScene =>
  (CYCLE_SCENES as readonly string[]).includes(view);

/** A scene that takes the wall over while something happens live (not one of the cycle). */
export const isLiveScene = (scene: WallScene): scene is LiveScene =>
  (LIVE_SCENES as readonly string[]).includes(scene);

/**
 * A live moment that takes the wall over, whatever the cycle or a lead's "show now" says: a
 * running workshop session (its interest-vote activity included), then an open interest vote,
 * then a running follow-up, then the board meeting (started by a lead, or the weekly slot by
 * the wall's own clock `now`).
 */
export function liveScene(method: MethodState | undefined, now: Date): LiveScene | null {
  if (!method) return null;
  if (method.workshop) return 'workshop';
  if (method.vote?.status === 'open') return 'vote';
  if (method.followUp.live) return 'follow_up_live';
  return meetingOn(method, now) ? 'meeting' : null;
}

/** The board meeting is on: a lead started it, or the weekly slot is now by the wall's clock. */
export function meetingOn(method: MethodState, now: Date): boolean {
  const { live, slot } = method.followUp.meeting;
  return live !== null || (slot !== null && inMeetingSlot(slot, now));
}

/**
 * The scene a lead put on the wall now ("show on wall"), while its `until` has not passed by
 * the wall's own clock; null when the wall cycles. No server message is needed to go back.
 */
export function shownScene(method: MethodState | undefined, now: Date): CycleScene | null {
  if (!method) return null;
  const { view, until } = method.wall;
  if (!isCycleScene(view) || until === null) return null;
  const end = Date.parse(until);
  return Number.isFinite(end) && end > now.getTime() ? view : null;
}

/**
 * Milliseconds until `shownScene` may give another answer without a new method state (the
 * lead's `until` passes), or null when only a server change can alter it.
 */
export function msUntilShownEnds(method: MethodState | undefined, now: Date): number | null {
  if (shownScene(method, now) === null || !method?.wall.until) return null;
  return Date.parse(method.wall.until) - now.getTime();
}
