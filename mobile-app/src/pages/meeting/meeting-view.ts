import type { Language, MeetingReview } from '@tavla/shared';
import type { MeetingSlot } from '@tavla/shared/follow-up-rules';

import { locale } from '../../method-format.js';

/** An ISO weekday's name (1 = Monday) in the language's own words: 1 January 2024 was a Monday. */
export function weekdayName(language: Language, weekday: number): string {
  return new Intl.DateTimeFormat(locale(language), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
}

/** A calendar day (YYYY-MM-DD) as people write it, the same day wherever the phone is. */
export function formatDay(language: Language, day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(locale(language), {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

/** The slot form as typed: weekday '' means no weekly meeting. */
export interface SlotDraft {
  weekday: string;
  time: string;
  minutes: string;
}

export const draftOfSlot = (slot: MeetingSlot | null): SlotDraft =>
  slot === null
    ? { weekday: '', time: '09:00', minutes: '15' }
    : { weekday: String(slot.weekday), time: slot.time, minutes: String(slot.minutes) };

/**
 * The slot a draft asks for (null: no weekly meeting), or undefined when the draft is not one
 * (the server refuses the same, with the field at fault).
 */
export function slotOfDraft(draft: SlotDraft): MeetingSlot | null | undefined {
  if (draft.weekday === '') return null;
  const weekday = Number(draft.weekday);
  const minutes = Number(draft.minutes);
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) return undefined;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.time)) return undefined;
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 120) return undefined;
  return { weekday, time: draft.time, minutes };
}

/** The goals whose status changed since the window's start, and how many stayed as they were. */
export function splitGoals(goals: MeetingReview['goals']): {
  changed: MeetingReview['goals'];
  unchanged: number;
} {
  const changed = goals.filter((goal) => goal.changed);
  return { changed, unchanged: goals.length - changed.length };
}
