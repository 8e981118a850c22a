import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  FIRST_MEETING_LOOKBACK_DAYS,
  type ApiErrorBody,
  type BoardSnapshot,
  type Goal,
  type MeetingReview,
  type MethodUpdatedEvent,
  type Suggestion,
  type SuggestionStatus,
} from '@tavla/shared';
import { exampleGoalInput } from '@tavla/shared/testing/fixtures';
import type { BoardChange } from '../../lib/change-feed.js';
import { joinPhone, testUuid } from '../../test-support/test-app.js';
import { methodFixture, type MethodFixture } from '../../test-support/method-fixture.js';
import type { BoardRow } from '../boards/board-repository.js';
import { REVIEW_LIST_MAX, REVIEW_SHARED_MS } from './meeting-service.js';

/**
 * Every test starts at the same moment (on a board of its own), so the lead's session, made
 * once, never runs out however many days the tests move the clock on.
 */
const START = Date.parse('2026-11-21T08:00:00.000Z');
let now = START;
const clock = {
  now: () => new Date(now),
  advance: (ms: number) => {
    now += ms;
  },
};
let fx: MethodFixture;
const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  fx = await methodFixture({ clock, rateLimits: 'off' });
});

beforeEach(() => {
  now = START;
});

afterAll(async () => {
  await fx.app.close();
});

const base = (board: BoardRow) => `/api/boards/${board.id}`;
const day = (offsetDays = 0) =>
  new Date(clock.now().getTime() + offsetDays * DAY).toISOString().slice(0, 10);

async function reviewOf(board: BoardRow, who: string | Record<string, string> = fx.lead) {
  const response = await fx.call(who, 'GET', `${base(board)}/meeting`);
  if (response.statusCode !== 200) throw new Error(`review: ${response.body}`);
  return response.json<MeetingReview>();
}

async function start(board: BoardRow, expected = 201) {
  const response = await fx.call(fx.lead, 'POST', `${base(board)}/meetings`);
  expect(response.statusCode, response.body).toBe(expected);
  return response.json<MeetingReview>();
}

async function end(board: BoardRow, meetingId: string) {
  const response = await fx.call(fx.lead, 'POST', `${base(board)}/meetings/${meetingId}/end`);
  if (response.statusCode !== 200) throw new Error(`end: ${response.body}`);
  return response.json<MeetingReview>();
}

async function post(board: BoardRow, phone: string, text: string): Promise<Suggestion> {
  const response = await fx.call(phone, 'POST', `${base(board)}/suggestions`, {
    id: testUuid(),
    text,
    dimension: 'social',
  });
  if (response.statusCode !== 201) throw new Error(`post: ${response.body}`);
  return response.json<Suggestion>();
}

async function setStatus(board: BoardRow, id: string, status: SuggestionStatus) {
  const response = await fx.call(fx.lead, 'PUT', `${base(board)}/suggestions/${id}/status`, {
    status,
    ...(status === 'not_doing' ? { note: 'Not this year, the budget is spent' } : {}),
  });
  if (response.statusCode !== 200) throw new Error(`status: ${response.body}`);
}

async function hide(board: BoardRow, id: string) {
  const response = await fx.call(fx.lead, 'POST', `${base(board)}/suggestions/${id}/hide`, {
    reason: 'Offensive language',
  });
  if (response.statusCode !== 204) throw new Error(`hide: ${response.body}`);
}

/** An active goal whose expected progress today is 30 % (at risk while nothing is measured). */
function activeGoal(board: BoardRow, title: string): Goal {
  const { goals } = fx.app.services;
  const goal = goals.create(board, {
    ...exampleGoalInput,
    title,
    baselineDate: day(-30),
    deadline: day(70),
  });
  return goals.setState(board, goal.id, 'active');
}

async function measure(board: BoardRow, goalId: string, value: number, date: string) {
  const response = await fx.call(fx.lead, 'POST', `${base(board)}/goals/${goalId}/measurements`, {
    value,
    date,
  });
  if (response.statusCode !== 201 && response.statusCode !== 200) {
    throw new Error(`measure: ${response.body}`);
  }
}

