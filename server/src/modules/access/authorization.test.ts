/**
 * Who may do what: every mutating route and socket event, tried by every kind of caller.
 * Anything not allowed must answer 401/403 (or an error ack) and leave the database as it was.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSnapshotResult, type Comment, type Suggestion } from '@tavla/shared';
import type { App } from '../../app.js';
import type { Db } from '../../db/open-database.js';
import type { BoardRow } from '../boards/board-repository.js';
import { io as connect } from 'socket.io-client';
import { SOCKET_PATH } from '@tavla/shared';
import { openSocket, type ClientSocket } from '../../test-support/sockets.js';
import {
  createBoard,
  createLead,
  joinPhone,
  setupAdmin,
  testApp,
  testUuid,
} from '../../test-support/test-app.js';

type Role = 'anonymous' | 'deviceA' | 'deviceB' | 'leadA' | 'leadB' | 'admin' | 'displayA';
const ROLES: Role[] = ['anonymous', 'deviceA', 'deviceB', 'leadA', 'leadB', 'admin', 'displayA'];
const SIGNED_IN: Role[] = ['leadA', 'leadB', 'admin'];

interface Fixture {
  app: App;
  db: Db;
  boardA: BoardRow;
  boardB: BoardRow;
  headers: Record<Role, Record<string, string>>;
  authorA: string;
  /** A lead of board A whose password is reset and whose sessions are ended (not lead A's). */
  leadUserId: string;
}

let fx: Fixture;
let jpeg: Buffer;

beforeAll(async () => {
  // Board A's author posts dozens of suggestions in seconds to act on: limits are tested in
  // http/rate-limits.test.ts, not here.
  const { app, db } = await testApp({ rateLimits: 'off' });
  const boardA = createBoard(app, 'A');
  const boardB = createBoard(app, 'B');
  const admin = await setupAdmin(app);
  const leadA = await createLead(app, admin, [boardA.id], 'lead-a');
  const leadB = await createLead(app, admin, [boardB.id], 'lead-b');
  // Resetting lead A's password would end lead A's session: every later row would try lead A
  // as someone signed out.
  const leadC = await createLead(app, admin, [boardA.id], 'lead-c');
  fx = {
    app,
    db,
    boardA,
    boardB,
    authorA: await joinPhone(app, boardA),
    leadUserId: leadC.userId,
    headers: {
      anonymous: {},
      deviceA: { cookie: await joinPhone(app, boardA) },
      deviceB: { cookie: await joinPhone(app, boardB) },
      leadA: { cookie: leadA.cookie },
      leadB: { cookie: leadB.cookie },
      admin: { cookie: admin },
      displayA: { 'x-display-key': boardA.display_key },
    },
  };
  jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: 'red' } })
    .jpeg()
    .toBuffer();
});

afterAll(async () => {
  await fx.app.close();
});

/** Everything a denied call must leave untouched. */
function fingerprint(db: Db): string {
  const tables = [
    'goals',
    'measurements',
    'boards',
    'suggestions',
    'suggestion_events',
    'board_changes',
    'votes',
    'comments',
    'users',
    'lead_boards',
    'device_boards',
    'replaced_links',
  ];
  return JSON.stringify(
    tables.map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()),
  );
}

async function postSuggestion(cookie: string): Promise<Suggestion> {
  const response = await fx.app.inject({
    method: 'POST',
    url: `/api/boards/${fx.boardA.id}/suggestions`,
    headers: { cookie },
    payload: { id: testUuid(), text: 'A suggestion to act on', dimension: 'social' },
  });
  return response.json<Suggestion>();
}

async function postComment(suggestion: Suggestion): Promise<Comment> {
  const response = await fx.app.inject({
    method: 'POST',
    url: `/api/boards/${fx.boardA.id}/suggestions/${suggestion.id}/comments`,
    headers: { cookie: fx.authorA },
    payload: { id: testUuid(), text: 'A comment' },
  });
  return response.json<Comment>();
}

interface Action {
  name: string;
  allowed: Role[];
  /** Builds the request; may create what it acts on first (a suggestion by board A's author). */
  request(role: Role): Promise<{
    method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    url: string;
    payload?: unknown;
    headers?: Record<string, string>;
  }>;
}

const s = () => `/api/boards/${fx.boardA.id}/suggestions`;

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

let linkTarget: { id: string } | undefined;

/** A draft goal on board A, made directly through the service (not what is being tested). */
const newGoal = () => fx.app.services.goals.create(fx.boardA, { ...GOAL });

