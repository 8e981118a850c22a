/**
 * The geometry of the report's small printed charts, in SVG user units (y grows downwards):
 * a radar per analysis form and a trend line per goal. Pure, so it is tested without a browser.
 */
import { dayNumber } from '@tavla/shared/follow-up-rules';

export interface Point {
  x: number;
  y: number;
}

/** Where `percent` (0–100) lies on spoke `index` of `count`; the first spoke points up. */
export function spokePoint(
  percent: number,
  index: number,
  count: number,
  radius: number,
  center: Point,
): Point {
  const angle = (2 * Math.PI * index) / count;
  const distance = (Math.min(100, Math.max(0, percent)) / 100) * radius;
  return { x: center.x + distance * Math.sin(angle), y: center.y - distance * Math.cos(angle) };
}

export const svgPoints = (points: readonly Point[]): string =>
  points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

/**
 * A round's shape: the scored spokes in order. A spoke without a score is left out (never drawn
 * as zero); the table beside the chart says "–" for it.
 */
export function radarPolygon(
  percents: readonly (number | null)[],
  radius: number,
  center: Point,
): Point[] {
  return percents.flatMap((percent, index) =>
    percent === null ? [] : [spokePoint(percent, index, percents.length, radius, center)],
  );
}

export interface TrendInput {
  from: string;
  to: string;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  measurements: readonly { date: string; value: number }[];
}

export interface TrendGeometry {
  /** The measurements, oldest first. */
  line: Point[];
  /** The baseline as a point when its day is in the period. */
  baseline: Point | null;
  /** The target's height (a dashed line across), if the goal has one. */
  targetY: number | null;
  /** The lowest and highest value drawn (measurements, baseline, target) and their heights. */
  low: { value: number; y: number };
  high: { value: number; y: number };
}

/**
 * A goal's trend over the period: time across (the period's first to last day), values up,
 * the axis spanning the measurements, the baseline and the target with a little room.
 */
export function trendGeometry(
  input: TrendInput,
  box: { left: number; top: number; width: number; height: number },
): TrendGeometry {
  const start = dayNumber(input.from);
  const end = Math.max(start + 1, dayNumber(input.to));
  const inPeriod = (day: string) => dayNumber(day) >= start && dayNumber(day) <= end;
  const baselineShown =
    input.baselineValue !== null && input.baselineDate !== null && inPeriod(input.baselineDate);
  const values = [
    ...input.measurements.map((m) => m.value),
    ...(input.targetValue === null ? [] : [input.targetValue]),
    ...(input.baselineValue === null ? [] : [input.baselineValue]),
  ];
  const lowest = values.length > 0 ? Math.min(...values) : 0;
  const highest = values.length > 0 ? Math.max(...values) : 1;
  let min = lowest;
  let max = highest;
  if (max === min) {
    max += 1;
    min -= 1;
  }
  const pad = (max - min) * 0.08;
  min -= pad;
  max += pad;
  const x = (day: string) => box.left + ((dayNumber(day) - start) / (end - start)) * box.width;
  const y = (value: number) => box.top + ((max - value) / (max - min)) * box.height;
  return {
    line: [...input.measurements]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((m) => ({ x: x(m.date), y: y(m.value) })),
    baseline:
      baselineShown && input.baselineDate !== null && input.baselineValue !== null
        ? { x: x(input.baselineDate), y: y(input.baselineValue) }
        : null,
    targetY: input.targetValue === null ? null : y(input.targetValue),
    low: { value: lowest, y: y(lowest) },
    high: { value: highest, y: y(highest) },
  };
}
