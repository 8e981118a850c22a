import {
  FIRST_MEETING_LOOKBACK_DAYS,
  goalProgress,
  isoDay,
  localDay,
  WAITING_DAYS,
  type Goal,
  type GoalStatus,
  type MeetingReview,
  type MeetingSlot,
  type ReviewSuggestion,
} from '@tavla/shared';
import { AppError } from '../../http/app-error.js';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/random-token.js';
import type { UserRow } from '../accounts/account-repository.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRow } from '../boards/board-repository.js';
import { toAction, type FollowUpReads, type MeetingRow } from '../follow-ups/follow-up-reads.js';
import type { MethodSettings } from '../method/method-settings.js';
import type { MethodStateService } from '../method/method-state.js';
import type { MeetingRepository, ReviewSuggestionRow, Window } from './meeting-repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How many items each of the review's lists holds at most: the view is read in a 15-minute
 * meeting, and a board that has not met for months must not send thousands of rows.
 */
export const REVIEW_LIST_MAX = 50;

/**
 * Every screen showing the review asks for it again on each change of the board (a phone's
 * post during the meeting reaches the wall, the lead and every phone with the page open at
 * once). One review is computed per board change and shared for this long; a newer change, or
 * time running on (waiting days, overdue dates, "until"), computes it again.
 */
export const REVIEW_SHARED_MS = 5000;

const notLive = () =>
  new AppError(409, 'meeting_not_live', 'That board meeting is not running; reload the view.');

const toSuggestion = (row: ReviewSuggestionRow): ReviewSuggestion => ({
  id: row.id,
  text: row.text,
  dimension: row.dimension,
  status: row.status,
  createdAt: row.created_at,
  votes: row.vote_count,
  goalId: row.goal_id,
});

/**
 * The weekly board meeting in front of the board: "since last time". A lead starts it from the
 * phone (the wall shows it while it runs) and ends it; the review lists what changed in the
 * window from the previous meeting's start (or FIRST_MEETING_LOOKBACK_DAYS back) to now, and
 * the bottleneck: suggestions waiting for a decision and actions past their due date. Starting,
 * ending and the weekly slot are method changes, so every screen learns of them at once.
 */
