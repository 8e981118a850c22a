import { describe, expect, it } from 'vitest';
import { durationStats, groupStats, nearestRank } from './lead-time.js';

const DAY = 86_400_000;

describe('nearestRank', () => {
  it('takes the value at rank ⌈p/100 · n⌉', () => {
    // n = 10: p80 → rank 8, p50 → rank 5 (the lower middle value, never an average).
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(nearestRank(ten, 80)).toBe(8);
    expect(nearestRank(ten, 50)).toBe(5);
    // n = 5: p80 → rank 4, p50 → rank ⌈2.5⌉ = 3.
    expect(nearestRank([10, 20, 30, 40, 50], 80)).toBe(40);
    expect(nearestRank([10, 20, 30, 40, 50], 50)).toBe(30);
    // n = 4: p80 → rank ⌈3.2⌉ = 4 (the largest).
    expect(nearestRank([1, 2, 3, 4], 80)).toBe(4);
    // One value is every percentile; p100 is the largest.
    expect(nearestRank([7], 50)).toBe(7);
    expect(nearestRank([7], 80)).toBe(7);
    expect(nearestRank([1, 2, 3], 100)).toBe(3);
    expect(nearestRank([], 50)).toBeUndefined();
  });
});

describe('durationStats', () => {
  it('sorts, ranks and gives days with one decimal', () => {
    // 0.25, 1.5, 36 h = 1.5 d, 10 d → sorted [0.25, 1.5, 1.5, 10]: median rank 2 → 1.5;
    // p80 rank ⌈3.2⌉ = 4 → 10.
    const stats = durationStats([10 * DAY, 0.25 * DAY, 1.5 * DAY, 36 * 3_600_000]);
    expect(stats).toEqual({ median: 1.5, p80: 10, count: 4 });
    // 0.25 d rounds to 0.3 when it is the median.
    expect(durationStats([0.25 * DAY])).toEqual({ median: 0.3, p80: 0.3, count: 1 });
    expect(durationStats([])).toBeNull();
  });
});

describe('groupStats', () => {
  const sample = (deviceId: string | null, days: number) => ({ deviceId, ms: days * DAY });

  it('hides a breakdown over fewer than five devices', () => {
    const four = ['a', 'b', 'c', 'd'].map((d, i) => sample(d, i + 1));
    expect(groupStats(four)).toBeNull();
    // Many suggestions from the same four devices, and one whose device is gone: still four.
    expect(groupStats([...four, sample('a', 9), sample(null, 9)])).toBeNull();
    expect(groupStats([...four, sample('e', 9)])).toEqual({ median: 3, p80: 4, count: 5 });
  });
});
