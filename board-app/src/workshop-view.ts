import { textWidth } from './text-fit.js';

/**
 * The workshop scene's arithmetic, pure: how big each word of the cloud is, and the bars of a
 * poll, a quiz and a scale.
 */

/** Font sizes of the cloud's words, in rem (16 px at 1920 wide). */
export const CLOUD_MIN_REM = 2.5;
export const CLOUD_MAX_REM = 7;
/** Share of the cloud's box the words' own boxes may fill (the rest is the gaps of wrapping). */
const CLOUD_FILL = 0.8;
const LINE_HEIGHT = 1.25;
/** Horizontal gap between words, in em. */
const WORD_GAP_EM = 0.6;

export interface CloudWord {
  key: string;
  text: string;
  count: number;
}
export interface SizedWord extends CloudWord {
  /** Font size in rem. */
  rem: number;
}

/**
 * Sizes the cloud's words by their count (the area of a word grows with its count: the size
 * with its square root) between `CLOUD_MIN_REM` and `CLOUD_MAX_REM`, shrinking the largest until
 * the words fit a box of `widthRem`×`heightRem`. When even all at the smallest size do not fit,
 * the least frequent are left out (the entry count beside the cloud still counts them). The
 * order is the words' (most first); the biggest go in the middle of the cloud (`cloudOrder`).
 */
export function sizeCloud(
  words: readonly CloudWord[],
  widthRem: number,
  heightRem: number,
): SizedWord[] {
  const sorted = [...words].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
  const top = sorted[0]?.count ?? 1;
  const budget = widthRem * heightRem * CLOUD_FILL;
  const area = (word: CloudWord, rem: number) =>
    (textWidth(word.text, rem, 'bold') + WORD_GAP_EM * rem) * rem * LINE_HEIGHT;
  const sizesFor = (max: number) =>
    sorted.map((word) => ({
      ...word,
      rem:
        top <= 1
          ? Math.min(max, (CLOUD_MIN_REM + max) / 2)
          : CLOUD_MIN_REM + (max - CLOUD_MIN_REM) * Math.sqrt((word.count - 1) / (top - 1)),
    }));
  for (let max = CLOUD_MAX_REM; max >= CLOUD_MIN_REM; max -= 0.25) {
    const sized = sizesFor(max);
    if (sized.reduce((sum, word) => sum + area(word, word.rem), 0) <= budget) return sized;
  }
  const smallest = sizesFor(CLOUD_MIN_REM);
  const kept: SizedWord[] = [];
  let used = 0;
  for (const word of smallest) {
    used += area(word, word.rem);
    if (used > budget) break;
    kept.push(word);
  }
  return kept;
}

/** The words in the order the cloud lays them out: the biggest in the middle, alternately. */
export function cloudOrder<T>(words: readonly T[]): T[] {
  const out: T[] = [];
  words.forEach((word, i) => {
    if (i % 2 === 0) out.push(word);
    else out.unshift(word);
  });
  return out;
}

export interface Bar {
  count: number;
  /** Share of the devices that answered, whole percent (several choices may add up to more). */
  percent: number;
  /** Length of the bar against the longest one, 0–100. */
  length: number;
}

/** Bars of a poll or quiz: each option's devices, as a share of those who answered. */
export function choiceBars(counts: readonly number[], voters: number): Bar[] {
  const most = Math.max(1, ...counts);
  return counts.map((count) => ({
    count,
    percent: voters > 0 ? Math.round((count / voters) * 100) : 0,
    length: (count / most) * 100,
  }));
}

/** Bars of a 1–5 scale: each value's devices, as a share of all answers. */
export function scaleBars(counts: readonly number[]): Bar[] {
  const total = counts.reduce((sum, n) => sum + n, 0);
  return choiceBars(counts, total);
}

/** A scale's average as the board's language writes it, one decimal ("3,8", "3.8"). */
export function formatAverage(average: number, language: 'sv' | 'en'): string {
  return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(average);
}
