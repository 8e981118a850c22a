import type { Language } from '@tavla/shared';
import type { Participation } from '@tavla/shared/analytics';
import {
  daysBetween,
  dueColour,
  type DueColour,
  type FollowUpStep,
} from '@tavla/shared/follow-up-rules';
import type { Action, FollowUpLive, MeetingReview, Note } from '@tavla/shared/follow-ups';
import type { MethodState } from '@tavla/shared/method-schemas';
import { chunk } from './board-layout.js';

/**
 * What the wall's step-7 scenes show, as pure functions of the method state, the fetched
 * reads and the wall's own day (`localDay(now)`): the follow-up scene of the cycle and its
 * pages, the live follow-up's view for its step, and the meeting's lists and pages.
 */

export { daysBetween };

/** An action's due state on the wall's day: its colour, and how many days late (0 unless red). */
export interface Due {
  colour: DueColour;
  late: number;
}

export function dueOf(dueDate: string, today: string): Due {
  const colour = dueColour(dueDate, today);
  return { colour, late: colour === 'red' ? daysBetween(dueDate, today) : 0 };
}

/** A calendar day YYYY-MM-DD as the board's language writes it ("3 mars", "3 March"). */
export function formatCalendarDay(day: string, language: Language): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    day: 'numeric',
    month: 'long',
  }).format(new Date(y, m - 1, d));
}

/** Open actions on one page of the follow-up scene (two lines of text each, and the meta lines). */
export const ACTIONS_PER_PAGE = 3;

/** The participation part of the follow-up scene, or null when there is no target to show. */
export function participationShown(participation: Participation | null): Participation | null {
  return participation && participation.target !== null ? participation : null;
}

/**
 * Pages of the follow-up scene: the open actions, a page of them at a time; one page when it
 * has only the latest follow-up or the participation target; 0 (skip it) when it has nothing.
 */
export function followUpPages(
  followUp: MethodState['followUp'],
  participation: Participation | null,
): number {
  const actionPages = Math.ceil(followUp.actions.length / ACTIONS_PER_PAGE);
  if (actionPages > 0) return actionPages;
  return followUp.latest !== null || participationShown(participation) !== null ? 1 : 0;
}

/** The open actions on page `page` of the follow-up scene. */
export function actionsPage(actions: readonly Action[], page: number): Action[] {
  return chunk(actions, ACTIONS_PER_PAGE)[page] ?? [];
}

/** The share of the bar the participation fills (contributors of employees), 0–100. */
export function participationBar(participation: Participation): number | null {
  if (participation.percent === null) return null;
  return Math.max(0, Math.min(100, participation.percent));
}

// ── The live follow-up ──────────────────────────────────────────────────────────────────

/**
 * What the wall draws for the live follow-up: one view per step, and between the vote and the
 * first new action the notes with their votes (`voted`), so the team decides its actions
 * looking at what it voted for.
 */
export type LiveView = FollowUpStep | 'voted';

export function liveView(live: FollowUpLive, newActions: readonly Action[]): LiveView {
  if (live.step === 'new_actions' && newActions.length === 0 && (live.shown?.length ?? 0) > 0) {
    return 'voted';
  }
  return live.step;
}

/** The actions decided by the live follow-up, and those carried over to it (open before it). */
export function liveActions(
  actions: readonly Action[],
  live: Pick<FollowUpLive, 'id'>,
): { carried: Action[]; decided: Action[] } {
  return {
    carried: actions.filter((action) => action.followUpId !== live.id),
    decided: actions.filter((action) => action.followUpId === live.id),
  };
}

/** Goals side by side on one page of the live goals view (under the step's title: less room). */
export const LIVE_GOALS_PER_PAGE = 2;

/** Notes per column on one page of the vote and voted views. */
export const NOTES_PER_PAGE = 3;

/** The shown notes of each kind, most voted first when the votes are out. */
export function noteColumns(shown: readonly Note[] | null): { wentWell: Note[]; doBetter: Note[] } {
  const notes = shown ?? [];
  const byVotes = (a: Note, b: Note) => (b.votes ?? 0) - (a.votes ?? 0);
  return {
    wentWell: notes.filter((note) => note.kind === 'went_well').sort(byVotes),
    doBetter: notes.filter((note) => note.kind === 'do_better').sort(byVotes),
  };
}

/** Pages of a live view: the note columns turn when either has more than a page. */
export function livePages(view: LiveView, live: FollowUpLive, carried: number): number {
  if (view === 'vote' || view === 'voted') {
    const { wentWell, doBetter } = noteColumns(live.shown);
    return Math.max(
      1,
      Math.ceil(wentWell.length / NOTES_PER_PAGE),
      Math.ceil(doBetter.length / NOTES_PER_PAGE),
    );
  }
  if (view === 'actions') return Math.max(1, Math.ceil(carried / ACTIONS_PER_PAGE));
  return 1;
}

/** A column's notes on page `page` (a column with fewer pages starts over, like the board's). */
export function columnPage<T>(items: readonly T[], perPage: number, page: number): T[] {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const own = page % pages;
  return items.slice(own * perPage, own * perPage + perPage);
}

// ── The board meeting ───────────────────────────────────────────────────────────────────

/** A line of the meeting's "what happened" list. */
export type ChangeRow =
  | { kind: 'new'; suggestion: MeetingReview['newSuggestions'][number] }
  | { kind: 'changed'; change: MeetingReview['statusChanges'][number] }
  | { kind: 'goal'; goal: MeetingReview['goals'][number] };

/** A line of the bottleneck list. */
export type BottleneckRow =
  | { kind: 'waiting'; waiting: MeetingReview['waiting'][number] }
  | { kind: 'overdue'; action: Action };

/** Rows of each list on one page of the meeting scene (up to two lines each). */
export const MEETING_ROWS_PER_PAGE = 5;

export function changeRows(review: MeetingReview): ChangeRow[] {
  return [
    ...review.goals
      .filter((goal) => goal.changed)
      .map((goal): ChangeRow => ({ kind: 'goal', goal })),
    ...review.newSuggestions.map((suggestion): ChangeRow => ({ kind: 'new', suggestion })),
    ...review.statusChanges.map((change): ChangeRow => ({ kind: 'changed', change })),
  ];
}

export function bottleneckRows(review: MeetingReview): BottleneckRow[] {
  return [
    ...review.overdueActions.map((action): BottleneckRow => ({ kind: 'overdue', action })),
    ...review.waiting.map((waiting): BottleneckRow => ({ kind: 'waiting', waiting })),
  ];
}

/** The meeting scene's pages: as many as its longer list needs. */
export function meetingPages(review: MeetingReview | null): number {
  if (!review) return 1;
  return Math.max(
    1,
    Math.ceil(changeRows(review).length / MEETING_ROWS_PER_PAGE),
    Math.ceil(bottleneckRows(review).length / MEETING_ROWS_PER_PAGE),
  );
}
