/**
 * The analytics page's periods, as plain values and pure rules (no TypeBox, so the phone can
 * import them): the server's default period and the phone's period picker agree through
 * `lastMonths`. Days are calendar days `YYYY-MM-DD` in UTC, like participation's.
 */

import { isoDay } from './goal-progress.js';

/** The periods the phone offers: the last 3, 6 or 12 calendar months, or this year. */
export const ANALYTICS_PERIODS = ['3m', '6m', '12m', 'year'] as const;
export type AnalyticsPeriod = (typeof ANALYTICS_PERIODS)[number];

/** The longest period the analytics answer covers (ten years of months). */
export const ANALYTICS_MAX_DAYS = 3660;

/**
 * The last `months` calendar months up to `today`, this month included: from the first day of
 * the month `months − 1` before today's, to today. The flow chart then has `months` bars.
 */
export function lastMonths(today: string, months: number): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return { from: isoDay(new Date(Date.UTC(year, month - months, 1))), to: today };
}

/** A picker choice as a period ending `today`. */
export function periodOf(choice: AnalyticsPeriod, today: string): { from: string; to: string } {
  switch (choice) {
    case '3m':
      return lastMonths(today, 3);
    case '6m':
      return lastMonths(today, 6);
    case '12m':
      return lastMonths(today, 12);
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

/** Every calendar month (`YYYY-MM`) from `from`'s to `to`'s, oldest first. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
