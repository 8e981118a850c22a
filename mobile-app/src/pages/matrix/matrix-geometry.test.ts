import { describe, expect, it } from 'vitest';
import { ANALYSIS_CATEGORY_LIST } from '@tavla/shared/method';
import {
  layoutMatrix,
  MATRIX_SIZE,
  overlaps,
  textWidth,
  wrapText,
  type MatrixPointInput,
} from './matrix-geometry.js';

const NAMES = {
  start_here: 'Start here',
  quick_wins: 'Quick wins',
  build_interest: 'Inform and build interest',
  monitor: 'Monitor',
};

/** The fifteen categories with the given need and interest (by index). */
const points = (value: (index: number) => [number, number]): MatrixPointInput[] =>
  ANALYSIS_CATEGORY_LIST.map(({ id, dimension }, index) => {
    const [need, interest] = value(index);
    return {
      categoryId: id,
      dimension,
      need,
      interest,
      number: index + 1,
      name: `Category nr ${String(index + 1).padStart(2, '0')}!`,
    };
  });

function expectNoCollisions(layout: ReturnType<typeof layoutMatrix>) {
  const { radius: r } = MATRIX_SIZE;
  const placed = layout.points;
  for (const [i, a] of placed.entries()) {
    for (const b of placed.slice(i + 1)) {
      expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(2 * r);
    }
  }
  const labels = placed.flatMap((p) => (p.label ? [p.label.box] : []));
  const dots = placed.map((p) => ({ x: p.cx - r, y: p.cy - r, width: 2 * r, height: 2 * r }));
  for (const [i, box] of labels.entries()) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
    for (const other of labels.slice(i + 1)) expect(overlaps(box, other)).toBe(false);
    for (const dot of dots) expect(overlaps(box, dot)).toBe(false);
    for (const q of layout.quadrantLabels) expect(overlaps(box, q.box)).toBe(false);
  }
}

describe('the matrix drawing', () => {
  it('puts need to the right and interest up, with the lines at the split', () => {
    const layout = layoutMatrix(
      points((i) => (i === 0 ? [0, 0] : i === 1 ? [100, 100] : [50, 50])),
      { need: 50, interest: 50 },
      NAMES,
    );
    const { left, top, plot } = MATRIX_SIZE;
    expect(layout.points[0]).toMatchObject({ cx: left, cy: top + plot });
    expect(layout.points[1]).toMatchObject({ cx: left + plot, cy: top });
    expect(layout.splitX).toBe(left + plot / 2);
    expect(layout.splitY).toBe(top + plot / 2);
    expect(layout.areas.start_here.x).toBe(layout.splitX);
    expect(layout.areas.start_here.y).toBe(top);
  });

  it('moves the lines to the medians', () => {
    const layout = layoutMatrix(
      points(() => [20, 80]),
      { need: 20, interest: 80 },
      NAMES,
    );
    const { left, top, plot } = MATRIX_SIZE;
    expect(layout.splitX).toBeCloseTo(left + 0.2 * plot);
    expect(layout.splitY).toBeCloseTo(top + 0.2 * plot);
  });

  it('labels each quadrant in its outer corner, wrapped to fit', () => {
    const layout = layoutMatrix(
      points(() => [50, 50]),
      { need: 50, interest: 50 },
      NAMES,
    );
    for (const label of layout.quadrantLabels) {
      const area = layout.areas[label.quadrant];
      expect(overlaps(label.box, area)).toBe(true);
      for (const line of label.lines)
        expect(textWidth(line, MATRIX_SIZE.quadrantFont)).toBeLessThanOrEqual(area.width);
    }
    const build = layout.quadrantLabels.find((q) => q.quadrant === 'build_interest');
    expect(build?.lines.length).toBeGreaterThan(1);
    expect(build?.anchor).toBe('end');
  });

  it('keeps dots that share a value apart (many categories with no dots at all)', () => {
    const layout = layoutMatrix(
      points(() => [60, 0]),
      { need: 50, interest: 50 },
      NAMES,
    );
    expectNoCollisions(layout);
  });

  it('never lets a name cover a dot, another name or a quadrant label', () => {
    const spread = layoutMatrix(
      points((i) => [(i * 37) % 101, (i * 53) % 101]),
      { need: 50, interest: 50 },
      NAMES,
    );
    expectNoCollisions(spread);
    // Spread-out points leave room to name most of them.
    expect(spread.points.filter((p) => p.label).length).toBeGreaterThanOrEqual(8);
  });

  it('leaves a name out rather than covering something, the number still shows', () => {
    const crowded = layoutMatrix(
      points(() => [50, 50]),
      { need: 50, interest: 50 },
      NAMES,
    );
    expectNoCollisions(crowded);
    expect(crowded.points.some((p) => p.label === null)).toBe(true);
  });
});

describe('wrapping words', () => {
  it('fills lines up to the width and keeps long words whole', () => {
    expect(wrapText('Inform and build interest', textWidth('Inform and', 11), 11)).toEqual([
      'Inform and',
      'build',
      'interest',
    ]);
    expect(wrapText('Börja här', 1000, 11)).toEqual(['Börja här']);
    expect(wrapText('Supercalifragilistic', 10, 11)).toEqual(['Supercalifragilistic']);
  });
});
