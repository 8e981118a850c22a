import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Action,
  ActionList,
  FollowUpCurrent,
  FollowUpDetail,
  FollowUpKind,
  FollowUpList,
  FollowUpMine,
  FollowUpStep,
  Goal,
  MethodUpdatedEvent,
  Note,
} from '@tavla/shared';
import type { LightMyRequestResponse } from 'fastify';
import { DEFAULT_RATE_LIMITS } from '../../http/rate-limits.js';
import type { BoardChange } from '../../lib/change-feed.js';
import {
  finishedRound,
  methodFixture,
  type MethodFixture,
} from '../../test-support/method-fixture.js';
import { joinPhone, manualClock, testApp } from '../../test-support/test-app.js';
import type { BoardRow } from '../boards/board-repository.js';

const clock = manualClock('2026-11-21T08:00:00.000Z');
let fx: MethodFixture;

beforeAll(async () => {
  // The burst below joins 200 phones from one address: more than a minute allows.
  fx = await methodFixture({
    clock,
    rateLimits: { ...DEFAULT_RATE_LIMITS, newDevice: [{ max: 100_000, windowMs: 60_000 }] },
  });
});

afterAll(async () => {
  await fx.app.close();
});

type Who = string | Record<string, string>;
const url = (board: BoardRow, rest = '') => `/api/boards/${board.id}/follow-ups${rest}`;
const errorOf = (response: LightMyRequestResponse) => [
  response.statusCode,
  response.json<{ error: { code: string } }>().error.code,
];

async function ok<T>(response: Promise<LightMyRequestResponse>, status = 200): Promise<T> {
  const answer = await response;
  if (answer.statusCode !== status) {
    throw new Error(`expected ${status}, got ${answer.statusCode}: ${answer.body}`);
  }
  return answer.json<T>();
}

const start = (board: BoardRow, kind: FollowUpKind = 'monthly') =>
  ok<FollowUpDetail>(fx.call(fx.lead, 'POST', url(board), { kind }), 201);

const step = (board: BoardRow, id: string, to: FollowUpStep, from: FollowUpStep) =>
  fx.call(fx.lead, 'PUT', url(board, `/${id}/step`), { step: to, from });

/** Moves the live follow-up on to `to`, from wherever it is. */
async function goTo(board: BoardRow, followUp: FollowUpDetail, to: FollowUpStep) {
  const now = await ok<FollowUpDetail>(fx.call(fx.lead, 'GET', url(board, `/${followUp.id}`)));
  return ok<FollowUpDetail>(step(board, followUp.id, to, now.step));
}

const note = (
  board: BoardRow,
  id: string,
  who: Who,
  text = 'The new racks work well',
  kind = 'went_well',
  noteId: string = randomUUID(),
) => fx.call(who, 'POST', url(board, `/${id}/notes`), { id: noteId, kind, text });

const vote = (board: BoardRow, id: string, phone: string, noteIds: string[]) =>
  fx.call(phone, 'PUT', url(board, `/${id}/votes`), { noteIds });

const pulse = (board: BoardRow, id: string, phone: string, involved: number, contribute: number) =>
  fx.call(phone, 'PUT', url(board, `/${id}/pulse`), { involved, contribute });

const newAction = (board: BoardRow, id: string, text: string, dueDate = '2026-12-01') =>
  fx.call(fx.lead, 'POST', url(board, `/${id}/new-actions`), {
    text,
    owner: 'Karin on the night shift',
    dueDate,
  });

const end = (board: BoardRow, id: string, nextDate = '2026-12-21') =>
  fx.call(fx.lead, 'POST', url(board, `/${id}/end`), { nextDate });

const current = (board: BoardRow, who: Who) =>
  ok<FollowUpCurrent>(fx.call(who, 'GET', url(board, '/current')));

const detail = (board: BoardRow, id: string) =>
  ok<FollowUpDetail>(fx.call(fx.lead, 'GET', url(board, `/${id}`)));

