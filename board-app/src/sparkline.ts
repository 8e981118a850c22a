import type { Goal } from '@tavla/shared';

export interface SparklineShape {
  width: number;
  height: number;
  /** The baseline, then every measurement by date, placed by their dates. */
  points: { x: number; y: number }[];
  targetY: number;
}

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * A goal's trend line in a `width`×`height` box: the baseline and the measurements, placed by
 * date from the baseline date to the last measurement, and scaled between the lowest and the
 * highest of them and the target (so the target line is always inside). Null without a
 * baseline or a target.
 */
export function sparkline(
  goal: Pick<Goal, 'baselineValue' | 'baselineDate' | 'targetValue' | 'measurements'>,
  box: { width: number; height: number; pad: number },
): SparklineShape | null {
  const { baselineValue, baselineDate, targetValue } = goal;
  if (baselineValue === null || baselineDate === null || targetValue === null) return null;
  const measured = [...goal.measurements].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  const series = [{ day: dayOf(baselineDate), value: baselineValue }].concat(
    measured.map((m) => ({ day: dayOf(m.date), value: m.value })),
  );
  const values = series.map((p) => p.value);
  const min = Math.min(...values, targetValue);
  const max = Math.max(...values, targetValue);
  const span = max - min || 1;
  const first = series[0]?.day ?? 0;
  const last = Math.max(first, ...series.map((p) => p.day));
  const days = last - first;
  const { width, height, pad } = box;
  const y = (value: number) => height - pad - ((value - min) / span) * (height - 2 * pad);
  const points = series.map((p, i) => ({
    x:
      days > 0
        ? pad + ((p.day - first) / days) * (width - 2 * pad)
        : series.length > 1
          ? pad + (i / (series.length - 1)) * (width - 2 * pad)
          : pad,
    y: y(p.value),
  }));
  return { width, height, points, targetY: y(targetValue) };
}
