/**
 * Step 7 of the method, the follow-up, and the weekly board meeting, as plain values and pure
 * rules (no TypeBox, so the apps can import them without the schema library; the wire shapes
 * are in follow-ups.ts, which re-exports all of this).
 *
 * The method calls the follow-up "the most important step of all: what went well, what can be
 * done better". A follow-up is a short template the lead runs at the board meeting, step by
 * step; phones take part in writing, voting and the pulse. Its kind decides its steps:
 *
 * | kind      | when          | steps                                                       |
 * |-----------|---------------|-------------------------------------------------------------|
 * | monthly   | at the meeting| actions → write → vote → new_actions → learning             |
 * | quarterly | every quarter | actions → goals → write → vote → new_actions → learning → pulse |
 * | yearly    | once a year   | the quarterly steps, and the latest analysis round compared  |
 * |           |               | with the one before                                         |
 */
import { isoDay } from './goal-progress.js';

export const FOLLOW_UP_KINDS = ['monthly', 'quarterly', 'yearly'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/**
 * The template's steps, in order: (1) the actions carried over, each marked done / ongoing /
 * dropped; (2) each goal's progress since the last follow-up and "did we get there?";
 * (3) everyone writes what went well and what can be done better, silently (the texts are not
 * shown until the vote); (3b) every device votes for up to three notes; (4) 1–3 new actions;
 * (5) one line: what did we learn; (6) the workshop's two pulse questions (1–5).
 */
export const FOLLOW_UP_STEPS = [
  'actions',
  'goals',
  'write',
  'vote',
  'new_actions',
  'learning',
  'pulse',
] as const;
export type FollowUpStep = (typeof FOLLOW_UP_STEPS)[number];

const ALL_STEPS: readonly FollowUpStep[] = FOLLOW_UP_STEPS;
const MONTHLY_STEPS: readonly FollowUpStep[] = [
  'actions',
  'write',
  'vote',
  'new_actions',
  'learning',
];

/** The steps a follow-up of this kind runs through, in order. */
export function stepsOf(kind: FollowUpKind): readonly FollowUpStep[] {
  return kind === 'monthly' ? MONTHLY_STEPS : ALL_STEPS;
}

/** The steps in which phones answer (notes, votes, pulse). */
export const PHONE_STEPS = ['write', 'vote', 'pulse'] as const satisfies readonly FollowUpStep[];
export type PhoneStep = (typeof PHONE_STEPS)[number];

/** Whether phones answer in `step` (one of {@link PHONE_STEPS}). */
export const isPhoneStep = (step: FollowUpStep): step is PhoneStep =>
  (PHONE_STEPS as readonly FollowUpStep[]).includes(step);

export const NOTE_KINDS = ['went_well', 'do_better'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** Where an action stands: open (new), ongoing (carried over again), done, dropped. */
export const ACTION_STATES = ['open', 'ongoing', 'done', 'dropped'] as const;
export type ActionState = (typeof ACTION_STATES)[number];
/** How a follow-up judges an action carried over to it. */
export const ACTION_OUTCOMES = ['done', 'ongoing', 'dropped'] as const;
export type ActionOutcome = (typeof ACTION_OUTCOMES)[number];
/** "Did we get there?" for each goal at a quarterly or yearly follow-up. */
export const GOAL_OUTCOMES = ['yes', 'partly', 'no'] as const;
export type GoalOutcome = (typeof GOAL_OUTCOMES)[number];

export const FOLLOW_UP_LIMITS = {
  noteMin: 2,
  noteMax: 200,
  /** Notes one device may write in one follow-up (both kinds together). */
  notesPerDevice: 6,
  /** Votes one device may give in one follow-up (one per note). */
  votesPerDevice: 3,
  /** New actions decided at one follow-up. */
  newActionsMax: 3,
  actionTextMin: 2,
  actionTextMax: 200,
  ownerMax: 60,
  learningMax: 200,
  /** Notes per kind the wall (and the method state) shows: the most voted, then the newest. */
  wallNotesPerKind: 8,
  /** Open actions carried in the method state for the wall. */
  wallActionsMax: 12,
} as const;

/** A suggestion waiting this many days for a decision (still `new`) is a bottleneck. */
export const WAITING_DAYS = 7;
/** The first board meeting looks back this many days ("since last time" has no last time). */
export const FIRST_MEETING_LOOKBACK_DAYS = 7;
/** Breakdowns over fewer devices than this are not shown: small teams stay anonymous. */
export const SMALL_GROUP_MIN = 5;

/** An action's due colour on the wall: green until the day before, yellow on the day, red after. */
export type DueColour = 'green' | 'yellow' | 'red';

/** Both dates are calendar days `YYYY-MM-DD`; `today` is the screen's own day. */
export function dueColour(dueDate: string, today: string): DueColour {
  if (today < dueDate) return 'green';
  return today === dueDate ? 'yellow' : 'red';
}

/** The calendar day of `date` in the local time of the machine (the wall's, the phone's). */
export function localDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** UTC midnight (ms) of calendar day `day` (`YYYY-MM-DD`), `plus` days later. */
function utcMidnight(day: string, plus = 0): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date + plus);
}

/** Calendar day `day` (`YYYY-MM-DD`) as whole days since 1970-01-01: its place on a time axis. */
export const dayNumber = (day: string): number => Math.round(utcMidnight(day) / DAY_MS);

/** Whole days from calendar day `from` to `to`, negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** The calendar day `days` after `day` (both `YYYY-MM-DD`; `days` may be negative). */
export const addDays = (day: string, days: number): string =>
  isoDay(new Date(utcMidnight(day, days)));

/** Months until the next follow-up of a kind: monthly 1, quarterly 3, yearly 12. */
export const FOLLOW_UP_INTERVAL_MONTHS: Record<FollowUpKind, number> = {
  monthly: 1,
  quarterly: 3,
  yearly: 12,
};

/** The suggested date of the next follow-up (`day` + the kind's interval, clamped to month end). */
export function nextFollowUpDay(kind: FollowUpKind, day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + FOLLOW_UP_INTERVAL_MONTHS[kind], 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The board's weekly meeting slot: ISO weekday (1 = Monday), local 'HH:MM', minutes long. */
export interface MeetingSlot {
  weekday: number;
  time: string;
  minutes: number;
}

/**
 * Whether `now` (read in the screen's local time) falls in the weekly meeting slot; the wall
 * then shows the meeting view by itself. A slot running past midnight ends at midnight.
 */
export function inMeetingSlot(slot: MeetingSlot, now: Date): boolean {
  const weekday = ((now.getDay() + 6) % 7) + 1;
  if (weekday !== slot.weekday) return false;
  const [hours, minutes] = slot.time.split(':').map(Number) as [number, number];
  const start = hours * 60 + minutes;
  const current = now.getHours() * 60 + now.getMinutes();
  return current >= start && current < start + slot.minutes;
}

/** The mean of 1–5 answers with one decimal, or null when fewer than SMALL_GROUP_MIN answered. */
export function pulseMean(values: readonly number[]): number | null {
  if (values.length < SMALL_GROUP_MIN) return null;
  const sum = values.reduce((total, value) => total + value, 0);
  return Math.round((sum / values.length) * 10) / 10;
}