let actionCount = 0;
/** An action written straight into its table (the follow-up that decides them is elsewhere). */
function insertAction(board: BoardRow, text: string, dueDate: string, state = 'open'): string {
  actionCount += 1;
  const id = `action-${String(actionCount).padStart(6, '0')}`;
  fx.db
    .prepare(
      `INSERT INTO actions (id, board_id, follow_up_id, text, owner, due_date, state, created_at)
       VALUES (?, ?, NULL, ?, 'Anna', ?, ?, ?)`,
    )
    .run(id, board.id, text, dueDate, state, clock.now().toISOString());
  return id;
}

function methodChanges(board: BoardRow): { list: MethodUpdatedEvent[]; stop: () => void } {
  const list: MethodUpdatedEvent[] = [];
  const stop = fx.app.services.changes.subscribe((boardId, change: BoardChange) => {
    if (boardId === board.id && change.event === 'method:updated') list.push(change.payload);
  });
  return { list, stop };
}

const texts = (list: { text: string }[]) => list.map((s) => s.text);
const changeCount = () =>
  (fx.db.prepare('SELECT COUNT(*) AS n FROM board_changes').get() as { n: number }).n;

describe('the window since last time', () => {
  it('looks back FIRST_MEETING_LOOKBACK_DAYS before the first meeting', async () => {
    const board = fx.board();
    const phone = await joinPhone(fx.app, board);
    await post(board, phone, 'Posted long before the first meeting');
    clock.advance((FIRST_MEETING_LOOKBACK_DAYS + 1) * DAY);
    await post(board, phone, 'Posted this week');
    const now = clock.now();
    const lookback = new Date(now.getTime() - FIRST_MEETING_LOOKBACK_DAYS * DAY).toISOString();

    const before = await reviewOf(board);
    expect(before).toMatchObject({
      meeting: null,
      since: lookback,
      until: now.toISOString(),
      previousMeetingAt: null,
    });
    expect(texts(before.newSuggestions)).toEqual(['Posted this week']);

    const changes = methodChanges(board);
    const started = await start(board);
    expect(started.meeting).toMatchObject({ startedAt: now.toISOString(), endedAt: null });
    expect(started.since).toBe(lookback);
    expect(started.previousMeetingAt).toBeNull();
    expect(texts(started.newSuggestions)).toEqual(['Posted this week']);
    // Every screen learns of it in the method state.
    expect(changes.list).toHaveLength(1);
    expect(changes.list[0]?.method.followUp.meeting.live).toEqual({
      id: started.meeting?.id,
      startedAt: now.toISOString(),
      since: lookback,
    });
    changes.stop();
  });

  it('runs from the previous meeting’s start, and covers what happens during the meeting', async () => {
    const board = fx.board();
    const phone = await joinPhone(fx.app, board);
    const first = await start(board);
    const firstStart = first.meeting?.startedAt ?? '';
    clock.advance(10 * 60 * 1000);
    await post(board, phone, 'Posted during the first meeting');
    const live = await reviewOf(board);
    expect(live.meeting?.id).toBe(first.meeting?.id);
    expect(live.until).toBe(clock.now().toISOString());
    expect(texts(live.newSuggestions)).toEqual(['Posted during the first meeting']);

    clock.advance(20 * 60 * 1000);
    const ended = await end(board, first.meeting?.id ?? '');
    expect(ended.meeting).toEqual({
      id: first.meeting?.id,
      startedAt: firstStart,
      endedAt: clock.now().toISOString(),
    });
    expect(ended.until).toBe(clock.now().toISOString());

    clock.advance(7 * DAY);
    await post(board, phone, 'Posted between the meetings');
    // No meeting runs: the view covers since the latest one's start.
    const between = await reviewOf(board);
    expect(between).toMatchObject({
      meeting: null,
      since: firstStart,
      previousMeetingAt: firstStart,
    });
    expect(texts(between.newSuggestions)).toEqual([
      'Posted between the meetings',
      'Posted during the first meeting',
    ]);

    const second = await start(board);
    expect(second.since).toBe(firstStart);
    expect(second.previousMeetingAt).toBe(firstStart);
    const secondStart = second.meeting?.startedAt ?? '';
    await end(board, second.meeting?.id ?? '');

    clock.advance(7 * DAY);
    const third = await start(board);
    expect(third.since).toBe(secondStart);
    expect(third.previousMeetingAt).toBe(secondStart);
    expect(third.newSuggestions).toEqual([]);
    await end(board, third.meeting?.id ?? '');
  });
});