async function phones(board: BoardRow, n: number): Promise<string[]> {
  const list: string[] = [];
  for (let i = 0; i < n; i += 1) list.push(await joinPhone(fx.app, board));
  return list;
}

/** Every table a follow-up writes, to check that a refused request changed nothing. */
function fingerprint(): string {
  fx.app.services.followUpTallies.flush();
  const tables = [
    'board_changes',
    'follow_ups',
    'follow_up_goals',
    'follow_up_notes',
    'follow_up_votes',
    'follow_up_pulse',
    'actions',
    'follow_up_action_reviews',
  ];
  return JSON.stringify(
    tables.map((table) => fx.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()),
  );
}

function methodChanges(board: BoardRow): { list: MethodUpdatedEvent[]; stop: () => void } {
  const list: MethodUpdatedEvent[] = [];
  const stop = fx.app.services.changes.subscribe((boardId, change: BoardChange) => {
    if (boardId === board.id && change.event === 'method:updated') list.push(change.payload);
  });
  return { list, stop };
}

async function waitFor(test: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!test()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const GOAL = {
  title: 'Less energy per unit',
  description: 'Energy is our largest cost and emission source.',
  dimension: 'ecological',
  focusArea: '',
  metric: 'Energy per unit',
  unit: 'kWh',
  baselineValue: 12,
  baselineDate: '2026-09-01',
  targetValue: 9,
  direction: 'decrease',
  deadline: '2027-06-30',
  responsible: '',
  achievableConfirmed: true,
  achievableNote: '',
} as const;

/** An active goal of the board with one measurement (`value` on 2026-11-20). */
async function activeGoal(board: BoardRow, value: number): Promise<Goal> {
  const goal = await ok<Goal>(fx.call(fx.lead, 'POST', `/api/boards/${board.id}/goals`, GOAL), 201);
  await ok(
    fx.call(fx.lead, 'PUT', `/api/boards/${board.id}/goals/${goal.id}/state`, {
      state: 'active',
    }),
  );
  await ok(
    fx.call(fx.lead, 'POST', `/api/boards/${board.id}/goals/${goal.id}/measurements`, {
      value,
      date: '2026-11-20',
    }),
    201,
  );
  return goal;
}

describe('starting a follow-up', () => {
  it('starts at the first step of its kind, one at a time', async () => {
    const board = fx.board();
    const monthly = await start(board);
    expect(monthly).toMatchObject({
      kind: 'monthly',
      step: 'actions',
      steps: ['actions', 'write', 'vote', 'new_actions', 'learning'],
      endedAt: null,
      carried: [],
      goals: [],
      notes: [],
      newActions: [],
      learning: null,
      analysis: null,
      nextDate: null,
    });
    const before = fingerprint();
    expect(errorOf(await fx.call(fx.lead, 'POST', url(board), { kind: 'quarterly' }))).toEqual([
      409,
      'follow_up_live',
    ]);
    expect(fingerprint()).toBe(before);
    // Every screen has it in the method state.
    const state = fx.app.services.method.state(board).followUp;
    expect(state.live).toMatchObject({ id: monthly.id, step: 'actions', shown: null });
  });

  it('keeps each active goal’s progress and status as they stand, and asks for a verdict', async () => {
    const board = fx.board();
    const goal = await activeGoal(board, 10.5);
    const followUp = await start(board, 'quarterly');
    expect(followUp.goals).toEqual([
      {
        goalId: goal.id,
        title: GOAL.title,
        dimension: 'ecological',
        percent: 50,
        previousPercent: null,
        status: expect.stringMatching(/^(on_track|at_risk|off_track)$/) as string,
        outcome: null,
      },
    ]);
    const judged = await ok<FollowUpDetail>(
      fx.call(fx.lead, 'PUT', url(board, `/${followUp.id}/goals/${goal.id}`), {
        outcome: 'partly',
      }),
    );
    expect(judged.goals[0]?.outcome).toBe('partly');
    const other = await ok<Goal>(
      fx.call(fx.lead, 'POST', `/api/boards/${board.id}/goals`, GOAL),
      201,
    );
    const notOurs = await fx.call(fx.lead, 'PUT', url(board, `/${followUp.id}/goals/${other.id}`), {
      outcome: 'yes',
    });
    expect(notOurs.statusCode).toBe(404);
    await ok(end(board, followUp.id));
    clock.advance(60_000);
    // The next follow-up shows where the goal stood at this one.
    await ok(
      fx.call(fx.lead, 'POST', `/api/boards/${board.id}/goals/${goal.id}/measurements`, {
        value: 9.6,
        date: '2026-11-21',
      }),
      201,
    );
    const next = await start(board, 'quarterly');
    expect(next.goals[0]).toMatchObject({ percent: 80, previousPercent: 50, outcome: null });
    // Verdicts only while live.
    const late = await fx.call(fx.lead, 'PUT', url(board, `/${followUp.id}/goals/${goal.id}`), {
      outcome: 'yes',
    });
    expect(errorOf(late)).toEqual([409, 'follow_up_not_live']);
  });

  it('records the latest finished analysis round in a yearly follow-up', async () => {
    const board = fx.board();
    await finishedRound(fx, board, { energy_climate: 50 }, 'Analysis 2026');
    await finishedRound(fx, board, { energy_climate: 75 }, 'Analysis 2027');
    const yearly = await start(board, 'yearly');
    expect(yearly.analysis).toMatchObject({ name: 'Analysis 2027', previousName: 'Analysis 2026' });
    expect(yearly.steps).toEqual([
      'actions',
      'goals',
      'write',
      'vote',
      'new_actions',
      'learning',
      'pulse',
    ]);
  });
});

describe('steps', () => {
  it('move once on a double tap, and only to a step of the kind', async () => {
    const board = fx.board();
    const followUp = await start(board);
    const [first, second] = await Promise.all([
      step(board, followUp.id, 'write', 'actions'),
      step(board, followUp.id, 'write', 'actions'),
    ]);
    expect(first.statusCode).toBe(200);
    expect(errorOf(second)).toEqual([409, 'follow_up_step_moved']);
    expect((await detail(board, followUp.id)).step).toBe('write');
    const before = fingerprint();
    // A monthly follow-up has no goals or pulse step.
    expect(errorOf(await step(board, followUp.id, 'pulse', 'write'))).toEqual([
      400,
      'follow_up_wrong_step',
    ]);
    // A screen that fell behind.
    expect(errorOf(await step(board, followUp.id, 'vote', 'actions'))).toEqual([
      409,
      'follow_up_step_moved',
    ]);
    expect(fingerprint()).toBe(before);
    // Back is a move too.
    expect((await ok<FollowUpDetail>(step(board, followUp.id, 'actions', 'write'))).step).toBe(
      'actions',
    );
  });
});

describe('actions carried over', () => {
  it('carry every open and ongoing action to the next follow-up, not done or dropped ones', async () => {
    const board = fx.board();
    const first = await start(board);
    await goTo(board, first, 'new_actions');
    await ok(newAction(board, first.id, 'Fix the leaking valve'), 201);
    await ok(newAction(board, first.id, 'Label the waste bins'), 201);
    const decided = await ok<FollowUpDetail>(newAction(board, first.id, 'Move the racks'), 201);
    expect(decided.newActions.map((a) => [a.text, a.state, a.followUpId])).toEqual([
      ['Fix the leaking valve', 'open', first.id],
      ['Label the waste bins', 'open', first.id],
      ['Move the racks', 'open', first.id],
    ]);
    await ok(end(board, first.id));
    const [valve, bins, racks] = decided.newActions as [Action, Action, Action];

    clock.advance(24 * 3600_000);
    const second = await start(board);
    expect(second.carried.map((c) => [c.action.id, c.outcome])).toEqual([
      [valve.id, null],
      [bins.id, null],
      [racks.id, null],
    ]);
    const review = (id: string, outcome: string | null) =>
      ok<FollowUpDetail>(
        fx.call(fx.lead, 'PUT', url(board, `/${second.id}/actions/${id}`), { outcome }),
      );
    await review(valve.id, 'done');
    await review(bins.id, 'dropped');
    const reviewed = await review(racks.id, 'ongoing');
    const byId = (id: string) => reviewed.carried.find((c) => c.action.id === id);
    expect(byId(valve.id)?.action).toMatchObject({
      state: 'done',
      closedAt: clock.now().toISOString(),
    });
    expect(byId(bins.id)?.action).toMatchObject({ state: 'dropped' });
    expect(byId(racks.id)?.action).toMatchObject({ state: 'ongoing', closedAt: null });
    // Taking a verdict back reopens it.
    const undone = await review(bins.id, null);
    expect(undone.carried.find((c) => c.action.id === bins.id)).toMatchObject({
      outcome: null,
      action: { state: 'open', closedAt: null },
    });
    await review(bins.id, 'dropped');
    // An action not carried over to this follow-up cannot be judged in it.
    expect(
      (
        await fx.call(fx.lead, 'PUT', url(board, `/${second.id}/actions/${randomUUID()}`), {
          outcome: 'done',
        })
      ).statusCode,
    ).toBe(404);
    await ok(end(board, second.id));

    const third = await start(board);
    expect(third.carried.map((c) => [c.action.id, c.action.state, c.outcome])).toEqual([
      [racks.id, 'ongoing', null],
    ]);
    // Taking back this follow-up's verdict leaves an action carried as ongoing ongoing.
    await ok(
      fx.call(fx.lead, 'PUT', url(board, `/${third.id}/actions/${racks.id}`), { outcome: 'done' }),
    );
    const back = await ok<FollowUpDetail>(
      fx.call(fx.lead, 'PUT', url(board, `/${third.id}/actions/${racks.id}`), { outcome: null }),
    );
    expect(back.carried[0]?.action.state).toBe('ongoing');
    // The kept record of the second follow-up still says how it judged each.
    expect((await detail(board, second.id)).carried.map((c) => c.outcome).sort()).toEqual([
      'done',
      'dropped',
      'ongoing',
    ]);
  });

  it('takes at most three new actions, each with a real due date, only in its step', async () => {
    const board = fx.board();
    const followUp = await start(board);
    expect(errorOf(await newAction(board, followUp.id, 'Too early'))).toEqual([
      409,
      'follow_up_wrong_step',
    ]);
    await goTo(board, followUp, 'new_actions');
    const before = fingerprint();
    expect(errorOf(await newAction(board, followUp.id, 'No such day', '2027-02-30'))).toEqual([
      400,
      'validation_failed',
    ]);
    expect(fingerprint()).toBe(before);
    for (const text of ['One', 'Two', 'Three']) await ok(newAction(board, followUp.id, text), 201);
    const full = fingerprint();
    expect(errorOf(await newAction(board, followUp.id, 'Four'))).toEqual([400, 'too_many_actions']);
    expect(fingerprint()).toBe(full);
  });

  it('refuses a note, an action text or an owner that is blank once cleaned (the schema)', async () => {
    const board = fx.board();
    const [a] = await phones(board, 1);
    if (!a) throw new Error('phones');
    const followUp = await start(board);
    await goTo(board, followUp, 'write');
    const before = fingerprint();
    expect(errorOf(await note(board, followUp.id, a, ' \u200B\u202E '))).toEqual([
      400,
      'validation_failed',
    ]);
    expect(fingerprint()).toBe(before);
    await goTo(board, followUp, 'new_actions');
    const atActions = fingerprint();
    expect(errorOf(await newAction(board, followUp.id, ' \u200B '))).toEqual([
      400,
      'validation_failed',
    ]);
    const blankOwner = await fx.call(fx.lead, 'POST', url(board, `/${followUp.id}/new-actions`), {
      text: 'Fix the racks',
      owner: ' \t ',
      dueDate: '2026-12-01',
    });
    expect(errorOf(blankOwner)).toEqual([400, 'validation_failed']);
    expect(fingerprint()).toBe(atActions);
  });

  it('lists the open ones for every screen of the board, and lets a lead edit or close one', async () => {
    const board = fx.board();
    const followUp = await start(board);
    await goTo(board, followUp, 'new_actions');
    await ok(newAction(board, followUp.id, 'Later one', '2027-01-15'), 201);
    const decided = await ok<FollowUpDetail>(
      newAction(board, followUp.id, 'Sooner', '2026-11-20'),
      201,
    );
    const [phone] = await phones(board, 1);
    const list = await ok<ActionList>(
      fx.call(phone ?? '', 'GET', `/api/boards/${board.id}/actions`),
    );
    expect(list.actions.map((a) => a.text)).toEqual(['Sooner', 'Later one']);
    const sooner = decided.newActions.find((a) => a.text === 'Sooner');
    if (!sooner) throw new Error('no action');
    const edited = await ok<Action>(
      fx.call(fx.lead, 'PUT', `/api/boards/${board.id}/actions/${sooner.id}`, {
        text: 'Sooner, done',
        owner: 'Ali',
        dueDate: '2026-11-22',
        state: 'done',
      }),
    );
    expect(edited).toMatchObject({ text: 'Sooner, done', owner: 'Ali', state: 'done' });
    expect(edited.closedAt).not.toBeNull();
    const after = await ok<ActionList>(
      fx.call(phone ?? '', 'GET', `/api/boards/${board.id}/actions`),
    );
    expect(after.actions.map((a) => a.text)).toEqual(['Later one']);
    const other = fx.board();
    const elsewhere = await fx.call(
      fx.lead,
      'PUT',
      `/api/boards/${other.id}/actions/${sooner.id}`,
      {
        text: 'x y',
        owner: 'Ali',
        dueDate: '2026-11-22',
        state: 'open',
      },
    );
    expect(elsewhere.statusCode).toBe(404);
  });
});

describe('notes and votes', () => {
  it('keeps notes from phones while writing, and shows them from the vote on', async () => {
    const board = fx.board();
    const [a, b] = await phones(board, 2);
    if (!a || !b) throw new Error('phones');
    const followUp = await start(board);
    // Not in the actions step.
    expect(errorOf(await note(board, followUp.id, a))).toEqual([409, 'follow_up_wrong_step']);
    await goTo(board, followUp, 'write');
    const id = randomUUID();
    const first = await note(board, followUp.id, a, 'The racks work', 'went_well', id);
    expect(first.statusCode).toBe(201);
    expect(first.json<Note>()).toMatchObject({ id, text: 'The racks work', votes: null });
    // A retry is stored once.
    const retry = await note(board, followUp.id, a, 'The racks work', 'went_well', id);
    expect(retry.statusCode).toBe(200);
    // Someone else's id is a conflict.
    expect((await note(board, followUp.id, b, 'Mine', 'went_well', id)).statusCode).toBe(409);
    await ok(note(board, followUp.id, b, 'Meetings run long', 'do_better'), 201);
    // A lead writes too.
    await ok(note(board, followUp.id, fx.lead, 'Good pace', 'went_well'), 201);

    const whileWriting = await current(board, b);
    expect(whileWriting.notes).toBeNull();
    expect(whileWriting.live).toMatchObject({
      step: 'write',
      notes: { wentWell: 2, doBetter: 1, writers: 3 },
      shown: null,
    });
    expect(whileWriting.mine.noteIds).toHaveLength(1);
    expect(JSON.stringify(whileWriting)).not.toContain('The racks work');
    expect(JSON.stringify(fx.app.services.method.state(board))).not.toContain('The racks work');

    await goTo(board, followUp, 'vote');
    const voting = await current(board, b);
    expect(voting.notes?.map((n) => n.text).sort()).toEqual([
      'Good pace',
      'Meetings run long',
      'The racks work',
    ]);
    // Votes stay hidden while voting.
    expect(voting.notes?.every((n) => n.votes === null)).toBe(true);
    // No more notes once the write step is over.
    expect(errorOf(await note(board, followUp.id, a, 'Late'))).toEqual([
      409,
      'follow_up_wrong_step',
    ]);
  });

  it('takes at most six notes and three votes per device, on visible notes of this follow-up', async () => {
    const board = fx.board();
    const [a, b] = await phones(board, 2);
    if (!a || !b) throw new Error('phones');
    const followUp = await start(board);
    await goTo(board, followUp, 'write');
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      ids.push((await ok<Note>(note(board, followUp.id, a, `Note number ${i}`), 201)).id);
    }
    const before = fingerprint();
    expect(errorOf(await note(board, followUp.id, a, 'Seventh'))).toEqual([400, 'too_many_notes']);
    expect(fingerprint()).toBe(before);
    // The other phone has its own six.
    await ok(note(board, followUp.id, b, 'From b'), 201);
    // The lead hides one: it leaves every screen, and it cannot be voted for.
    const hidden = ids[5] ?? '';
    const afterHide = await ok<FollowUpDetail>(
      fx.call(fx.lead, 'POST', url(board, `/${followUp.id}/notes/${hidden}/hide`)),
    );
    expect(afterHide.notes.find((n) => n.id === hidden)?.hidden).toBe(true);
    expect(errorOf(await note(board, followUp.id, a, 'Room again?'))).toEqual([
      400,
      'too_many_notes',
    ]);
    // Votes only in their step.
    expect(errorOf(await vote(board, followUp.id, b, [ids[0] ?? '']))).toEqual([
      409,
      'follow_up_wrong_step',
    ]);
    await goTo(board, followUp, 'vote');
    expect((await current(board, b)).notes?.map((n) => n.id)).not.toContain(hidden);
    const mine = await ok<FollowUpMine>(vote(board, followUp.id, b, ids.slice(0, 3)));
    expect(mine.votedNoteIds).toEqual(ids.slice(0, 3).sort());
    const voted = fingerprint();
    expect(errorOf(await vote(board, followUp.id, b, ids.slice(0, 4)))).toEqual([
      400,
      'too_many_votes',
    ]);
    expect((await vote(board, followUp.id, b, [hidden])).statusCode).toBe(404);
    expect((await vote(board, followUp.id, b, [randomUUID()])).statusCode).toBe(404);
    expect(fingerprint()).toBe(voted);
    // The whole set is replaced.
    const changed = await ok<FollowUpMine>(vote(board, followUp.id, b, [ids[4] ?? '']));
    expect(changed.votedNoteIds).toEqual([ids[4]]);
    await ok(vote(board, followUp.id, a, [ids[4] ?? '', ids[0] ?? '']));
    // Votes are shown once the vote step is over, most voted first.
    expect((await current(board, a)).notes?.every((n) => n.votes === null)).toBe(true);
    await goTo(board, followUp, 'new_actions');
    const shown = (await current(board, a)).notes ?? [];
    expect(shown[0]).toMatchObject({ id: ids[4], votes: 2 });
    expect(shown.find((n) => n.id === ids[0])?.votes).toBe(1);
    const live = fx.app.services.method.state(board).followUp.live;
    expect(live?.voters).toBe(2);
    expect(live?.shown?.[0]).toMatchObject({ id: ids[4], votes: 2 });
  });
});