const ACTIONS: Action[] = [
  {
    name: 'post a suggestion',
    allowed: ['deviceA'],
    request: async () => ({
      method: 'POST',
      url: s(),
      payload: { id: testUuid(), text: 'New idea here', dimension: 'economic' },
    }),
  },
  {
    name: 'page through older suggestions',
    allowed: ['deviceA', 'leadA', 'admin', 'displayA'],
    request: async () => ({ method: 'GET', url: `${s()}?limit=5` }),
  },
  {
    name: 'change a status',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: `${s()}/${(await postSuggestion(fx.authorA)).id}/status`,
      payload: { status: 'planned' },
    }),
  },
  {
    name: 'hide a suggestion',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: `${s()}/${(await postSuggestion(fx.authorA)).id}/hide`,
      payload: { reason: 'Off topic' },
    }),
  },
  {
    name: 'say me too',
    allowed: ['deviceA'],
    request: async () => ({
      method: 'PUT',
      url: `${s()}/${(await postSuggestion(fx.authorA)).id}/vote`,
      payload: { voted: true },
    }),
  },
  {
    name: 'comment',
    allowed: ['deviceA', 'leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: `${s()}/${(await postSuggestion(fx.authorA)).id}/comments`,
      payload: { id: testUuid(), text: 'Good idea' },
    }),
  },
  {
    name: 'hide a comment',
    allowed: ['leadA', 'admin'],
    request: async () => {
      const suggestion = await postSuggestion(fx.authorA);
      const comment = await postComment(suggestion);
      return {
        method: 'POST',
        url: `${s()}/${suggestion.id}/comments/${comment.id}/hide`,
        payload: { reason: 'Rude words' },
      };
    },
  },
  {
    name: 'add a photo to one’s own suggestion',
    allowed: ['deviceA'],
    request: async (role) => {
      // The suggestion is posted by the caller when it can post at all, else by A's author.
      const own = role === 'deviceA' ? (fx.headers.deviceA.cookie ?? '') : fx.authorA;
      return {
        method: 'PUT',
        url: `${s()}/${(await postSuggestion(own)).id}/photo`,
        payload: jpeg,
        headers: { 'content-type': 'image/jpeg' },
      };
    },
  },
  {
    name: 'create a goal',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: `/api/boards/${fx.boardA.id}/goals`,
      payload: GOAL,
    }),
  },
  {
    name: 'activate a goal',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: `/api/boards/${fx.boardA.id}/goals/${newGoal().id}/state`,
      payload: { state: 'active' },
    }),
  },
  {
    name: 'record a measurement',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: `/api/boards/${fx.boardA.id}/goals/${newGoal().id}/measurements`,
      payload: { value: 11, date: '2026-11-20' },
    }),
  },
  {
    name: 'link a suggestion to a goal',
    allowed: ['leadA', 'admin'],
    request: async () => {
      linkTarget ??= fx.app.services.goals.setState(fx.boardA, newGoal().id, 'active');
      const goal = linkTarget;
      return {
        method: 'PUT',
        url: `${s()}/${(await postSuggestion(fx.authorA)).id}/goal`,
        payload: { goalId: goal.id },
      };
    },
  },
  {
    name: 'create a board',
    allowed: ['admin'],
    request: async () => ({
      method: 'POST',
      url: '/api/admin/boards',
      payload: { name: 'New line', language: 'sv' },
    }),
  },
  {
    name: 'create a lead',
    allowed: ['admin'],
    request: async () => ({
      method: 'POST',
      url: '/api/admin/users',
      payload: {
        username: `lead-${testUuid().slice(-6)}`,
        displayName: 'New',
        password: 'a long password',
        boardIds: [fx.boardA.id],
      },
    }),
  },
  {
    name: 'create an admin',
    allowed: ['admin'],
    request: async () => ({
      method: 'POST',
      url: '/api/admin/admins',
      payload: {
        username: `admin-${testUuid().slice(-6)}`,
        displayName: 'Second admin',
        password: 'a long password',
      },
    }),
  },
  {
    name: 'reset a lead’s password',
    allowed: ['admin'],
    request: async () => ({
      method: 'PUT',
      url: `/api/admin/users/${fx.leadUserId}/password`,
      payload: { password: 'lead password 456' },
    }),
  },
  {
    name: 'replace a board’s join token',
    allowed: ['admin'],
    request: async () => ({ method: 'POST', url: `/api/admin/boards/${fx.boardA.id}/join-token` }),
  },
  {
    // On board B, so that board A's wall-screen key stays valid for the rest of the table.
    name: 'replace a board’s wall-screen link',
    allowed: ['admin'],
    request: async () => ({ method: 'POST', url: `/api/admin/boards/${fx.boardB.id}/display-key` }),
  },
  {
    name: 'sign a lead out everywhere',
    allowed: [],
    // Run separately below: it checks the sessions, which the fingerprint leaves out.
    request: async () => ({ method: 'DELETE', url: `/api/admin/users/${fx.leadUserId}/sessions` }),
  },
];

