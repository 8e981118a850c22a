import { useEffect, useState } from 'react';
import type { MethodState } from '@tavla/shared/method-schemas';
import { chooseWallScene, msUntilSceneChange, type WallScene } from './wall-scene.js';

/** Never wait longer than this to look again: a sleeping screen or a changed clock catch up. */
const RECHECK_MS = 60_000;

/**
 * The scene the wall shows now. It follows every new method state, and goes back to the board
 * by itself when a shown view's time is up: a timer to that moment, no server message needed.
 */
export function useWallScene(method: MethodState | undefined): WallScene {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const real = new Date();
    // `now` may be old when a new state arrives: look again at once if that changes the answer.
    const stale = chooseWallScene(method, real) !== chooseWallScene(method, now);
    const wait = stale ? 0 : msUntilSceneChange(method, real);
    if (wait === null) return undefined;
    const timer = setTimeout(() => setNow(new Date()), Math.min(wait + 50, RECHECK_MS));
    return () => clearTimeout(timer);
  }, [method, now]);
  return chooseWallScene(method, now);
}
