import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumber,
  daysBetween,
  dueColour,
  inMeetingSlot,
  isPhoneStep,
  localDay,
  nextFollowUpDay,
  pulseMean,
  stepsOf,
  FOLLOW_UP_STEPS,
} from './follow-up-rules.js';

describe('follow-up rules', () => {
  it('counts calendar days: the number of a day, days between two, a day some days later', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-03-29') - dayNumber('2026-03-28')).toBe(1);
    expect(daysBetween('2027-12-31', '2028-01-01')).toBe(1);
    expect(daysBetween('2028-03-01', '2028-02-28')).toBe(-2);
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1990, 0, 1)),
          max: new Date(Date.UTC(2090, 0, 1)),
          noInvalidDate: true,
        }),
        fc.integer({ min: -2000, max: 2000 }),
        (date, days) => {
          const day = date.toISOString().slice(0, 10);
          return daysBetween(day, addDays(day, days)) === days;
        },
      ),
    );
  });

  it('knows the steps phones answer in: write, vote, pulse', () => {
    expect(FOLLOW_UP_STEPS.filter(isPhoneStep)).toEqual(['write', 'vote', 'pulse']);
  });

  it('colours an action green until the day before, yellow on the day, red after', () => {
    expect(dueColour('2026-12-10', '2026-12-08')).toBe('green');
    expect(dueColour('2026-12-10', '2026-12-09')).toBe('green');
    expect(dueColour('2026-12-10', '2026-12-10')).toBe('yellow');
    expect(dueColour('2026-12-10', '2026-12-11')).toBe('red');
    expect(dueColour('2027-01-01', '2026-12-31')).toBe('green');
  });

  it('runs the monthly follow-up short and the quarterly and yearly ones whole, in order', () => {
    expect(stepsOf('monthly')).toEqual(['actions', 'write', 'vote', 'new_actions', 'learning']);
    expect(stepsOf('quarterly')).toEqual(FOLLOW_UP_STEPS);
    expect(stepsOf('yearly')).toEqual(FOLLOW_UP_STEPS);
  });

  it('suggests the next follow-up a month, a quarter or a year on, clamped to the month end', () => {
    expect(nextFollowUpDay('monthly', '2026-01-31')).toBe('2026-02-28');
    expect(nextFollowUpDay('monthly', '2026-12-15')).toBe('2027-01-15');
    expect(nextFollowUpDay('quarterly', '2026-11-30')).toBe('2027-02-28');
    expect(nextFollowUpDay('yearly', '2028-02-29')).toBe('2029-02-28');
  });

  it('is in the meeting slot from its start for its minutes, on its weekday only', () => {
    const slot = { weekday: 2, time: '09:30', minutes: 15 }; // Tuesday
    const at = (day: number, hours: number, minutes: number) =>
      new Date(2026, 11, day, hours, minutes); // 2026-12-01 is a Tuesday
    expect(inMeetingSlot(slot, at(1, 9, 29))).toBe(false);
    expect(inMeetingSlot(slot, at(1, 9, 30))).toBe(true);
    expect(inMeetingSlot(slot, at(1, 9, 44))).toBe(true);
    expect(inMeetingSlot(slot, at(1, 9, 45))).toBe(false);
    expect(inMeetingSlot(slot, at(2, 9, 35))).toBe(false);
    expect(inMeetingSlot({ weekday: 7, time: '10:00', minutes: 5 }, at(6, 10, 2))).toBe(true);
  });

  it('gives the local day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('hides the pulse mean under five answers and rounds it to one decimal', () => {
    expect(pulseMean([5, 5, 5, 5])).toBeNull();
    expect(pulseMean([1, 2, 3, 4, 5])).toBe(3);
    expect(pulseMean([4, 4, 4, 5, 5, 5])).toBe(4.5);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 5 }), (values) => {
        const mean = pulseMean(values);
        return mean !== null && mean >= 1 && mean <= 5;
      }),
    );
  });
});
