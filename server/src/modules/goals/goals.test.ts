import { describe, expect, it } from 'vitest';
import type { BoardSnapshot, Goal, GoalInput, Suggestion } from '@tavla/shared';
import {
  count,
  createBoard,
  createLead,
  joinPhone,
  setupAdmin,
  testApp,
  testUuid,
} from '../../test-support/test-app.js';
import { exampleGoalInput } from '@tavla/shared/testing/fixtures';

// The test clock stands at 2026-11-21.
const energy = exampleGoalInput;

async function setup() {
  const { app, db } = await testApp();
  const board = createBoard(app, 'A');
  const other = createBoard(app, 'B');
  const admin = await setupAdmin(app);
  const lead = await createLead(app, admin, [board.id], 'lead-a');
  const otherLead = await createLead(app, admin, [other.id], 'lead-b');
  const phone = await joinPhone(app, board);
  const call = (
    method: 'POST' | 'PUT' | 'GET',
    url: string,
    payload?: unknown,
    cookie = lead.cookie,
  ) =>
    app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  const goalsUrl = `/api/boards/${board.id}/goals`;
  const create = async (input: Partial<GoalInput> = {}) =>
    (await call('POST', goalsUrl, { ...energy, ...input })).json<Goal>();
  const activate = (goal: Goal) => call('PUT', `${goalsUrl}/${goal.id}/state`, { state: 'active' });
  const tables = () => ({
    goals: count(db, 'goals'),
    measurements: count(db, 'measurements'),
    changes: count(db, 'board_changes'),
  });
  return {
    app,
    db,
    board,
    other,
    lead,
    otherLead,
    phone,
    call,
    goalsUrl,
    create,
    activate,
    tables,
  };
}

describe('goals', () => {
  it('are drafted, activated, measured and achieved, each step broadcast', async () => {
    const { app, call, goalsUrl, create, activate } = await setup();
    const published: string[] = [];
    app.services.changes.subscribe((_b, change) => published.push(change.event));

    const goal = await create();
    expect(goal).toMatchObject({ state: 'draft', unit: 'kWh', measurements: [] });
    expect((await activate(goal)).json<Goal>().state).toBe('active');
    const measured = await call('POST', `${goalsUrl}/${goal.id}/measurements`, {
      value: 10.9,
      date: '2026-11-15',
      note: 'After LED',
    });
    expect(measured.statusCode).toBe(201);
    expect(measured.json<Goal>().measurements).toMatchObject([
      { value: 10.9, date: '2026-11-15', note: 'After LED', recordedBy: 'Lead lead-a' },
    ]);
    const achieved = await call('PUT', `${goalsUrl}/${goal.id}/state`, { state: 'achieved' });
    expect(achieved.json<Goal>().state).toBe('achieved');
    expect(published).toEqual(['goal:updated', 'goal:updated', 'goal:updated', 'goal:updated']);

    const list = await call('GET', goalsUrl);
    expect(list.json<{ goals: Goal[] }>().goals).toHaveLength(1);
  });

  it('refuses to activate a goal that is not measurable or time-bound', async () => {
    const { create, activate } = await setup();
    const vague = await create({ unit: '', baselineValue: null });
    const response = await activate(vague);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toContain('Measurable');
    const undated = await create({ deadline: null });
    expect(
      (await activate(undated)).json<{ error: { message: string } }>().error.message,
    ).toContain('Time-bound');
  });

  it('allows at most five active goals', async () => {
    const { create, activate, tables } = await setup();
    for (let i = 0; i < 5; i += 1)
      expect((await activate(await create({ title: `Goal number ${i}` }))).statusCode).toBe(200);
    const sixth = await create({ title: 'The sixth goal' });
    const before = tables();
    const response = await activate(sixth);
    expect(response.statusCode).toBe(409);
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(
      /at most 5 active goals/,
    );
    expect(tables()).toEqual(before);
  });

  it('rejects goals that make no sense and stores nothing', async () => {
    const { call, goalsUrl, tables } = await setup();
    const before = tables();
    const cases: [string, Record<string, unknown>][] = [
      ['target equal to baseline', { targetValue: 12 }],
      ['target in the wrong direction', { targetValue: 14 }],
      ['deadline in the past', { deadline: '2026-01-31' }],
      ['deadline before the baseline', { baselineDate: '2027-08-01' }],
      ['malformed date', { deadline: '31/12/2027' }],
      ['impossible date', { deadline: '2027-13-01' }],
      ['too short title', { title: 'ab' }],
      ['unknown dimension', { dimension: 'political' }],
      ['value of the wrong type', { baselineValue: '12' }],
      ['unknown field', { status: 'active' }],
    ];
    for (const [name, change] of cases) {
      const response = await call('POST', goalsUrl, { ...energy, ...change });
      expect(response.statusCode, name).toBe(400);
    }
    expect(tables()).toEqual(before);
  });

  it('keeps an edited goal sensible, and an active one on the wall only while it stays SMART enough', async () => {
    const { call, goalsUrl, create, activate, tables } = await setup();
    const goal = await create();
    await activate(goal);
    const before = tables();
    const url = `${goalsUrl}/${goal.id}`;
    expect((await call('PUT', url, { ...energy, targetValue: 12 })).statusCode).toBe(400);
    expect((await call('PUT', url, { ...energy, deadline: null })).statusCode).toBe(400);
    expect((await call('PUT', url, { ...energy, unit: '' })).statusCode).toBe(400);
    expect(tables()).toEqual(before);
    const renamed = await call('PUT', url, { ...energy, title: 'Less energy per unit, for real' });
    expect(renamed.json<Goal>()).toMatchObject({
      title: 'Less energy per unit, for real',
      state: 'active',
    });
  });

  it('rejects bad measurements', async () => {
    const { call, goalsUrl, create, tables } = await setup();
    const goal = await create();
    const before = tables();
    for (const body of [
      { value: 'ten', date: '2026-11-01' },
      { value: 10, date: '2026-12-01' }, // in the future
      { value: 10, date: '2026-08-01' }, // before the baseline
      { value: 10 },
    ]) {
      expect(
        (await call('POST', `${goalsUrl}/${goal.id}/measurements`, body)).statusCode,
        JSON.stringify(body),
      ).toBe(400);
    }
    expect(tables()).toEqual(before);
  });

  it('keeps goals to their board and their leads', async () => {
    const { app, call, create, other, otherLead, phone, board, tables } = await setup();
    const goal = await create();
    const before = tables();
    // Board B's lead, a phone, and board B's URL for board A's goal.
    expect(
      (
        await call(
          'PUT',
          `/api/boards/${board.id}/goals/${goal.id}/state`,
          { state: 'active' },
          otherLead.cookie,
        )
      ).statusCode,
    ).toBe(403);
    expect((await call('POST', `/api/boards/${board.id}/goals`, energy, phone)).statusCode).toBe(
      401,
    );
    expect(
      (
        await call(
          'PUT',
          `/api/boards/${other.id}/goals/${goal.id}/state`,
          { state: 'active' },
          otherLead.cookie,
        )
      ).statusCode,
    ).toBe(404);
    expect(tables()).toEqual(before);
    const snapshot = await app.inject({
      method: 'GET',
      url: `/api/boards/${board.id}/snapshot`,
      headers: { cookie: phone },
    });
    expect(snapshot.json<BoardSnapshot>().goals.map((g) => g.id)).toEqual([goal.id]);
  });
});

