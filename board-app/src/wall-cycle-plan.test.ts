import { describe, expect, it } from 'vitest';
import { DEFAULT_WALL_CYCLE, type WallCycleEntry } from '@tavla/shared/wall-cycle';
import {
  isStale,
  MIN_PAGE_SECONDS,
  nextStep,
  oneRound,
  pageMs,
  SHOWN_SECONDS,
  type CycleInput,
  type ScenePages,
} from './wall-cycle-plan.js';

const ALL: ScenePages = {
  board: 1,
  goals: 1,
  recent: 1,
  announcements: 1,
  analysis: 1,
  matrix: 1,
  follow_up: 1,
};
const input = (pages: Partial<ScenePages>, extra: Partial<CycleInput> = {}): CycleInput => ({
  cycle: DEFAULT_WALL_CYCLE,
  pages: { ...ALL, ...pages },
  shown: null,
  ...extra,
});
const scenes = (plan: CycleInput) => oneRound(plan).map((s) => `${s.scene}:${s.page}`);

describe('the wall cycle', () => {
  it('runs the scenes in the lead’s order, each for its seconds', () => {
    const round = oneRound(input({}));
    expect(round.map((s) => s.scene)).toEqual([
      'board',
      'goals',
      'recent',
      'announcements',
      'analysis',
      'matrix',
      'follow_up',
    ]);
    expect(round.map((s) => s.ms)).toEqual([
      40_000, 30_000, 25_000, 25_000, 20_000, 20_000, 25_000,
    ]);
  });

  it('follows a cycle the lead reordered and shortened', () => {
    const cycle: WallCycleEntry[] = [
      { scene: 'goals', seconds: 15 },
      { scene: 'board', seconds: 60 },
    ];
    expect(scenes(input({}, { cycle }))).toEqual(['goals:0', 'board:0']);
  });

  it('skips a scene with nothing to show', () => {
    expect(scenes(input({ goals: 0, announcements: 0, analysis: 0, follow_up: 0 }))).toEqual([
      'board:0',
      'recent:0',
      'matrix:0',
    ]);
  });

  it('shares a scene’s seconds among its pages, never under the shortest page time', () => {
    expect(pageMs(40, 4)).toBe(10_000);
    expect(pageMs(40, 10)).toBe(MIN_PAGE_SECONDS * 1000);
    expect(pageMs(30, 0)).toBe(30_000);
    const round = oneRound(input({ board: 3, goals: 2 }));
    expect(round.slice(0, 5).map((s) => [s.scene, s.page, s.pages])).toEqual([
      ['board', 0, 3],
      ['board', 1, 3],
      ['board', 2, 3],
      ['goals', 0, 2],
      ['goals', 1, 2],
    ]);
    expect(round[0]?.ms).toBe(Math.round((40 / 3) * 1000));
  });

  it('shows every page of every scene once per round, however full the board', () => {
    for (const board of [1, 2, 7, 14, 40]) {
      const round = oneRound(input({ board, recent: 3 }));
      const boardPages = round.filter((s) => s.scene === 'board').map((s) => s.page);
      expect(boardPages).toEqual(Array.from({ length: board }, (_, i) => i));
      // A full board takes longer instead of dropping cards.
      const boardMs = round.filter((s) => s.scene === 'board').reduce((sum, s) => sum + s.ms, 0);
      expect(boardMs).toBeGreaterThanOrEqual(Math.min(40_000, board * MIN_PAGE_SECONDS * 1000));
    }
  });

  it('goes round again after the last scene', () => {
    const plan = input({ board: 2 });
    expect(nextStep(plan, { scene: 'matrix', page: 0 })).toMatchObject({
      scene: 'follow_up',
      page: 0,
    });
    expect(nextStep(plan, { scene: 'follow_up', page: 0 })).toMatchObject({
      scene: 'board',
      page: 0,
    });
    expect(nextStep(plan, { scene: 'board', page: 1 })).toMatchObject({ scene: 'goals', page: 0 });
  });

  it('shows the board when nothing else has anything, and when the cycle lacks the board', () => {
    const empty = input({
      goals: 0,
      recent: 0,
      announcements: 0,
      analysis: 0,
      matrix: 0,
      follow_up: 0,
    });
    expect(scenes(empty)).toEqual(['board:0']);
    const noBoard = input(
      { goals: 0, recent: 0, announcements: 0, board: 2 },
      { cycle: [{ scene: 'goals', seconds: 20 }] },
    );
    expect(nextStep(noBoard, null)).toMatchObject({ scene: 'board', page: 0 });
    expect(nextStep(noBoard, { scene: 'board', page: 0 })).toMatchObject({
      scene: 'board',
      page: 1,
    });
  });

  it('keeps a scene the lead shows now, turning its pages, until it is no longer shown', () => {
    const shown = input({ goals: 2 }, { shown: 'goals' });
    expect(nextStep(shown, { scene: 'board', page: 0 })).toMatchObject({ scene: 'goals', page: 0 });
    expect(nextStep(shown, { scene: 'goals', page: 0 })).toMatchObject({ scene: 'goals', page: 1 });
    expect(nextStep(shown, { scene: 'goals', page: 1 })).toMatchObject({ scene: 'goals', page: 0 });
    // A scene with nothing to show still shows when a lead asks for it (it says what is missing).
    const empty = input({ analysis: 0 }, { shown: 'analysis' });
    expect(nextStep(empty, null)).toMatchObject({ scene: 'analysis', page: 0, pages: 1 });
    // A scene not in the cycle stays SHOWN_SECONDS per page.
    const outside = input({}, { cycle: [{ scene: 'board', seconds: 30 }], shown: 'matrix' });
    expect(nextStep(outside, null).ms).toBe(SHOWN_SECONDS * 1000);
    // Back to the cycle after the shown scene.
    expect(nextStep(input({ goals: 2 }), { scene: 'goals', page: 1 })).toMatchObject({
      scene: 'recent',
    });
  });

  it('moves on at once when the step on the wall no longer fits', () => {
    const plan = input({ announcements: 2 });
    expect(isStale(plan, { scene: 'announcements', page: 1 })).toBe(false);
    expect(isStale(input({ announcements: 1 }), { scene: 'announcements', page: 1 })).toBe(true);
    expect(isStale(input({ announcements: 0 }), { scene: 'announcements', page: 0 })).toBe(true);
    expect(isStale(input({}, { shown: 'matrix' }), { scene: 'board', page: 0 })).toBe(true);
    expect(isStale(input({}, { shown: 'matrix' }), { scene: 'matrix', page: 0 })).toBe(false);
    expect(
      isStale(input({}, { cycle: [{ scene: 'goals', seconds: 20 }] }), {
        scene: 'matrix',
        page: 0,
      }),
    ).toBe(true);
    // Whatever is stale, the next step is not.
    for (const current of [
      { scene: 'announcements' as const, page: 5 },
      { scene: 'board' as const, page: 9 },
    ]) {
      const next = nextStep(input({ announcements: 1 }), current);
      expect(isStale(input({ announcements: 1 }), next)).toBe(false);
    }
  });
});
