import type {
  Activity,
  ActivityKind,
  EditTemplateBody,
  Language,
  WorkshopLive,
  WorkshopMine,
} from '@tavla/shared';
import { ANSWERED_KINDS, cleanEntry, WORKSHOP_LIMITS, wordKey } from '@tavla/shared/workshop';
// The problems below are named by key; whoever shows them has the table registered by then.
import { formatOneDecimal } from '../../method-format.js';
import './workshop-messages.js';

/**
 * The workshop screens' decisions, kept apart from React so they can be tested: which screen
 * a phone shows, what a device has left, what the remote may do, how results read, and the
 * template editor's changes.
 */

// ── Which screen ──

export type WorkshopScreen = 'loading' | 'start' | 'remote' | 'clicker' | 'none' | 'ended';

/**
 * The workshop page for who is looking: a lead gets the remote while a session is live and
 * the template chooser otherwise; a phone gets the clicker, "it ended" once a session it
 * followed is over, and "none is running" when it never saw one.
 */
export function workshopScreen(opts: {
  viewer: 'loading' | 'lead' | 'other';
  /** The board's snapshot has arrived. */
  known: boolean;
  live: WorkshopLive | null;
  /** This page saw a session live earlier. */
  sawLive: boolean;
}): WorkshopScreen {
  if (opts.viewer === 'loading' || !opts.known) return 'loading';
  if (opts.viewer === 'lead') return opts.live ? 'remote' : 'start';
  if (opts.live) return 'clicker';
  return opts.sawLive ? 'ended' : 'none';
}

// ── This device's answers ──

export const NO_ANSWERS: WorkshopMine = {
  activityId: null,
  choices: [],
  value: null,
  words: [],
  ideaIds: [],
  upvotedIdeaIds: [],
};

/** The device's answers to this activity (an answer to an earlier one does not count here). */
export const mineFor = (mine: WorkshopMine | null, activityId: string): WorkshopMine =>
  mine && mine.activityId === activityId ? mine : NO_ANSWERS;

export const wordsLeft = (mine: WorkshopMine): number =>
  Math.max(0, WORKSHOP_LIMITS.wordsPerDevice - mine.words.length);

export const votesLeft = (mine: WorkshopMine): number =>
  Math.max(0, WORKSHOP_LIMITS.upvotesPerDevice - mine.upvotedIdeaIds.length);

/** A word-cloud entry as it would be sent, or null when there is nothing (or too much) to send. */
export function wordToSend(text: string): string | null {
  const clean = cleanEntry(text);
  return clean.length === 0 || clean.length > WORKSHOP_LIMITS.wordMax ? null : clean;
}

/** Whether this device already sent the word (in any casing or spacing: it is one entry). */
export const alreadySent = (word: string, mine: WorkshopMine): boolean =>
  mine.words.some((sent) => wordKey(sent) === wordKey(word));

/** An idea's text when it may be posted (trimmed, within the lengths), else null. */
export function ideaToSend(text: string): string | null {
  const clean = text.trim();
  return clean.length < WORKSHOP_LIMITS.ideaMin || clean.length > WORKSHOP_LIMITS.ideaMax
    ? null
    : clean;
}

/** A tap on an option: a single-choice question takes it alone; a multiple one toggles it. */
export function toggleChoice(
  choices: readonly number[],
  option: number,
  multiple: boolean,
): number[] {
  if (!multiple) return [option];
  return choices.includes(option)
    ? choices.filter((c) => c !== option)
    : [...choices, option].sort((a, b) => a - b);
}

export const sameChoices = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && [...a].sort().every((value, i) => value === [...b].sort()[i]);

/**
 * How a quiz went for this device: `null` while the answer is still secret (open), `none`
 * when it did not answer, else right or wrong.
 */
export function quizOutcome(
  correct: number | null,
  mine: WorkshopMine,
): 'right' | 'wrong' | 'none' | null {
  if (correct === null) return null;
  const [choice] = mine.choices;
  if (choice === undefined) return 'none';
  return choice === correct ? 'right' : 'wrong';
}

// ── The remote ──

export interface RemoteControls {
  back: boolean;
  next: boolean;
  reveal: boolean;
  close: boolean;
  reopen: boolean;
  reset: boolean;
}

/** Which of the remote's buttons apply to the activity on now. */
export function remoteControls(live: WorkshopLive): RemoteControls {
  const { activity } = live;
  const answered = ANSWERED_KINDS.includes(activity.kind);
  return {
    back: live.index > 0,
    next: live.index < live.count - 1,
    reveal: activity.kind === 'poll' && activity.hideResults && !live.revealed,
    close: answered && live.open,
    // A closed interest vote stays closed (the matrix is drawn from it), and it keeps its dots
    // with the vote itself, not in the session: nothing to reopen or reset there.
    reopen: answered && !live.open && activity.kind !== 'interest_vote',
    reset: answered && activity.kind !== 'interest_vote',
  };
}

// ── Results ──

/** A whole percentage of `total` (0 when nobody answered). */
export const share = (count: number, total: number): number =>
  total <= 0 ? 0 : Math.round((count / total) * 100);

