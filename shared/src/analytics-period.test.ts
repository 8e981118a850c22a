import { describe, expect, it } from 'vitest';
import { lastMonths, monthsOf, periodOf } from './analytics-period.js';

describe('analytics periods', () => {
  it('are whole calendar months up to today, this one included', () => {
    expect(lastMonths('2026-12-01', 12)).toEqual({ from: '2026-01-01', to: '2026-12-01' });
    expect(lastMonths('2026-03-31', 3)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(lastMonths('2026-02-15', 6)).toEqual({ from: '2025-09-01', to: '2026-02-15' });
    expect(periodOf('year', '2026-07-04')).toEqual({ from: '2026-01-01', to: '2026-07-04' });
    expect(periodOf('3m', '2026-07-04')).toEqual({ from: '2026-05-01', to: '2026-07-04' });
  });

  it('list every month of a period, across a new year', () => {
    expect(monthsOf('2025-11-20', '2026-02-01')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsOf('2026-06-30', '2026-06-30')).toEqual(['2026-06']);
  });
});
