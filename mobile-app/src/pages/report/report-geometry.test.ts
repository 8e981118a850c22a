import { describe, expect, it } from 'vitest';
import { radarPolygon, spokePoint, trendGeometry } from './report-geometry.js';

const center = { x: 50, y: 50 };

describe('the report radar', () => {
  it('puts 100 % of the first spoke straight up and 0 % at the centre', () => {
    expect(spokePoint(100, 0, 5, 40, center)).toEqual({ x: 50, y: 10 });
    expect(spokePoint(0, 3, 5, 40, center)).toEqual(center);
    // A quarter of the way round, on the right.
    const right = spokePoint(50, 1, 4, 40, center);
    expect(right.x).toBeCloseTo(70);
    expect(right.y).toBeCloseTo(50);
  });

  it('leaves a spoke without a score out instead of drawing it as zero', () => {
    const shape = radarPolygon([100, null, 100, 100, 100], 40, center);
    expect(shape).toHaveLength(4);
    expect(shape.some((p) => p.x === center.x && p.y === center.y)).toBe(false);
  });
});

describe('the report trend line', () => {
  const box = { left: 0, top: 0, width: 100, height: 50 };
  it('spans the period across and the values, baseline and target up', () => {
    const g = trendGeometry(
      {
        from: '2026-01-01',
        to: '2026-12-31',
        baselineValue: 12,
        baselineDate: '2026-01-01',
        targetValue: 9,
        measurements: [
          { date: '2026-12-31', value: 10 },
          { date: '2026-07-02', value: 11 },
        ],
      },
      box,
    );
    expect(g.line.map((p) => Math.round(p.x))).toEqual([50, 100]);
    expect(g.baseline?.x).toBe(0);
    // The highest value (the baseline) is near the top, the target near the bottom.
    expect(g.baseline?.y).toBeLessThan(5);
    expect(g.targetY).toBeGreaterThan(45);
    expect(g.low).toEqual({ value: 9, y: g.targetY });
    expect(g.high.value).toBe(12);
    expect(g.high.y).toBeGreaterThan(0);
  });

  it('draws no baseline from before the period and copes with one flat value', () => {
    const g = trendGeometry(
      {
        from: '2026-06-01',
        to: '2026-06-30',
        baselineValue: 5,
        baselineDate: '2025-01-01',
        targetValue: null,
        measurements: [{ date: '2026-06-15', value: 5 }],
      },
      box,
    );
    expect(g.baseline).toBeNull();
    expect(g.targetY).toBeNull();
    expect(g.line[0]?.y).toBeCloseTo(25);
  });
});