describe('the pulse', () => {
  it('is answered once per device in its step, its means shown from five devices on', async () => {
    const board = fx.board();
    const list = await phones(board, 5);
    const followUp = await start(board, 'quarterly');
    expect(errorOf(await pulse(board, followUp.id, list[0] ?? '', 4, 4))).toEqual([
      409,
      'follow_up_wrong_step',
    ]);
    await goTo(board, followUp, 'pulse');
    for (const [i, phone] of list.slice(0, 4).entries()) {
      await ok(pulse(board, followUp.id, phone, 1 + i, 5));
    }
    // A second answer replaces the first.
    const mine = await ok<FollowUpMine>(pulse(board, followUp.id, list[0] ?? '', 2, 5));
    expect(mine.pulse).toEqual({ involved: 2, contribute: 5 });
    expect((await detail(board, followUp.id)).pulse).toEqual({
      respondents: 4,
      involved: null,
      contribute: null,
    });
    await ok(pulse(board, followUp.id, list[4] ?? '', 5, 3));
    // (2 + 2 + 3 + 4 + 5) / 5 and (5 · 4 + 3) / 5
    expect((await detail(board, followUp.id)).pulse).toEqual({
      respondents: 5,
      involved: 3.2,
      contribute: 4.6,
    });
  });
});

