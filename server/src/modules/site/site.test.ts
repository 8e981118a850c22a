/**
 * Many boards, one site: the admin's overview and the site wall, on boards built through the
 * API. Every expected figure is worked out by hand in the comments; the code under test
 * computes none of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import {
  SITE_NAMESPACE,
  SOCKET_PATH,
  type Goal,
  type SiteOverview,
  type SiteServerToClientEvents,
  type SiteSummary,
  type SiteWallSettings,
  type Suggestion,
} from '@tavla/shared';
import { exampleGoalInput } from '@tavla/shared/testing/fixtures';
import type { App } from '../../app.js';
import type { Db } from '../../db/open-database.js';
import type { BoardRow } from '../boards/board-repository.js';
import {
  count,
  createBoard,
  createLead,
  joinPhone,
  manualClock,
  setupAdmin,
  testApp,
  testUuid,
} from '../../test-support/test-app.js';

/** The test clock starts at 2026-11-21 08:00 UTC (this quarter: 1 October – 31 December). */
const T0 = '2026-11-21T08:00:00.000Z';
const clock = manualClock(T0);

let app: App;
let db: Db;
let boardA: BoardRow;
let boardB: BoardRow;
let boardC: BoardRow;
let admin: string;
let leadA: string;
let phoneA1: string;
let phoneA2: string;
let phoneC: string;

const call = (
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  headers: Record<string, string>,
  payload?: unknown,
) =>
  app.inject({
    method,
    url,
    headers,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });

