import type { Box } from './radar-geometry.js';
import { textWidth, wrapText } from './text-fit.js';

/**
 * The wall's materiality matrix as a plot: need (0–100) to the right, interest (0–100) up, and
 * a deterministic placement of the category labels so that none covers another.
 */

/** The plot area in px; need 0 is its left edge, interest 0 its bottom edge. */
export type Plot = Box;

export function plotX(plot: Plot, need: number): number {
  return plot.x + (Math.min(100, Math.max(0, need)) / 100) * plot.width;
}

export function plotY(plot: Plot, interest: number): number {
  return plot.y + plot.height - (Math.min(100, Math.max(0, interest)) / 100) * plot.height;
}

export function boxesOverlap(a: Box, b: Box, padding = 0): boolean {
  return (
    a.x < b.x + b.width + padding &&
    b.x < a.x + a.width + padding &&
    a.y < b.y + b.height + padding &&
    b.y < a.y + a.height + padding
  );
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Whether the segment from a to b passes through the box (Liang–Barsky clipping). */
export function segmentCrossesBox(
  a: { x: number; y: number },
  b: { x: number; y: number },
  box: Box,
): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let from = 0;
  let to = 1;
  const edges: [number, number][] = [
    [-dx, a.x - box.x],
    [dx, box.x + box.width - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.height - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) from = Math.max(from, r);
      else to = Math.min(to, r);
      if (from > to) return false;
    }
  }
  // Touching the box only at the segment's end (where a leader meets its own label) is fine.
  return to - from > 1e-6;
}

function inside(box: Box, bounds: Box): boolean {
  return (
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  );
}

export interface LabelRequest {
  id: string;
  /** The point the label names, in px. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  box: Box;
  /** The label was moved away from its point: draw a line from the point to the box. */
  leader: boolean;
}

export interface PlacementOptions {
  /** Where labels may go (the plot, or a little more). */
  bounds: Box;
  /** The radius of a point's marker: no label covers any marker. */
  markerRadius: number;
  /** Areas no label may cover (the quadrant names). */
  obstacles?: readonly Box[];
  /** Space kept between two labels, and between a label and a marker. */
  padding?: number;
}

// The eight directions tried around a point, in order of preference: beside, then above and
// below, then the corners. Each is a unit step from the point towards the box's near side.
const DIRECTIONS: readonly { dx: number; dy: number }[] = [
  { dx: 1, dy: 0 },
  { dx: -1, dy: 0 },
  { dx: 0, dy: -1 },
  { dx: 0, dy: 1 },
  { dx: 1, dy: -1 },
  { dx: -1, dy: -1 },
  { dx: 1, dy: 1 },
  { dx: -1, dy: 1 },
];
/** How far a label is pushed from its marker before the wider search (px). */
const NEAR = [0, 16, 40];
/** A leader line joins a label pushed at least this far from its point. */
const LEADER_FROM = 16;
/** The wider search: rings of box centres around the point, this many directions each. */
const RING_DIRECTIONS = 24;
const RINGS = 40;

function besideBox(
  request: LabelRequest,
  direction: { dx: number; dy: number },
  offset: number,
): Box {
  const { x, y, width, height } = request;
  const diagonal = direction.dx !== 0 && direction.dy !== 0 ? Math.SQRT1_2 : 1;
  const reach = offset * diagonal;
  const left = direction.dx > 0 ? x + reach : direction.dx < 0 ? x - reach - width : x - width / 2;
  const top = direction.dy > 0 ? y + reach : direction.dy < 0 ? y - reach - height : y - height / 2;
  return { x: left, y: top, width, height };
}

/** Where a label may go, nearest first: beside its marker, then on widening rings. */
function* candidates(
  request: LabelRequest,
  clearance: number,
): Generator<{ box: Box; distance: number }> {
  for (const distance of NEAR) {
    for (const direction of DIRECTIONS) {
      yield { box: besideBox(request, direction, clearance + distance), distance };
    }
  }
  const step = Math.max(12, request.height / 2);
  for (let ring = 1; ring <= RINGS; ring += 1) {
    const distance = (NEAR.at(-1) ?? 0) + ring * step;
    const centre = clearance + distance + request.height / 2;
    for (let k = 0; k < RING_DIRECTIONS; k += 1) {
      const angle = (2 * Math.PI * k) / RING_DIRECTIONS;
      // An ellipse: a label is wider than tall, so it needs to go further sideways to clear.
      const cx =
        request.x + Math.cos(angle) * (centre + (request.width / 2) * Math.abs(Math.cos(angle)));
      const cy = request.y + Math.sin(angle) * centre;
      yield {
        box: {
          x: cx - request.width / 2,
          y: cy - request.height / 2,
          width: request.width,
          height: request.height,
        },
        distance,
      };
    }
  }
}

