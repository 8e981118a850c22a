import { describe, expect, it } from 'vitest';
import { EMPTY_METHOD_STATE } from '@tavla/shared/method';
import { DEFAULT_WALL_CYCLE } from '@tavla/shared/wall-cycle';
import type { MethodState } from '@tavla/shared/method-schemas';
import { previewWorkshop } from './preview/wall-fixtures-board.js';
import { liveScene, msUntilShownEnds, shownScene } from './wall-scene.js';
import { msToNextMinute } from './use-wall-cycle.js';

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

const followUp = (part: Partial<MethodState['followUp']>): MethodState =>
  method({ followUp: { ...EMPTY_METHOD_STATE.followUp, ...part } });
const liveMeeting = { id: 'm1', startedAt: inMinutes(-3), since: inMinutes(-7 * 24 * 60) };
const liveFollowUp: NonNullable<MethodState['followUp']['live']> = {
  id: 'f1',
  kind: 'monthly',
  step: 'write',
  steps: ['actions', 'write', 'vote', 'new_actions', 'learning'],
  startedAt: inMinutes(-10),
  notes: { wentWell: 3, doBetter: 2, writers: 4 },
  voters: 0,
  pulseRespondents: 0,
  shown: null,
  learning: null,
};

describe('liveScene', () => {
  it('lets a live workshop win, then an open vote, and nothing else', () => {
    expect(liveScene(undefined, NOW)).toBeNull();
    expect(liveScene(EMPTY_METHOD_STATE, NOW)).toBeNull();
    expect(liveScene(method({ vote: openVote }), NOW)).toBe('vote');
    expect(liveScene(method({ vote: { ...openVote, status: 'closed' } }), NOW)).toBeNull();
    const workshop = previewWorkshop('poll', 'sv', NOW);
    expect(liveScene(method({ workshop, vote: openVote }), NOW)).toBe('workshop');
    expect(liveScene(method({ workshop }), NOW)).toBe('workshop');
  });

  it('puts a follow-up after the workshop and the vote, and the meeting last', () => {
    const both = followUp({ live: liveFollowUp, meeting: { live: liveMeeting, slot: null } });
    expect(liveScene(both, NOW)).toBe('follow_up_live');
    expect(liveScene({ ...both, vote: openVote }, NOW)).toBe('vote');
    const workshop = previewWorkshop('poll', 'sv', NOW);
    expect(liveScene({ ...both, workshop }, NOW)).toBe('workshop');
    const meeting = followUp({ meeting: { live: liveMeeting, slot: null } });
    expect(liveScene(meeting, NOW)).toBe('meeting');
    expect(liveScene({ ...meeting, vote: openVote }, NOW)).toBe('vote');
  });

  it('shows the meeting in its weekly slot by the wall’s own clock, and not outside it', () => {
    // NOW is a Wednesday (ISO weekday 3); the slot is read in the wall's local time.
    const local = new Date(2027, 2, 10, 9, 30);
    const slotted = followUp({
      meeting: { live: null, slot: { weekday: 3, time: '09:30', minutes: 15 } },
    });
    expect(liveScene(slotted, local)).toBe('meeting');
    expect(liveScene(slotted, new Date(2027, 2, 10, 9, 44, 59))).toBe('meeting');
    expect(liveScene(slotted, new Date(2027, 2, 10, 9, 45))).toBeNull();
    expect(liveScene(slotted, new Date(2027, 2, 10, 9, 29, 59))).toBeNull();
    // The same time a day later is not the slot.
    expect(liveScene(slotted, new Date(2027, 2, 11, 9, 30))).toBeNull();
    // A follow-up running in the slot wins over the meeting view.
    expect(
      liveScene({ ...slotted, followUp: { ...slotted.followUp, live: liveFollowUp } }, local),
    ).toBe('follow_up_live');
  });
});

describe('msToNextMinute', () => {
  it('is the time to the next whole minute', () => {
    expect(msToNextMinute(new Date(2027, 2, 10, 9, 29, 59, 500))).toBe(500);
    expect(msToNextMinute(new Date(2027, 2, 10, 9, 30, 0, 0))).toBe(60_000);
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