async function post(board: BoardRow, cookie: string, text: string): Promise<Suggestion> {
  const response = await call(
    'POST',
    `/api/boards/${board.id}/suggestions`,
    { cookie },
    {
      id: testUuid(),
      text,
      dimension: 'ecological',
    },
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Suggestion>();
}

async function move(suggestion: Suggestion, status: string): Promise<void> {
  const response = await call(
    'PUT',
    `/api/boards/${boardA.id}/suggestions/${suggestion.id}/status`,
    { cookie: leadA },
    { status },
  );
  expect(response.statusCode, response.body).toBe(200);
}

async function activeGoal(measured: number | null): Promise<Goal> {
  const url = `/api/boards/${boardA.id}/goals`;
  const goal = (await call('POST', url, { cookie: leadA }, exampleGoalInput)).json<Goal>();
  await call('PUT', `${url}/${goal.id}/state`, { cookie: leadA }, { state: 'active' });
  if (measured !== null) {
    const response = await call(
      'POST',
      `${url}/${goal.id}/measurements`,
      { cookie: leadA },
      {
        value: measured,
        date: '2026-11-15',
      },
    );
    expect(response.statusCode, response.body).toBe(201);
  }
  return goal;
}

const siteWall = async () =>
  (await call('GET', '/api/admin/site-wall', { cookie: admin })).json<SiteWallSettings>();
const keyOf = (settings: SiteWallSettings) => new URL(settings.url).searchParams.get('key') ?? '';

beforeAll(async () => {
  ({ app, db } = await testApp({ clock }));
  boardA = createBoard(app, 'Linje 3', 'sv');
  boardB = createBoard(app, 'Line 7', 'en');
  boardC = createBoard(app, 'Lager', 'sv');
  admin = await setupAdmin(app);
  leadA = (await createLead(app, admin, [boardA.id], 'lead-a')).cookie;
  phoneA1 = await joinPhone(app, boardA);
  phoneA2 = await joinPhone(app, boardA);
  phoneC = await joinPhone(app, boardC);

  // Board A: 4 employees; three suggestions from two phones, one moved on, one done.
  await call('PUT', `/api/boards/${boardA.id}/employees`, { cookie: leadA }, { employees: 4 });
  const first = await post(boardA, phoneA1, 'Turn the compressor off at night');
  const second = await post(boardA, phoneA1, 'Sliding doors on the freezer room');
  await post(boardA, phoneA2, 'Sort the cardboard by the loading bay');
  await move(first, 'in_progress');
  await move(second, 'done');
  // Goals: baseline 12 (2026-09-01) → target 9 (2027-06-30), decreasing.
  //  - measured 10.5: progress (10.5 − 12) / (9 − 12) = 50 %; expected: 81 of 302 days =
  //    26.8 %, so 50 ≥ 26.8 → on track;
  //  - not measured yet: progress 0 %, and 26.8 % of the time has passed (> 25 %) → at risk.
  await activeGoal(10.5);
  await activeGoal(null);
  // A draft counts nowhere.
  await call('POST', `/api/boards/${boardA.id}/goals`, { cookie: leadA }, exampleGoalInput);

  // Board A's two wall screens: the first beats at T0, the second 4 minutes later. At
  // T0 + 4 min only the second is live (a screen is live for 3 minutes after its heartbeat).
  const beat = { build: 'b1', heapBytes: null, userAgent: 'TV' };
  app.services.displays.heartbeat(boardA.id, { displayId: 'screen-1', ...beat });
  clock.advance(4 * 60_000);
  app.services.displays.heartbeat(boardA.id, { displayId: 'screen-2', ...beat });
});

afterAll(async () => {
  await app.close();
});

describe('the admin’s overview of every board', () => {
  it('shows screens, last activity, participation, goals and the roadmap step per board', async () => {
    const response = await call('GET', '/api/admin/overview', { cookie: admin });
    expect(response.statusCode, response.body).toBe(200);
    const overview = response.json<SiteOverview>();
    // By name, for an admin who looks for one.
    expect(overview.boards.map((b) => b.name)).toEqual(['Lager', 'Line 7', 'Linje 3']);
    const [c, b, a] = overview.boards;

    expect(a?.screens).toEqual({ live: 1, lastSeenAt: '2026-11-21T08:04:00.000Z' });
    // Every write on A happened at T0; the last one (the draft goal) is its latest change.
    expect(a?.lastActivityAt).toBe(T0);
    // Two phones contributed this quarter, of 4 employees: 50 %.
    expect(a?.participation).toMatchObject({
      from: '2026-10-01',
      to: '2026-12-31',
      employees: 4,
      contributors: 2,
      percent: 50,
    });
    expect(a?.goals).toEqual({ onTrack: 1, atRisk: 1, offTrack: 0, unknown: 0 });
    // No workshop yet: step 1 is where the board stands.
    expect(a?.roadmap.current).toEqual({ step: 1, key: 'workshop', status: 'not_started' });

    // B and C never changed and have no screen; C's phone joined but contributed nothing.
    expect(b?.screens).toEqual({ live: 0, lastSeenAt: null });
    expect(b?.lastActivityAt).toBeNull();
    expect(b?.participation).toMatchObject({ employees: null, contributors: 0, percent: null });
    expect(b?.goals).toEqual({ onTrack: 0, atRisk: 0, offTrack: 0, unknown: 0 });
    expect(b?.roadmap).toEqual({
      done: 0,
      current: { step: 1, key: 'workshop', status: 'not_started' },
    });
    expect(c?.lastActivityAt).toBeNull();
  });

  it('counts the roadmap’s done steps as the roadmap page shows them', async () => {
    const overview = (
      await call('GET', '/api/admin/overview', { cookie: admin })
    ).json<SiteOverview>();
    const roadmap = (
      await call('GET', `/api/boards/${boardA.id}/roadmap`, { cookie: leadA })
    ).json<{ steps: { status: string }[] }>();
    expect(overview.boards[2]?.roadmap.done).toBe(
      roadmap.steps.filter((step) => step.status === 'done').length,
    );
  });

  it('marks an archived board and lists it after the others', async () => {
    const before = (
      await call('GET', '/api/admin/overview', { cookie: admin })
    ).json<SiteOverview>();
    const lager = before.boards.find((b) => b.name === 'Lager');
    expect(lager?.archivedAt).toBeNull();
    const archived = await call('POST', `/api/admin/boards/${lager?.id ?? ''}/archive`, {
      cookie: admin,
    });
    expect(archived.statusCode, archived.body).toBe(200);
    const after = (
      await call('GET', '/api/admin/overview', { cookie: admin })
    ).json<SiteOverview>();
    expect(after.boards.map((b) => b.name)).toEqual(['Line 7', 'Linje 3', 'Lager']);
    expect(after.boards[2]?.archivedAt).toEqual(expect.any(String));
    expect(after.boards[0]?.archivedAt).toBeNull();
    const restored = await call('POST', `/api/admin/boards/${lager?.id ?? ''}/restore`, {
      cookie: admin,
    });
    expect(restored.statusCode, restored.body).toBe(200);
  });

  it('is for admins only', async () => {
    expect((await call('GET', '/api/admin/overview', {})).statusCode).toBe(401);
    expect((await call('GET', '/api/admin/overview', { cookie: leadA })).statusCode).toBe(403);
    expect((await call('GET', '/api/admin/overview', { cookie: phoneA1 })).statusCode).toBe(401);
  });
});

describe('the site wall', () => {
  it('starts with a 192-bit key and no boards', async () => {
    const settings = await siteWall();
    expect(settings.boardIds).toEqual([]);
    expect(settings.url).toMatch(/^http:\/\/127\.0\.0\.1:8080\/board\/site\/\?key=[\w-]{32}$/);
  });

  it('refuses bad settings with a 4xx that names the field, and changes nothing', async () => {
    const good = {
      name: 'Fabriken',
      language: 'en',
      layout: 'side_by_side',
      turnSeconds: 20,
      boardIds: [boardB.id, boardA.id],
    };
    const before = JSON.stringify(db.prepare('SELECT * FROM site_wall').all());
    const cases: [Record<string, unknown>, string][] = [
      [{ boardIds: [boardA.id, 'no-such-board-id'] }, 'boardIds/1'],
      [{ boardIds: [boardA.id, boardA.id] }, 'boardIds'],
      [{ boardIds: Array.from({ length: 13 }, (_, i) => `board-${1000 + i}`) }, 'boardIds'],
      [{ turnSeconds: 5 }, 'turnSeconds'],
      [{ turnSeconds: 301 }, 'turnSeconds'],
      [{ layout: 'grid' }, 'layout'],
      [{ name: '   ' }, 'name'],
      [{ extra: true }, ''],
    ];
    for (const [change, field] of cases) {
      const response = await call(
        'PUT',
        '/api/admin/site-wall',
        { cookie: admin },
        {
          ...good,
          ...change,
        },
      );
      expect(response.statusCode, JSON.stringify(change)).toBe(400);
      const error = response.json<{ error: { code: string; field?: string } }>().error;
      expect(error.code).toBe('validation_failed');
      if (field) expect(error.field ?? '', JSON.stringify(change)).toContain(field);
      expect(count(db, 'site_wall_boards')).toBe(0);
      expect(JSON.stringify(db.prepare('SELECT * FROM site_wall').all())).toBe(before);
    }
  });

  it('shows the chosen boards’ summaries, in order, to its key only', async () => {
    const put = await call(
      'PUT',
      '/api/admin/site-wall',
      { cookie: admin },
      {
        name: 'Fabriken',
        language: 'en',
        layout: 'in_turn',
        turnSeconds: 30,
        boardIds: [boardB.id, boardA.id],
      },
    );
    expect(put.statusCode, put.body).toBe(200);
    const key = keyOf(put.json<SiteWallSettings>());

    const response = await call('GET', '/api/site/summary', { 'x-display-key': key });
    expect(response.statusCode, response.body).toBe(200);
    const summary = response.json<SiteSummary>();
    expect(summary).toMatchObject({
      name: 'Fabriken',
      language: 'en',
      layout: 'in_turn',
      turnSeconds: 30,
    });
    expect(summary.boards.map((b) => b.name)).toEqual(['Line 7', 'Linje 3']);
    const a = summary.boards[1];
    // 3 posted: one new, one in progress, one done today (within 30 days).
    expect(a?.counts).toEqual({ new: 1, inProgress: 1, doneLately: 1 });
    expect(a?.latestDone).toMatchObject({ text: 'Sliding doors on the freezer room', doneAt: T0 });
    // Both made at the same moment: in the board's order, which the ids decide.
    expect(
      a?.goals.map((g) => [g.percent, g.status]).sort((x, y) => Number(y[0]) - Number(x[0])),
    ).toEqual([
      [50, 'on_track'],
      [0, 'at_risk'],
    ]);
    expect(a?.participation.percent).toBe(50);
    expect(a?.seq).toBe(app.services.boardRepository.findById(boardA.id)?.last_seq);
    expect(summary.boards[0]).toMatchObject({
      counts: { new: 0, inProgress: 0, doneLately: 0 },
      latestDone: null,
      goals: [],
    });
    // Nothing of the board it does not show, and no board's secrets.
    expect(response.body).not.toContain(boardC.id);
    expect(response.body).not.toContain('Lager');
    expect(response.body).not.toContain(boardA.display_key);
    expect(response.body).not.toContain(boardA.join_token);
  });

  it('is refused to everyone without its key: a board’s display key, phones, leads, admins', async () => {
    const url = '/api/site/summary';
    expect((await call('GET', url, {})).statusCode).toBe(401);
    expect((await call('GET', url, { 'x-display-key': boardA.display_key })).statusCode).toBe(401);
    expect((await call('GET', url, { cookie: phoneA1 })).statusCode).toBe(401);
    expect((await call('GET', url, { cookie: leadA })).statusCode).toBe(403);
    expect((await call('GET', url, { cookie: admin })).statusCode).toBe(403);
    // And the site key opens no board: not its snapshot, not its participation.
    const key = keyOf(await siteWall());
    for (const path of ['snapshot', 'participation', 'displays']) {
      const response = await call('GET', `/api/boards/${boardA.id}/${path}`, {
        'x-display-key': key,
      });
      expect([401, 403], path).toContain(response.statusCode);
    }
  });

  it('is administered by admins only', async () => {
    const settings = await siteWall();
    for (const cookie of [leadA, phoneA1]) {
      expect((await call('GET', '/api/admin/site-wall', { cookie })).statusCode).toBeGreaterThan(
        400,
      );
      const put = await call(
        'PUT',
        '/api/admin/site-wall',
        { cookie },
        {
          name: 'x',
          language: 'sv',
          layout: 'in_turn',
          turnSeconds: 20,
          boardIds: [boardC.id],
        },
      );
      expect([401, 403]).toContain(put.statusCode);
      const rotate = await call('POST', '/api/admin/site-wall/key', { cookie });
      expect([401, 403]).toContain(rotate.statusCode);
    }
    expect(await siteWall()).toEqual(settings);
  });
});

describe('the site wall live', () => {
  let baseUrl = '';
  type SiteSocket = Socket<SiteServerToClientEvents>;
  const open = (auth: Record<string, unknown>): Promise<SiteSocket> => {
    const socket: SiteSocket = connect(`${baseUrl}${SITE_NAMESPACE}`, {
      path: SOCKET_PATH,
      auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', (error) => {
        socket.close();
        reject(error);
      });
    });
  };

  beforeAll(async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    baseUrl = `http://127.0.0.1:${address.port}`;
  });

  it('is told when a board it shows changes, not when another does', async () => {
    const socket = await open({ siteKey: keyOf(await siteWall()) });
    const changed: { boardId: string; seq: number }[] = [];
    socket.on('site:changed', (event) => changed.push(event));
    // C is not on the site wall; A is. A's post is the first (and only) thing it hears.
    await post(boardC, phoneC, 'Label the shelves in aisle 4');
    const heard = new Promise((resolve) => socket.once('site:changed', resolve));
    const onA = await post(boardA, phoneA2, 'Reuse the pallets from the supplier');
    await heard;
    socket.close();
    expect(changed).toEqual([{ boardId: boardA.id, seq: onA.seq }]);
  });

  it('refuses a board’s display key and a missing key', async () => {
    await expect(open({ siteKey: boardA.display_key })).rejects.toThrow();
    await expect(open({ displayKey: boardA.display_key })).rejects.toThrow();
    await expect(open({})).rejects.toThrow();
  });

  it('a new key cuts the old one off at once, and it stays refused', async () => {
    const oldKey = keyOf(await siteWall());
    const socket = await open({ siteKey: oldKey });
    const told = new Promise((resolve) => socket.once('site:link-replaced', () => resolve(true)));
    const gone = new Promise((resolve) => socket.once('disconnect', () => resolve(true)));
    const rotated = await call('POST', '/api/admin/site-wall/key', { cookie: admin });
    expect(rotated.statusCode).toBe(200);
    const newKey = keyOf(rotated.json<SiteWallSettings>());
    expect(newKey).not.toBe(oldKey);
    expect(await told).toBe(true);
    expect(await gone).toBe(true);

    const old = await call('GET', '/api/site/summary', { 'x-display-key': oldKey });
    expect(old.statusCode).toBe(410);
    expect(old.json<{ error: { code: string } }>().error.code).toBe('link_replaced');
    await expect(open({ siteKey: oldKey })).rejects.toThrow('replaced');
    expect((await call('GET', '/api/site/summary', { 'x-display-key': newKey })).statusCode).toBe(
      200,
    );
    (await open({ siteKey: newKey })).close();
  });
});
