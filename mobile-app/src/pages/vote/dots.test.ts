import { describe, expect, it } from 'vitest';
import { dotsProblem, type DotPlacement } from '@tavla/shared/method';
import {
  canAddDot,
  canRemoveDot,
  dotsLeft,
  dotsPlaced,
  placementFrom,
  samePlacement,
  newerVote,
  withDot,
} from './dots.js';

describe('placing dots', () => {
  it('starts with five dots left', () => {
    expect(dotsLeft({})).toBe(5);
    expect(canRemoveDot({}, 'emissions')).toBe(false);
  });

  it('puts at most three on one category', () => {
    let p: DotPlacement = {};
    for (let i = 0; i < 5; i += 1) p = withDot(p, 'emissions', 1);
    expect(p).toEqual({ emissions: 3 });
    expect(dotsLeft(p)).toBe(2);
    expect(canAddDot(p, 'emissions')).toBe(false);
    expect(canAddDot(p, 'health_safety')).toBe(true);
  });

  it('places five in all, then only moving them is possible', () => {
    let p: DotPlacement = { emissions: 3, health_safety: 2 };
    expect(dotsPlaced(p)).toBe(5);
    expect(dotsLeft(p)).toBe(0);
    expect(withDot(p, 'resource_costs', 1)).toBe(p);
    p = withDot(p, 'emissions', -1);
    p = withDot(p, 'resource_costs', 1);
    expect(p).toEqual({ emissions: 2, health_safety: 2, resource_costs: 1 });
  });

  it('drops a category whose last dot is taken back, as the server stores it', () => {
    const p = withDot({ emissions: 1 }, 'emissions', -1);
    expect(p).toEqual({});
    expect(withDot(p, 'emissions', -1)).toBe(p);
  });

  it('never builds a placement the server would refuse', () => {
    const ids = ['emissions', 'health_safety', 'resource_costs'] as const;
    let p: DotPlacement = {};
    for (let i = 0; i < 200; i += 1) {
      const id = ids[(i * 7) % 3] ?? 'emissions';
      p = withDot(p, id, i % 5 === 4 ? -1 : 1);
      expect(dotsProblem(p)).toBeNull();
    }
  });

  it('reads what the server sent, leaving out what cannot be shown', () => {
    expect(placementFrom({ emissions: 2, health_safety: 0, nonsense: 3 })).toEqual({
      emissions: 2,
    });
    expect(placementFrom({ emissions: 9, health_safety: 3, resource_costs: 3 })).toEqual({
      emissions: 3,
      health_safety: 2,
    });
  });

  it('compares placements by their counts', () => {
    expect(samePlacement({ emissions: 1 }, { emissions: 1 })).toBe(true);
    expect(samePlacement({ emissions: 1 }, { emissions: 1, health_safety: 1 })).toBe(false);
    expect(samePlacement({}, {})).toBe(true);
  });
});

describe('which view of the vote is newer', () => {
  const vote = (
    id: string,
    status: 'open' | 'closed',
    voters: number,
    openedAt = '2027-03-01T08:00:00.000Z',
  ) => ({
    id,
    status,
    voters,
    openedAt,
    closedAt: status === 'closed' ? '2027-03-01T09:00:00.000Z' : null,
  });

  it('takes whichever there is', () => {
    expect(newerVote(null, null)).toBeNull();
    expect(newerVote(vote('vote_0001', 'open', 1), null)?.id).toBe('vote_0001');
  });

  it('prefers a later vote, a closed one, and more voters', () => {
    const old = vote('vote_0001', 'closed', 9);
    const fresh = vote('vote_0002', 'open', 0, '2027-04-01T08:00:00.000Z');
    expect(newerVote(old, fresh)).toBe(fresh);
    expect(newerVote(fresh, old)).toBe(fresh);
    const closed = vote('vote_0002', 'closed', 3);
    expect(newerVote(fresh, closed)).toBe(closed);
    const more = vote('vote_0002', 'open', 4);
    expect(newerVote(more, vote('vote_0002', 'open', 2))).toBe(more);
  });
});