/**
 * Places each label next to its point, or as close as it can without covering another label, a
 * marker or an obstacle, inside the bounds, and without a leader line crossing a label.
 * Deterministic: a greedy pass in which each label takes the first free spot of a widening
 * search around its point (beside it, above, below, at the corners, then on rings further out,
 * with a leader line); then a few passes in which each label, knowing all the others, moves to
 * a better or nearer spot if it finds one. When no spot is free, the one that costs least is
 * taken. As the result depends on who chooses first, it is done for a few orders (the most
 * crowded first, left to right, right to left, top down, bottom up) and the best kept: the
 * fewest conflicts, then the shortest leaders.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  options: PlacementOptions,
): PlacedLabel[] {
  const { bounds, markerRadius, obstacles = [] } = options;
  const padding = options.padding ?? 6;
  const markers: Box[] = requests.map((r) => ({
    x: r.x - markerRadius,
    y: r.y - markerRadius,
    width: 2 * markerRadius,
    height: 2 * markerRadius,
  }));
  const crowd = (request: LabelRequest) =>
    requests.filter(
      (other) =>
        other !== request &&
        Math.hypot(other.x - request.x, other.y - request.y) < 2 * request.height + 60,
    ).length;
  // Greedy placement depends on who chooses first: try a few orders and keep the best.
  const byCrowd = requests
    .map((request, index) => ({ index, crowd: crowd(request) }))
    .sort((a, b) => b.crowd - a.crowd || a.index - b.index)
    .map((entry) => entry.index);
  const sortedBy = (key: (r: LabelRequest) => number) =>
    requests
      .map((request, index) => ({ index, key: key(request) }))
      .sort((a, b) => a.key - b.key || a.index - b.index)
      .map((entry) => entry.index);
  const orders = [
    byCrowd,
    sortedBy((r) => r.x),
    sortedBy((r) => -r.x),
    sortedBy((r) => r.y),
    sortedBy((r) => -r.y),
  ];

  interface Spot {
    box: Box;
    distance: number;
    cost: number;
  }
  let spots: (Spot | undefined)[] = [];
  const leaderOf = (index: number, spot: Spot) => {
    const request = requests[index] as LabelRequest;
    return spot.distance >= LEADER_FROM
      ? { from: request, to: nearestOnBox(spot.box, request.x, request.y) }
      : null;
  };
  // What a spot costs label `index`, given where the others are now. Covering a label, a
  // marker or an obstacle must never happen; a leader through another label (or a label over
  // another's leader) reads as the wrong connection; a leader over another point is untidy.
  const COVERING = 1_000_000;
  const CROSSING = 1_000;
  const PASSING = 300;
  const cost = (index: number, box: Box, distance: number): number => {
    const request = requests[index] as LabelRequest;
    let total = 0;
    for (const obstacle of [...markers, ...obstacles]) {
      if (boxesOverlap(box, obstacle, padding)) total += COVERING + overlapArea(box, obstacle);
    }
    const end = distance >= LEADER_FROM ? nearestOnBox(box, request.x, request.y) : null;
    for (const [other, spot] of spots.entries()) {
      if (other === index || !spot) continue;
      if (boxesOverlap(box, spot.box, padding)) total += COVERING + overlapArea(box, spot.box);
      const leader = leaderOf(other, spot);
      if (leader && segmentCrossesBox(leader.from, leader.to, box)) total += CROSSING;
      if (end && segmentCrossesBox(request, end, spot.box)) total += CROSSING;
    }
    if (end) {
      for (const [other, marker] of markers.entries()) {
        if (other !== index && segmentCrossesBox(request, end, marker)) total += PASSING;
      }
    }
    return total;
  };
  const search = (index: number): Spot => {
    const request = requests[index] as LabelRequest;
    let best: Spot | null = null;
    for (const { box, distance } of candidates(request, markerRadius + padding)) {
      if (!inside(box, bounds)) continue;
      const spotCost = cost(index, box, distance);
      if (!best || spotCost < best.cost) best = { box, distance, cost: spotCost };
      if (spotCost === 0) break;
    }
    // Nothing inside the bounds at all (a label wider than the plot): beside the point.
    return (
      best ?? {
        box: besideBox(request, { dx: 1, dy: 0 }, markerRadius + padding),
        distance: 0,
        cost: 0,
      }
    );
  };

  const arrange = (order: readonly number[]) => {
    spots = requests.map(() => undefined);
    for (const index of order) spots[index] = search(index);
    for (let pass = 0; pass < 3; pass += 1) {
      let moved = false;
      for (const index of order) {
        const current = spots[index] as Spot;
        const now = cost(index, current.box, current.distance);
        const better = search(index);
        if (better.cost < now || (better.cost === now && better.distance < current.distance)) {
          spots[index] = better;
          moved = true;
        }
      }
      if (!moved) break;
    }
    const placedSpots = spots as Spot[];
    // What the result costs in all (with everyone placed), and how far labels went.
    const score = placedSpots.reduce(
      (sum, spot, index) => sum + cost(index, spot.box, spot.distance) + spot.distance,
      0,
    );
    return { spots: placedSpots, score };
  };
  let best: { spots: Spot[]; score: number } | null = null;
  for (const order of orders) {
    const attempt = arrange(order);
    if (!best || attempt.score < best.score) best = attempt;
  }
  const chosen = best?.spots ?? [];
  return requests.map((request, index) => {
    const spot = chosen[index] as Spot;
    return { id: request.id, box: spot.box, leader: spot.distance >= LEADER_FROM };
  });
}

/** The point on a box's edge nearest to (x, y): where a leader line meets the label. */
export function nearestOnBox(box: Box, x: number, y: number): { x: number; y: number } {
  return {
    x: Math.min(box.x + box.width, Math.max(box.x, x)),
    y: Math.min(box.y + box.height, Math.max(box.y, y)),
  };
}

