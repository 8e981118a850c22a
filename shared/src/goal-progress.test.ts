import { describe, expect, it } from 'vitest';
import {
  computeProgress,
  goalProgress,
  linearTrend,
  progressOf,
  type GoalNumbers,
} from './goal-progress.js';

// Energy per unit: from 12 kWh down to 9 kWh over 2026 (365 days).
const energy: GoalNumbers = {
  baselineValue: 12,
  baselineDate: '2026-01-01',
  targetValue: 9,
  direction: 'decrease',
  deadline: '2027-01-01',
};
// Staff trained: from 20 % up to 80 %.
const training: GoalNumbers = {
  ...energy,
  baselineValue: 20,
  targetValue: 80,
  direction: 'increase',
};
const at = (date: string) => new Date(`${date}T12:00:00Z`);

describe('progressOf', () => {
  it('measures from baseline toward target in either direction', () => {
    expect(progressOf(energy, 12)).toBe(0);
    expect(progressOf(energy, 10.5)).toBe(50);
    expect(progressOf(energy, 9)).toBe(100);
    expect(progressOf(training, 50)).toBe(50);
  });
  it('clamps going the wrong way to 0 and overshooting to 100', () => {
    expect(progressOf(energy, 13)).toBe(0);
    expect(progressOf(energy, 7)).toBe(100);
    expect(progressOf(training, 95)).toBe(100);
  });
  it('treats baseline = target as reached or not, without dividing by zero', () => {
    const flat = { ...energy, targetValue: 12 };
    expect(progressOf(flat, 12)).toBe(100);
    expect(progressOf(flat, 12.5)).toBe(0);
  });
});

describe('linearTrend', () => {
  it('fits a line, and needs two different days', () => {
    expect(
      linearTrend([
        { day: 0, value: 10 },
        { day: 10, value: 5 },
      ]),
    ).toEqual({ slope: -0.5, intercept: 10 });
    expect(linearTrend([{ day: 3, value: 10 }])).toBeNull();
    expect(
      linearTrend([
        { day: 3, value: 10 },
        { day: 3, value: 12 },
      ]),
    ).toBeNull();
  });
});

describe('computeProgress', () => {
  it('with no measurements: on track early, at risk once a quarter of the time has passed', () => {
    const early = computeProgress(energy, [], at('2026-02-01'));
    expect(early).toMatchObject({
      percent: 0,
      latestValue: null,
      trendPerDay: null,
      status: 'on_track',
    });
    expect(computeProgress(energy, [], at('2026-05-01')).status).toBe('at_risk');
  });

  it('is on track when progress keeps up with the calendar', () => {
    const result = computeProgress(energy, [{ value: 10.5, date: '2026-07-01' }], at('2026-07-02'));
    expect(result.percent).toBe(50);
    expect(result.status).toBe('on_track');
    expect(result.daysLeft).toBe(183);
    expect(result.latestValue).toBe(10.5);
  });

  it('is at risk a little behind, off track far behind', () => {
    // Half the year gone (expected ≈ 50 %).
    expect(
      computeProgress(
        training,
        [
          { value: 41, date: '2026-06-01' },
          { value: 42, date: '2026-07-01' },
        ],
        at('2026-07-02'),
      ).status,
    ).toBe('at_risk');
    expect(
      computeProgress(
        training,
        [
          { value: 25, date: '2026-06-01' },
          { value: 26, date: '2026-07-01' },
        ],
        at('2026-07-02'),
      ).status,
    ).toBe('off_track');
  });

  it('counts a trend that reaches the target by the deadline as on track', () => {
    // Behind now (60 % vs 80 % expected) but falling fast: the line reaches 9 kWh in time.
    const result = computeProgress(
      energy,
      [
        { value: 11.4, date: '2026-10-01' },
        { value: 10.9, date: '2026-10-10' },
        { value: 10.2, date: '2026-10-20' },
      ],
      at('2026-10-21'),
    );
    expect(result.percent).toBe(60);
    expect(result.projectedAtDeadline).not.toBeNull();
    expect(result.projectedAtDeadline ?? 99).toBeLessThan(9);
    expect(result.status).toBe('on_track');
  });

  it('is on track once the target is reached, even overshooting', () => {
    const result = computeProgress(energy, [{ value: 8, date: '2026-03-01' }], at('2026-03-02'));
    expect(result.percent).toBe(100);
    expect(result.status).toBe('on_track');
  });

  it('is off track after a missed deadline, with negative days left', () => {
    const result = computeProgress(energy, [{ value: 9.5, date: '2026-12-01' }], at('2027-01-10'));
    expect(result.daysLeft).toBe(-9);
    expect(result.status).toBe('off_track');
  });

  it('uses the latest measurement by date, whatever order they come in', () => {
    const result = computeProgress(
      energy,
      [
        { value: 10.5, date: '2026-06-01' },
        { value: 11, date: '2026-03-01' },
      ],
      at('2026-06-02'),
    );
    expect(result.latestValue).toBe(10.5);
  });
});

describe('goalProgress', () => {
  const measurements = [
    { value: 11, date: '2026-04-01' },
    { value: 10.5, date: '2026-06-01' },
  ];

  it('is the progress of a measurable goal from its own measurements', () => {
    const now = at('2026-07-01');
    expect(goalProgress({ ...energy, measurements }, now)).toEqual(
      computeProgress(energy, measurements, now),
    );
  });

  it('is null while a goal lacks a number', () => {
    expect(goalProgress({ ...energy, deadline: null, measurements }, at('2026-07-01'))).toBeNull();
    expect(
      goalProgress({ ...energy, baselineValue: null, measurements: [] }, at('2026-07-01')),
    ).toBeNull();
  });
});
