import { textWidth, wrapText } from './text-fit.js';

/**
 * The geometry of the wall's radar (spider) charts: one spoke per category, the first straight
 * up and the rest clockwise; 0 % at the centre, 100 % at the outer ring. Screen coordinates (y
 * grows downwards), in px at 1920×1080.
 */

export interface Point {
  x: number;
  y: number;
}

/** The angle of spoke `index` of `count`, in radians clockwise from straight up. */
export function spokeAngle(index: number, count: number): number {
  return (2 * Math.PI * index) / count;
}

/** Where `percent` (clamped to 0–100) lies on spoke `index` of `count`. */
export function radarPoint(
  percent: number,
  index: number,
  count: number,
  radius: number,
  center: Point,
): Point {
  const angle = spokeAngle(index, count);
  const distance = (Math.min(100, Math.max(0, percent)) / 100) * radius;
  return { x: center.x + distance * Math.sin(angle), y: center.y - distance * Math.cos(angle) };
}

/** The corners of the ring at `percent` (the 50 and 100 rings of the chart). */
export function ringPoints(percent: number, count: number, radius: number, center: Point): Point[] {
  return Array.from({ length: count }, (_, i) => radarPoint(percent, i, count, radius, center));
}

/**
 * What a round's percents look like on the chart. With every spoke scored it is one closed
 * polygon. A spoke without a score (null) is a gap, never a zero: the shape breaks there into
 * `runs` of neighbouring scored spokes (in spoke order, wrapping round), each filled as a fan
 * from the centre and outlined as an open line; a lone scored spoke is a dot.
 */
export interface RadarShape {
  /** Every spoke is scored: `runs[0]` is the closed polygon. */
  closed: boolean;
  runs: Point[][];
  /** The spokes without a score. */
  gaps: number[];
}

