import { describe, expect, it } from 'vitest';
import { EMPTY_METHOD_STATE } from '@tavla/shared/method';
import { DEFAULT_WALL_CYCLE } from '@tavla/shared/wall-cycle';
import type { MethodState } from '@tavla/shared/method-schemas';
import { previewWorkshop } from './preview/wall-fixtures-board.js';
import { liveScene, msUntilShownEnds, shownScene } from './wall-scene.js';

const NOW = new Date('2027-03-10T10:00:00.000Z');
const inMinutes = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
const method = (overrides: Partial<MethodState>): MethodState => ({
  ...EMPTY_METHOD_STATE,
  ...overrides,
});
const wall = (view: MethodState['wall']['view'], until: string | null) =>
  method({ wall: { view, until, cycle: DEFAULT_WALL_CYCLE } });
const openVote: MethodState['vote'] = {
  id: 'v1',
  status: 'open',
  voters: 12,
  openedAt: inMinutes(-5),
  closedAt: null,
};

describe('liveScene', () => {
  it('lets a live workshop win, then an open vote, and nothing else', () => {
    expect(liveScene(undefined)).toBeNull();
    expect(liveScene(EMPTY_METHOD_STATE)).toBeNull();
    expect(liveScene(method({ vote: openVote }))).toBe('vote');
    expect(liveScene(method({ vote: { ...openVote, status: 'closed' } }))).toBeNull();
    const workshop = previewWorkshop('poll', 'sv', NOW);
    expect(liveScene(method({ workshop, vote: openVote }))).toBe('workshop');
    expect(liveScene(method({ workshop }))).toBe('workshop');
  });
});

describe('shownScene', () => {
  it('shows any cycle scene a lead put on the wall until its moment passes', () => {
    for (const view of [
      'board',
      'goals',
      'recent',
      'announcements',
      'analysis',
      'matrix',
    ] as const) {
      const state = wall(view, inMinutes(15));
      expect(shownScene(state, NOW)).toBe(view);
      expect(shownScene(state, new Date(NOW.getTime() + 15 * 60_000 - 1))).toBe(view);
      expect(shownScene(state, new Date(NOW.getTime() + 15 * 60_000))).toBeNull();
    }
  });

  it('cycles when the wall is set to cycle, without an end, or with one that is not a time', () => {
    expect(shownScene(undefined, NOW)).toBeNull();
    expect(shownScene(wall('cycle', inMinutes(10)), NOW)).toBeNull();
    expect(shownScene(wall('matrix', null), NOW)).toBeNull();
    expect(shownScene(wall('matrix', 'soon'), NOW)).toBeNull();
  });
});

describe('msUntilShownEnds', () => {
  it('is the time left of a shown scene, and null when only the server can change it', () => {
    expect(msUntilShownEnds(wall('goals', inMinutes(2)), NOW)).toBe(120_000);
    expect(msUntilShownEnds(wall('goals', inMinutes(-1)), NOW)).toBeNull();
    expect(msUntilShownEnds(wall('cycle', null), NOW)).toBeNull();
    expect(msUntilShownEnds(undefined, NOW)).toBeNull();
  });
});
