import type { Dimension } from '@tavla/shared';
import type { AnalysisCategoryId, Quadrant } from '@tavla/shared/method';

/**
 * Where things go in the matrix drawing: pure arithmetic, so it can be tested without a
 * browser. x is the improvement need (0–100, right is more), y the employees' interest (0–100,
 * up is more). The drawing is laid out in SVG units for a 360-wide view, about one CSS pixel
 * each on a 390-px phone, so a 12-unit label stays readable there.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MatrixPointInput {
  categoryId: AnalysisCategoryId;
  dimension: Dimension;
  need: number;
  interest: number;
  /** Shown inside the dot; the list under the matrix uses the same number. */
  number: number;
  /** The category's name, beside the dot when there is room. */
  name: string;
}

export interface PlacedLabel {
  x: number;
  /** Baseline of the text. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface PlacedPoint extends MatrixPointInput {
  cx: number;
  cy: number;
  /** Null when no place near the dot was free: the number identifies it in the list. */
  label: PlacedLabel | null;
}

export interface QuadrantLabel {
  quadrant: Quadrant;
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  anchor: 'start' | 'end';
  box: Box;
}

export interface MatrixLayout {
  width: number;
  height: number;
  plot: Box;
  /** The quadrant lines, in drawing units. */
  splitX: number;
  splitY: number;
  areas: Record<Quadrant, Box>;
  quadrantLabels: QuadrantLabel[];
  points: PlacedPoint[];
}

export const MATRIX_SIZE = {
  width: 360,
  /** Room for the vertical axis title. */
  left: 24,
  /** Space between the plot's edge and a dot at 0 or 100, so no dot sits on the frame. */
  inset: 13,
  radius: 10,
  font: 12,
  quadrantFont: 12,
  /** The horizontal axis title under the bottom quadrants' names. */
  axis: 22,
} as const;

/** A generous estimate of a text's width (DejaVu Sans, the phone's font, is wide). */
export const textWidth = (text: string, font: number): number => text.length * font * 0.6;

/** Words broken into lines no wider than `maxWidth` (a single long word keeps its own line). */
export function wrapText(text: string, maxWidth: number, font: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, font) <= maxWidth) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (box: Box, area: Box): boolean =>
  box.x >= area.x &&
  box.y >= area.y &&
  box.x + box.width <= area.x + area.width &&
  box.y + box.height <= area.y + area.height;

const circleBox = (cx: number, cy: number, r: number): Box => ({
  x: cx - r,
  y: cy - r,
  width: 2 * r,
  height: 2 * r,
});

/** Offsets tried, nearest first, to move a dot off one already there (same or near values). */
function spreadOffsets(step: number): [number, number][] {
  const offsets: [number, number][] = [[0, 0]];
  for (let ring = 1; ring <= 3; ring += 1) {
    const d = ring * step;
    offsets.push([d, 0], [-d, 0], [0, -d], [0, d], [d, -d], [-d, -d], [d, d], [-d, d]);
  }
  return offsets;
}

/**
 * Lays out the matrix: quadrant lines at `at` (the split, in values); each quadrant's name at
 * its outer corner just outside the frame (above the top quadrants, below the bottom ones), so
 * no dot hides it; the dots (moved apart when they would cover each other); and each dot's name
 * on the first side where it covers nothing.
 */
