import { describe, expect, it } from 'vitest';
import { makeSuggestion } from '@tavla/shared/testing/fixtures';
import { ackShare, formatDay, latestMeeting } from './announcement-view.js';
import { formatSince } from './components/ConnectionBadge.js';
import { previewGoals } from './preview/wall-fixtures-board.js';
import { sparkline } from './sparkline.js';
import { spotlightOf } from './spotlight.js';

describe('ackShare', () => {
  it('says "of about N" with a share when the board has its number of employees', () => {
    expect(ackShare(27, 40)).toEqual({ count: 27, about: 40, percent: 68 });
    expect(ackShare(45, 40)).toEqual({ count: 45, about: 40, percent: 100 });
  });
  it('gives only the count of devices when the number is not set', () => {
    expect(ackShare(27, null)).toEqual({ count: 27, about: null, percent: null });
  });
  it('names the latest board meeting and writes its day', () => {
    const meetings = [
      { at: '2027-03-01T09:30:00.000Z', present: 9 },
      { at: '2027-03-08T09:30:00.000Z', present: 14 },
    ];
    expect(latestMeeting({ meetings })?.present).toBe(14);
    expect(latestMeeting({ meetings: [] })).toBeNull();
    expect(formatDay('2027-03-08T09:30:00.000Z', 'sv')).toBe('8 mars');
    expect(formatDay('2027-03-08T09:30:00.000Z', 'en')).toBe('8 March');
  });
});

describe('sparkline', () => {
  const [goal] = previewGoals('en', new Date('2027-03-10T10:00:00.000Z'));
  it('places the baseline and the measurements by date, the target line inside the box', () => {
    if (!goal) throw new Error('no goal');
    const line = sparkline(goal, { width: 300, height: 80, pad: 6 });
    expect(line?.points).toHaveLength(1 + goal.measurements.length);
    expect(line?.points[0]?.x).toBe(6);
    expect(line?.points.at(-1)?.x).toBeCloseTo(294);
    for (const p of line?.points ?? []) {
      expect(p.y).toBeGreaterThanOrEqual(6);
      expect(p.y).toBeLessThanOrEqual(74);
    }
    // A decreasing goal: the line goes down toward the target, drawn lowest.
    expect(line?.targetY).toBeCloseTo(74);
    expect(
      sparkline({ ...goal, targetValue: null }, { width: 300, height: 80, pad: 6 }),
    ).toBeNull();
  });
});

describe('spotlightOf', () => {
  const at = '2027-03-10T10:00:00.000Z';
  const fresh = makeSuggestion(1, { createdAt: at, statusChangedAt: at });
  const moved = makeSuggestion(2, {
    status: 'planned',
    statusChangedAt: '2027-03-10T11:00:00.000Z',
  });
  const done = makeSuggestion(3, { status: 'done' });
  it('spotlights the newest highlighted suggestion, as new or as moved', () => {
    expect(spotlightOf(new Set([fresh.id]), [fresh, moved])).toEqual({
      suggestion: fresh,
      kind: 'new',
    });
    expect(spotlightOf(new Set([fresh.id, moved.id]), [fresh, moved])?.kind).toBe('moved');
  });
  it('leaves a done one to the celebration, and one the board no longer has', () => {
    expect(spotlightOf(new Set([done.id]), [done])).toBeNull();
    expect(spotlightOf(new Set(['gone']), [fresh])).toBeNull();
    expect(spotlightOf(new Set([fresh.id, done.id]), [fresh, done])?.suggestion).toBe(fresh);
  });
});

describe('formatSince', () => {
  it('says the time for today and adds the day for an earlier one', () => {
    const now = new Date(2026, 11, 2, 9, 30);
    expect(formatSince(new Date(2026, 11, 2, 7, 5), now)).toBe('07:05');
    expect(formatSince(new Date(2026, 11, 1, 22, 40), now)).toBe('1/12 22:40');
  });
});
