import { describe, expect, it } from 'vitest';
import { EMPTY_METHOD_STATE } from '@tavla/shared/method';
import type { MethodState } from '@tavla/shared/method-schemas';
import {
  ACTIONS_PER_PAGE,
  actionsPage,
  bottleneckRows,
  changeRows,
  columnPage,
  daysBetween,
  dueOf,
  followUpPages,
  formatCalendarDay,
  liveActions,
  livePages,
  liveView,
  meetingPages,
  MEETING_ROWS_PER_PAGE,
  noteColumns,
  participationBar,
  participationShown,
} from './follow-up-view.js';
import {
  previewActions,
  previewFollowUpLive,
  previewMeeting,
  previewParticipation,
} from './preview/wall-fixtures-follow-up.js';
import { previewSuggestions } from './preview/wall-fixtures-board.js';
import { isMeetingReview, isParticipation } from './wall-reads.js';
import { wallContent } from './wall-pages.js';

const NOW = new Date(2027, 2, 10, 10, 0);
const followUp = (part: Partial<MethodState['followUp']>): MethodState['followUp'] => ({
  ...EMPTY_METHOD_STATE.followUp,
  ...part,
});

describe('due colours on the wall', () => {
  it('is green until the day before, yellow on the day, red after, with the days late', () => {
    expect(dueOf('2027-03-12', '2027-03-10')).toEqual({ colour: 'green', late: 0 });
    expect(dueOf('2027-03-11', '2027-03-10')).toEqual({ colour: 'green', late: 0 });
    expect(dueOf('2027-03-10', '2027-03-10')).toEqual({ colour: 'yellow', late: 0 });
    expect(dueOf('2027-03-09', '2027-03-10')).toEqual({ colour: 'red', late: 1 });
    // Across a month and a daylight-saving change, whole days.
    expect(dueOf('2027-02-27', '2027-03-31')).toEqual({ colour: 'red', late: 32 });
  });

  it('moves on as the wall’s own day passes, without a server change', () => {
    const due = '2027-03-11';
    expect(dueOf(due, '2027-03-10').colour).toBe('green');
    expect(dueOf(due, '2027-03-11').colour).toBe('yellow');
    expect(dueOf(due, '2027-03-12').colour).toBe('red');
  });

  it('counts calendar days and writes a day in the board’s language', () => {
    expect(daysBetween('2027-12-31', '2028-01-01')).toBe(1);
    expect(daysBetween('2027-03-10', '2027-03-01')).toBe(-9);
    expect(formatCalendarDay('2027-03-03', 'sv')).toBe('3 mars');
    expect(formatCalendarDay('2027-03-03', 'en')).toBe('3 March');
  });
});

describe('the follow-up scene’s pages', () => {
  const participation = previewParticipation('default', NOW);

  it('is skipped with no open actions, no follow-up and no target', () => {
    expect(followUpPages(followUp({}), null)).toBe(0);
    expect(followUpPages(followUp({}), { ...participation!, target: null })).toBe(0);
  });

  it('has a page for the latest follow-up or the target alone, and pages of actions', () => {
    const latest = { id: 'f', endedAt: NOW.toISOString(), learning: 'x', nextDate: null };
    expect(followUpPages(followUp({ latest }), null)).toBe(1);
    expect(followUpPages(followUp({}), participation)).toBe(1);
    const actions = previewActions('sv', NOW, 7);
    expect(followUpPages(followUp({ actions }), null)).toBe(Math.ceil(7 / ACTIONS_PER_PAGE));
    expect(actionsPage(actions, 2).map((a) => a.id)).toEqual(
      actions.slice(2 * ACTIONS_PER_PAGE).map((a) => a.id),
    );
  });

  it('counts it in the cycle from the method state and the fetched participation', () => {
    const method = { ...EMPTY_METHOD_STATE, followUp: followUp({}) };
    expect(wallContent({ suggestions: [], goals: [] }, method, NOW, 3).pages.follow_up).toBe(0);
    expect(
      wallContent({ suggestions: [], goals: [] }, method, NOW, 3, participation).pages.follow_up,
    ).toBe(1);
  });

  it('shows participation only against a target, the bar capped at the whole', () => {
    expect(participationShown(null)).toBeNull();
    expect(participationShown({ ...participation!, target: null })).toBeNull();
    expect(participationBar(participation!)).toBe(35);
    expect(participationBar({ ...participation!, percent: 140 })).toBe(100);
    expect(participationBar({ ...participation!, percent: null })).toBeNull();
  });
});

