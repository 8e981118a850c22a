import { REPORT_MAX_DAYS, isoDay, type PeriodQuery } from '@tavla/shared';
import { invalid } from '../../http/app-error.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const dayMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const dayOf = (ms: number): string => isoDay(new Date(ms));

/** The day a year before `day`, plus one: the first day of the 12 months that end on `day`. */
export function yearBefore(day: string): string {
  const date = new Date(dayMs(day));
  const back = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
  // 29 February a year back is 1 March; either way the period starts the day after.
  return dayOf(back.getTime() + DAY_MS);
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

/** The instants a period of days spans: [start of `from`, start of the day after `to`). */
export function periodInstants(period: { from: string; to: string }): {
  since: string;
  until: string;
} {
  return {
    since: new Date(dayMs(period.from)).toISOString(),
    until: new Date(dayMs(period.to) + DAY_MS).toISOString(),
  };
}
