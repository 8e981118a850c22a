/**
 * Who may do what: every mutating route and socket event, tried by every kind of caller.
 * Anything not allowed must answer 401/403 (or an error ack) and leave the database as it was.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSnapshotResult, type Comment, type Suggestion } from '@tavla/shared';
import { ANALYSIS_QUESTION_BANK } from '@tavla/shared/analysis-questions';
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

interface Fixture {
  app: App;
  db: Db;
  boardA: BoardRow;
  boardB: BoardRow;
  headers: Record<Role, Record<string, string>>;
  authorA: string;
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
  fx = {
    app,
    db,
    boardA,
    boardB,
    authorA: await joinPhone(app, boardA),
    leadUserId: leadA.userId,
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
    'analysis_questions',
    'analysis_question_versions',
    'analysis_rounds',
    'analysis_answers',
    'analysis_round_scores',
    'interest_votes',
    'interest_dots',
    'materiality_matrices',
    'board_method_settings',
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

// ── The method (issue 11): what the routes below act on, made through the services ──────

const analysisUrl = (rest: string) => `/api/boards/${fx.boardA.id}/analysis${rest}`;
const votesUrl = (rest = '') => `/api/boards/${fx.boardA.id}/interest-votes${rest}`;
const bankId = (category: keyof typeof ANALYSIS_QUESTION_BANK, index: number) =>
  ANALYSIS_QUESTION_BANK[category][index % ANALYSIS_QUESTION_BANK[category].length]?.id ?? '';

/** The signed-in lead of board A, as the services take it. */
function leadUser() {
  const cookie = fx.headers.leadA.cookie ?? '';
  const user = fx.app.services.accounts.sessionUser(cookie.slice(cookie.indexOf('=') + 1));
  if (!user) throw new Error('lead A is not signed in');
  return user;
}

/** Board A's open analysis round (started when there is none). */
function openRound(): string {
  const { analysis } = fx.app.services;
  const open = analysis.listRounds(fx.boardA).find((round) => round.finishedAt === null);
  return open?.id ?? analysis.startRound(fx.boardA, leadUser(), 'Analysis').id;
}

/** Finishes board A's open round, if any, so that another may start. */
function finishOpenRound(): void {
  const { analysis } = fx.app.services;
  const open = analysis.listRounds(fx.boardA).find((round) => round.finishedAt === null);
  if (!open) return;
  analysis.answer(fx.boardA, leadUser(), open.id, bankId('energy_climate', 0), { value: 4 });
  analysis.finish(fx.boardA, leadUser(), open.id);
}

/** Board A's open interest vote (opened when there is none). */
function openVote(): string {
  const { materiality } = fx.app.services;
  const current = materiality.current(fx.boardA, null).vote;
  if (current?.status === 'open') return current.id;
  return materiality.openVote(fx.boardA, leadUser()).id;
}

function closeOpenVote(): void {
  const { materiality } = fx.app.services;
  const current = materiality.current(fx.boardA, null).vote;
  if (current?.status === 'open') materiality.closeVote(fx.boardA, leadUser(), current.id);
}

let retired = 0;

const NEW_QUESTION = {
  categoryId: 'resource_costs',
  type: 'yes_partly_no',
  text: {
    sv: 'Följer vi upp kostnaden för tryckluft?',
    en: 'Do we follow the cost of compressed air?',
  },
  help: { sv: 'Tryckluft är dyr energi.', en: 'Compressed air is expensive energy.' },
};

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
    name: 'read the analysis questions',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'GET', url: analysisUrl('/questions') }),
  },
  {
    name: 'add an analysis question',
    allowed: ['admin'],
    request: async () => ({
      method: 'POST',
      url: analysisUrl('/questions'),
      payload: NEW_QUESTION,
    }),
  },
  {
    name: 'edit an analysis question',
    allowed: ['admin'],
    request: async () => ({
      method: 'PUT',
      url: analysisUrl(`/questions/${bankId('energy_climate', 1)}`),
      payload: { text: NEW_QUESTION.text, help: NEW_QUESTION.help },
    }),
  },
  {
    name: 'retire an analysis question',
    allowed: ['admin'],
    request: async () => ({
      method: 'POST',
      url: analysisUrl(`/questions/${bankId('business_ethics', retired++)}/retire`),
    }),
  },
  {
    name: 'list the analysis rounds',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'GET', url: analysisUrl('/rounds') }),
  },
  {
    name: 'start an analysis round',
    allowed: ['leadA', 'admin'],
    request: async () => {
      finishOpenRound();
      return { method: 'POST', url: analysisUrl('/rounds'), payload: { name: 'Analysis 2027' } };
    },
  },
  {
    name: 'read an analysis round',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'GET', url: analysisUrl(`/rounds/${openRound()}`) }),
  },
  {
    name: 'answer the analysis',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: analysisUrl(`/rounds/${openRound()}/answers/${bankId('energy_climate', 2)}`),
      payload: { value: 'dont_know', comment: 'Ask maintenance' },
    }),
  },
  {
    name: 'finish an analysis round',
    allowed: ['leadA', 'admin'],
    request: async () => {
      const roundId = openRound();
      fx.app.services.analysis.answer(fx.boardA, leadUser(), roundId, bankId('emissions', 0), {
        value: 0,
      });
      return { method: 'POST', url: analysisUrl(`/rounds/${roundId}/finish`) };
    },
  },
  {
    name: 'open an interest vote',
    allowed: ['leadA', 'admin'],
    request: async () => {
      closeOpenVote();
      return { method: 'POST', url: votesUrl() };
    },
  },
  {
    name: 'see the current interest vote',
    allowed: ['deviceA', 'leadA', 'admin', 'displayA'],
    request: async () => ({ method: 'GET', url: votesUrl('/current') }),
  },
  {
    name: 'place dots',
    allowed: ['deviceA'],
    request: async () => ({
      method: 'PUT',
      url: votesUrl(`/${openVote()}/dots`),
      payload: { dots: { energy_climate: 3, health_safety: 2 } },
    }),
  },
  {
    name: 'close an interest vote',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'POST', url: votesUrl(`/${openVote()}/close`) }),
  },
  {
    name: 'see the materiality matrix',
    allowed: ['deviceA', 'leadA', 'admin', 'displayA'],
    request: async () => ({ method: 'GET', url: `/api/boards/${fx.boardA.id}/materiality` }),
  },
  {
    name: 'set the matrix split',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: `/api/boards/${fx.boardA.id}/materiality/split`,
      payload: { split: 'median' },
    }),
  },
  {
    name: 'choose what the wall shows',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: `/api/boards/${fx.boardA.id}/wall-view`,
      payload: { view: 'matrix', minutes: 5 },
    }),
  },
  {
    name: 'read the roadmap',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'GET', url: `/api/boards/${fx.boardA.id}/roadmap` }),
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
    // Run separately below: it would sign lead A out for the rest of the table.
    request: async () => ({ method: 'DELETE', url: `/api/admin/users/${fx.leadUserId}/sessions` }),
  },
];

describe('authorization: role × action', () => {
  for (const action of ACTIONS.filter((a) => a.name !== 'sign a lead out everywhere')) {
    for (const role of ROLES) {
      const allowed = action.allowed.includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action.name}`, async () => {
        const spec = await action.request(role);
        // An earlier allowed vote's tally (or dots' voter count) goes out now, not during
        // this case.
        fx.app.services.tallies.flush();
        fx.app.services.voterCounts.flush();
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

  for (const role of ROLES.filter((r) => r !== 'leadA')) {
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