describe('the live follow-up on the wall', () => {
  it('shows the notes with their votes between the vote and the first new action', () => {
    const voted = previewFollowUpLive('sv', NOW, 'voted');
    expect(voted.step).toBe('new_actions');
    expect(liveView(voted, [])).toBe('voted');
    const decided = previewActions('sv', NOW, 1, voted.id);
    expect(liveView(voted, decided)).toBe('new_actions');
    expect(liveView(previewFollowUpLive('sv', NOW, 'write'), [])).toBe('write');
  });

  it('keeps the notes hidden while writing, and their votes until the vote is over', () => {
    expect(previewFollowUpLive('en', NOW, 'write').shown).toBeNull();
    const vote = previewFollowUpLive('en', NOW, 'vote');
    expect(vote.shown?.every((note) => note.votes === null)).toBe(true);
    const after = previewFollowUpLive('en', NOW, 'learning');
    expect(after.shown?.every((note) => note.votes !== null)).toBe(true);
  });

  it('splits the actions into those carried over and those this follow-up decided', () => {
    const live = previewFollowUpLive('sv', NOW, 'new_actions');
    const carried = previewActions('sv', NOW, 2);
    const decided = previewActions('sv', NOW, 2, live.id).map((a) => ({ ...a, id: `n${a.id}` }));
    const split = liveActions([...carried, ...decided], live);
    expect(split.carried).toEqual(carried);
    expect(split.decided).toEqual(decided);
  });

  it('sorts each column by votes and turns pages when a column is longer than one', () => {
    const live = previewFollowUpLive('sv', NOW, 'learning');
    const { wentWell, doBetter } = noteColumns(live.shown);
    expect(wentWell).toHaveLength(8);
    expect(doBetter.map((n) => n.votes)).toEqual([9, 8, 7, 6, 5, 4, 3, 2]);
    expect(livePages('voted', live, 0)).toBe(3);
    expect(livePages('learning', live, 0)).toBe(1);
    expect(livePages('actions', live, 7)).toBe(3);
    expect(columnPage([1, 2, 3, 4], 3, 1)).toEqual([4]);
    // A shorter column starts over rather than stand empty.
    expect(columnPage([1, 2], 3, 1)).toEqual([1, 2]);
  });
});

describe('the board meeting on the wall', () => {
  const review = previewMeeting('sv', 'default', NOW, previewSuggestions('sv', NOW));

  it('lists goals whose status changed, new suggestions and status changes, marked', () => {
    const rows = changeRows(review);
    expect(rows.filter((row) => row.kind === 'goal')).toHaveLength(2);
    expect(rows.filter((row) => row.kind === 'new')).toHaveLength(6);
    expect(rows.filter((row) => row.kind === 'changed')).toHaveLength(5);
    expect(rows[0]?.kind).toBe('goal');
  });

  it('puts overdue actions first in the bottleneck, then what waits for a decision', () => {
    const rows = bottleneckRows(review);
    expect(rows.map((row) => row.kind)).toEqual([
      'overdue',
      'overdue',
      'waiting',
      'waiting',
      'waiting',
      'waiting',
      'waiting',
    ]);
  });

  it('has as many pages as its longer list needs, and one while it is fetched', () => {
    expect(meetingPages(null)).toBe(1);
    expect(meetingPages(review)).toBe(Math.ceil(13 / MEETING_ROWS_PER_PAGE));
    expect(meetingPages(previewMeeting('en', 'empty', NOW, []))).toBe(1);
  });
});

describe('the reads the wall fetches', () => {
  it('takes a meeting review and a participation only in their shape', () => {
    const review = previewMeeting('en', 'default', NOW, previewSuggestions('en', NOW));
    expect(isMeetingReview(JSON.parse(JSON.stringify(review)))).toBe(true);
    expect(isMeetingReview({ ...review, waiting: null })).toBe(false);
    expect(isMeetingReview(null)).toBe(false);
    expect(isMeetingReview({ code: 'forbidden' })).toBe(false);
    const participation = previewParticipation('default', NOW);
    expect(isParticipation(participation)).toBe(true);
    expect(isParticipation({ ...participation, contributors: '14' })).toBe(false);
    expect(isParticipation([])).toBe(false);
  });
});