/** An average 1–5 with one decimal in the language's way ("3,4" / "3.4"), or "–". */
export function formatAverage(language: Language, average: number | null): string {
  if (average === null) return '–';
  return formatOneDecimal(language, average);
}

/** A word's size step 1–5 in the cloud, by its count against the biggest word's. */
export function cloudStep(count: number, maxCount: number): number {
  if (maxCount <= 1) return 3;
  return 1 + Math.round(((count - 1) / (maxCount - 1)) * 4);
}

// ── The template editor ──

/** A fresh id for a new activity, unlike every id the template has. */
export function newActivityId(activities: readonly Activity[], kind: ActivityKind): string {
  const taken = new Set(activities.map((a) => a.id));
  const base = kind.replace(/_/g, '-');
  let n = activities.length + 1;
  while (taken.has(`${base}-${String(n)}`)) n += 1;
  return `${base}-${String(n)}`;
}

/** A new activity of a kind with empty texts (and two empty options where it needs them). */
export function newActivity(kind: ActivityKind, id: string): Activity {
  const base = { id, title: '', text: '' };
  switch (kind) {
    case 'slide':
      return { ...base, kind, photoId: null };
    case 'poll':
      return { ...base, kind, options: ['', ''], multiple: false, hideResults: true };
    case 'scale':
      return { ...base, kind, low: '', high: '', pulse: null };
    case 'quiz':
      return { ...base, kind, options: ['', ''], correct: 0 };
    case 'wordcloud':
    case 'ideas':
    case 'interest_vote':
      return { ...base, kind };
  }
}

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  const item = list[index];
  if (item === undefined || to < 0 || to >= list.length) return [...list];
  const next = list.filter((_, i) => i !== index);
  next.splice(to, 0, item);
  return next;
}

export const removeItem = <T>(list: readonly T[], index: number): T[] =>
  list.filter((_, i) => i !== index);

export const replaceItem = <T>(list: readonly T[], index: number, item: T): T[] =>
  list.map((old, i) => (i === index ? item : old));

type WithOptions = Extract<Activity, { options: string[] }>;

export function addOption<A extends WithOptions>(activity: A): A {
  if (activity.options.length >= WORKSHOP_LIMITS.optionsMax) return activity;
  return { ...activity, options: [...activity.options, ''] };
}

/** Removes an option; a quiz's correct answer keeps pointing at the same option (or the first). */
export function removeOption<A extends WithOptions>(activity: A, index: number): A {
  if (activity.options.length <= WORKSHOP_LIMITS.optionsMin) return activity;
  const options = removeItem(activity.options, index);
  if (activity.kind !== 'quiz' || activity.correct === null) return { ...activity, options };
  const correct =
    activity.correct === index
      ? 0
      : activity.correct > index
        ? activity.correct - 1
        : activity.correct;
  return { ...activity, options, correct };
}

export interface Problem {
  key:
    | 'workshop.edit.problem.name'
    | 'workshop.edit.problem.empty'
    | 'workshop.edit.problem.tooMany'
    | 'workshop.edit.problem.title'
    | 'workshop.edit.problem.options'
    | 'workshop.edit.problem.minutes';
  params?: Record<string, number>;
}

/** What keeps a template from being saved, said before the server has to refuse it. */
export function templateProblems(body: EditTemplateBody): Problem[] {
  const L = WORKSHOP_LIMITS;
  const problems: Problem[] = [];
  if (body.name.trim() === '') problems.push({ key: 'workshop.edit.problem.name' });
  if (!Number.isInteger(body.minutes) || body.minutes < 0 || body.minutes > 600) {
    problems.push({ key: 'workshop.edit.problem.minutes' });
  }
  if (body.activities.length === 0) problems.push({ key: 'workshop.edit.problem.empty' });
  if (body.activities.length > L.activitiesMax) {
    problems.push({ key: 'workshop.edit.problem.tooMany', params: { max: L.activitiesMax } });
  }
  body.activities.forEach((activity, i) => {
    const n = i + 1;
    if (activity.title.trim() === '') {
      problems.push({ key: 'workshop.edit.problem.title', params: { n } });
    }
    if (
      (activity.kind === 'poll' || activity.kind === 'quiz') &&
      (activity.options.length < L.optionsMin ||
        activity.options.length > L.optionsMax ||
        activity.options.some((option) => option.trim() === ''))
    ) {
      problems.push({
        key: 'workshop.edit.problem.options',
        params: { n, min: L.optionsMin, max: L.optionsMax },
      });
    }
  });
  return problems;
}

/** The template as it is sent: texts trimmed. */
export function cleanTemplate(body: EditTemplateBody): EditTemplateBody {
  return {
    name: body.name.trim(),
    minutes: body.minutes,
    activities: body.activities.map((activity) => {
      const trimmed = { ...activity, title: activity.title.trim(), text: activity.text.trim() };
      return 'options' in trimmed
        ? { ...trimmed, options: trimmed.options.map((o) => o.trim()) }
        : trimmed;
    }),
  };
}
