import { REPORT_MAX_DAYS, isoDay, type PeriodQuery } from '@tavla/shared';
import { invalid } from '../../http/app-error.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const dayMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const dayOf = (ms: number): string => isoDay(new Date(ms));

/** The first day of the 12 months that end on `day`: the day after it, a year back. */
export function yearBefore(day: string): string {
  const after = new Date(dayMs(day) + DAY_MS);
  return dayOf(Date.UTC(after.getUTCFullYear() - 1, after.getUTCMonth(), after.getUTCDate()));
}

/**
 * The report's period: `from` and `to` as asked (both days included), `to` defaulting to today
 * and `from` to the 12 months ending on `to`. Refuses an upside-down or overlong period.
 */
export function reportPeriod(query: PeriodQuery, now: Date): { from: string; to: string } {
  const to = query.to ?? isoDay(now);
  const from = query.from ?? yearBefore(to);
  if (from > to) throw invalid('The period starts after it ends.', { field: 'from' });
  if ((dayMs(to) - dayMs(from)) / DAY_MS + 1 > REPORT_MAX_DAYS) {
    throw invalid(`A report covers at most ${REPORT_MAX_DAYS} days.`, { field: 'from' });
  }
  return { from, to };
}
