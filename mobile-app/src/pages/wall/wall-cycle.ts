import type { MethodState, WallCycle } from '@tavla/shared';
import {
  CYCLE_SCENES,
  DEFAULT_WALL_CYCLE,
  SCENE_SECONDS_MAX,
  SCENE_SECONDS_MIN,
  type CycleScene,
} from '@tavla/shared/wall-cycle';

/**
 * The lead's draft of the wall's cycle: every scene, in the order it runs, on or off. The
 * scenes that are off keep their place and their seconds, so turning one on again puts it back
 * where it was. What is saved is the scenes that are on (the server's `WallCycle`).
 */
export interface DraftScene {
  scene: CycleScene;
  seconds: number;
  on: boolean;
}
export type Draft = readonly DraftScene[];

/** The steps of the − and + buttons: few enough to reach any of them in a few taps. */
export const SECONDS_STEPS = [10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600] as const;

/** How long "show now" can put a scene on the wall, in minutes. */
export const SHOW_MINUTES = [5, 15, 30, 60] as const;

const defaultSeconds = (scene: CycleScene): number =>
  DEFAULT_WALL_CYCLE.find((entry) => entry.scene === scene)?.seconds ?? 30;

/** The saved cycle's scenes first, in its order, then the others (off, default seconds). */
export function draftFromCycle(cycle: WallCycle): DraftScene[] {
  const draft: DraftScene[] = [];
  for (const { scene, seconds } of cycle) {
    if (draft.some((entry) => entry.scene === scene)) continue;
    draft.push({ scene, seconds: clampSeconds(seconds), on: true });
  }
  for (const scene of CYCLE_SCENES) {
    if (!draft.some((entry) => entry.scene === scene))
      draft.push({ scene, seconds: defaultSeconds(scene), on: false });
  }
  return draft;
}

/** What is saved: the scenes that are on, in order. */
export const cycleFromDraft = (draft: Draft): WallCycle =>
  draft.filter((entry) => entry.on).map(({ scene, seconds }) => ({ scene, seconds }));

/** Whether the draft says something else than the saved cycle. */
export const changedFrom = (draft: Draft, cycle: WallCycle): boolean =>
  !sameCycle(cycleFromDraft(draft), cycle);

/** Whether two saved cycles say the same (scenes, order and seconds). */
export const sameCycle = (a: WallCycle, b: WallCycle): boolean =>
  a.length === b.length &&
  a.every((entry, i) => {
    const other = b[i];
    return entry.scene === other?.scene && entry.seconds === other.seconds;
  });

/** True when this scene is the only one on: it cannot be turned off (the wall needs one). */
export const isLastOn = (draft: Draft, scene: CycleScene): boolean =>
  draft.filter((entry) => entry.on).length === 1 &&
  draft.some((entry) => entry.scene === scene && entry.on);

/** Turns a scene on or off; the last scene that is on stays on. */
export function toggleScene(draft: Draft, scene: CycleScene): Draft {
  if (isLastOn(draft, scene)) return draft;
  return draft.map((entry) => (entry.scene === scene ? { ...entry, on: !entry.on } : entry));
}

/** Moves a scene one place earlier (-1) or later (+1); at either end it stays. */
export function moveScene(draft: Draft, scene: CycleScene, by: -1 | 1): Draft {
  const from = draft.findIndex((entry) => entry.scene === scene);
  const to = from + by;
  if (from < 0 || to < 0 || to >= draft.length) return draft;
  const next = [...draft];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

/** Whole seconds within what the wall accepts (10–600). */
export function clampSeconds(seconds: number): number {
  if (!Number.isFinite(seconds)) return SCENE_SECONDS_MIN;
  return Math.min(SCENE_SECONDS_MAX, Math.max(SCENE_SECONDS_MIN, Math.round(seconds)));
}

/**
 * The next step up (+1) or down (-1) from any number of seconds: from 25, down is 20 and up
 * is 30; at 10 and 600 it stays.
 */
export function stepSeconds(seconds: number, by: -1 | 1): number {
  const current = clampSeconds(seconds);
  const next =
    by > 0
      ? SECONDS_STEPS.find((step) => step > current)
      : [...SECONDS_STEPS].reverse().find((step) => step < current);
  return next ?? current;
}

export function setSeconds(draft: Draft, scene: CycleScene, seconds: number): Draft {
  return draft.map((entry) =>
    entry.scene === scene ? { ...entry, seconds: clampSeconds(seconds) } : entry,
  );
}

/** One round of the cycle, in seconds: the scenes that are on. */
export const roundSeconds = (draft: Draft): number =>
  draft.reduce((sum, entry) => sum + (entry.on ? entry.seconds : 0), 0);

/** A length as minutes and seconds: 160 → { minutes: 2, seconds: 40 }. */
export const splitDuration = (total: number) => ({
  minutes: Math.floor(total / 60),
  seconds: total % 60,
});

/**
 * The scene a lead put on the wall, while it is there: null once the wall cycles again (its
 * time ran out, even if no change has said so yet).
 */
export function shownNow(
  wall: MethodState['wall'] | null | undefined,
  now: number,
): { scene: CycleScene; until: string | null } | null {
  if (!wall || wall.view === 'cycle') return null;
  if (wall.until !== null && Date.parse(wall.until) <= now) return null;
  return { scene: wall.view, until: wall.until };
}
