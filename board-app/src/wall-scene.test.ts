import { describe, expect, it } from 'vitest';
import { EMPTY_METHOD_STATE } from '@tavla/shared/method';
import { DEFAULT_WALL_CYCLE } from '@tavla/shared/wall-cycle';
import type { MethodState } from '@tavla/shared/method-schemas';
import { chooseWallScene, msUntilSceneChange } from './wall-scene.js';

const NOW = new Date('2027-03-10T10:00:00.000Z');
const inMinutes = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();

function method(overrides: Partial<MethodState>): MethodState {
  return { ...EMPTY_METHOD_STATE, ...overrides };
}
const openVote: MethodState['vote'] = {
  id: 'v1',
  status: 'open',
  voters: 12,
  openedAt: inMinutes(-5),
  closedAt: null,
};
const closedVote: MethodState['vote'] = { ...openVote, status: 'closed', closedAt: inMinutes(-1) };

describe('chooseWallScene', () => {
  it('shows the board without a method state, or when the wall is set to the board', () => {
    expect(chooseWallScene(undefined, NOW)).toBe('board');
    expect(chooseWallScene(EMPTY_METHOD_STATE, NOW)).toBe('board');
    expect(
      chooseWallScene(
        method({ wall: { view: 'cycle', until: inMinutes(10), cycle: DEFAULT_WALL_CYCLE } }),
        NOW,
      ),
    ).toBe('board');
  });

  it('shows the analysis or the matrix until the lead’s moment has passed', () => {
    const analysis = method({
      wall: { view: 'analysis', until: inMinutes(15), cycle: DEFAULT_WALL_CYCLE },
    });
    expect(chooseWallScene(analysis, NOW)).toBe('analysis');
    expect(chooseWallScene(analysis, new Date(NOW.getTime() + 15 * 60_000 - 1))).toBe('analysis');
    expect(chooseWallScene(analysis, new Date(NOW.getTime() + 15 * 60_000))).toBe('board');
    const matrix = method({
      wall: { view: 'matrix', until: inMinutes(1), cycle: DEFAULT_WALL_CYCLE },
    });
    expect(chooseWallScene(matrix, NOW)).toBe('matrix');
    expect(chooseWallScene(matrix, new Date(NOW.getTime() + 120_000))).toBe('board');
  });

  it('never shows a view without an end, or with one that is not a time', () => {
    expect(
      chooseWallScene(
        method({ wall: { view: 'matrix', until: null, cycle: DEFAULT_WALL_CYCLE } }),
        NOW,
      ),
    ).toBe('board');
    expect(
      chooseWallScene(
        method({ wall: { view: 'matrix', until: 'soon', cycle: DEFAULT_WALL_CYCLE } }),
        NOW,
      ),
    ).toBe('board');
  });

  it('lets an open vote win over everything, and a closed one over nothing', () => {
    expect(chooseWallScene(method({ vote: openVote }), NOW)).toBe('vote');
    expect(
      chooseWallScene(
        method({
          vote: openVote,
          wall: { view: 'matrix', until: inMinutes(10), cycle: DEFAULT_WALL_CYCLE },
        }),
        NOW,
      ),
    ).toBe('vote');
    expect(chooseWallScene(method({ vote: closedVote }), NOW)).toBe('board');
    expect(
      chooseWallScene(
        method({
          vote: closedVote,
          wall: { view: 'matrix', until: inMinutes(10), cycle: DEFAULT_WALL_CYCLE },
        }),
        NOW,
      ),
    ).toBe('matrix');
  });
});

describe('msUntilSceneChange', () => {
  it('counts down to the end of a shown view', () => {
    expect(
      msUntilSceneChange(
        method({ wall: { view: 'analysis', until: inMinutes(15), cycle: DEFAULT_WALL_CYCLE } }),
        NOW,
      ),
    ).toBe(15 * 60_000);
  });

  it('has nothing to wait for on the board, during a vote or after the end', () => {
    expect(msUntilSceneChange(undefined, NOW)).toBeNull();
    expect(msUntilSceneChange(EMPTY_METHOD_STATE, NOW)).toBeNull();
    expect(
      msUntilSceneChange(
        method({
          vote: openVote,
          wall: { view: 'analysis', until: inMinutes(5), cycle: DEFAULT_WALL_CYCLE },
        }),
        NOW,
      ),
    ).toBeNull();
    expect(
      msUntilSceneChange(
        method({ wall: { view: 'analysis', until: inMinutes(-1), cycle: DEFAULT_WALL_CYCLE } }),
        NOW,
      ),
    ).toBeNull();
  });
});