export function createMeetingService(deps: {
  repo: MeetingRepository;
  /** The live meeting is read where the method state reads it. */
  followUps: Pick<FollowUpReads, 'liveMeeting'>;
  /** The board's goals (not archived), with their measurements. */
  listGoals: (board: BoardRow) => Goal[];
  settings: MethodSettings;
  method: MethodStateService;
  boardChanges: BoardChanges;
  clock: Clock;
}) {
  const { repo, listGoals, settings, method, boardChanges, clock } = deps;

  /** Each active goal's status at `since` and at `until`. */
  function goalsOf(board: BoardRow, since: string, until: string): MeetingReview['goals'] {
    const thenClock = new Date(since);
    const thenDay = isoDay(thenClock);
    const nowClock = new Date(until);
    return listGoals(board)
      .filter((goal) => goal.state === 'active')
      .map((goal) => {
        const now = goalProgress(goal, nowClock)?.status ?? null;
        let then: GoalStatus | null = null;
        // A goal that became active in the window had no status at its start. Then, the
        // board knew the measurements measured up to that day and already recorded.
        if (now !== null && goal.stateChangedAt <= since) {
          const known = goal.measurements.filter((m) => m.date <= thenDay && m.createdAt <= since);
          then = goalProgress({ ...goal, measurements: known }, thenClock)?.status ?? null;
        }
        return {
          goalId: goal.id,
          title: goal.title,
          dimension: goal.dimension,
          then,
          now,
          changed: then !== now,
        };
      });
  }

  /** The review of a window; `meeting` is the one it belongs to (live, or just ended). */
  function review(board: BoardRow, meeting: MeetingRow | null, nowAt: Date): MeetingReview {
    const until = meeting?.ended_at ?? nowAt.toISOString();
    let since: string;
    let previous: MeetingRow | undefined;
    if (meeting) {
      since = meeting.since;
      previous = repo.before(meeting);
    } else {
      previous = repo.latest(board.id);
      since =
        previous?.started_at ??
        new Date(nowAt.getTime() - FIRST_MEETING_LOOKBACK_DAYS * DAY_MS).toISOString();
    }
    const window: Window = { boardId: board.id, since, until, limit: REVIEW_LIST_MAX };
    const untilMs = Date.parse(until);
    const waitingBefore = new Date(untilMs - WAITING_DAYS * DAY_MS).toISOString();
    return {
      meeting: meeting
        ? { id: meeting.id, startedAt: meeting.started_at, endedAt: meeting.ended_at }
        : null,
      since,
      until,
      previousMeetingAt: previous?.started_at ?? null,
      newSuggestions: repo.newSuggestions(window).map(toSuggestion),
      statusChanges: repo.statusChanges(window).map((row) => ({
        suggestion: toSuggestion(row),
        from: row.first_from,
        to: row.last_to,
        at: row.last_at,
      })),
      done: repo.done(window),
      measurements: repo.measurements(window).map((row) => ({
        goalId: row.goal_id,
        goalTitle: row.goal_title,
        unit: row.unit,
        value: row.value,
        measuredOn: row.measured_on,
      })),
      goals: goalsOf(board, since, until),
      waiting: repo.waiting(board.id, waitingBefore, REVIEW_LIST_MAX).map((row) => ({
        suggestion: toSuggestion(row),
        days: Math.floor((untilMs - Date.parse(row.created_at)) / DAY_MS),
      })),
      overdueActions: repo
        // Due dates are the site's calendar days (the server's time zone), as on the wall.
        .overdueActions(board.id, localDay(new Date(untilMs)), REVIEW_LIST_MAX)
        .map(toAction),
    };
  }

  const shared = new Map<string, { seq: number; at: number; review: MeetingReview }>();

  return {
    /** The live meeting's review, or (none running) the one since the latest meeting. */
    current(board: BoardRow): MeetingReview {
      const now = clock.now();
      const kept = shared.get(board.id);
      if (
        kept &&
        kept.seq === board.last_seq &&
        now.getTime() >= kept.at &&
        now.getTime() - kept.at < REVIEW_SHARED_MS
      ) {
        return kept.review;
      }
      const fresh = review(board, deps.followUps.liveMeeting(board.id) ?? null, now);
      shared.set(board.id, { seq: board.last_seq, at: now.getTime(), review: fresh });
      return fresh;
    },

    /**
     * Starts a board meeting; its window starts at the previous meeting's start. When one
     * already runs (a second lead, a double tap), that one is answered and nothing changes.
     */
    start(board: BoardRow, lead: UserRow): { review: MeetingReview; created: boolean } {
      const running = deps.followUps.liveMeeting(board.id);
      if (running) return { review: review(board, running, clock.now()), created: false };
      const id = newId();
      boardChanges.commit(board, (seq, at) => {
        const previous = repo.latest(board.id);
        const since =
          previous?.started_at ??
          new Date(Date.parse(at) - FIRST_MEETING_LOOKBACK_DAYS * DAY_MS).toISOString();
        repo.insert({
          id,
          board_id: board.id,
          since,
          started_at: at,
          started_by: lead.id,
          ended_at: null,
        });
        return method.changed(board, seq);
      });
      const started = repo.byId(board.id, id);
      if (!started) throw new Error('the started meeting is gone');
      return { review: review(board, started, clock.now()), created: true };
    },

    /** Ends the live meeting; answers its review as it stood at the end. */
    end(board: BoardRow, meetingId: string): MeetingReview {
      const meeting = repo.byId(board.id, meetingId);
      if (!meeting || meeting.ended_at !== null) throw notLive();
      boardChanges.commit(board, (seq, at) => {
        if (!repo.end(meetingId, at)) throw notLive();
        return method.changed(board, seq);
      });
      const ended = repo.byId(board.id, meetingId);
      if (!ended) throw notLive();
      return review(board, ended, clock.now());
    },

    /** The weekly slot in which the wall shows the meeting view by itself (null: none). */
    setSlot(board: BoardRow, slot: MeetingSlot | null): { slot: MeetingSlot | null } {
      boardChanges.commit(board, (seq) => {
        settings.setMeetingSlot(board.id, slot);
        return method.changed(board, seq);
      });
      return { slot };
    },
  };
}

export type MeetingService = ReturnType<typeof createMeetingService>;