describe('authorization: role × action', () => {
  for (const action of ACTIONS.filter((a) => a.name !== 'sign a lead out everywhere')) {
    for (const role of ROLES) {
      const allowed = action.allowed.includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action.name}`, async () => {
        const spec = await action.request(role);
        // An earlier allowed vote's tally broadcast goes out now, not during this case.
        fx.app.services.tallies.flush();
        const before = fingerprint(fx.db);
        const response = await fx.app.inject({
          method: spec.method,
          url: spec.url,
          headers: { ...fx.headers[role], ...spec.headers },
          ...(spec.payload === undefined
            ? {}
            : { payload: spec.payload as Record<string, unknown> }),
        });
        if (allowed) {
          expect(response.statusCode, response.body).toBeLessThan(300);
        } else {
          expect([401, 403], response.body).toContain(response.statusCode);
          // 401: no credentials that count here (join or sign in); 403: a signed-in user
          // who may not do this. A lead is never told to sign in again.
          if (role === 'anonymous') expect(response.statusCode, response.body).toBe(401);
          if (SIGNED_IN.includes(role)) {
            expect(response.statusCode, response.body).toBe(403);
            expect(response.json<{ error: { code: string } }>().error.code).toBe('forbidden');
          }
          expect(fingerprint(fx.db)).toBe(before);
        }
      });
    }
  }

  it('only an admin may sign a lead out everywhere', async () => {
    const action = ACTIONS.find((a) => a.name === 'sign a lead out everywhere');
    const spec = await action?.request('admin');
    if (!spec) throw new Error('missing action');
    const sessions = () =>
      fx.db.prepare('SELECT COUNT(*) AS n FROM sessions').get() as { n: number };
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const before = sessions().n;
      const response = await fx.app.inject({
        method: spec.method,
        url: spec.url,
        headers: fx.headers[role],
      });
      expect([401, 403], role).toContain(response.statusCode);
      expect(sessions().n).toBe(before);
    }
    const done = await fx.app.inject({
      method: spec.method,
      url: spec.url,
      headers: fx.headers.admin,
    });
    expect(done.statusCode).toBe(204);
  });
});

describe('authorization: sockets', () => {
  const allowed: Role[] = ['deviceA', 'leadA', 'admin', 'displayA'];
  let baseUrl = '';

  beforeAll(async () => {
    const { app } = await testApp();
    // The first app shares nothing with this one; sockets need a listening server of their own.
    await app.close();
    await fx.app.listen({ port: 0, host: '127.0.0.1' });
    const address = fx.app.server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    baseUrl = `http://127.0.0.1:${address.port}`;
  });

  for (const role of ROLES) {
    it(`${role} ${allowed.includes(role) ? 'may' : 'may not'} follow board A live and sync it`, async () => {
      const headers = fx.headers[role];
      const auth =
        role === 'displayA' ? { displayKey: fx.boardA.display_key } : { boardId: fx.boardA.id };
      const opening = openSocket(baseUrl, auth, headers.cookie);
      if (!allowed.includes(role)) {
        await expect(opening).rejects.toThrow();
        return;
      }
      const socket = await opening;
      const result = decodeSnapshotResult(await socket.emitWithAck('board:sync', {}));
      socket.close();
      expect(result.ok && result.data.board.id).toBe(fx.boardA.id);
    });
  }

  // The join URL (a secret: what the QR code holds) goes to the board's wall screens only. It
  // is sent on connect, so it has arrived before the answer to a later request.
  for (const role of ['deviceA', 'admin', 'displayA'] as const) {
    it(`${role} ${role === 'displayA' ? 'is' : 'is not'} sent the join URL`, async () => {
      const joinUrls: string[] = [];
      const socket: ClientSocket = connect(baseUrl, {
        path: SOCKET_PATH,
        auth:
          role === 'displayA' ? { displayKey: fx.boardA.display_key } : { boardId: fx.boardA.id },
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        extraHeaders: fx.headers[role].cookie ? { cookie: fx.headers[role].cookie } : {},
      });
      socket.on('board:join-url', ({ joinUrl }) => joinUrls.push(joinUrl));
      await new Promise((resolve) => socket.once('connect', () => resolve(null)));
      await socket.emitWithAck('board:sync', {});
      socket.close();
      // Board A's join token was replaced in the table above: the current one is sent.
      const current = fx.app.services.boardRepository.findById(fx.boardA.id) ?? fx.boardA;
      expect(joinUrls).toEqual(
        role === 'displayA' ? [fx.app.services.boards.links(current).joinUrl] : [],
      );
    });
  }
});