// ── The whole chart ─────────────────────────────────────────────────────────────────────

/** Sizes in px at 1920×1080 (the chart is drawn at about that scale). */
export const MATRIX_TEXT = {
  labelSize: 28,
  labelLine: 33,
  labelWrap: 250,
  labelPadX: 10,
  /** The dimension's colour bar at a label's left edge. */
  labelBar: 7,
  labelPadY: 5,
  quadrantSize: 30,
  startHereSize: 40,
  markerRadius: 15,
} as const;

export type QuadrantName = 'start_here' | 'quick_wins' | 'build_interest' | 'monitor';

export interface MatrixChartPoint {
  id: string;
  need: number;
  interest: number;
  name: string;
}

export interface QuadrantLabel {
  quadrant: QuadrantName;
  /** The quadrant's area. */
  area: Box;
  lines: string[];
  size: number;
  anchor: 'start' | 'end';
  /** The lines' x (per `anchor`) and the top of the first line's box. */
  x: number;
  top: number;
  box: Box;
}

export interface MatrixChart {
  width: number;
  height: number;
  plot: Plot;
  /** Where the quadrant lines cross, in px. */
  splitX: number;
  splitY: number;
  quadrants: QuadrantLabel[];
  points: (MatrixChartPoint & { x: number; y: number; label: PlacedLabel; lines: string[] })[];
}

/** Room at the plot's left and bottom for the axes' ticks and titles, and for arrowheads. */
const AXIS_ROOM = 96;
const ARROW_ROOM = 28;

/**
 * The matrix in a box of `width` × `height` px: the plot with room for the axes at the left and
 * bottom; the quadrants with their names in the plot's outer corners (moved along the edge when
 * a point sits there); every point with its label placed clear of the others, of the markers and
 * of the quadrant names.
 */
