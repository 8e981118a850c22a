import { describe, expect, it } from 'vitest';
import { canActivate, checkSmart, type GoalDraft } from './goal-smart.js';

const now = new Date('2026-06-01T10:00:00Z');
const complete: GoalDraft = {
  title: 'Less energy per unit',
  description: 'Energy is our largest cost and emission source.',
  metric: 'Energy per produced unit',
  unit: 'kWh',
  baselineValue: 12,
  baselineDate: '2026-01-01',
  targetValue: 9,
  direction: 'decrease',
  deadline: '2026-12-31',
  achievableConfirmed: true,
};

describe('checkSmart', () => {
  it('lights every letter for a complete goal', () => {
    expect(checkSmart(complete, now)).toEqual({
      specific: true,
      measurable: true,
      achievable: true,
      relevant: true,
      timeBound: true,
    });
    expect(canActivate(checkSmart(complete, now))).toBe(true);
  });

  it.each<[string, Partial<GoalDraft>, keyof ReturnType<typeof checkSmart>]>([
    ['no description', { description: 'short' }, 'specific'],
    ['no unit', { unit: ' ' }, 'measurable'],
    ['no baseline', { baselineValue: null }, 'measurable'],
    ['target equal to baseline', { targetValue: 12 }, 'measurable'],
    ['target in the wrong direction', { targetValue: 14 }, 'measurable'],
    ['not confirmed achievable', { achievableConfirmed: false }, 'achievable'],
    ['no deadline', { deadline: null }, 'timeBound'],
    ['deadline today', { deadline: '2026-06-01' }, 'timeBound'],
    ['deadline in the past', { deadline: '2026-05-01' }, 'timeBound'],
    [
      'deadline before the baseline',
      { baselineDate: '2027-02-01', deadline: '2027-01-01' },
      'timeBound',
    ],
  ])('misses a letter with %s', (_name, change, letter) => {
    expect(checkSmart({ ...complete, ...change }, now)[letter]).toBe(false);
  });

  it('needs Measurable and Time-bound to go on the wall, not the others', () => {
    expect(
      canActivate(checkSmart({ ...complete, achievableConfirmed: false, description: '' }, now)),
    ).toBe(true);
    expect(canActivate(checkSmart({ ...complete, unit: '' }, now))).toBe(false);
    expect(canActivate(checkSmart({ ...complete, deadline: null }, now))).toBe(false);
  });
});
