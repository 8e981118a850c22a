import { describe, expect, it } from 'vitest';
import { periodInstants, quarterOf } from './period.js';

describe('period helpers', () => {
  it('spans a period of days from the first day’s start to the day after the last', () => {
    expect(periodInstants({ from: '2026-01-01', to: '2026-12-31' })).toEqual({
      since: '2026-01-01T00:00:00.000Z',
      until: '2027-01-01T00:00:00.000Z',
    });
  });

  it('gives the first and last day of the quarter', () => {
    expect(quarterOf(new Date('2026-11-21T08:00:00Z'))).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(quarterOf(new Date('2028-02-29T23:59:59Z'))).toEqual({
      from: '2028-01-01',
      to: '2028-03-31',
    });
  });
});