export function layoutMatrix(
  input: readonly MatrixPointInput[],
  at: { need: number; interest: number },
  quadrantNames: Record<Quadrant, string>,
): MatrixLayout {
  const { width, left, inset, radius: r, font, quadrantFont, axis } = MATRIX_SIZE;
  const size = width - left - 2;
  const lineHeight = quadrantFont * 1.2;
  // Two names share a row (left and right corner): each gets half the row if both will not fit.
  const row = (a: string, b: string) => {
    const both = textWidth(a, quadrantFont) + textWidth(b, quadrantFont) + 12 <= size;
    const max = both ? size : size / 2 - 6;
    return [wrapText(a, max, quadrantFont), wrapText(b, max, quadrantFont)] as const;
  };
  const [quickLines, startLines] = row(quadrantNames.quick_wins, quadrantNames.start_here);
  const [monitorLines, buildLines] = row(quadrantNames.monitor, quadrantNames.build_interest);
  const topRows = Math.max(quickLines.length, startLines.length);
  const bottomRows = Math.max(monitorLines.length, buildLines.length);
  const top = 4 + topRows * lineHeight + 2;
  const floor = top + size;
  const height = floor + 4 + bottomRows * lineHeight + axis;
  const plot: Box = { x: left, y: top, width: size, height: size };
  const span = size - 2 * inset;
  const clamp = (value: number) => Math.min(100, Math.max(0, value));
  const toX = (need: number) => left + inset + (clamp(need) / 100) * span;
  const toY = (interest: number) => top + inset + (1 - clamp(interest) / 100) * span;
  const splitX = toX(at.need);
  const splitY = toY(at.interest);
  const right = left + size;
  const areas: Record<Quadrant, Box> = {
    quick_wins: { x: left, y: top, width: splitX - left, height: splitY - top },
    start_here: { x: splitX, y: top, width: right - splitX, height: splitY - top },
    monitor: { x: left, y: splitY, width: splitX - left, height: floor - splitY },
    build_interest: { x: splitX, y: splitY, width: right - splitX, height: floor - splitY },
  };

  const label = (quadrant: Quadrant, lines: string[]): QuadrantLabel => {
    const atRight = quadrant === 'start_here' || quadrant === 'build_interest';
    const atTop = quadrant === 'start_here' || quadrant === 'quick_wins';
    const boxWidth = Math.max(0, ...lines.map((line) => textWidth(line, quadrantFont)));
    const boxHeight = lines.length * lineHeight;
    const x = atRight ? right : left;
    const boxTop = atTop ? top - 2 - boxHeight : floor + 4;
    return {
      quadrant,
      lines,
      x,
      y: boxTop + quadrantFont * 0.95,
      anchor: atRight ? 'end' : 'start',
      box: { x: atRight ? x - boxWidth : x, y: boxTop, width: boxWidth, height: boxHeight },
    };
  };
  const quadrantLabels = [
    label('quick_wins', quickLines),
    label('start_here', startLines),
    label('monitor', monitorLines),
    label('build_interest', buildLines),
  ];

  // Dots, each moved off the ones before it if it would cover them.
  const dotArea = plot;
  const centres: { cx: number; cy: number }[] = [];
  for (const point of input) {
    const x0 = toX(point.need);
    const y0 = toY(point.interest);
    const free = spreadOffsets(2 * r + 2)
      .map(([dx, dy]) => ({ cx: x0 + dx, cy: y0 + dy }))
      .find(
        (c) =>
          inside(circleBox(c.cx, c.cy, r), dotArea) &&
          centres.every((o) => Math.hypot(o.cx - c.cx, o.cy - c.cy) >= 2 * r + 1),
      );
    centres.push(free ?? { cx: x0, cy: y0 });
  }

  // Names: the first side of each dot, inside the frame, where the text covers no dot or name.
  const view: Box = { x: left + 2, y: top + 1, width: size - 4, height: size - 2 };
  const taken: Box[] = centres.map((c) => circleBox(c.cx, c.cy, r));
  const points = input.map((point, index): PlacedPoint => {
    const { cx, cy } = centres[index] ?? { cx: 0, cy: 0 };
    const w = textWidth(point.name, font);
    const h = font * 1.2;
    const gap = 3;
    const candidates: PlacedLabel[] = [
      {
        x: cx + r + gap,
        y: cy + font * 0.35,
        anchor: 'start',
        box: { x: cx + r + gap, y: cy - h / 2, width: w, height: h },
      },
      {
        x: cx - r - gap,
        y: cy + font * 0.35,
        anchor: 'end',
        box: { x: cx - r - gap - w, y: cy - h / 2, width: w, height: h },
      },
      {
        x: cx,
        y: cy - r - gap - h * 0.25,
        anchor: 'middle',
        box: { x: cx - w / 2, y: cy - r - gap - h, width: w, height: h },
      },
      {
        x: cx,
        y: cy + r + gap + font * 0.9,
        anchor: 'middle',
        box: { x: cx - w / 2, y: cy + r + gap, width: w, height: h },
      },
    ];
    // Every candidate keeps clear of its own dot, so it is checked against all of `taken`.
    const label =
      candidates.find((c) => inside(c.box, view) && taken.every((box) => !overlaps(c.box, box))) ??
      null;
    if (label) taken.push(label.box);
    return { ...point, cx, cy, label };
  });

  return { width, height, plot, splitX, splitY, areas, quadrantLabels, points };
}
