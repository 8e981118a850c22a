import { useEffect, useRef, useState } from 'react';
import type { MethodState } from '@tavla/shared/method-schemas';
import { DEFAULT_WALL_CYCLE } from '@tavla/shared/wall-cycle';
import {
  isStale,
  nextStep,
  type CycleInput,
  type CycleStep,
  type ScenePages,
} from './wall-cycle-plan.js';
import { liveScene, msUntilShownEnds, shownScene, type WallScene } from './wall-scene.js';
import type { LiveScene } from '@tavla/shared/wall-cycle';

/** Never wait longer than this to look again: a sleeping screen or a changed clock catch up. */
const RECHECK_MS = 60_000;
/** How long a page of a live scene that does not fit on one (the meeting's lists) stays. */
export const LIVE_PAGE_MS = 15_000;

/** Milliseconds to the next whole minute of `now` (a weekly meeting slot starts and ends on one). */
export function msToNextMinute(now: Date): number {
  return 60_000 - (now.getSeconds() * 1000 + now.getMilliseconds());
}

export interface WallPosition {
  scene: WallScene;
  /** The page of the scene on the wall (0-based) and how many it has. */
  page: number;
  pages: number;
}

/**
 * The scene (and page) the wall shows now: a live moment if there is one, else the scene a
 * lead put on the wall until its time passes (a timer to that moment, no server message), else
 * the cycle, each page for its time (`wall-cycle-plan.ts` decides; this only runs the timers).
 * The cycle goes on underneath a live moment, a spotlight or a celebration.
 */
export function useWallCycle(
  method: MethodState | undefined,
  pages: ScenePages,
  livePages: (scene: LiveScene) => number = () => 1,
  /** What the live scene shows (the live follow-up's view): a new one starts at its first page. */
  liveView = '',
): WallPosition {
  const [now, setNow] = useState(() => new Date());
  const shown = shownScene(method, now);
  const input: CycleInput = { cycle: method?.wall.cycle ?? DEFAULT_WALL_CYCLE, pages, shown };
  const latest = useRef(input);
  // The timer reads the newest content when it fires (a render may come in between).
  useEffect(() => {
    latest.current = input;
  });
  const [step, setStep] = useState<CycleStep>(() => nextStep(input, null));

  // The lead showed another scene, or the one on the wall lost its page, or the lead sent the
  // wall back to the cycle from the scene it shows: move on now (state adjusted during render,
  // React's pattern for state that follows props).
  const [shownBefore, setShownBefore] = useState(shown);
  if (shown !== shownBefore) {
    setShownBefore(shown);
    if (shown === null && step.scene === shownBefore) setStep(nextStep(input, step));
  }
  if (isStale(input, step)) setStep(nextStep(input, step));

  // Each page for its time, then the next.
  useEffect(() => {
    const timer = setTimeout(
      () => setStep((current) => nextStep(latest.current, current)),
      step.ms,
    );
    return () => clearTimeout(timer);
  }, [step]);

  // Back to the cycle by itself once the lead's `until` passes.
  useEffect(() => {
    const real = new Date();
    const stale = shownScene(method, real) !== shownScene(method, now);
    const wait = stale ? 0 : msUntilShownEnds(method, real);
    if (wait === null) return undefined;
    const timer = setTimeout(() => setNow(new Date()), Math.min(wait + 50, RECHECK_MS));
    return () => clearTimeout(timer);
  }, [method, now]);

  // The weekly meeting slot starts and ends by the wall's own clock: look again each minute.
  const slotted = method?.followUp.meeting.slot != null;
  useEffect(() => {
    if (!slotted) return undefined;
    const timer = setTimeout(() => setNow(new Date()), msToNextMinute(new Date()) + 50);
    return () => clearTimeout(timer);
  }, [slotted, now]);

  // A live scene's pages turn on their own timer; a new live scene (or a new view of it, the
  // follow-up's next step) starts at its first page.
  const live = liveScene(method, now);
  const turning = live ? Math.max(1, livePages(live)) : 1;
  const liveKey = `${live ?? ''}:${liveView}`;
  const [livePage, setLivePage] = useState({ key: liveKey, page: 0 });
  if (livePage.key !== liveKey) setLivePage({ key: liveKey, page: 0 });
  useEffect(() => {
    if (turning <= 1) return undefined;
    const timer = setInterval(
      () => setLivePage((current) => ({ ...current, page: current.page + 1 })),
      LIVE_PAGE_MS,
    );
    return () => clearInterval(timer);
  }, [turning, liveKey]);

  if (live) return { scene: live, page: livePage.page % turning, pages: turning };
  return { scene: step.scene, page: step.page, pages: step.pages };
}
