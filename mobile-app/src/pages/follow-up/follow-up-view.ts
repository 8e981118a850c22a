import type { FollowUpLive, FollowUpSummary, Language, Note } from '@tavla/shared';
import {
  addDays,
  dueColour,
  FOLLOW_UP_LIMITS,
  isPhoneStep,
  type DueColour,
  type FollowUpStep,
  type NoteKind,
} from '@tavla/shared/follow-up-rules';
import { t } from '@tavla/shared/i18n';
import { BUILTIN_TEMPLATE_IDS, builtinTemplate } from '@tavla/shared/workshop-template';
import type { PulseQuestion } from '@tavla/shared/workshop';
import { formatCount, formatOneDecimal } from '../../method-format.js';
// The due words below are named by key; whoever shows them has the table registered by then.
import './follow-up-messages.js';

/**
 * The follow-up screens' decisions, kept apart from React so they can be tested: where the
 * runner stands, how a goal's change reads, the notes by kind and by votes, a device's votes,
 * the due colours' words, which screen a phone shows, and the pulse trend's lines.
 */

// ── The runner ──

export interface StepPlace {
  /** 1-based, for "step 3 of 7". */
  index: number;
  count: number;
  previous: FollowUpStep | null;
  next: FollowUpStep | null;
}

/** Where `step` is in the template (an unknown step counts as the first). */
export function stepPlace(steps: readonly FollowUpStep[], step: FollowUpStep): StepPlace {
  const at = Math.max(0, steps.indexOf(step));
  return {
    index: at + 1,
    count: steps.length,
    previous: steps[at - 1] ?? null,
    next: steps[at + 1] ?? null,
  };
}

/** A goal's change in percentage points since the previous follow-up, or null without both. */
export const goalChange = (percent: number | null, previous: number | null): number | null =>
  percent === null || previous === null ? null : percent - previous;

/** "+12", "−5" (a real minus in Swedish), "±0". */
export function formatPoints(language: Language, change: number): string {
  if (change === 0) return '±0';
  const signed = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    signDisplay: 'always',
    maximumFractionDigits: 0,
  }).format(change);
  return signed;
}

/** What the screens count, each in the singular for one ("1 röst", "3 röster"). */
const COUNTED = {
  notes: ['followUp.count.notes.one', 'followUp.count.notes'],
  devices: ['followUp.count.devices.one', 'followUp.count.devices'],
  votes: ['followUp.count.votes.one', 'followUp.count.votes'],
  actions: ['followUp.count.actions.one', 'followUp.count.actions'],
  open: ['followUp.count.open.one', 'followUp.count.open'],
} as const;

export function counted(language: Language, what: keyof typeof COUNTED, count: number): string {
  const [one, many] = COUNTED[what];
  return count === 1
    ? t(language, one)
    : t(language, many, { count: formatCount(language, count) });
}

// ── Notes ──

/** Notes of each kind, in the order given. */
export function notesByKind(notes: readonly Note[]): Record<NoteKind, Note[]> {
  return {
    went_well: notes.filter((note) => note.kind === 'went_well'),
    do_better: notes.filter((note) => note.kind === 'do_better'),
  };
}

/** Most voted first, then the oldest first (the order they were written in); hidden ones left out. */
export function byVotes(notes: readonly Note[]): Note[] {
  return notes
    .filter((note) => note.hidden !== true)
    .map((note, at) => ({ note, at }))
    .sort(
      (a, b) =>
        (b.note.votes ?? 0) - (a.note.votes ?? 0) ||
        a.note.createdAt.localeCompare(b.note.createdAt) ||
        a.at - b.at,
    )
    .map(({ note }) => note);
}

/** A note's text as it would be sent (trimmed), or null when too short or too long. */
export function noteToSend(text: string): string | null {
  const clean = text.trim();
  return clean.length < FOLLOW_UP_LIMITS.noteMin || clean.length > FOLLOW_UP_LIMITS.noteMax
    ? null
    : clean;
}

export const notesLeft = (written: number): number =>
  Math.max(0, FOLLOW_UP_LIMITS.notesPerDevice - written);

// ── Votes ──

