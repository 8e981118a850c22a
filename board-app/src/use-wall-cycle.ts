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

/** Never wait longer than this to look again: a sleeping screen or a changed clock catch up. */
const RECHECK_MS = 60_000;

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
export function useWallCycle(method: MethodState | undefined, pages: ScenePages): WallPosition {
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

  const live = liveScene(method);
  if (live) return { scene: live, page: 0, pages: 1 };
  return { scene: step.scene, page: step.page, pages: step.pages };
}
