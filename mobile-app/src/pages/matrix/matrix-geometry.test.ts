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
  for (const p of placed) {
    expect(p.cx - r).toBeGreaterThanOrEqual(layout.plot.x);
    expect(p.cy + r).toBeLessThanOrEqual(layout.plot.y + layout.plot.height);
  }
  const labels = placed.flatMap((p) => (p.label ? [p.label.box] : []));
  const dots = placed.map((p) => ({ x: p.cx - r, y: p.cy - r, width: 2 * r, height: 2 * r }));
  for (const [i, box] of labels.entries()) {
    expect(box.x).toBeGreaterThanOrEqual(layout.plot.x);
    expect(box.x + box.width).toBeLessThanOrEqual(layout.plot.x + layout.plot.width);
    for (const other of labels.slice(i + 1)) expect(overlaps(box, other)).toBe(false);
    for (const dot of dots) expect(overlaps(box, dot)).toBe(false);
    for (const q of layout.quadrantLabels) expect(overlaps(box, q.box)).toBe(false);
  }
}

describe('the matrix drawing', () => {
  it('puts need to the right and interest up, inside the frame, with the lines at the split', () => {
    const layout = layoutMatrix(
      points((i) => (i === 0 ? [0, 0] : i === 1 ? [100, 100] : [50, 50])),
      { need: 50, interest: 50 },
      NAMES,
    );
    const { plot } = layout;
    const { inset } = MATRIX_SIZE;
    expect(layout.points[0]).toMatchObject({
      cx: plot.x + inset,
      cy: plot.y + plot.height - inset,
    });
    expect(layout.points[1]).toMatchObject({ cx: plot.x + plot.width - inset, cy: plot.y + inset });
    expect(layout.splitX).toBeCloseTo(plot.x + plot.width / 2);
    expect(layout.splitY).toBeCloseTo(plot.y + plot.height / 2);
    expect(layout.areas.start_here.x).toBe(layout.splitX);
    expect(layout.areas.start_here.y).toBe(plot.y);
    expect(plot.x + plot.width).toBeLessThanOrEqual(layout.width);
  });

  it('moves the lines to the medians, where the dots on them are', () => {
    const layout = layoutMatrix(
      points(() => [20, 80]),
      { need: 20, interest: 80 },
      NAMES,
    );
    const first = layout.points[0];
    expect(layout.splitX).toBeCloseTo(first?.cx ?? 0);
    expect(layout.splitY).toBeCloseTo(first?.cy ?? 0);
  });

  it('names each quadrant at its outer corner outside the frame, where no dot can hide it', () => {
    const layout = layoutMatrix(
      points(() => [50, 50]),
      { need: 50, interest: 50 },
      NAMES,
    );
    const { plot } = layout;
    const by = (q: string) => layout.quadrantLabels.find((l) => l.quadrant === q);
    expect(by('quick_wins')?.box.x).toBe(plot.x);
    expect(by('start_here')).toMatchObject({ anchor: 'end', x: plot.x + plot.width });
    for (const q of ['quick_wins', 'start_here']) {
      const box = by(q)?.box;
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(plot.y);
      expect(box?.y).toBeGreaterThanOrEqual(0);
    }
    for (const q of ['monitor', 'build_interest']) {
      const box = by(q)?.box;
      expect(box?.y).toBeGreaterThanOrEqual(plot.y + plot.height);
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(layout.height);
    }
    // The two names of a row never run into each other.
    expect(overlaps(by('monitor')!.box, by('build_interest')!.box)).toBe(false);
    const long = layoutMatrix(
      [],
      { need: 50, interest: 50 },
      {
        ...NAMES,
        monitor: 'Monitor closely and keep an eye on it',
        build_interest: 'Inform and build interest among everyone',
      },
    );
    const monitor = long.quadrantLabels[2]!;
    const build = long.quadrantLabels[3]!;
    expect(monitor.lines.length).toBeGreaterThan(1);
    expect(overlaps(monitor.box, build.box)).toBe(false);
    expect(build.box.y + build.box.height).toBeLessThanOrEqual(long.height);
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
