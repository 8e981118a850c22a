import type { CycleScene, WallCycleEntry } from '@tavla/shared/wall-cycle';

/**
 * The wall's cycle as a pure plan: which scene (and which page of it) comes next, and for how
 * long. `use-wall-cycle.ts` runs it with timers; everything it decides is here and tested.
 *
 * - Scenes run in the order of the lead's cycle; a scene with nothing to show (0 pages) is
 *   skipped.
 * - A scene with several pages shares its seconds among them, but no page stays less than
 *   `MIN_PAGE_SECONDS`: a full board takes longer rather than drop cards, so every page of
 *   every scene is shown once in each round of the cycle.
 * - A scene a lead put on the wall now (`shown`) stays, turning its pages, until it is no
 *   longer shown; then the cycle goes on after it.
 * - With nothing to show anywhere (or an empty cycle) the wall shows the board.
 */

/** Shortest time a page stays up: enough to read a few cards from where people pass. */
export const MIN_PAGE_SECONDS = 8;
/** How long a page of a scene stays when the lead shows a scene that is not in the cycle. */
export const SHOWN_SECONDS = 30;

/** Pages each scene has now (0: nothing to show, skip it). */
export type ScenePages = Record<CycleScene, number>;

export interface CyclePosition {
  scene: CycleScene;
  page: number;
}

export interface CycleStep extends CyclePosition {
  pages: number;
  /** How long this page stays. */
  ms: number;
}

export interface CycleInput {
  cycle: readonly WallCycleEntry[];
  pages: ScenePages;
  /** A scene a lead put on the wall now, or null. */
  shown: CycleScene | null;
}

/** How long one page of a scene of `seconds` with `pages` pages stays up, in ms. */
export function pageMs(seconds: number, pages: number): number {
  return Math.round(Math.max(seconds / Math.max(1, pages), MIN_PAGE_SECONDS) * 1000);
}

function secondsOf(cycle: readonly WallCycleEntry[], scene: CycleScene): number {
  return cycle.find((entry) => entry.scene === scene)?.seconds ?? SHOWN_SECONDS;
}

function step(input: CycleInput, scene: CycleScene, page: number): CycleStep {
  // A shown scene with nothing in it still shows (it says what is missing): one page.
  const pages = Math.max(1, input.pages[scene]);
  return { scene, page, pages, ms: pageMs(secondsOf(input.cycle, scene), pages) };
}

/** The step after `current` (or the first one, for null). */
export function nextStep(input: CycleInput, current: CyclePosition | null): CycleStep {
  const { cycle, pages, shown } = input;
  if (shown !== null) {
    if (current?.scene !== shown) return step(input, shown, 0);
    return step(input, shown, (current.page + 1) % Math.max(1, pages[shown]));
  }
  if (current && current.page + 1 < pages[current.scene] && inCycle(cycle, current.scene)) {
    return step(input, current.scene, current.page + 1);
  }
  const at = current ? cycle.findIndex((entry) => entry.scene === current.scene) : -1;
  for (let i = 1; i <= cycle.length; i += 1) {
    const entry = cycle[(at + i + cycle.length) % cycle.length];
    if (entry && pages[entry.scene] > 0) return step(input, entry.scene, 0);
  }
  // Nothing to show anywhere: the board (its empty columns say so), page by page.
  const boardPages = Math.max(1, pages.board);
  const page = current?.scene === 'board' ? (current.page + 1) % boardPages : 0;
  return step(input, 'board', page);
}

function inCycle(cycle: readonly WallCycleEntry[], scene: CycleScene): boolean {
  return cycle.some((entry) => entry.scene === scene);
}

/**
 * True when the step on the wall no longer fits what there is to show, so the wall must move
 * on now rather than when its time is up: a lead showed another scene (or stopped showing
 * this one), or the scene lost the page it was on (an announcement retired, cards moved).
 */
export function isStale(input: CycleInput, current: CyclePosition): boolean {
  const { cycle, pages, shown } = input;
  if (shown !== null) return current.scene !== shown || current.page >= Math.max(1, pages[shown]);
  const anything = cycle.some((entry) => pages[entry.scene] > 0);
  if (!anything) return current.scene !== 'board' || current.page >= Math.max(1, pages.board);
  return !inCycle(cycle, current.scene) || current.page >= pages[current.scene];
}

/** Every step of one round of the cycle, from its first scene (what a round shows). */
export function oneRound(input: CycleInput): CycleStep[] {
  const round: CycleStep[] = [];
  let current = nextStep({ ...input, shown: null }, null);
  const first = current;
  // Bounded: a round has at most the sum of all pages (each scene once).
  const most = Object.values(input.pages).reduce((sum, n) => sum + Math.max(1, n), 0);
  for (let i = 0; i < most; i += 1) {
    round.push(current);
    current = nextStep({ ...input, shown: null }, current);
    if (current.scene === first.scene && current.page === first.page) break;
  }
  return round;
}