export function radarShape(
  percents: readonly (number | null)[],
  radius: number,
  center: Point,
): RadarShape {
  const count = percents.length;
  const at = (i: number): Point | null => {
    const percent = percents[i];
    return percent === null || percent === undefined
      ? null
      : radarPoint(percent, i, count, radius, center);
  };
  const gaps = percents.flatMap((p, i) => (p === null ? [i] : []));
  if (gaps.length === 0) {
    return { closed: true, runs: [percents.map((_, i) => at(i) as Point)], gaps };
  }
  // Start just after a gap, so a run that wraps past the last spoke stays in one piece.
  const start = ((gaps[0] ?? 0) + 1) % count;
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (let step = 0; step < count; step += 1) {
    const point = at((start + step) % count);
    if (point) run.push(point);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return { closed: false, runs, gaps };
}

/** SVG `points` of a list of points. */
export function svgPoints(points: readonly Point[]): string {
  return points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

// ── Labels ──────────────────────────────────────────────────────────────────────────────

/** Sizes of a spoke's label, px at 1920×1080 (the SVG is drawn at about that scale). */
export const RADAR_TEXT = {
  /** The spoke's percentage: a key figure. */
  percentSize: 58,
  /** The "%" after it. */
  unitSize: 36,
  nameSize: 29,
  nameLine: 34,
  gap: 12,
  margin: 4,
} as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SpokeLabel {
  index: number;
  /** How the lines align on `x`. */
  anchor: 'start' | 'middle' | 'end';
  x: number;
  /** Baseline of the percentage. */
  percentBaseline: number;
  /** The category name, broken into lines, with each line's baseline. */
  lines: { text: string; baseline: number }[];
  /** What the percentage (as wide as "100 %") and the name lines cover. */
  percentBox: Box;
  namesBox: Box;
}

export interface RadarLayout {
  width: number;
  height: number;
  center: Point;
  radius: number;
  labels: SpokeLabel[];
}

/** The width of a percentage as the chart draws it ("100" and a smaller " %"). */
export function percentWidth(text: string): number {
  return textWidth(text, RADAR_TEXT.percentSize) + textWidth(' %', RADAR_TEXT.unitSize);
}

const WIDEST_PERCENT = percentWidth('100');

/**
 * Places a five-spoke radar and its labels in a box `width` wide, as large as the labels allow.
 *
 * The two upper side spokes point almost sideways, where room is scarcest: their label stands
 * on the spoke's end, against the outer edge of the box, the percentage lowest and the name
 * above it, where the chart narrows towards its top and leaves the name more room. The top
 * spoke's label sits above it (above the side labels where they meet), centred; the two lower
 * spokes hang theirs below their end. Names wrap (and long compounds hyphenate) to the room they
 * have; nothing is cut off.
 */
export function layoutRadar(names: readonly string[], width: number): RadarLayout {
  const { percentSize, nameSize, nameLine, gap, margin } = RADAR_TEXT;
  const count = names.length;
  if (count !== 5) throw new Error(`A wall radar has five spokes, got ${count}`);
  const sin72 = Math.sin((2 * Math.PI) / 5);
  const cos72 = Math.cos((2 * Math.PI) / 5);
  const half = width / 2;
  // Half the outer ring's width at height y (centre at 0, y up negative), along its edge from
  // the top spoke to a side spoke.
  const upperEdge = (y: number, radius: number) =>
    Math.max(0, (sin72 * radius * (y + radius)) / ((1 - cos72) * radius));
  // The side percentage, right against the box's edge, must clear the ring's edge where it
  // stands (its bottom, `gap` above the spoke's end).
  const clearance = 6;
  const radius = Math.floor(
    (half - margin - WIDEST_PERCENT - clearance + (sin72 * gap) / (1 - cos72)) / sin72,
  );
  const cx = half;
  const tip = (i: number) => radarPoint(100, i, count, radius, { x: cx, y: 0 });
  const wrap = (text: string, room: number) => wrapText(text, room, nameSize, 'bold');
  const widest = (lines: readonly string[]) =>
    Math.max(0, ...lines.map((line) => textWidth(line, nameSize, 'bold')));
  // The percentage's box: a full em (the figures stand about 0.73 em above the baseline).
  const percentBox = percentSize;
  const ascent = 0.76 * nameSize;

  const labels: SpokeLabel[] = [];

  // Upper side spokes (1: right, 4: left).
  for (const index of [1, 4]) {
    const end = tip(index);
    const right = index === 1;
    const percentBottom = end.y - gap;
    const percentTop = percentBottom - percentBox;
    const namesBottom = percentTop - 4;
    const room = half - margin - upperEdge(namesBottom, radius) - gap;
    const lines = wrap(names[index] ?? '', room);
    const namesTop = namesBottom - lines.length * nameLine;
    const x = right ? width - margin : margin;
    const namesWidth = widest(lines);
    labels.push({
      index,
      anchor: right ? 'end' : 'start',
      x,
      percentBaseline: percentTop + 0.76 * percentSize,
      lines: lines.map((text, i) => ({ text, baseline: namesTop + i * nameLine + ascent })),
      percentBox: {
        x: right ? x - WIDEST_PERCENT : x,
        y: percentTop,
        width: WIDEST_PERCENT,
        height: percentBox,
      },
      namesBox: {
        x: right ? x - namesWidth : x,
        y: namesTop,
        width: namesWidth,
        height: namesBottom - namesTop,
      },
    });
  }

  // Lower spokes (2: right, 3: left): the label hangs below the end, starting a little inside.
  for (const index of [2, 3]) {
    const end = tip(index);
    const right = index === 2;
    const reach = Math.max(gap, Math.abs(end.x - cx) - 48);
    const x = right ? cx + reach : cx - reach;
    const room = right ? width - margin - x : x - margin;
    const lines = wrap(names[index] ?? '', room);
    const top = end.y + gap;
    const percentBaseline = top + 0.76 * percentSize;
    const namesTop = top + percentBox + 4;
    const namesWidth = widest(lines);
    labels.push({
      index,
      anchor: right ? 'start' : 'end',
      x,
      percentBaseline,
      lines: lines.map((text, i) => ({ text, baseline: namesTop + i * nameLine + ascent })),
      percentBox: {
        x: right ? x : x - WIDEST_PERCENT,
        y: top,
        width: WIDEST_PERCENT,
        height: percentBox,
      },
      namesBox: {
        x: right ? x : x - namesWidth,
        y: namesTop,
        width: namesWidth,
        height: lines.length * nameLine,
      },
    });
  }

  // The top spoke: name above the percentage, centred, clear of the side labels.
  {
    const end = tip(0);
    const lines = wrap(names[0] ?? '', width - 2 * margin);
    const blockWidth = Math.max(widest(lines), WIDEST_PERCENT);
    const left = cx - blockWidth / 2;
    let bottom = end.y - gap;
    for (const side of labels.filter((l) => l.index === 1 || l.index === 4)) {
      for (const box of [side.namesBox, side.percentBox]) {
        const overlapsX = left < box.x + box.width && left + blockWidth > box.x;
        if (overlapsX) bottom = Math.min(bottom, box.y - gap);
      }
    }
    const percentTop = bottom - percentBox;
    const namesTop = percentTop - 4 - lines.length * nameLine;
    const namesWidth = widest(lines);
    labels.push({
      index: 0,
      anchor: 'middle',
      x: cx,
      percentBaseline: percentTop + 0.76 * percentSize,
      lines: lines.map((text, i) => ({ text, baseline: namesTop + i * nameLine + ascent })),
      percentBox: {
        x: cx - WIDEST_PERCENT / 2,
        y: percentTop,
        width: WIDEST_PERCENT,
        height: percentBox,
      },
      namesBox: {
        x: cx - namesWidth / 2,
        y: namesTop,
        width: namesWidth,
        height: lines.length * nameLine,
      },
    });
  }

  const boxes = labels.flatMap((l) => [l.percentBox, l.namesBox]);
  const top = Math.min(...boxes.map((b) => b.y));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  const shift = margin - top;
  const down = (box: Box): Box => ({ ...box, y: box.y + shift });
  const moved = labels
    .map((label) => ({
      ...label,
      percentBaseline: label.percentBaseline + shift,
      lines: label.lines.map((line) => ({ ...line, baseline: line.baseline + shift })),
      percentBox: down(label.percentBox),
      namesBox: down(label.namesBox),
    }))
    .sort((a, b) => a.index - b.index);
  return {
    width,
    height: Math.ceil(bottom - top + 2 * margin),
    center: { x: cx, y: shift },
    radius,
    labels: moved,
  };
}
