import { describe, expect, it } from 'vitest';
import { textWidth } from './text-fit.js';
import {
  choiceBars,
  CLOUD_MAX_REM,
  CLOUD_MIN_REM,
  cloudOrder,
  formatAverage,
  scaleBars,
  sizeCloud,
} from './workshop-view.js';

const word = (text: string, count: number) => ({ key: text, text, count });

describe('sizeCloud', () => {
  it('makes the most frequent word the biggest, none under the least size', () => {
    const sized = sizeCloud([word('miljö', 3), word('framtiden', 20), word('ansvar', 1)], 84, 36);
    expect(sized.map((w) => w.text)).toEqual(['framtiden', 'miljö', 'ansvar']);
    expect(sized[0]?.rem).toBe(CLOUD_MAX_REM);
    expect(sized[2]?.rem).toBe(CLOUD_MIN_REM);
    expect(sized[1]?.rem).toBeGreaterThan(CLOUD_MIN_REM);
    expect(sized[1]?.rem).toBeLessThan(CLOUD_MAX_REM);
  });

  it('shrinks the biggest until the words fit the box', () => {
    const words = Array.from({ length: 40 }, (_, i) => word(`långsiktighet${i}`, 40 - i));
    const sized = sizeCloud(words, 84, 36);
    expect(sized.length).toBeGreaterThan(0);
    const area = sized.reduce(
      (sum, w) => sum + (textWidth(w.text, w.rem) + 0.6 * w.rem) * w.rem * 1.25,
      0,
    );
    expect(area).toBeLessThanOrEqual(84 * 36 * 0.8);
    expect(Math.min(...sized.map((w) => w.rem))).toBeGreaterThanOrEqual(CLOUD_MIN_REM);
  });

  it('leaves out the least frequent only when even the smallest size does not fit', () => {
    const words = Array.from({ length: 200 }, (_, i) => word(`ord nummer ${i}`, 200 - i));
    const sized = sizeCloud(words, 84, 36);
    expect(sized.length).toBeLessThan(200);
    expect(sized.every((w) => w.rem === CLOUD_MIN_REM)).toBe(true);
    expect(sized[0]?.text).toBe('ord nummer 0');
  });

  it('sizes an all-equal cloud evenly, and an empty one as nothing', () => {
    const sized = sizeCloud([word('a', 1), word('b', 1)], 84, 36);
    expect(new Set(sized.map((w) => w.rem)).size).toBe(1);
    expect(sizeCloud([], 84, 36)).toEqual([]);
  });

  it('lays the biggest out in the middle', () => {
    expect(cloudOrder([1, 2, 3, 4, 5])).toEqual([4, 2, 1, 3, 5]);
  });
});

describe('bars', () => {
  it('gives each option its share of the devices that answered, the longest full', () => {
    expect(choiceBars([9, 21, 7], 37)).toEqual([
      { count: 9, percent: 24, length: (9 / 21) * 100 },
      { count: 21, percent: 57, length: 100 },
      { count: 7, percent: 19, length: (7 / 21) * 100 },
    ]);
    // Several choices per device: shares may add up to more than 100.
    expect(choiceBars([10, 10], 10).map((b) => b.percent)).toEqual([100, 100]);
    expect(choiceBars([0, 0], 0).map((b) => b.percent)).toEqual([0, 0]);
  });

  it('gives a scale its distribution over all answers', () => {
    expect(scaleBars([2, 5, 11, 13, 6]).map((b) => b.percent)).toEqual([5, 14, 30, 35, 16]);
  });

  it('writes an average with one decimal in the board’s language', () => {
    expect(formatAverage(3.4444, 'sv')).toBe('3,4');
    expect(formatAverage(4, 'en')).toBe('4.0');
  });
});