export function layoutMatrix(
  points: readonly MatrixChartPoint[],
  split: { need: number; interest: number },
  quadrantNames: Record<QuadrantName, string>,
  width: number,
  height: number,
): MatrixChart {
  const t = MATRIX_TEXT;
  const plot: Plot = {
    x: AXIS_ROOM,
    y: ARROW_ROOM,
    width: width - AXIS_ROOM - ARROW_ROOM,
    height: height - AXIS_ROOM - ARROW_ROOM,
  };
  const splitX = plotX(plot, split.need);
  const splitY = plotY(plot, split.interest);
  const right = plot.x + plot.width;
  const bottom = plot.y + plot.height;
  const placedPoints = points.map((point) => ({
    ...point,
    x: plotX(plot, point.need),
    y: plotY(plot, point.interest),
  }));
  const markers: Box[] = placedPoints.map(({ x, y }) => ({
    x: x - t.markerRadius,
    y: y - t.markerRadius,
    width: 2 * t.markerRadius,
    height: 2 * t.markerRadius,
  }));

  const corners: { quadrant: QuadrantName; area: Box; anchor: 'start' | 'end'; top: boolean }[] = [
    {
      quadrant: 'quick_wins',
      area: { x: plot.x, y: plot.y, width: splitX - plot.x, height: splitY - plot.y },
      anchor: 'start',
      top: true,
    },
    {
      quadrant: 'start_here',
      area: { x: splitX, y: plot.y, width: right - splitX, height: splitY - plot.y },
      anchor: 'end',
      top: true,
    },
    {
      quadrant: 'monitor',
      area: { x: plot.x, y: splitY, width: splitX - plot.x, height: bottom - splitY },
      anchor: 'start',
      top: false,
    },
    {
      quadrant: 'build_interest',
      area: { x: splitX, y: splitY, width: right - splitX, height: bottom - splitY },
      anchor: 'end',
      top: false,
    },
  ];
  const inset = 12;
  const quadrants = corners.map(({ quadrant, area, anchor, top }): QuadrantLabel => {
    const size = quadrant === 'start_here' ? t.startHereSize : t.quadrantSize;
    const lines = wrapText(quadrantNames[quadrant], Math.max(180, area.width - 2 * inset), size);
    const boxWidth = Math.max(...lines.map((line) => textWidth(line, size)));
    const boxHeight = lines.length * size * 1.15;
    // In the plot's outer corner; if a point sits there, slide along the outer edge (then
    // down or up the side) to the nearest place that covers none.
    const slide = (dx: number, dy: number): Box => ({
      x: (anchor === 'start' ? plot.x + inset : right - inset - boxWidth) + dx,
      y: (top ? plot.y + inset : bottom - inset - boxHeight) + dy,
      width: boxWidth,
      height: boxHeight,
    });
    const inward = anchor === 'start' ? 1 : -1;
    const downward = top ? 1 : -1;
    const spots = [0, 1, 2, 3, 4, 5, 6, 7, 8].flatMap((step) => [
      slide(inward * step * 40, 0),
      slide(0, downward * step * 40),
    ]);
    const box =
      spots.find((spot) => markers.every((marker) => !boxesOverlap(spot, marker, 6))) ??
      slide(0, 0);
    return {
      quadrant,
      area,
      lines,
      size,
      anchor,
      x: anchor === 'start' ? box.x : box.x + box.width,
      top: box.y,
      box,
    };
  });

  const prepared = placedPoints.map((point) => {
    const lines = wrapText(point.name, t.labelWrap, t.labelSize);
    const labelWidth =
      Math.max(...lines.map((line) => textWidth(line, t.labelSize))) + 2 * t.labelPadX + t.labelBar;
    const labelHeight = lines.length * t.labelLine + 2 * t.labelPadY;
    return { ...point, lines, labelWidth, labelHeight };
  });
  const placed = placeLabels(
    prepared.map(({ id, x, y, labelWidth, labelHeight }) => ({
      id,
      x,
      y,
      width: labelWidth,
      height: labelHeight,
    })),
    { bounds: plot, markerRadius: t.markerRadius, obstacles: quadrants.map((q) => q.box) },
  );
  return {
    width,
    height,
    plot,
    splitX,
    splitY,
    quadrants,
    points: prepared.map((point, i) => ({
      id: point.id,
      need: point.need,
      interest: point.interest,
      name: point.name,
      x: point.x,
      y: point.y,
      lines: point.lines,
      label: placed[i] as PlacedLabel,
    })),
  };
}
