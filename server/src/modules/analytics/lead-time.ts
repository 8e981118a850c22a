import { SMALL_GROUP_MIN } from '@tavla/shared';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A lead time's figures in days (one decimal), or null when there is nothing to show. */
export type DurationStats = { median: number; p80: number; count: number } | null;

/**
 * The p-th percentile (0 < p ≤ 100) of `sorted` (ascending) by the **nearest-rank** method:
 * the value at rank ⌈p/100 · n⌉ (1-based). It is always one of the values themselves, so
 * "80 % were done within X days" holds for X exactly: at least 80 % of the values are ≤ X.
 * The median is the 50th percentile by the same method (for an even count, the lower of the
 * two middle values), so both figures follow one rule. Undefined for an empty list.
 */
export function nearestRank(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

const days = (ms: number): number => Math.round((Math.max(0, ms) / DAY_MS) * 10) / 10;

/** Median and 80th percentile of durations (milliseconds), in days with one decimal. */
export function durationStats(durationsMs: readonly number[]): DurationStats {
  if (durationsMs.length === 0) return null;
  const sorted = [...durationsMs].sort((a, b) => a - b);
  return {
    median: days(nearestRank(sorted, 50) ?? 0),
    p80: days(nearestRank(sorted, 80) ?? 0),
    count: sorted.length,
  };
}

/** One suggestion's lead time and who posted it (for the small-group rule). */
export interface LeadSample {
  deviceId: string | null;
  ms: number;
}

/**
 * Stats for a breakdown (one dimension): null when its suggestions come from fewer than
 * SMALL_GROUP_MIN distinct devices, so a small team's few authors stay anonymous.
 */
export function groupStats(samples: readonly LeadSample[]): DurationStats {
  const devices = new Set(samples.flatMap((s) => (s.deviceId === null ? [] : [s.deviceId])));
  if (devices.size < SMALL_GROUP_MIN) return null;
  return durationStats(samples.map((s) => s.ms));
}
