import Type from 'typebox';
import { describe, expect, it } from 'vitest';
import type { AdminBoard, Goal } from '@tavla/shared';
import { exampleGoalInput } from '@tavla/shared/testing/fixtures';
import {
  ADMIN_PASSWORD,
  count,
  createBoard,
  createLead,
  setupAdmin,
  testApp,
} from '../test-support/test-app.js';

async function setup() {
  const { app, db } = await testApp();
  const board = createBoard(app);
  const admin = await setupAdmin(app);
  const lead = await createLead(app, admin, [board.id]);
  const goalsUrl = `/api/boards/${board.id}/goals`;
  const post = (url: string, payload: Record<string, unknown>, cookie = lead.cookie) =>
    app.inject({ method: 'POST', url, headers: { cookie }, payload });
  return { app, db, board, admin, lead, goalsUrl, post };
}
// Signing in is slow on purpose (scrypt): the tests share one app. Refused writes store
// nothing, so they do not disturb each other.
let shared: ReturnType<typeof setup> | undefined;
const ready = () => (shared ??= setup());

describe('one normalisation and validation for every text and number field', () => {
  it('cleans NUL, control and direction-override characters out of goals and board names', async () => {
    const { post, goalsUrl, admin } = await ready();
    const goal = await post(goalsUrl, {
      ...exampleGoalInput,
      title: ' Less\u0000 energy \u202Eper unit\n',
      unit: 'k\u200BWh\u202E',
      description: 'Line one\u0007\n\n\n\nline two',
    });
    expect(goal.statusCode).toBe(201);
    expect(goal.json<Goal>()).toMatchObject({
      title: 'Less energy per unit',
      unit: 'kWh',
      description: 'Line one\n\nline two',
    });
    const board = await post(
      '/api/admin/boards',
      { name: 'Line\u0000 3\u202E', language: 'sv' },
      admin,
    );
    expect(board.statusCode).toBe(201);
    expect(board.json<AdminBoard>().board.name).toBe('Line 3');
  });

  it.each([
    ['a title that is blank once cleaned', { title: ' \u0000\u202E\u200B ' }, 'title'],
    ['a day that is not on the calendar', { deadline: '2027-02-31' }, 'deadline'],
    [
      'a baseline date on 29 February of a common year',
      { baselineDate: '2026-02-29' },
      'baselineDate',
    ],
    ['an absurd target', { targetValue: 1e308 }, 'targetValue'],
    ['an absurd negative baseline', { baselineValue: -1e308 }, 'baselineValue'],
  ])('refuses %s with a 400 naming the field, storing nothing', async (_name, change, field) => {
    const { post, goalsUrl, db } = await ready();
    const before = count(db, 'goals');
    const response = await post(goalsUrl, { ...exampleGoalInput, ...change });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'validation_failed', field } });
    expect(count(db, 'goals')).toBe(before);
  });

  it('refuses ±1e308 and unreal days as a measurement', async () => {
    const { post, goalsUrl, db } = await ready();
    const goal = (await post(goalsUrl, exampleGoalInput)).json<Goal>();
    const url = `${goalsUrl}/${goal.id}/measurements`;
    const before = count(db, 'measurements');
    for (const [payload, field] of [
      [{ value: 1e308, date: '2026-11-01' }, 'value'],
      [{ value: -1e308, date: '2026-11-01' }, 'value'],
      [{ value: 10, date: '2026-09-31' }, 'date'],
    ] as const) {
      const response = await post(url, payload);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { field } });
    }
    expect(count(db, 'measurements')).toBe(before);
    expect((await post(url, { value: 10.5, date: '2026-11-01' })).statusCode).toBe(201);
  });

  it('names the field of a board name that is blank once cleaned', async () => {
    const { post, admin, db } = await ready();
    const before = count(db, 'boards');
    const response = await post(
      '/api/admin/boards',
      { name: '\u202E \u0000', language: 'en' },
      admin,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'validation_failed', field: 'name' } });
    expect(count(db, 'boards')).toBe(before);
  });

  it('leaves passwords exactly as typed', async () => {
    const { app } = await ready();
    const padded = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: ` ${ADMIN_PASSWORD}` },
    });
    expect(padded.statusCode).toBe(401);
  });

  it('reaches a route added later without it doing anything', async () => {
    const { app } = await testApp();
    // A new route built the usual way, knowing nothing about normalisation.
    app.post(
      '/api/new-route',
      { schema: { body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 20 }) }) } },
      async (request) => request.body,
    );
    // Writes need someone signed in (credentials are checked before the body is read).
    const cookie = await setupAdmin(app);
    const clean = await app.inject({
      method: 'POST',
      url: '/api/new-route',
      headers: { cookie },
      payload: { name: ' Ada\u0000\u202E ' },
    });
    expect(clean.json()).toEqual({ name: 'Ada' });
    const blank = await app.inject({
      method: 'POST',
      url: '/api/new-route',
      headers: { cookie },
      payload: { name: '\u202E' },
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json()).toMatchObject({ error: { field: 'name' } });
  });
});