describe('what changed', () => {
  it('lists status changes by their first and latest status, and counts what reached done', async () => {
    const board = fx.board();
    const phone = await joinPhone(fx.app, board);
    const moved = await post(board, phone, 'Moved twice in the window');
    const back = await post(board, phone, 'Moved and moved back');
    const done = await post(board, phone, 'Done in the window');
    const before = await post(board, phone, 'Moved before the window');
    const hidden = await post(board, phone, 'Moved, then hidden');
    await setStatus(board, before.id, 'planned');
    const previous = await start(board);
    await end(board, previous.meeting?.id ?? '');

    clock.advance(HOUR);
    await setStatus(board, moved.id, 'under_review');
    await setStatus(board, back.id, 'planned');
    await setStatus(board, hidden.id, 'planned');
    await hide(board, hidden.id);
    clock.advance(HOUR);
    await setStatus(board, moved.id, 'planned');
    await setStatus(board, back.id, 'new');
    await setStatus(board, done.id, 'in_progress');
    clock.advance(HOUR);
    await setStatus(board, done.id, 'done');

    const review = await reviewOf(board);
    expect(
      review.statusChanges.map((c) => [c.suggestion.text, c.from, c.to, c.suggestion.status]),
    ).toEqual([
      ['Done in the window', 'new', 'done', 'done'],
      ['Moved twice in the window', 'new', 'planned', 'planned'],
    ]);
    expect(review.statusChanges[0]?.at).toBe(clock.now().toISOString());
    expect(review.done).toBe(1);
    // Posted before the window: none of them is new.
    expect(review.newSuggestions).toEqual([]);
  });

  it('lists the measurements recorded in the window and flags goals whose status changed', async () => {
    const board = fx.board();
    const energy = activeGoal(board, 'Less energy');
    // Goals are listed in the order they were made.
    clock.advance(1000);
    const waste = activeGoal(board, 'Less waste');
    await measure(board, energy.id, 11.6, day(-1));
    const previous = await start(board);
    await end(board, previous.meeting?.id ?? '');

    clock.advance(2 * HOUR);
    // Half-way from 12 toward 9 with 30 % of the time gone: on track. It is measured on the
    // window's first day but recorded after its start, so the status then knew only 11.6
    // (13 %, behind: at risk).
    await measure(board, energy.id, 10.5, day());
    const late = activeGoal(board, 'Activated in the window');

    const review = await reviewOf(board);
    expect(review.measurements).toEqual([
      { goalId: energy.id, goalTitle: 'Less energy', unit: 'kWh', value: 10.5, measuredOn: day() },
    ]);
    expect(review.goals).toEqual([
      {
        goalId: energy.id,
        title: 'Less energy',
        dimension: 'ecological',
        then: 'at_risk',
        now: 'on_track',
        changed: true,
      },
      {
        goalId: waste.id,
        title: 'Less waste',
        dimension: 'ecological',
        then: 'at_risk',
        now: 'at_risk',
        changed: false,
      },
      {
        goalId: late.id,
        title: 'Activated in the window',
        dimension: 'ecological',
        then: null,
        now: 'at_risk',
        changed: true,
      },
    ]);
  });
});

