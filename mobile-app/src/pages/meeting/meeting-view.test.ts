import { describe, expect, it } from 'vitest';
import { draftOfSlot, formatDay, slotOfDraft, splitGoals, weekdayName } from './meeting-view.js';

describe('the weekly slot form', () => {
  it('names ISO weekdays in the board language', () => {
    expect(weekdayName('sv', 1)).toBe('måndag');
    expect(weekdayName('en', 7)).toBe('Sunday');
  });

  it('turns a slot into a draft and back', () => {
    const slot = { weekday: 2, time: '09:30', minutes: 15 };
    expect(slotOfDraft(draftOfSlot(slot))).toEqual(slot);
    expect(draftOfSlot(null).weekday).toBe('');
    expect(slotOfDraft(draftOfSlot(null))).toBeNull();
  });

  it('refuses what the server would refuse', () => {
    const ok = { weekday: '3', time: '13:00', minutes: '20' };
    expect(slotOfDraft(ok)).toEqual({ weekday: 3, time: '13:00', minutes: 20 });
    expect(slotOfDraft({ ...ok, time: '24:00' })).toBeUndefined();
    expect(slotOfDraft({ ...ok, time: '9:00' })).toBeUndefined();
    expect(slotOfDraft({ ...ok, minutes: '4' })).toBeUndefined();
    expect(slotOfDraft({ ...ok, minutes: '121' })).toBeUndefined();
    expect(slotOfDraft({ ...ok, minutes: '7.5' })).toBeUndefined();
    expect(slotOfDraft({ ...ok, weekday: '8' })).toBeUndefined();
  });
});

describe('the review', () => {
  it('shows the goals that changed and counts the others', () => {
    const goal = (goalId: string, changed: boolean) => ({
      goalId,
      title: goalId,
      dimension: 'social' as const,
      then: 'at_risk' as const,
      now: changed ? ('on_track' as const) : ('at_risk' as const),
      changed,
    });
    const split = splitGoals([goal('a', true), goal('b', false), goal('c', false)]);
    expect(split.changed.map((g) => g.goalId)).toEqual(['a']);
    expect(split.unchanged).toBe(2);
  });

  it('writes a calendar day as the same day anywhere', () => {
    expect(formatDay('en', '2026-12-01')).toBe('1 Dec');
    expect(formatDay('sv', '2026-12-01')).toBe('1 dec.');
  });
});
