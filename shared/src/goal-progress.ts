import type { GoalDirection } from './domain.js';

/**
 * How a goal stands, derived from its baseline, target, deadline and measurements. Pure and
 * shared: the server answers with it, and the kiosk recomputes it with its own clock, so
 * "days left" and the status stay right on a wall that runs for weeks.
 *
 * The rule (documented in docs/ARCHITECTURE.md):
 *  - progress = how far the latest value has come from the baseline toward the target, in
 *    the goal's direction, clamped to 0–100 % (overshooting counts as 100 %);
 *  - expected = the share of the time from baseline date to deadline that has passed;
 *  - status:
 *      1. progress ≥ 100 %                          → on track (reached)
 *      2. deadline passed                            → off track
 *      3. no measurements yet: expected ≤ 25 %       → on track (too early to tell),
 *                              otherwise             → at risk (time passes, nothing measured)
 *      4. expected − progress ≤ 10 points, or the linear trend reaches the target by the
 *         deadline                                   → on track
 *      5. expected − progress ≤ 25 points            → at risk
 *      6. otherwise                                  → off track
 */
export type GoalStatus = 'on_track' | 'at_risk' | 'off_track';

export interface GoalNumbers {
  baselineValue: number;
  baselineDate: string; // YYYY-MM-DD
  targetValue: number;
  direction: GoalDirection;
  deadline: string; // YYYY-MM-DD
}

export interface MeasurementPoint {
  value: number;
  date: string; // YYYY-MM-DD
}

export interface GoalProgress {
  percent: number;
  latestValue: number | null;
  latestDate: string | null;
  /** Change of the value per day: least-squares line through the measurements (or baseline and the only one). */
  trendPerDay: number | null;
  /** Where that line is at the deadline. */
  projectedAtDeadline: number | null;
  expectedPercent: number;
  daysLeft: number;
  status: GoalStatus;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const dayNumber = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Today as YYYY-MM-DD in UTC. */
export const isoDay = (now: Date): string => now.toISOString().slice(0, 10);

/** Progress of a value from baseline toward target, 0–100 %, in the goal's direction. */
export function progressOf(
  goal: Pick<GoalNumbers, 'baselineValue' | 'targetValue' | 'direction'>,
  value: number,
): number {
  const span = goal.targetValue - goal.baselineValue;
  if (span === 0) {
    // Degenerate goal (refused when saving); treat "at or past the target" as reached.
    const reached =
      goal.direction === 'decrease' ? value <= goal.targetValue : value >= goal.targetValue;
    return reached ? 100 : 0;
  }
  return clamp(((value - goal.baselineValue) / span) * 100, 0, 100);
}

/** Least-squares slope (per day) and intercept through the points; null with fewer than 2 days. */
export function linearTrend(
  points: readonly { day: number; value: number }[],
): { slope: number; intercept: number } | null {
  if (points.length < 2) return null;
  const n = points.length;
  const meanDay = points.reduce((sum, p) => sum + p.day, 0) / n;
  const meanValue = points.reduce((sum, p) => sum + p.value, 0) / n;
  let numerator = 0;
  let denominator = 0;
  for (const p of points) {
    numerator += (p.day - meanDay) * (p.value - meanValue);
    denominator += (p.day - meanDay) ** 2;
  }
  if (denominator === 0) return null;
  const slope = numerator / denominator;
  return { slope, intercept: meanValue - slope * meanDay };
}

export function computeProgress(
  goal: GoalNumbers,
  measurements: readonly MeasurementPoint[],
  now: Date,
): GoalProgress {
  const today = dayNumber(isoDay(now));
  const start = dayNumber(goal.baselineDate);
  const end = dayNumber(goal.deadline);
  const sorted = [...measurements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const latest = sorted.at(-1) ?? null;
  const percent = latest ? progressOf(goal, latest.value) : 0;
  const expectedPercent =
    end > start ? clamp(((today - start) / (end - start)) * 100, 0, 100) : 100;
  // The trend follows the measurements (recent behaviour); with a single measurement the
  // baseline is the other point of the line.
  const points = sorted.map((m) => ({ day: dayNumber(m.date), value: m.value }));
  const trend = linearTrend(
    points.length >= 2 ? points : [{ day: start, value: goal.baselineValue }, ...points],
  );
  const projectedAtDeadline = trend ? trend.intercept + trend.slope * end : null;
  const daysLeft = end - today;

  let status: GoalStatus;
  const gap = expectedPercent - percent;
  if (latest && percent >= 100) status = 'on_track';
  else if (daysLeft < 0) status = 'off_track';
  else if (!latest) status = expectedPercent <= 25 ? 'on_track' : 'at_risk';
  else if (
    gap <= 10 ||
    (projectedAtDeadline !== null && progressOf(goal, projectedAtDeadline) >= 100)
  )
    status = 'on_track';
  else if (gap <= 25) status = 'at_risk';
  else status = 'off_track';

  return {
    percent: Math.round(percent * 10) / 10,
    latestValue: latest?.value ?? null,
    latestDate: latest?.date ?? null,
    trendPerDay: trend?.slope ?? null,
    projectedAtDeadline,
    expectedPercent: Math.round(expectedPercent * 10) / 10,
    daysLeft,
    status,
  };
}

/** The numbers of a goal that is measurable and time-bound, or null while it is not. */
export function goalNumbers(goal: {
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  direction: GoalDirection | null;
  deadline: string | null;
}): GoalNumbers | null {
  const { baselineValue, baselineDate, targetValue, direction, deadline } = goal;
  if (baselineValue === null || baselineDate === null || targetValue === null) return null;
  if (direction === null || deadline === null) return null;
  return { baselineValue, baselineDate, targetValue, direction, deadline };
}

/** How a goal stands at `now` from its measurements, or null while it is not measurable. */
export function goalProgress(
  goal: Parameters<typeof goalNumbers>[0] & { measurements: readonly MeasurementPoint[] },
  now: Date,
): GoalProgress | null {
  const numbers = goalNumbers(goal);
  return numbers ? computeProgress(numbers, goal.measurements, now) : null;
}

/** Formats a measured value for people: the board's language, at most 2 decimals. */
export function formatValue(value: number, language: 'sv' | 'en'): string {
  return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: 2,
  }).format(value);
}