describe('suggestions linked to goals', () => {
  it('are linked by the employee when posting, or by a lead later', async () => {
    const { app, board, phone, create, activate, call, other, otherLead } = await setup();
    const goal = await create();
    const post = (goalId: string | undefined) =>
      app.inject({
        method: 'POST',
        url: `/api/boards/${board.id}/suggestions`,
        headers: { cookie: phone },
        payload: {
          id: testUuid(),
          text: 'Switch off the compressor at night',
          dimension: 'ecological',
          ...(goalId ? { goalId } : {}),
        },
      });
    // A draft goal is not on the wall yet: nothing to link to.
    expect((await post(goal.id)).statusCode).toBe(400);
    await activate(goal);
    const linked = await post(goal.id);
    expect(linked.statusCode).toBe(201);
    expect(linked.json<Suggestion>().goalId).toBe(goal.id);

    const foreignGoal = (
      await call('POST', `/api/boards/${other.id}/goals`, energy, otherLead.cookie)
    ).json<Goal>();
    expect((await post(foreignGoal.id)).statusCode).toBe(400);

    const plain = (await post(undefined)).json<Suggestion>();
    const link = await call('PUT', `/api/boards/${board.id}/suggestions/${plain.id}/goal`, {
      goalId: goal.id,
    });
    expect(link.json<Suggestion>().goalId).toBe(goal.id);
    const unlink = await call('PUT', `/api/boards/${board.id}/suggestions/${plain.id}/goal`, {
      goalId: null,
    });
    expect(unlink.json<Suggestion>().goalId).toBeNull();
    expect(
      (
        await call(
          'PUT',
          `/api/boards/${board.id}/suggestions/${plain.id}/goal`,
          { goalId: goal.id },
          phone,
        )
      ).statusCode,
    ).toBe(401);
  });
});