describe('the bottleneck', () => {
  it('lists suggestions still new after WAITING_DAYS days, oldest first, with their days', async () => {
    const board = fx.board();
    const phone = await joinPhone(fx.app, board);
    const oldest = await post(board, phone, 'Waiting ten days');
    clock.advance(2 * DAY);
    await post(board, phone, 'Waiting eight days');
    const decided = await post(board, phone, 'Decided after a while');
    const hidden = await post(board, phone, 'Hidden while waiting');
    clock.advance(2 * DAY);
    await post(board, phone, 'Six days, not yet a bottleneck');
    clock.advance(6 * DAY);
    await setStatus(board, decided.id, 'under_review');
    await hide(board, hidden.id);

    const review = await reviewOf(board);
    expect(review.waiting.map((w) => [w.suggestion.text, w.days])).toEqual([
      ['Waiting ten days', 10],
      ['Waiting eight days', 8],
    ]);
    expect(review.waiting[0]?.suggestion).toMatchObject({
      id: oldest.id,
      status: 'new',
      dimension: 'social',
      votes: 0,
      goalId: null,
    });

    // Decided with one tap at the meeting: it leaves the bottleneck and shows as changed.
    await setStatus(board, oldest.id, 'planned');
    const after = await reviewOf(board);
    expect(after.waiting.map((w) => w.suggestion.text)).toEqual(['Waiting eight days']);
    expect(after.statusChanges.map((c) => c.suggestion.text)).toContain('Waiting ten days');
  });

  it('lists open and ongoing actions past their due date, soonest due first', async () => {
    const board = fx.board();
    const other = fx.board('Line 4');
    insertAction(board, 'Due yesterday', day(-1));
    insertAction(board, 'Ongoing, due three days ago', day(-3), 'ongoing');
    insertAction(board, 'Done, due yesterday', day(-1), 'done');
    insertAction(board, 'Dropped, due last week', day(-7), 'dropped');
    insertAction(board, 'Due today', day());
    insertAction(other, 'Another board’s, overdue', day(-2));

    const review = await reviewOf(board);
    expect(review.overdueActions.map((a) => [a.text, a.state, a.owner])).toEqual([
      ['Ongoing, due three days ago', 'ongoing', 'Anna'],
      ['Due yesterday', 'open', 'Anna'],
    ]);
    expect(review.overdueActions[1]).toMatchObject({ dueDate: day(-1), followUpId: null });
  });

  it('keeps every list bounded', async () => {
    const board = fx.board();
    const phone = await joinPhone(fx.app, board);
    for (let i = 0; i < REVIEW_LIST_MAX + 3; i += 1) {
      await post(board, phone, `Idea number ${i}`);
      clock.advance(1000);
    }
    const review = await reviewOf(board);
    expect(review.newSuggestions).toHaveLength(REVIEW_LIST_MAX);
    expect(review.newSuggestions[0]?.text).toBe(`Idea number ${REVIEW_LIST_MAX + 2}`);
  });
});

describe('screens asking at once', () => {
  it('share one review per board change for a few seconds', async () => {
    const board = fx.board();
    const phone = await joinPhone(fx.app, board);
    const first = await reviewOf(board);
    clock.advance(REVIEW_SHARED_MS - 1000);
    // The same change of the board, a moment later: the same review.
    expect(await reviewOf(board, phone)).toEqual(first);
    // A change of the board is in the next one at once.
    await post(board, phone, 'Posted during the meeting');
    const after = await reviewOf(board);
    expect(after.until).toBe(clock.now().toISOString());
    expect(texts(after.newSuggestions)).toEqual(['Posted during the meeting']);
    // Time running on computes it again.
    clock.advance(REVIEW_SHARED_MS);
    expect((await reviewOf(board)).until).toBe(clock.now().toISOString());
  });
});

describe('hidden suggestions', () => {
  it('are left out of every list', async () => {
    const board = fx.board();
    const phone = await joinPhone(fx.app, board);
    const waiting = await post(board, phone, 'Old and hidden');
    clock.advance(8 * DAY);
    const fresh = await post(board, phone, 'New and hidden');
    const shown = await post(board, phone, 'New and shown');
    await setStatus(board, fresh.id, 'planned');
    await hide(board, fresh.id);
    await hide(board, waiting.id);
    const review = await reviewOf(board);
    const all = JSON.stringify(review);
    expect(all).not.toContain('hidden');
    expect(review.newSuggestions.map((s) => s.id)).toEqual([shown.id]);
    expect(review.waiting).toEqual([]);
  });
});

