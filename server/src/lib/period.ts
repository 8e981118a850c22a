import { isoDay } from '@tavla/shared';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The instants a period of days spans (UTC, both days included): from the start of `from` to
 * the start of the day after `to`, for `>= since AND < until` in SQL.
 */
export function periodInstants(period: { from: string; to: string }): {
  since: string;
  until: string;
} {
  const from = Date.parse(`${period.from}T00:00:00Z`);
  const to = Date.parse(`${period.to}T00:00:00Z`);
  return { since: new Date(from).toISOString(), until: new Date(to + DAY_MS).toISOString() };
}

/** The first instant of the calendar quarter (UTC) that `now` is in. */
export function quarterStart(now: Date): string {
  const month = now.getUTCMonth() - (now.getUTCMonth() % 3);
  return new Date(Date.UTC(now.getUTCFullYear(), month, 1)).toISOString();
}

/** The first and last day (YYYY-MM-DD, UTC) of the calendar quarter `now` is in. */
export function quarterOf(now: Date): { from: string; to: string } {
  const start = new Date(quarterStart(now));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 0));
  return { from: isoDay(start), to: isoDay(end) };
}
