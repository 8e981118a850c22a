import type { MethodState } from '@tavla/shared/method-schemas';

/** What the wall shows: the board as always, or a moment of the method. */
export type WallScene = 'board' | 'vote' | 'analysis' | 'matrix';

/**
 * Which scene the wall shows, from the board's method state and the wall's own clock.
 *
 * An open interest vote wins: it is a live workshop moment and phones are voting now. Otherwise
 * a lead may have put the analysis or the matrix on the wall until a moment; once that moment
 * has passed the wall is back on the board by itself, without waiting for a server message.
 */
export function chooseWallScene(method: MethodState | undefined, now: Date): WallScene {
  if (!method) return 'board';
  if (method.vote?.status === 'open') return 'vote';
  const { view, until } = method.wall;
  if ((view !== 'analysis' && view !== 'matrix') || until === null) return 'board';
  const end = Date.parse(until);
  return Number.isFinite(end) && end > now.getTime() ? view : 'board';
}

/**
 * Milliseconds until `chooseWallScene` may give another answer without a new method state
 * (the lead's `until` passes), or null when only a server change can alter it.
 */
export function msUntilSceneChange(method: MethodState | undefined, now: Date): number | null {
  if (!method || method.vote?.status === 'open') return null;
  const { view, until } = method.wall;
  if ((view !== 'analysis' && view !== 'matrix') || until === null) return null;
  const end = Date.parse(until);
  if (!Number.isFinite(end) || end <= now.getTime()) return null;
  return end - now.getTime();
}