describe('the end', () => {
  it('keeps the follow-up to read back, and refuses later answers', async () => {
    const board = fx.board();
    const [phone] = await phones(board, 1);
    if (!phone) throw new Error('phone');
    const followUp = await start(board);
    await goTo(board, followUp, 'write');
    await ok(note(board, followUp.id, phone, 'Tidy floor'), 201);
    await goTo(board, followUp, 'learning');
    await ok(
      fx.call(fx.lead, 'PUT', url(board, `/${followUp.id}/learning`), {
        learning: 'Small steps\nevery week ',
      }),
    );
    expect((await end(board, followUp.id, '2027-02-30')).statusCode).toBe(400);
    const ended = await ok<FollowUpDetail>(end(board, followUp.id, '2026-12-21'));
    expect(ended).toMatchObject({
      endedAt: clock.now().toISOString(),
      learning: 'Small steps every week',
      nextDate: '2026-12-21',
    });
    expect(ended.notes.map((n) => n.text)).toEqual(['Tidy floor']);
    const before = fingerprint();
    expect(errorOf(await end(board, followUp.id))).toEqual([409, 'follow_up_not_live']);
    expect(errorOf(await step(board, followUp.id, 'learning', 'learning'))).toEqual([
      409,
      'follow_up_not_live',
    ]);
    expect(errorOf(await note(board, followUp.id, phone, 'Late'))).toEqual([
      409,
      'follow_up_not_live',
    ]);
    expect(errorOf(await pulse(board, followUp.id, phone, 3, 3))).toEqual([
      409,
      'follow_up_not_live',
    ]);
    expect(fingerprint()).toBe(before);
    expect(await detail(board, followUp.id)).toEqual(ended);
    const list = await ok<FollowUpList>(fx.call(fx.lead, 'GET', url(board)));
    expect(list).toMatchObject({
      nextDate: '2026-12-21',
      followUps: [{ id: followUp.id, notes: 1, newActions: 0, learning: 'Small steps every week' }],
    });
    expect(await current(board, phone)).toEqual({
      live: null,
      notes: null,
      mine: { noteIds: [], votedNoteIds: [], pulse: null },
    });
    expect(fx.app.services.method.state(board).followUp).toMatchObject({
      live: null,
      latest: { id: followUp.id, learning: 'Small steps every week', nextDate: '2026-12-21' },
    });
    // Another board's follow-up is not found here.
    const other = fx.board();
    expect((await fx.call(fx.lead, 'GET', url(other, `/${followUp.id}`))).statusCode).toBe(404);
  });
});

