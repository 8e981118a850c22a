import { describe, expect, it } from 'vitest';
import {
  ANALYSIS_CATEGORY_LIST,
  materialityPoints,
  matrixSplitAt,
  quadrantOf,
} from '@tavla/shared/method';
import { ANALYSIS_CATEGORY_TEXT } from '@tavla/shared/analysis-categories';
import {
  boxesOverlap,
  layoutMatrix,
  MATRIX_TEXT,
  placeLabels,
  plotX,
  plotY,
  type LabelRequest,
} from './matrix-layout.js';

const PLOT = { x: 100, y: 50, width: 800, height: 800 };

describe('plot scale', () => {
  it('puts need 0–100 left to right and interest 0–100 bottom to top', () => {
    expect(plotX(PLOT, 0)).toBe(100);
    expect(plotX(PLOT, 100)).toBe(900);
    expect(plotY(PLOT, 0)).toBe(850);
    expect(plotY(PLOT, 100)).toBe(50);
    expect(plotY(PLOT, 50)).toBe(450);
    expect(plotX(PLOT, 120)).toBe(900);
  });
});

describe('quadrant lines', () => {
  const scores = Object.fromEntries(
    ANALYSIS_CATEGORY_LIST.map(({ id }, i) => [
      id,
      [90, 85, 80, 75, 70, 65, 60, 55, 50, 45, 40, 35, 30, 25, 20][i] ?? null,
    ]),
  );
  const dots = Object.fromEntries(ANALYSIS_CATEGORY_LIST.map(({ id }, i) => [id, i % 4]));

  it('split at 50 with the fixed setting', () => {
    expect(matrixSplitAt(materialityPoints(scores, dots, 'fixed'), 'fixed')).toEqual({
      need: 50,
      interest: 50,
    });
  });

  it('split at the medians with the median setting, agreeing with every point’s quadrant', () => {
    const points = materialityPoints(scores, dots, 'median');
    const at = matrixSplitAt(points, 'median');
    // Needs 10, 15, …, 80 → median 45; interests 0, 33, 67, 100, 0, … → median 33.
    expect(at).toEqual({ need: 45, interest: 33 });
    for (const p of points) {
      expect(p.quadrant).toBe(quadrantOf(p.need ?? -1, p.interest ?? -1, at));
    }
  });

  it('leave unknown needs out of the median, and fall back to 50 when nothing is known', () => {
    const partial = materialityPoints(
      { energy_climate: 10, emissions: 30, chemicals_waste: 20 },
      null,
      'median',
    );
    expect(matrixSplitAt(partial, 'median')).toEqual({ need: 80, interest: 50 });
  });
});

describe('placeLabels', () => {
  const bounds = { x: 0, y: 0, width: 1000, height: 1000 };
  const label = (id: string, x: number, y: number): LabelRequest => ({
    id,
    x,
    y,
    width: 260,
    height: 72,
  });

  function expectNoOverlaps(requests: LabelRequest[], markerRadius: number) {
    const placed = placeLabels(requests, { bounds, markerRadius });
    expect(placed.map((p) => p.id)).toEqual(requests.map((r) => r.id));
    for (const [i, a] of placed.entries()) {
      expect(a.box.x).toBeGreaterThanOrEqual(bounds.x);
      expect(a.box.y).toBeGreaterThanOrEqual(bounds.y);
      expect(a.box.x + a.box.width).toBeLessThanOrEqual(bounds.width);
      expect(a.box.y + a.box.height).toBeLessThanOrEqual(bounds.height);
      for (const [j, b] of placed.entries()) {
        if (i !== j) expect(boxesOverlap(a.box, b.box), `${a.id} and ${b.id}`).toBe(false);
      }
      // No label hides a point.
      for (const r of requests) {
        const marker = {
          x: r.x - markerRadius,
          y: r.y - markerRadius,
          width: 2 * markerRadius,
          height: 2 * markerRadius,
        };
        expect(boxesOverlap(a.box, marker), `${a.id} over ${r.id}`).toBe(false);
      }
    }
    return placed;
  }

  it('puts a lone label right beside its point, without a leader', () => {
    const [only] = expectNoOverlaps([label('a', 500, 500)], 14);
    expect(only?.leader).toBe(false);
    expect(only?.box.x).toBeGreaterThan(500);
    expect(only?.box.y).toBeLessThan(500);
    expect((only?.box.y ?? 0) + (only?.box.height ?? 0)).toBeGreaterThan(500);
  });

  it('keeps fifteen labels apart when all points sit in one dense cluster', () => {
    const requests = Array.from({ length: 15 }, (_, i) =>
      label(`c${i}`, 480 + (i % 4) * 12, 470 + Math.floor(i / 4) * 14),
    );
    const placed = expectNoOverlaps(requests, 14);
    expect(placed.some((p) => p.leader)).toBe(true);
  });

  it('keeps labels apart for points on the same spot and in a corner', () => {
    expectNoOverlaps(
      Array.from({ length: 15 }, (_, i) => label(`s${i}`, 980, 20)),
      14,
    );
  });

  it('keeps labels apart for the fifteen categories spread on a diagonal', () => {
    expectNoOverlaps(
      Array.from({ length: 15 }, (_, i) => label(`d${i}`, 60 + i * 60, 940 - i * 60)),
      14,
    );
  });

  it('is deterministic', () => {
    const requests = Array.from({ length: 15 }, (_, i) =>
      label(`c${i}`, 400 + ((i * 37) % 90), 420 + ((i * 53) % 80)),
    );
    expect(placeLabels(requests, { bounds, markerRadius: 14 })).toEqual(
      placeLabels(requests, { bounds, markerRadius: 14 }),
    );
  });

  it('keeps clear of obstacles such as the quadrant names', () => {
    const obstacle = { x: 520, y: 440, width: 400, height: 120 };
    const [placed] = placeLabels([label('a', 500, 500)], {
      bounds,
      markerRadius: 14,
      obstacles: [obstacle],
    });
    expect(boxesOverlap(placed!.box, obstacle)).toBe(false);
  });
});