describe('who may do what', () => {
  it('lets the board’s phones and its wall read, and only its leads start and end', async () => {
    const board = fx.board();
    const phone = await joinPhone(fx.app, board);
    const display = { 'x-display-key': board.display_key };
    const stranger = await joinPhone(fx.app, fx.board('Another line'));
    const changesBefore = changeCount();

    // A phone is nobody signed in: asked to sign in as a lead.
    const started = await fx.call(phone, 'POST', `${base(board)}/meetings`);
    expect(started.statusCode).toBe(401);
    const byWall = await fx.call(display, 'POST', `${base(board)}/meetings`);
    expect(byWall.statusCode).toBe(401);
    const slot = await fx.call(phone, 'PUT', `${base(board)}/meeting-slot`, { slot: null });
    expect(slot.statusCode).toBe(401);
    expect((await fx.call(stranger, 'GET', `${base(board)}/meeting`)).statusCode).toBe(403);
    expect((await fx.call({}, 'GET', `${base(board)}/meeting`)).statusCode).toBe(401);
    expect(changeCount()).toBe(changesBefore);

    const meeting = await start(board);
    expect(await reviewOf(board, phone)).toEqual(meeting);
    expect(await reviewOf(board, display)).toEqual(meeting);
    const ending = await fx.call(
      phone,
      'POST',
      `${base(board)}/meetings/${meeting.meeting?.id ?? ''}/end`,
    );
    expect(ending.statusCode).toBe(401);
    expect((await reviewOf(board)).meeting?.endedAt).toBeNull();
  });

  it('answers the running meeting again when one is started twice', async () => {
    const board = fx.board();
    const first = await start(board);
    const changesBefore = changeCount();
    clock.advance(60_000);
    const again = await start(board, 200);
    expect(again.meeting).toEqual(first.meeting);
    expect(changeCount()).toBe(changesBefore);
    const rows = fx.db
      .prepare('SELECT COUNT(*) AS n FROM board_meetings WHERE board_id = ?')
      .get(board.id) as { n: number };
    expect(rows.n).toBe(1);
  });

  it('refuses to end a meeting that is not the live one, changing nothing', async () => {
    const board = fx.board();
    const other = fx.board('Line 9');
    const meeting = await start(board);
    const id = meeting.meeting?.id ?? '';
    await end(board, id);
    const changesBefore = changeCount();

    for (const [boardOf, meetingId] of [
      [board, id],
      [board, 'no-such-meeting-id'],
      [other, id],
    ] as const) {
      const response = await fx.call(fx.lead, 'POST', `${base(boardOf)}/meetings/${meetingId}/end`);
      expect(response.statusCode).toBe(409);
      expect(response.json<ApiErrorBody>().error.code).toBe('meeting_not_live');
    }
    expect(changeCount()).toBe(changesBefore);
    expect((await reviewOf(board)).meeting).toBeNull();
  });
});

describe('the weekly slot', () => {
  it('is set and cleared by a lead, and goes to every screen', async () => {
    const board = fx.board();
    const changes = methodChanges(board);
    const slot = { weekday: 2, time: '09:30', minutes: 15 };
    const set = await fx.call(fx.lead, 'PUT', `${base(board)}/meeting-slot`, { slot });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ slot });
    expect(changes.list.at(-1)?.method.followUp.meeting.slot).toEqual(slot);
    const snapshot = (
      await fx.call(fx.lead, 'GET', `${base(board)}/snapshot`)
    ).json<BoardSnapshot>();
    expect(snapshot.method?.followUp.meeting.slot).toEqual(slot);

    const cleared = await fx.call(fx.lead, 'PUT', `${base(board)}/meeting-slot`, { slot: null });
    expect(cleared.json()).toEqual({ slot: null });
    expect(changes.list.at(-1)?.method.followUp.meeting.slot).toBeNull();
    changes.stop();
  });

  it('refuses a slot that is not one, changing nothing', async () => {
    const board = fx.board();
    const changesBefore = changeCount();
    for (const slot of [
      { weekday: 8, time: '09:30', minutes: 15 },
      { weekday: 1, time: '24:00', minutes: 15 },
      { weekday: 1, time: '09:30', minutes: 2 },
      { weekday: 1, time: '09:30' },
    ]) {
      const response = await fx.call(fx.lead, 'PUT', `${base(board)}/meeting-slot`, { slot });
      expect(response.statusCode).toBe(400);
      expect(response.json<ApiErrorBody>().error.code).toBe('validation_failed');
    }
    expect(changeCount()).toBe(changesBefore);
  });
});