describe('live changes', () => {
  it('go out coalesced while 200 phones write at once, and end exact', async () => {
    const board = fx.board();
    const list = await phones(board, 200);
    const followUp = await start(board);
    await goTo(board, followUp, 'write');
    const changes = methodChanges(board);
    const answers = await Promise.all(
      list.map((phone, i) =>
        note(board, followUp.id, phone, `Note from phone ${i}`, i % 2 ? 'do_better' : 'went_well'),
      ),
    );
    expect(answers.filter((r) => r.statusCode !== 201).map((r) => r.body)).toEqual([]);
    await waitFor(() => changes.list.at(-1)?.method.followUp.live?.notes.writers === 200);
    await new Promise((resolve) => setTimeout(resolve, 400));
    changes.stop();
    expect(changes.list.length).toBeGreaterThan(0);
    expect(changes.list.length).toBeLessThan(20);
    const seqs = changes.list.map((c) => c.seq);
    expect(seqs).toEqual(seqs.map((_, i) => (seqs[0] ?? 0) + i));
    expect(changes.list.at(-1)?.method.followUp.live?.notes).toEqual({
      wentWell: 100,
      doBetter: 100,
      writers: 200,
    });
    const row = fx.db
      .prepare('SELECT answers, answers_sent FROM follow_ups WHERE id = ?')
      .get(followUp.id);
    expect(row).toEqual({ answers: 200, answers_sent: 200 });
  });

  it('send a lead’s change at once, with every answer stored so far', async () => {
    const board = fx.board();
    const [phone] = await phones(board, 1);
    const followUp = await start(board);
    await goTo(board, followUp, 'write');
    await ok(note(board, followUp.id, phone ?? '', 'Stored first'), 201);
    const changes = methodChanges(board);
    await goTo(board, followUp, 'vote');
    changes.stop();
    expect(changes.list).toHaveLength(1);
    expect(changes.list[0]?.method.followUp.live).toMatchObject({
      step: 'vote',
      notes: { wentWell: 1 },
      shown: [{ text: 'Stored first', votes: null }],
    });
  });

  it('that a crash left unsent go out at the next start', async () => {
    // A second server on the same database whose batch window is far longer than the test:
    // the note is stored but not yet sent when it "crashes". (The lead's session is in the
    // database, so no new sign-in, and its slow hash, is needed.)
    const crashing = await testApp({ db: fx.db, clock, tallyBatchMs: 600_000 });
    const board = fx.board();
    const call = (cookie: string, method: 'POST' | 'PUT', path: string, payload: object) =>
      crashing.app.inject({
        method,
        url: `/api/boards/${board.id}${path}`,
        headers: { cookie },
        payload,
      });
    const started = await call(fx.lead, 'POST', '/follow-ups', { kind: 'monthly' });
    const id = started.json<FollowUpDetail>().id;
    await call(fx.lead, 'PUT', `/follow-ups/${id}/step`, { step: 'write', from: 'actions' });
    const phone = await joinPhone(crashing.app, board);
    const written = await call(phone, 'POST', `/follow-ups/${id}/notes`, {
      id: randomUUID(),
      kind: 'went_well',
      text: 'Stored, not sent',
    });
    expect(written.statusCode).toBe(201);
    const sent = () =>
      fx.db.prepare('SELECT answers, answers_sent FROM follow_ups WHERE id = ?').get(id);
    expect(sent()).toEqual({ answers: 1, answers_sent: 0 });
    const seq = () =>
      (
        fx.db.prepare('SELECT last_seq FROM boards WHERE id = ?').get(board.id) as {
          last_seq: number;
        }
      ).last_seq;
    const before = seq();
    const restarted = await testApp({ db: fx.db, clock });
    expect(sent()).toEqual({ answers: 1, answers_sent: 1 });
    expect(seq()).toBe(before + 1);
    const snapshot = fx.app.services.method.state(board).followUp.live;
    expect(snapshot?.notes.wentWell).toBe(1);
    await restarted.app.close();
    await crashing.app.close();
  });
});