export const votesLeft = (chosen: readonly string[]): number =>
  Math.max(0, FOLLOW_UP_LIMITS.votesPerDevice - chosen.length);

/**
 * A tap on a note: takes the vote back when it had one, gives one when some are left, and
 * otherwise changes nothing (the screen says none are left).
 */
export function toggleVote(chosen: readonly string[], noteId: string): string[] {
  if (chosen.includes(noteId)) return chosen.filter((id) => id !== noteId);
  return votesLeft(chosen) > 0 ? [...chosen, noteId] : [...chosen];
}

// ── Actions ──

/** The due colour's word, so it is never told by colour alone. */
export const DUE_WORDS = {
  green: 'followUp.due.green',
  yellow: 'followUp.due.yellow',
  red: 'followUp.due.red',
} as const satisfies Record<DueColour, string>;

export function dueOf(dueDate: string, today: string) {
  const colour = dueColour(dueDate, today);
  return { colour, word: DUE_WORDS[colour] };
}

/** The day `days` after `day` (both `YYYY-MM-DD`): a new action's suggested due date. */
export { addDays };

// ── The employee's page ──

export type PhoneScreen = 'loading' | 'write' | 'vote' | 'pulse' | 'watch' | 'none' | 'ended';

/**
 * What a phone shows: the step it answers in (write, vote, pulse), "look at the wall" in the
 * lead's steps, "it ended" once a follow-up it followed is over, and "none" otherwise.
 */
export function phoneScreen(opts: {
  known: boolean;
  live: FollowUpLive | null;
  sawLive: boolean;
}): PhoneScreen {
  if (!opts.known) return 'loading';
  const { live } = opts;
  if (!live) return opts.sawLive ? 'ended' : 'none';
  if (isPhoneStep(live.step)) return live.step;
  return 'watch';
}

// ── The pulse ──

export interface PulseText {
  title: string;
  low: string;
  high: string;
}

/** The workshop's pulse question in a language (the same words as the built-in template). */
export function pulseText(language: Language, question: PulseQuestion): PulseText {
  const activity = builtinTemplate(BUILTIN_TEMPLATE_IDS[language])?.activities.find(
    (candidate) => candidate.kind === 'scale' && candidate.pulse === question,
  );
  if (activity?.kind !== 'scale') return { title: question, low: '1', high: '5' };
  return { title: activity.title, low: activity.low, high: activity.high };
}

export interface TrendPoint {
  x: number;
  y: number;
  value: number;
}

export interface PulseTrend {
  /** Oldest first: one entry per follow-up that has a pulse mean. */
  dates: string[];
  involved: TrendPoint[];
  contribute: TrendPoint[];
}

/**
 * The pulse over time as two lines in a `width` × `height` box (1 at the bottom, 5 at the top):
 * the kept follow-ups oldest first, only those whose pulse has means (fewer than 5 answers
 * give none). Null when no follow-up has one.
 */
export function pulseTrend(
  followUps: readonly FollowUpSummary[],
  width: number,
  height: number,
  pad = 8,
): PulseTrend | null {
  const withMeans = [...followUps]
    .filter((f) => f.pulse.involved !== null || f.pulse.contribute !== null)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  if (withMeans.length === 0) return null;
  const step = withMeans.length === 1 ? 0 : (width - 2 * pad) / (withMeans.length - 1);
  const xOf = (at: number) => (withMeans.length === 1 ? width / 2 : pad + at * step);
  const yOf = (value: number) => pad + ((5 - value) / 4) * (height - 2 * pad);
  const line = (pick: (f: FollowUpSummary) => number | null): TrendPoint[] =>
    withMeans.flatMap((f, at) => {
      const value = pick(f);
      return value === null ? [] : [{ x: xOf(at), y: yOf(value), value }];
    });
  return {
    dates: withMeans.map((f) => f.startedAt),
    involved: line((f) => f.pulse.involved),
    contribute: line((f) => f.pulse.contribute),
  };
}

/** An SVG path through the points ("M x y L x y …"), or '' for none. */
export const pathOf = (points: readonly TrendPoint[]): string =>
  points.map((p, at) => `${at === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');

/** A pulse mean with one decimal in the language's way ("3,8" / "3.8"). */
export const formatMean = formatOneDecimal;
