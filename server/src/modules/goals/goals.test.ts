import { describe, expect, it } from 'vitest';
import type {
  ApiErrorBody,
  BoardSnapshot,
  ErrorCode,
  Goal,
  GoalInput,
  Suggestion,
} from '@tavla/shared';
import { errorMessage } from '@tavla/shared/i18n';
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
    expect(response.json<ApiErrorBody>().error).toMatchObject({
      code: 'goal_not_measurable_time_bound',
    });
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
    // Its own code, so a phone says it in its user's language instead of a generic clash.
    expect(response.json<ApiErrorBody>().error.code).toBe('goal_limit_reached');
    expect(errorMessage('sv', response.json<ApiErrorBody>().error)).toBe(
      'Tavlan har redan 5 aktiva mål, och fler får inte plats. Markera ett som uppnått eller arkivera ett först.',
    );
    expect(tables()).toEqual(before);
  });

  it('rejects goals that make no sense and stores nothing', async () => {
    const { call, goalsUrl, tables } = await setup();
    const before = tables();
    const cases: [string, Record<string, unknown>, { code: ErrorCode; field?: string }][] = [
      [
        'target equal to baseline',
        { targetValue: 12 },
        { code: 'goal_target_equals_baseline', field: 'targetValue' },
      ],
      [
        'target in the wrong direction',
        { targetValue: 14 },
        { code: 'goal_target_against_direction', field: 'targetValue' },
      ],
      [
        'deadline in the past',
        { deadline: '2026-01-31' },
        { code: 'goal_deadline_not_in_future', field: 'deadline' },
      ],
      [
        'deadline before the baseline',
        { baselineDate: '2027-08-01' },
        { code: 'goal_deadline_before_baseline', field: 'deadline' },
      ],
      ['malformed date', { deadline: '31/12/2027' }, { code: 'validation_failed' }],
      ['impossible date', { deadline: '2027-13-01' }, { code: 'validation_failed' }],
      ['too short title', { title: 'ab' }, { code: 'validation_failed', field: 'title' }],
      ['unknown dimension', { dimension: 'political' }, { code: 'validation_failed' }],
      ['value of the wrong type', { baselineValue: '12' }, { code: 'validation_failed' }],
      ['unknown field', { status: 'active' }, { code: 'validation_failed' }],
    ];
    for (const [name, change, error] of cases) {
      const response = await call('POST', goalsUrl, { ...energy, ...change });
      expect(response.statusCode, name).toBe(400);
      expect(response.json<ApiErrorBody>().error, name).toMatchObject(error);
    }
    expect(tables()).toEqual(before);
  });

  it('keeps an edited goal sensible, and an active one on the wall only while it stays SMART enough', async () => {
    const { call, goalsUrl, create, activate, tables } = await setup();
    const goal = await create();
    await activate(goal);
    const before = tables();
    const url = `${goalsUrl}/${goal.id}`;
    const refused = async (change: Partial<GoalInput>) => {
      const response = await call('PUT', url, { ...energy, ...change });
      expect(response.statusCode).toBe(400);
      return response.json<ApiErrorBody>().error.code;
    };
    expect(await refused({ targetValue: 12 })).toBe('goal_target_equals_baseline');
    expect(await refused({ deadline: null })).toBe('goal_not_measurable_time_bound');
    expect(await refused({ unit: '' })).toBe('goal_not_measurable_time_bound');
    expect(tables()).toEqual(before);
    const renamed = await call('PUT', url, { ...energy, title: 'Less energy per unit, for real' });
    expect(renamed.json<Goal>()).toMatchObject({
      title: 'Less energy per unit, for real',
      state: 'active',
    });
  });

  it('refuses a repeated state change and changes to an archived goal, each by its own code', async () => {
    const { call, goalsUrl, create, activate, tables } = await setup();
    const goal = await create();
    await activate(goal);
    const again = await activate(goal);
    expect(again.statusCode).toBe(409);
    expect(again.json<ApiErrorBody>().error.code).toBe('goal_state_unchanged');
    await call('PUT', `${goalsUrl}/${goal.id}/state`, { state: 'archived' });
    const before = tables();
    const edit = await call('PUT', `${goalsUrl}/${goal.id}`, energy);
    const measure = await call('POST', `${goalsUrl}/${goal.id}/measurements`, {
      value: 10,
      date: '2026-11-01',
    });
    for (const response of [edit, measure]) {
      expect(response.statusCode).toBe(409);
      expect(response.json<ApiErrorBody>().error.code).toBe('goal_archived');
    }
    expect(tables()).toEqual(before);
  });

  it('rejects bad measurements', async () => {
    const { call, goalsUrl, create, tables } = await setup();
    const goal = await create();
    const before = tables();
    const cases: [Record<string, unknown>, { code: ErrorCode; field?: string }][] = [
      [
        { value: 'ten', date: '2026-11-01' },
        { code: 'validation_failed', field: 'value' },
      ],
      [
        { value: 10, date: '2026-12-01' },
        { code: 'measurement_in_future', field: 'date' },
      ],
      [
        { value: 10, date: '2026-08-01' },
        { code: 'measurement_before_baseline', field: 'date' },
      ],
      [{ value: 10 }, { code: 'validation_failed', field: 'date' }],
    ];
    for (const [body, error] of cases) {
      const response = await call('POST', `${goalsUrl}/${goal.id}/measurements`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json<ApiErrorBody>().error, JSON.stringify(body)).toMatchObject(error);
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
    const draft = await post(goal.id);
    expect(draft.statusCode).toBe(400);
    expect(draft.json<ApiErrorBody>().error).toMatchObject({
      code: 'goal_not_linkable',
      field: 'goalId',
    });
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
