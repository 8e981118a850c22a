import { describe, expect, it } from 'vitest';
import { CYCLE_SCENES, DEFAULT_WALL_CYCLE, type CycleScene, type WallCycle } from '@tavla/shared';
import {
  changedFrom,
  clampSeconds,
  cycleFromDraft,
  draftFromCycle,
  isLastOn,
  moveScene,
  roundSeconds,
  setSeconds,
  shownNow,
  splitDuration,
  stepSeconds,
  toggleScene,
  type Draft,
} from './wall-cycle.js';

const order = (draft: Draft) => draft.map((entry) => entry.scene);
const onScenes = (draft: Draft) => draft.filter((e) => e.on).map((e) => e.scene);

const saved: WallCycle = [
  { scene: 'goals', seconds: 45 },
  { scene: 'board', seconds: 60 },
];

describe('the draft of the wall cycle', () => {
  it('lists the saved scenes first, in their order, then the others off', () => {
    const draft = draftFromCycle(saved);
    expect(order(draft)).toEqual([
      'goals',
      'board',
      'recent',
      'announcements',
      'analysis',
      'matrix',
      'follow_up',
    ]);
    expect(onScenes(draft)).toEqual(['goals', 'board']);
    expect(draft.find((e) => e.scene === 'recent')).toEqual({
      scene: 'recent',
      seconds: 25,
      on: false,
    });
    expect(cycleFromDraft(draft)).toEqual(saved);
    expect(changedFrom(draft, saved)).toBe(false);
  });

  it('holds every scene once, even from a cycle that repeats one', () => {
    const draft = draftFromCycle([...saved, { scene: 'goals', seconds: 10 }]);
    expect(order(draft).sort()).toEqual([...CYCLE_SCENES].sort());
    expect(draft[0]).toEqual({ scene: 'goals', seconds: 45, on: true });
  });

  it('turns scenes off and on again in their place', () => {
    const draft = draftFromCycle(DEFAULT_WALL_CYCLE);
    const off = toggleScene(draft, 'recent');
    expect(onScenes(off)).toEqual([
      'board',
      'goals',
      'announcements',
      'analysis',
      'matrix',
      'follow_up',
    ]);
    expect(changedFrom(off, DEFAULT_WALL_CYCLE)).toBe(true);
    const back = toggleScene(off, 'recent');
    expect(cycleFromDraft(back)).toEqual(DEFAULT_WALL_CYCLE);
    expect(changedFrom(back, DEFAULT_WALL_CYCLE)).toBe(false);
  });

  it('never turns the last scene off', () => {
    const draft = draftFromCycle([{ scene: 'matrix', seconds: 20 }]);
    expect(isLastOn(draft, 'matrix')).toBe(true);
    expect(isLastOn(draft, 'board')).toBe(false);
    expect(toggleScene(draft, 'matrix')).toBe(draft);
    // Every sequence of three taps, from every single-scene start: one scene at least stays on.
    const taps = (n: number): CycleScene[][] =>
      n === 0 ? [[]] : taps(n - 1).flatMap((seq) => CYCLE_SCENES.map((s) => [...seq, s]));
    for (const start of CYCLE_SCENES) {
      for (const seq of taps(3)) {
        const end = seq.reduce(toggleScene, draftFromCycle([{ scene: start, seconds: 30 }]));
        expect(cycleFromDraft(end).length).toBeGreaterThan(0);
      }
    }
  });

  it('moves a scene up and down, and not past either end', () => {
    const draft = draftFromCycle(DEFAULT_WALL_CYCLE);
    const up = moveScene(draft, 'goals', -1);
    expect(order(up).slice(0, 3)).toEqual(['goals', 'board', 'recent']);
    expect(moveScene(up, 'goals', -1)).toBe(up);
    const down = moveScene(draft, 'follow_up', 1);
    expect(down).toBe(draft);
    expect(order(moveScene(draft, 'matrix', 1)).slice(-2)).toEqual(['follow_up', 'matrix']);
    // The cycle that is saved follows the order, off scenes left out.
    const saving = moveScene(toggleScene(draft, 'board'), 'board', 1);
    expect(cycleFromDraft(saving).map((e) => e.scene)).toEqual([
      'goals',
      'recent',
      'announcements',
      'analysis',
      'matrix',
      'follow_up',
    ]);
  });

  it('keeps seconds whole and within 10–600', () => {
    expect(clampSeconds(5)).toBe(10);
    expect(clampSeconds(601)).toBe(600);
    expect(clampSeconds(44.6)).toBe(45);
    expect(clampSeconds(Number.NaN)).toBe(10);
    const draft = setSeconds(draftFromCycle(saved), 'goals', 9999);
    expect(draft[0]?.seconds).toBe(600);
    expect(setSeconds(draft, 'goals', 0)[0]?.seconds).toBe(10);
  });

  it('steps seconds up and down through the list, from any value', () => {
    expect(stepSeconds(25, 1)).toBe(30);
    expect(stepSeconds(25, -1)).toBe(20);
    expect(stepSeconds(30, 1)).toBe(45);
    expect(stepSeconds(120, -1)).toBe(90);
    expect(stepSeconds(10, -1)).toBe(10);
    expect(stepSeconds(600, 1)).toBe(600);
    expect(stepSeconds(700, -1)).toBe(300);
  });

  it('adds up one round from the scenes that are on', () => {
    const draft = draftFromCycle(DEFAULT_WALL_CYCLE);
    expect(roundSeconds(draft)).toBe(185);
    expect(splitDuration(roundSeconds(draft))).toEqual({ minutes: 3, seconds: 5 });
    expect(roundSeconds(toggleScene(draft, 'board'))).toBe(145);
    expect(splitDuration(45)).toEqual({ minutes: 0, seconds: 45 });
  });
});

describe('what is shown now', () => {
  const now = Date.parse('2026-12-01T10:00:00Z');
  const cycle = DEFAULT_WALL_CYCLE;
  it('is the scene a lead put on the wall until its time runs out', () => {
    const until = '2026-12-01T10:45:00.000Z';
    expect(shownNow({ view: 'goals', until, cycle }, now)).toEqual({ scene: 'goals', until });
    expect(shownNow({ view: 'goals', until, cycle }, Date.parse(until))).toBeNull();
    expect(shownNow({ view: 'cycle', until: null, cycle }, now)).toBeNull();
    expect(shownNow(null, now)).toBeNull();
  });
});
