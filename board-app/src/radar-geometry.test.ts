import { describe, expect, it } from 'vitest';
import { ANALYSIS_CATEGORY_TEXT } from '@tavla/shared/analysis-categories';
import { DIMENSIONS, LANGUAGES } from '@tavla/shared/domain';
import { ANALYSIS_CATEGORIES } from '@tavla/shared/method';
import {
  layoutRadar,
  RADAR_TEXT,
  radarPoint,
  radarShape,
  ringPoints,
  spokeAngle,
  type Box,
} from './radar-geometry.js';
import { boxesOverlap } from './matrix-layout.js';
import { textWidth } from './text-fit.js';

const CENTER = { x: 300, y: 300 };

describe('spokes', () => {
  it('start straight up and go round clockwise in equal steps', () => {
    expect(spokeAngle(0, 5)).toBe(0);
    expect(spokeAngle(1, 5)).toBeCloseTo((72 * Math.PI) / 180);
    expect(spokeAngle(4, 5)).toBeCloseTo((288 * Math.PI) / 180);
    const up = radarPoint(100, 0, 5, 100, CENTER);
    expect(up.x).toBeCloseTo(300);
    expect(up.y).toBeCloseTo(200);
    const right = radarPoint(100, 1, 5, 100, CENTER);
    expect(right.x).toBeGreaterThan(300);
    expect(right.y).toBeLessThan(300);
  });

  it('put a percent at that share of the radius, clamped to 0–100', () => {
    const distance = (p: { x: number; y: number }) => Math.hypot(p.x - CENTER.x, p.y - CENTER.y);
    expect(distance(radarPoint(50, 2, 5, 120, CENTER))).toBeCloseTo(60);
    expect(distance(radarPoint(0, 3, 5, 120, CENTER))).toBeCloseTo(0);
    expect(distance(radarPoint(100, 3, 5, 120, CENTER))).toBeCloseTo(120);
    expect(distance(radarPoint(140, 3, 5, 120, CENTER))).toBeCloseTo(120);
    expect(distance(radarPoint(-5, 3, 5, 120, CENTER))).toBeCloseTo(0);
  });

  it('make rings whose corners lie on the spokes', () => {
    const ring = ringPoints(50, 5, 100, CENTER);
    expect(ring).toHaveLength(5);
    for (const [i, corner] of ring.entries()) {
      expect(corner).toEqual(radarPoint(50, i, 5, 100, CENTER));
    }
  });
});

describe('radarShape', () => {
  it('is one closed polygon when every spoke has a score', () => {
    const shape = radarShape([10, 20, 30, 40, 50], 100, CENTER);
    expect(shape.closed).toBe(true);
    expect(shape.gaps).toEqual([]);
    expect(shape.runs).toHaveLength(1);
    expect(shape.runs[0]).toHaveLength(5);
  });

  it('leaves a gap at a spoke without a score instead of drawing it at zero', () => {
    const shape = radarShape([60, 70, null, 80, 90], 100, CENTER);
    expect(shape.closed).toBe(false);
    expect(shape.gaps).toEqual([2]);
    // One run that wraps round: spokes 3, 4, 0, 1.
    expect(shape.runs).toEqual([
      [
        radarPoint(80, 3, 5, 100, CENTER),
        radarPoint(90, 4, 5, 100, CENTER),
        radarPoint(60, 0, 5, 100, CENTER),
        radarPoint(70, 1, 5, 100, CENTER),
      ],
    ]);
    const all = shape.runs.flat();
    expect(all.some((p) => p.x === CENTER.x && p.y === CENTER.y)).toBe(false);
  });

  it('splits into separate runs around several gaps, a lone score being a run of one', () => {
    const shape = radarShape([50, null, 40, 30, null], 100, CENTER);
    expect(shape.gaps).toEqual([1, 4]);
    expect(shape.runs.map((run) => run.length)).toEqual([2, 1]);
    expect(radarShape([null, null, null, null, null], 100, CENTER).runs).toEqual([]);
  });
});

describe('layoutRadar', () => {
  // Every form of the bank in both languages, and the longest name at every spoke.
  const longest = Object.values(ANALYSIS_CATEGORY_TEXT)
    .flatMap((text) => [text.name.sv, text.name.en])
    .reduce((a, b) => (textWidth(b, 29) > textWidth(a, 29) ? b : a));
  const NAME_SETS = [
    ...DIMENSIONS.flatMap((dimension) =>
      LANGUAGES.map((language) =>
        ANALYSIS_CATEGORIES[dimension].map((id) => ANALYSIS_CATEGORY_TEXT[id].name[language]),
      ),
    ),
    Array.from({ length: 5 }, () => longest),
    Array.from({ length: 5 }, () => 'Kompetensutveckling'),
  ];

  it.each(NAME_SETS.map((names) => [names[0], names] as const))(
    'fits every label of "%s" inside the chart, clear of the others and of the rings',
    (_, names) => {
      const layout = layoutRadar(names, 600);
      const bounds: Box = { x: 0, y: 0, width: layout.width, height: layout.height };
      // The outer ring, as points along its five edges.
      const corners = ringPoints(100, 5, layout.radius, layout.center);
      const ringLine = corners.flatMap((a, i) => {
        const b = corners[(i + 1) % 5] ?? a;
        return Array.from({ length: 40 }, (_, k) => ({
          x: a.x + ((b.x - a.x) * k) / 40,
          y: a.y + ((b.y - a.y) * k) / 40,
        }));
      });
      const within = (p: { x: number; y: number }, box: Box) =>
        p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
      expect(layout.labels.map((l) => l.index)).toEqual([0, 1, 2, 3, 4]);
      const boxes = layout.labels.flatMap((l) => [l.percentBox, l.namesBox]);
      for (const label of layout.labels) {
        for (const box of [label.percentBox, label.namesBox]) {
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(bounds.width);
          expect(box.y + box.height).toBeLessThanOrEqual(bounds.height);
          for (const other of boxes)
            if (other !== box) expect(boxesOverlap(box, other)).toBe(false);
          // No label touches the outer ring, let alone covers the chart.
          expect(ringLine.some((p) => within(p, box))).toBe(false);
          expect(within(layout.center, box)).toBe(false);
        }
        for (const line of label.lines) {
          expect(textWidth(line.text, RADAR_TEXT.nameSize)).toBeLessThanOrEqual(
            label.namesBox.width + 0.5,
          );
        }
        // The name is all there, only broken into lines.
        expect(
          label.lines
            .map((l) => l.text.replace(/-$/, ''))
            .join('')
            .replace(/\s/g, ''),
        ).toBe((names[label.index] ?? '').replace(/\s/g, ''));
      }
      expect(layout.radius).toBeGreaterThan(100);
    },
  );
});