describe('layoutMatrix', () => {
  const QUADRANT_NAMES = {
    start_here: 'Börja här',
    quick_wins: 'Snabba vinster',
    build_interest: 'Informera och väck intresse',
    monitor: 'Bevaka',
  };
  const named = (needs: (i: number) => number, interests: (i: number) => number) =>
    ANALYSIS_CATEGORY_LIST.map(({ id }, i) => ({
      id,
      need: needs(i),
      interest: interests(i),
      name: ANALYSIS_CATEGORY_TEXT[id].name.sv,
    }));

  it.each([
    [
      'spread out',
      named(
        (i) => (i * 37) % 101,
        (i) => (i * 59) % 101,
      ),
    ],
    [
      'bunched in the middle',
      named(
        (i) => 44 + (i % 5) * 3,
        (i) => 48 + Math.floor(i / 5) * 4,
      ),
    ],
    [
      'all on one spot',
      named(
        () => 60,
        () => 60,
      ),
    ],
    [
      'in the start-here corner',
      named(
        (i) => 90 + (i % 4) * 3,
        (i) => 88 + (i % 5) * 3,
      ),
    ],
  ])('keeps every label (%s) inside the plot, apart, and off the quadrant names', (_, points) => {
    const chart = layoutMatrix(points, { need: 50, interest: 50 }, QUADRANT_NAMES, 1100, 930);
    const boxes = chart.points.map((p) => p.label.box);
    for (const [i, box] of boxes.entries()) {
      expect(box.x).toBeGreaterThanOrEqual(chart.plot.x);
      expect(box.y).toBeGreaterThanOrEqual(chart.plot.y);
      expect(box.x + box.width).toBeLessThanOrEqual(chart.plot.x + chart.plot.width);
      expect(box.y + box.height).toBeLessThanOrEqual(chart.plot.y + chart.plot.height);
      for (const [j, other] of boxes.entries())
        if (i !== j) expect(boxesOverlap(box, other)).toBe(false);
      for (const q of chart.quadrants) expect(boxesOverlap(box, q.box)).toBe(false);
    }
  });

  it('moves a quadrant name off a point in its corner', () => {
    const points = named(
      (i) => (i === 0 ? 3 : 40),
      (i) => (i === 0 ? 97 : 40),
    );
    const chart = layoutMatrix(points, { need: 50, interest: 50 }, QUADRANT_NAMES, 1100, 930);
    const quick = chart.quadrants.find((q) => q.quadrant === 'quick_wins');
    const corner = chart.points[0]!;
    const r = MATRIX_TEXT.markerRadius;
    expect(
      boxesOverlap(quick!.box, { x: corner.x - r, y: corner.y - r, width: 2 * r, height: 2 * r }),
    ).toBe(false);
  });

  it('draws the quadrant lines at the split it is given', () => {
    const chart = layoutMatrix(
      named(
        () => 10,
        () => 10,
      ),
      { need: 45, interest: 33 },
      QUADRANT_NAMES,
      1100,
      930,
    );
    expect(chart.splitX).toBeCloseTo(plotX(chart.plot, 45));
    expect(chart.splitY).toBeCloseTo(plotY(chart.plot, 33));
  });
});
