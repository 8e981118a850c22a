/**
 * Who may do what: every route and socket event, tried by every kind of caller. Anything not
 * allowed must answer 401/403 (or an error ack) and leave the database as it was. A test below
 * checks that every route the app has is a row here (or a public route tested where it lives).
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeSnapshotResult,
  type Comment,
  type FollowUpStep,
  type Suggestion,
  type WorkshopMine,
} from '@tavla/shared';
import { BUILTIN_TEMPLATE_IDS } from '@tavla/shared/workshop-template';
import { ANALYSIS_QUESTION_BANK } from '@tavla/shared/analysis-questions';
import type { App } from '../../app.js';
import type { Db } from '../../db/open-database.js';
import type { BoardRow } from '../boards/board-repository.js';
import { encodeCursor } from '../../lib/page-cursor.js';
import { io as connect } from 'socket.io-client';
import { SITE_NAMESPACE, SOCKET_PATH } from '@tavla/shared';
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
    'analysis_questions',
    'analysis_question_versions',
    'analysis_rounds',
    'analysis_answers',
    'analysis_round_scores',
    'interest_votes',
    'interest_dots',
    'materiality_matrices',
    'board_method_settings',
    'workshop_templates',
    'workshop_sessions',
    'workshop_activity_states',
    'workshop_answer_ids',
    'workshop_choices',
    'workshop_words',
    'workshop_ideas',
    'workshop_upvotes',
    'workshop_hidden',
    'board_photos',
    'announcements',
    'announcement_acks',
    'announcement_meetings',
    'follow_ups',
    'follow_up_goals',
    'follow_up_notes',
    'follow_up_votes',
    'follow_up_pulse',
    'actions',
    'follow_up_action_reviews',
    'board_meetings',
    'withdrawn_suggestions',
    'audit_log',
    'suggestion_unhides',
    'site_wall',
    'site_wall_boards',
    'site_wall_replaced_keys',
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

async function postPhoto(suggestion: Suggestion): Promise<string> {
  const response = await fx.app.inject({
    method: 'PUT',
    url: `/api/boards/${fx.boardA.id}/suggestions/${suggestion.id}/photo`,
    headers: { cookie: fx.authorA, 'content-type': 'image/jpeg' },
    payload: jpeg,
  });
  const url = response.json<Suggestion>().photo?.url;
  if (!url) throw new Error(`no photo: ${response.body}`);
  return new URL(url, 'http://127.0.0.1').pathname;
}

interface Action {
  name: string;
  /** The route it calls, as the app registers it ("PUT /api/boards/:boardId/goals/:goalId"). */
  route: string;
  allowed: Role[];
  /** What an allowed caller gets, when it is not a 2xx (a redirect). */
  okStatus?: number;
  /** Builds the request; may create what it acts on first (a suggestion by board A's author). */
  request(role: Role): Promise<{
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    url: string;
    payload?: unknown;
    headers?: Record<string, string>;
  }>;
  /** More to check in an allowed answer (that it holds nothing of another board, say). */
  check?(role: Role, body: string): void;
}

/**
 * Routes anyone may call, so they are not rows of the table: what they do is decided by what
 * the caller sends, and each is tested where it lives.
 */
const PUBLIC_ELSEWHERE: Record<string, string> = {
  'POST /api/setup': 'the one-time setup code is the credential (accounts.test.ts)',
  'POST /api/auth/login': 'the password is the credential (accounts.test.ts)',
  'POST /api/auth/logout': 'ends the caller’s own session only (accounts.test.ts)',
};

const s = () => `/api/boards/${fx.boardA.id}/suggestions`;
/** A page cursor far in the future: the page before it is the first one. */
const FAR_CURSOR = () =>
  encodeCursor({
    createdAt: '9999-12-31T23:59:59.999Z',
    id: 'ffffffff-ffff-4fff-bfff-ffffffffffff',
  });
const VIEWERS: Role[] = ['deviceA', 'leadA', 'admin', 'displayA'];

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

let joinTarget: BoardRow | undefined;

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

// ── The workshop (issue 12) ──────────────────────────────────────────────────────────────

const workshopUrl = (rest: string) => `/api/boards/${fx.boardA.id}/workshop${rest}`;
let ideasTemplateId: string | undefined;

/** A copy of the built-in template on board A (made through the service). */
function copiedTemplate(): string {
  return fx.app.services.workshops.copyTemplate(fx.boardA, {
    fromTemplateId: BUILTIN_TEMPLATE_IDS.en,
  }).id;
}

/** Board A's live session on a one-activity idea board (started when another or none is live). */
function ideasSession(): string {
  const { workshops } = fx.app.services;
  if (ideasTemplateId === undefined) {
    ideasTemplateId = copiedTemplate();
    workshops.editTemplate(fx.boardA, ideasTemplateId, {
      name: 'Ideas',
      minutes: 10,
      activities: [{ id: 'ideas', kind: 'ideas', title: 'Ideas', text: '' }],
    });
  }
  const live = workshops.current(fx.boardA, { deviceId: null, lead: false }, () => 0).live;
  if (live?.activity.id === 'ideas') return live.sessionId;
  if (live) workshops.control(fx.boardA, leadUser(), 'end', live.index);
  return workshops.start(fx.boardA, leadUser(), ideasTemplateId).sessionId;
}

/** An idea posted by board A's author on the live idea board. */
async function postIdea(): Promise<string> {
  ideasSession();
  const response = await fx.app.inject({
    method: 'POST',
    url: workshopUrl('/answers'),
    headers: { cookie: fx.authorA },
    payload: {
      clientId: testUuid(),
      activityId: 'ideas',
      answer: { kind: 'idea', text: 'An idea to act on', dimension: 'social' },
    },
  });
  const id = response.json<WorkshopMine>().ideaIds.at(-1);
  if (!id) throw new Error(`no idea: ${response.body}`);
  return id;
}

/** An announcement on board A asking for acknowledgement, published through the service. */
const newAnnouncement = () =>
  fx.app.services.announcements.publish(fx.boardA, leadUser(), {
    kind: 'routine',
    title: 'Close the freezer door',
    text: 'The sliding doors close by themselves; do not prop them open.',
    photoId: null,
    goalId: null,
    requiresAck: true,
    pinnedDays: 7,
  });
const announcementsUrl = (rest = '') => `/api/boards/${fx.boardA.id}/announcements${rest}`;

// ── The follow-up (issue 13) ─────────────────────────────────────────────────────────────

const followUpsUrl = (rest = '') => `/api/boards/${fx.boardA.id}/follow-ups${rest}`;

/**
 * Board A's live follow-up (a quarterly one, which has every step), at `step`: started (the
 * live one ended first when it is of no use) and moved there through the service.
 */
function followUpAt(step: FollowUpStep): string {
  const { followUps } = fx.app.services;
  let live = followUps.current(fx.boardA, null).live;
  // A monthly one (started by its row) lacks the goals and pulse steps: a quarterly one then.
  if (live && !live.steps.includes(step)) {
    followUps.end(fx.boardA, live.id, '2027-01-15');
    live = null;
  }
  const id = live?.id ?? followUps.start(fx.boardA, leadUser(), 'quarterly').id;
  const at = followUps.detail(fx.boardA, id).step;
  if (at !== step) followUps.move(fx.boardA, id, step, at);
  return id;
}

/** A note of board A's author in the live follow-up (written in its write step). */
async function authorNote(): Promise<{ followUpId: string; noteId: string }> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const followUpId = followUpAt('write');
    const noteId = testUuid();
    const response = await fx.app.inject({
      method: 'POST',
      url: followUpsUrl(`/${followUpId}/notes`),
      headers: { cookie: fx.authorA },
      payload: { id: noteId, kind: 'went_well', text: 'A note to act on' },
    });
    if (response.statusCode === 201) return { followUpId, noteId };
    // The author wrote all its notes in this one: the next follow-up has room.
    fx.app.services.followUps.end(fx.boardA, followUpId, '2027-01-15');
  }
  throw new Error('the author could not write a note');
}

/** Board A's live follow-up at new actions, with room for one more (a new one when full). */
function followUpWithRoom(): string {
  const { followUps } = fx.app.services;
  const followUpId = followUpAt('new_actions');
  if (followUps.detail(fx.boardA, followUpId).newActions.length < 3) return followUpId;
  followUps.end(fx.boardA, followUpId, '2027-01-15');
  return followUpAt('new_actions');
}

/** A goal active when board A's live follow-up started (a new follow-up after it is made). */
function goalOfFollowUp(): { followUpId: string; goalId: string } {
  const { followUps, goals } = fx.app.services;
  const goal =
    goals.list(fx.boardA).find((candidate) => candidate.state === 'active') ??
    goals.setState(fx.boardA, newGoal().id, 'active');
  const live = followUps.current(fx.boardA, null).live;
  if (live) followUps.end(fx.boardA, live.id, '2027-01-15');
  return { followUpId: followUpAt('goals'), goalId: goal.id };
}

/** An action decided at board A's live follow-up (ended and started again when it has three). */
function decidedAction(): { followUpId: string; actionId: string } {
  const { followUps } = fx.app.services;
  const followUpId = followUpWithRoom();
  const detail = followUps.addAction(fx.boardA, leadUser(), followUpId, {
    text: 'Fix the leaking valve',
    owner: 'Maintenance',
    dueDate: '2026-12-01',
  });
  const actionId = detail.newActions.at(-1)?.id;
  if (!actionId) throw new Error('no action');
  return { followUpId, actionId };
}

/** An action carried over to board A's live follow-up (one is decided and the live one ends). */
function carriedAction(): { followUpId: string; actionId: string } {
  const { followUps } = fx.app.services;
  const { followUpId, actionId } = decidedAction();
  followUps.end(fx.boardA, followUpId, '2027-01-15');
  return { followUpId: followUpAt('actions'), actionId };
}

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
    route: 'POST /api/boards/:boardId/suggestions',
    allowed: ['deviceA'],
    request: async () => ({
      method: 'POST',
      url: s(),
      payload: { id: testUuid(), text: 'New idea here', dimension: 'economic' },
    }),
  },
  {
    name: 'page through older suggestions',
    route: 'GET /api/boards/:boardId/suggestions',
    allowed: VIEWERS,
    request: async () => ({ method: 'GET', url: `${s()}?limit=5` }),
  },
  {
    name: 'page through older suggestions with a cursor',
    route: 'GET /api/boards/:boardId/suggestions',
    allowed: VIEWERS,
    request: async () => ({ method: 'GET', url: `${s()}?limit=5&before=${FAR_CURSOR()}` }),
  },
  {
    name: 'read the board’s snapshot',
    route: 'GET /api/boards/:boardId/snapshot',
    allowed: VIEWERS,
    request: async () => ({ method: 'GET', url: `/api/boards/${fx.boardA.id}/snapshot` }),
  },
  {
    name: 'read a suggestion’s timeline',
    route: 'GET /api/boards/:boardId/suggestions/:suggestionId/history',
    allowed: VIEWERS,
    request: async () => ({
      method: 'GET',
      url: `${s()}/${(await postSuggestion(fx.authorA)).id}/history`,
    }),
  },
  {
    name: 'read a suggestion’s comments',
    route: 'GET /api/boards/:boardId/suggestions/:suggestionId/comments',
    allowed: VIEWERS,
    request: async () => {
      const suggestion = await postSuggestion(fx.authorA);
      await postComment(suggestion);
      return { method: 'GET', url: `${s()}/${suggestion.id}/comments` };
    },
    check: (_role, body) => expect(JSON.parse(body)).toMatchObject({ next: null }),
  },
  {
    name: 'page through a suggestion’s comments with a cursor',
    route: 'GET /api/boards/:boardId/suggestions/:suggestionId/comments',
    allowed: VIEWERS,
    request: async () => {
      const suggestion = await postSuggestion(fx.authorA);
      await postComment(suggestion);
      return {
        method: 'GET',
        url: `${s()}/${suggestion.id}/comments?limit=5&before=${FAR_CURSOR()}`,
      };
    },
  },
  {
    name: 'list the board’s goals',
    route: 'GET /api/boards/:boardId/goals',
    allowed: VIEWERS,
    request: async () => ({ method: 'GET', url: `/api/boards/${fx.boardA.id}/goals` }),
  },
  {
    name: 'list the board’s wall screens',
    route: 'GET /api/boards/:boardId/displays',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'GET', url: `/api/boards/${fx.boardA.id}/displays` }),
  },
  {
    name: 'see a photo of a visible suggestion (its unguessable name is the permission)',
    route: 'GET /photos/:name',
    allowed: ROLES,
    request: async () => ({
      method: 'GET',
      url: await postPhoto(await postSuggestion(fx.authorA)),
    }),
  },
  {
    name: 'change a status',
    route: 'PUT /api/boards/:boardId/suggestions/:suggestionId/status',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: `${s()}/${(await postSuggestion(fx.authorA)).id}/status`,
      payload: { status: 'planned' },
    }),
  },
  {
    name: 'hide a suggestion',
    route: 'POST /api/boards/:boardId/suggestions/:suggestionId/hide',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: `${s()}/${(await postSuggestion(fx.authorA)).id}/hide`,
      payload: { reason: 'Off topic' },
    }),
  },
  {
    name: 'say me too',
    route: 'PUT /api/boards/:boardId/suggestions/:suggestionId/vote',
    allowed: ['deviceA'],
    request: async () => ({
      method: 'PUT',
      url: `${s()}/${(await postSuggestion(fx.authorA)).id}/vote`,
      payload: { voted: true },
    }),
  },
  {
    name: 'comment',
    route: 'POST /api/boards/:boardId/suggestions/:suggestionId/comments',
    allowed: ['deviceA', 'leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: `${s()}/${(await postSuggestion(fx.authorA)).id}/comments`,
      payload: { id: testUuid(), text: 'Good idea' },
    }),
  },
  {
    name: 'hide a comment',
    route: 'POST /api/boards/:boardId/suggestions/:suggestionId/comments/:commentId/hide',
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
    route: 'PUT /api/boards/:boardId/suggestions/:suggestionId/photo',
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
    route: 'POST /api/boards/:boardId/goals',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: `/api/boards/${fx.boardA.id}/goals`,
      payload: GOAL,
    }),
  },
  {
    name: 'edit a goal',
    route: 'PUT /api/boards/:boardId/goals/:goalId',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: `/api/boards/${fx.boardA.id}/goals/${newGoal().id}`,
      payload: { ...GOAL, title: 'Less energy per unit made' },
    }),
  },
  {
    name: 'activate a goal',
    route: 'PUT /api/boards/:boardId/goals/:goalId/state',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: `/api/boards/${fx.boardA.id}/goals/${newGoal().id}/state`,
      payload: { state: 'active' },
    }),
  },
  {
    name: 'record a measurement',
    route: 'POST /api/boards/:boardId/goals/:goalId/measurements',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: `/api/boards/${fx.boardA.id}/goals/${newGoal().id}/measurements`,
      payload: { value: 11, date: '2026-11-20' },
    }),
  },
  {
    name: 'link a suggestion to a goal',
    route: 'PUT /api/boards/:boardId/suggestions/:suggestionId/goal',
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
    name: 'list the boards one manages, with their links',
    route: 'GET /api/boards/managed',
    allowed: ['leadA', 'leadB', 'admin'],
    request: async () => ({ method: 'GET', url: '/api/boards/managed' }),
    // Lead B gets board B's links only: board A's join URL and wall-screen key stay secret.
    check: (role, body) => {
      expect(body.includes(fx.boardA.id)).toBe(role !== 'leadB');
      expect(body.includes(fx.boardB.id)).toBe(role !== 'leadA');
    },
  },
  {
    name: 'see who is signed in',
    route: 'GET /api/auth/me',
    allowed: ['leadA', 'leadB', 'admin'],
    request: async () => ({ method: 'GET', url: '/api/auth/me' }),
  },
  {
    name: 'list the boards this phone joined',
    route: 'GET /api/me/boards',
    allowed: ['deviceA', 'deviceB'],
    request: async () => ({ method: 'GET', url: '/api/me/boards' }),
    check: (role, body) => {
      expect(body.includes(fx.boardA.id)).toBe(role === 'deviceA');
      expect(body.includes(fx.boardB.id)).toBe(role === 'deviceB');
    },
  },
  {
    name: 'join a board with its QR code',
    route: 'GET /join/:token',
    allowed: ROLES,
    okStatus: 302,
    // Board C's QR code: joining board A or B would make the phone of B a member of A.
    request: async () => {
      joinTarget ??= createBoard(fx.app, 'C');
      return { method: 'GET', url: `/join/${joinTarget.join_token}` };
    },
  },
  {
    name: 'ask whether the first start’s setup is pending',
    route: 'GET /api/setup',
    allowed: ROLES,
    request: async () => ({ method: 'GET', url: '/api/setup' }),
  },
  {
    name: 'ask whether the server is up',
    route: 'GET /api/health',
    allowed: ROLES,
    request: async () => ({ method: 'GET', url: '/api/health' }),
  },
  {
    name: 'read the API’s OpenAPI document',
    route: 'GET /api/openapi.json',
    allowed: ROLES,
    request: async () => ({ method: 'GET', url: '/api/openapi.json' }),
  },
  {
    name: 'list the users',
    route: 'GET /api/admin/users',
    allowed: ['admin'],
    request: async () => ({ method: 'GET', url: '/api/admin/users' }),
  },
  {
    name: 'read the analysis questions',
    route: 'GET /api/boards/:boardId/analysis/questions',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'GET', url: analysisUrl('/questions') }),
  },
  {
    name: 'add an analysis question',
    route: 'POST /api/boards/:boardId/analysis/questions',
    allowed: ['admin'],
    request: async () => ({
      method: 'POST',
      url: analysisUrl('/questions'),
      payload: NEW_QUESTION,
    }),
  },
  {
    name: 'edit an analysis question',
    route: 'PUT /api/boards/:boardId/analysis/questions/:questionId',
    allowed: ['admin'],
    request: async () => ({
      method: 'PUT',
      url: analysisUrl(`/questions/${bankId('energy_climate', 1)}`),
      payload: { text: NEW_QUESTION.text, help: NEW_QUESTION.help },
    }),
  },
  {
    name: 'retire an analysis question',
    route: 'POST /api/boards/:boardId/analysis/questions/:questionId/retire',
    allowed: ['admin'],
    request: async () => ({
      method: 'POST',
      url: analysisUrl(`/questions/${bankId('business_ethics', retired++)}/retire`),
    }),
  },
  {
    name: 'list the analysis rounds',
    route: 'GET /api/boards/:boardId/analysis/rounds',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'GET', url: analysisUrl('/rounds') }),
  },
  {
    name: 'start an analysis round',
    route: 'POST /api/boards/:boardId/analysis/rounds',
    allowed: ['leadA', 'admin'],
    request: async () => {
      finishOpenRound();
      return { method: 'POST', url: analysisUrl('/rounds'), payload: { name: 'Analysis 2027' } };
    },
  },
  {
    name: 'read an analysis round',
    route: 'GET /api/boards/:boardId/analysis/rounds/:roundId',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'GET', url: analysisUrl(`/rounds/${openRound()}`) }),
  },
  {
    name: 'answer the analysis',
    route: 'PUT /api/boards/:boardId/analysis/rounds/:roundId/answers/:questionId',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: analysisUrl(`/rounds/${openRound()}/answers/${bankId('energy_climate', 2)}`),
      payload: { value: 'dont_know', comment: 'Ask maintenance' },
    }),
  },
  {
    name: 'finish an analysis round',
    route: 'POST /api/boards/:boardId/analysis/rounds/:roundId/finish',
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
    route: 'POST /api/boards/:boardId/interest-votes',
    allowed: ['leadA', 'admin'],
    request: async () => {
      closeOpenVote();
      return { method: 'POST', url: votesUrl() };
    },
  },
  {
    name: 'see the current interest vote',
    route: 'GET /api/boards/:boardId/interest-votes/current',
    allowed: ['deviceA', 'leadA', 'admin', 'displayA'],
    request: async () => ({ method: 'GET', url: votesUrl('/current') }),
  },
  {
    name: 'place dots',
    route: 'PUT /api/boards/:boardId/interest-votes/:voteId/dots',
    allowed: ['deviceA'],
    request: async () => ({
      method: 'PUT',
      url: votesUrl(`/${openVote()}/dots`),
      payload: { dots: { energy_climate: 3, health_safety: 2 } },
    }),
  },
  {
    name: 'close an interest vote',
    route: 'POST /api/boards/:boardId/interest-votes/:voteId/close',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'POST', url: votesUrl(`/${openVote()}/close`) }),
  },
  {
    name: 'see the materiality matrix',
    route: 'GET /api/boards/:boardId/materiality',
    allowed: ['deviceA', 'leadA', 'admin', 'displayA'],
    request: async () => ({ method: 'GET', url: `/api/boards/${fx.boardA.id}/materiality` }),
  },
  {
    name: 'set the matrix split',
    route: 'PUT /api/boards/:boardId/materiality/split',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: `/api/boards/${fx.boardA.id}/materiality/split`,
      payload: { split: 'median' },
    }),
  },
  {
    name: 'choose what the wall shows',
    route: 'PUT /api/boards/:boardId/wall-view',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: `/api/boards/${fx.boardA.id}/wall-view`,
      payload: { view: 'matrix', minutes: 5 },
    }),
  },
  {
    name: 'set the wall cycle',
    route: 'PUT /api/boards/:boardId/wall-cycle',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: `/api/boards/${fx.boardA.id}/wall-cycle`,
      payload: { cycle: [{ scene: 'board', seconds: 30 }] },
    }),
  },
  {
    name: "set the board's number of employees",
    route: 'PUT /api/boards/:boardId/employees',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: `/api/boards/${fx.boardA.id}/employees`,
      payload: { employees: 40 },
    }),
  },
  {
    name: "read the board's analytics",
    route: 'GET /api/boards/:boardId/analytics',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'GET',
      url: `/api/boards/${fx.boardA.id}/analytics?from=2026-01-01&to=2026-12-31`,
    }),
    check: (_role, body) => expect(JSON.parse(body)).toMatchObject({ boardId: fx.boardA.id }),
  },
  {
    name: "read this quarter's participation",
    route: 'GET /api/boards/:boardId/participation',
    allowed: VIEWERS,
    request: async () => ({ method: 'GET', url: `/api/boards/${fx.boardA.id}/participation` }),
  },
  {
    name: 'set the participation target',
    route: 'PUT /api/boards/:boardId/participation-target',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: `/api/boards/${fx.boardA.id}/participation-target`,
      payload: { target: 20 },
    }),
  },
  {
    name: 'list the announcements',
    route: 'GET /api/boards/:boardId/announcements',
    allowed: VIEWERS,
    request: async () => {
      newAnnouncement();
      return { method: 'GET', url: announcementsUrl('?all=true') };
    },
    check: (role, body) => {
      // Only a lead's list holds every announcement; only a phone's says what it acknowledged.
      const list = JSON.parse(body) as { announcements: { acknowledged?: boolean }[] };
      expect(list.announcements.length).toBeGreaterThan(0);
      const own = list.announcements.every((a) => typeof a.acknowledged === 'boolean');
      expect(own).toBe(role === 'deviceA');
    },
  },
  {
    name: 'publish an announcement',
    route: 'POST /api/boards/:boardId/announcements',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: announcementsUrl(),
      payload: {
        kind: 'information',
        title: 'New waste bins',
        text: 'Sorted by colour.',
        photoId: null,
        goalId: null,
        requiresAck: false,
        pinnedDays: 3,
      },
    }),
  },
  {
    name: 'edit an announcement',
    route: 'PUT /api/boards/:boardId/announcements/:announcementId',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: announcementsUrl(`/${newAnnouncement().id}`),
      payload: {
        kind: 'routine',
        title: 'Close the freezer door, always',
        text: 'The sliding doors close by themselves.',
        photoId: null,
        goalId: null,
        requiresAck: true,
        pinnedDays: 7,
      },
    }),
  },
  {
    name: 'retire an announcement',
    route: 'POST /api/boards/:boardId/announcements/:announcementId/retire',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: announcementsUrl(`/${newAnnouncement().id}/retire`),
    }),
  },
  {
    name: 'acknowledge an announcement',
    route: 'POST /api/boards/:boardId/announcements/:announcementId/acknowledgement',
    allowed: ['deviceA'],
    request: async () => ({
      method: 'POST',
      url: announcementsUrl(`/${newAnnouncement().id}/acknowledgement`),
      payload: { version: 1 },
    }),
  },
  {
    name: 'record a board meeting for an announcement',
    route: 'POST /api/boards/:boardId/announcements/:announcementId/meetings',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: announcementsUrl(`/${newAnnouncement().id}/meetings`),
      payload: { present: 12 },
    }),
  },
  {
    name: 'read what changed since the last board meeting',
    route: 'GET /api/boards/:boardId/meeting',
    allowed: VIEWERS,
    request: async () => ({ method: 'GET', url: `/api/boards/${fx.boardA.id}/meeting` }),
    check: (_role, body) => {
      expect(JSON.parse(body)).toHaveProperty('waiting');
    },
  },
  {
    name: 'start a board meeting',
    route: 'POST /api/boards/:boardId/meetings',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'POST', url: `/api/boards/${fx.boardA.id}/meetings` }),
  },
  {
    name: 'end a board meeting',
    route: 'POST /api/boards/:boardId/meetings/:meetingId/end',
    allowed: ['leadA', 'admin'],
    request: async () => {
      const { review } = fx.app.services.meetings.start(fx.boardA, leadUser());
      return {
        method: 'POST',
        url: `/api/boards/${fx.boardA.id}/meetings/${review.meeting?.id ?? ''}/end`,
      };
    },
  },
  {
    name: 'set the weekly board meeting',
    route: 'PUT /api/boards/:boardId/meeting-slot',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: `/api/boards/${fx.boardA.id}/meeting-slot`,
      payload: { slot: { weekday: 3, time: '13:00', minutes: 20 } },
    }),
  },
  {
    name: 'upload a photo for the board',
    route: 'POST /api/boards/:boardId/photos',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: `/api/boards/${fx.boardA.id}/photos`,
      payload: jpeg,
      headers: { 'content-type': 'image/jpeg' },
    }),
  },
  {
    name: 'read the roadmap',
    route: 'GET /api/boards/:boardId/roadmap',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'GET', url: `/api/boards/${fx.boardA.id}/roadmap` }),
  },
  {
    name: 'read the roadmap report',
    route: 'GET /api/boards/:boardId/report',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'GET',
      url: `/api/boards/${fx.boardA.id}/report?from=2026-01-01&to=2026-06-30`,
    }),
  },
  {
    name: 'list workshop templates',
    route: 'GET /api/boards/:boardId/workshop/templates',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'GET', url: workshopUrl('/templates') }),
  },
  {
    name: 'copy a workshop template',
    route: 'POST /api/boards/:boardId/workshop/templates',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: workshopUrl('/templates'),
      payload: { fromTemplateId: BUILTIN_TEMPLATE_IDS.sv },
    }),
  },
  {
    name: 'edit a workshop template',
    route: 'PUT /api/boards/:boardId/workshop/templates/:templateId',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: workshopUrl(`/templates/${copiedTemplate()}`),
      payload: {
        name: 'Our workshop',
        minutes: 30,
        activities: [{ id: 'cloud', kind: 'wordcloud', title: 'Words', text: '' }],
      },
    }),
  },
  {
    name: 'delete a workshop template',
    route: 'DELETE /api/boards/:boardId/workshop/templates/:templateId',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'DELETE', url: workshopUrl(`/templates/${copiedTemplate()}`) }),
  },
  {
    name: 'start a workshop session',
    route: 'POST /api/boards/:boardId/workshop/sessions',
    allowed: ['leadA', 'admin'],
    request: async () => {
      const { workshops } = fx.app.services;
      const live = workshops.current(fx.boardA, { deviceId: null, lead: false }, () => 0).live;
      if (live) workshops.control(fx.boardA, leadUser(), 'end', live.index);
      return {
        method: 'POST',
        url: workshopUrl('/sessions'),
        payload: { templateId: BUILTIN_TEMPLATE_IDS.en },
      };
    },
  },
  {
    name: 'list workshop sessions',
    route: 'GET /api/boards/:boardId/workshop/sessions',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'GET', url: workshopUrl('/sessions') }),
  },
  {
    name: 'read a workshop session’s results',
    route: 'GET /api/boards/:boardId/workshop/sessions/:sessionId',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'GET', url: workshopUrl(`/sessions/${ideasSession()}`) }),
  },
  {
    name: 'list a workshop session’s ideas',
    route: 'GET /api/boards/:boardId/workshop/sessions/:sessionId/ideas',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'GET', url: workshopUrl(`/sessions/${ideasSession()}/ideas`) }),
  },
  {
    name: 'follow the live workshop',
    route: 'GET /api/boards/:boardId/workshop/current',
    allowed: VIEWERS,
    request: async () => {
      ideasSession();
      return { method: 'GET', url: workshopUrl('/current') };
    },
    // Only a lead gets the remote's part (results while hidden, the quiz's answer).
    check: (role, body) => expect('lead' in JSON.parse(body)).toBe(SIGNED_IN.includes(role)),
  },
  {
    name: 'work the workshop remote',
    route: 'POST /api/boards/:boardId/workshop/current/control',
    allowed: ['leadA', 'admin'],
    request: async () => {
      ideasSession();
      return {
        method: 'POST',
        url: workshopUrl('/current/control'),
        payload: { action: 'reveal', index: 0 },
      };
    },
  },
  {
    name: 'hide a workshop entry',
    route: 'POST /api/boards/:boardId/workshop/current/hide',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: workshopUrl('/current/hide'),
      payload: { activityId: 'ideas', entry: await postIdea() },
    }),
  },
  {
    name: 'answer the workshop',
    route: 'POST /api/boards/:boardId/workshop/answers',
    allowed: ['deviceA'],
    request: async () => {
      ideasSession();
      return {
        method: 'POST',
        url: workshopUrl('/answers'),
        payload: {
          clientId: testUuid(),
          activityId: 'ideas',
          answer: { kind: 'idea', text: 'Turn the lights off', dimension: 'ecological' },
        },
      };
    },
  },
  {
    name: 'list the current idea board',
    route: 'GET /api/boards/:boardId/workshop/current/ideas',
    allowed: VIEWERS,
    request: async () => {
      ideasSession();
      return { method: 'GET', url: workshopUrl('/current/ideas') };
    },
  },
  {
    name: 'make a suggestion of an idea',
    route: 'POST /api/boards/:boardId/workshop/ideas/:ideaId/suggestion',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: workshopUrl(`/ideas/${await postIdea()}/suggestion`),
    }),
  },
  {
    name: 'list the kept follow-ups',
    route: 'GET /api/boards/:boardId/follow-ups',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'GET', url: followUpsUrl() }),
  },
  {
    name: 'start a follow-up',
    route: 'POST /api/boards/:boardId/follow-ups',
    allowed: ['leadA', 'admin'],
    request: async () => {
      const { followUps } = fx.app.services;
      const live = followUps.current(fx.boardA, null).live;
      if (live) followUps.end(fx.boardA, live.id, '2027-01-15');
      return { method: 'POST', url: followUpsUrl(), payload: { kind: 'monthly' } };
    },
  },
  {
    name: 'follow the live follow-up',
    route: 'GET /api/boards/:boardId/follow-ups/current',
    allowed: VIEWERS,
    request: async () => {
      await authorNote();
      followUpAt('vote');
      return { method: 'GET', url: followUpsUrl('/current') };
    },
  },
  {
    name: 'read a follow-up',
    route: 'GET /api/boards/:boardId/follow-ups/:followUpId',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'GET', url: followUpsUrl(`/${followUpAt('actions')}`) }),
  },
  {
    name: 'move a follow-up to its next step',
    route: 'PUT /api/boards/:boardId/follow-ups/:followUpId/step',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: followUpsUrl(`/${followUpAt('actions')}/step`),
      payload: { step: 'goals', from: 'actions' },
    }),
  },
  {
    name: 'judge an action carried over',
    route: 'PUT /api/boards/:boardId/follow-ups/:followUpId/actions/:actionId',
    allowed: ['leadA', 'admin'],
    request: async () => {
      const { followUpId, actionId } = carriedAction();
      return {
        method: 'PUT',
        url: followUpsUrl(`/${followUpId}/actions/${actionId}`),
        payload: { outcome: 'ongoing' },
      };
    },
  },
  {
    name: 'say whether a goal was reached',
    route: 'PUT /api/boards/:boardId/follow-ups/:followUpId/goals/:goalId',
    allowed: ['leadA', 'admin'],
    request: async () => {
      const { followUpId, goalId } = goalOfFollowUp();
      return {
        method: 'PUT',
        url: followUpsUrl(`/${followUpId}/goals/${goalId}`),
        payload: { outcome: 'partly' },
      };
    },
  },
  {
    name: 'write a follow-up note',
    route: 'POST /api/boards/:boardId/follow-ups/:followUpId/notes',
    allowed: ['deviceA', 'leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: followUpsUrl(`/${followUpAt('write')}/notes`),
      payload: { id: testUuid(), kind: 'do_better', text: 'Shorter meetings' },
    }),
  },
  {
    name: 'hide a follow-up note',
    route: 'POST /api/boards/:boardId/follow-ups/:followUpId/notes/:noteId/hide',
    allowed: ['leadA', 'admin'],
    request: async () => {
      const { followUpId, noteId } = await authorNote();
      return { method: 'POST', url: followUpsUrl(`/${followUpId}/notes/${noteId}/hide`) };
    },
  },
  {
    name: 'vote for follow-up notes',
    route: 'PUT /api/boards/:boardId/follow-ups/:followUpId/votes',
    allowed: ['deviceA'],
    request: async () => {
      const { followUpId, noteId } = await authorNote();
      followUpAt('vote');
      return {
        method: 'PUT',
        url: followUpsUrl(`/${followUpId}/votes`),
        payload: { noteIds: [noteId] },
      };
    },
  },
  {
    name: 'answer the follow-up pulse',
    route: 'PUT /api/boards/:boardId/follow-ups/:followUpId/pulse',
    allowed: ['deviceA'],
    request: async () => ({
      method: 'PUT',
      url: followUpsUrl(`/${followUpAt('pulse')}/pulse`),
      payload: { involved: 4, contribute: 3 },
    }),
  },
  {
    name: 'decide a new action',
    route: 'POST /api/boards/:boardId/follow-ups/:followUpId/new-actions',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: followUpsUrl(`/${followUpWithRoom()}/new-actions`),
      payload: { text: 'Label the bins', owner: 'Ali', dueDate: '2026-12-10' },
    }),
  },
  {
    name: 'write what we learned',
    route: 'PUT /api/boards/:boardId/follow-ups/:followUpId/learning',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: followUpsUrl(`/${followUpAt('learning')}/learning`),
      payload: { learning: 'Small steps every week' },
    }),
  },
  {
    name: 'end a follow-up',
    route: 'POST /api/boards/:boardId/follow-ups/:followUpId/end',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: followUpsUrl(`/${followUpAt('learning')}/end`),
      payload: { nextDate: '2027-01-15' },
    }),
  },
  {
    name: 'list the open actions',
    route: 'GET /api/boards/:boardId/actions',
    allowed: VIEWERS,
    request: async () => {
      decidedAction();
      return { method: 'GET', url: `/api/boards/${fx.boardA.id}/actions` };
    },
    check: (_role, body) => {
      expect((JSON.parse(body) as { actions: unknown[] }).actions.length).toBeGreaterThan(0);
    },
  },
  {
    name: 'edit an action',
    route: 'PUT /api/boards/:boardId/actions/:actionId',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PUT',
      url: `/api/boards/${fx.boardA.id}/actions/${decidedAction().actionId}`,
      payload: {
        text: 'Fix the valve',
        owner: 'Maintenance',
        dueDate: '2026-12-03',
        state: 'done',
      },
    }),
  },
  {
    name: 'create a board',
    route: 'POST /api/admin/boards',
    allowed: ['admin'],
    request: async () => ({
      method: 'POST',
      url: '/api/admin/boards',
      payload: { name: 'New line', language: 'sv' },
    }),
  },
  {
    name: 'create a lead',
    route: 'POST /api/admin/users',
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
    route: 'POST /api/admin/admins',
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
    route: 'PUT /api/admin/users/:userId/password',
    allowed: ['admin'],
    request: async () => ({
      method: 'PUT',
      url: `/api/admin/users/${fx.leadUserId}/password`,
      payload: { password: 'lead password 456' },
    }),
  },
  {
    name: 'replace a board’s join token',
    route: 'POST /api/admin/boards/:boardId/join-token',
    allowed: ['admin'],
    request: async () => ({ method: 'POST', url: `/api/admin/boards/${fx.boardA.id}/join-token` }),
  },
  {
    // On board B, so that board A's wall-screen key stays valid for the rest of the table.
    name: 'replace a board’s wall-screen link',
    route: 'POST /api/admin/boards/:boardId/display-key',
    allowed: ['admin'],
    request: async () => ({ method: 'POST', url: `/api/admin/boards/${fx.boardB.id}/display-key` }),
  },
  {
    name: 'export the board as JSON',
    route: 'GET /api/boards/:boardId/export.json',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'GET', url: `/api/boards/${fx.boardA.id}/export.json` }),
    check(_role, body) {
      const document = JSON.parse(body) as { board: { id: string } };
      expect(document.board.id).toBe(fx.boardA.id);
      expect(body).not.toContain(fx.boardB.id);
    },
  },
  {
    name: 'export a table of the board as CSV',
    route: 'GET /api/boards/:boardId/export/:table.csv',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'GET',
      url: `/api/boards/${fx.boardA.id}/export/suggestions.csv`,
    }),
    check(_role, body) {
      expect(body.startsWith('\ufeffId;')).toBe(true);
    },
  },
  {
    name: 'sign a lead out everywhere',
    route: 'DELETE /api/admin/users/:userId/sessions',
    allowed: [],
    // Run separately below: it checks the sessions, which the fingerprint leaves out.
    request: async () => ({ method: 'DELETE', url: `/api/admin/users/${fx.leadUserId}/sessions` }),
  },
  {
    name: 'read the QR poster (the join URL)',
    route: 'GET /api/boards/:boardId/poster',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'GET', url: `/api/boards/${fx.boardA.id}/poster` }),
    check(_role, body) {
      const poster = JSON.parse(body) as { board: { id: string }; joinUrl: string };
      expect(poster.board.id).toBe(fx.boardA.id);
      expect(poster.joinUrl).toContain('/join/');
      expect(body).not.toContain(fx.boardB.join_token);
    },
  },
  {
    name: 'see every board at a glance (the site overview)',
    route: 'GET /api/admin/overview',
    allowed: ['admin'],
    request: async () => ({ method: 'GET', url: '/api/admin/overview' }),
  },
  {
    name: 'see the site wall’s settings and URL',
    route: 'GET /api/admin/site-wall',
    allowed: ['admin'],
    request: async () => ({ method: 'GET', url: '/api/admin/site-wall' }),
  },
  {
    name: 'choose the site wall’s boards',
    route: 'PUT /api/admin/site-wall',
    allowed: ['admin'],
    request: async () => ({
      method: 'PUT',
      url: '/api/admin/site-wall',
      payload: {
        name: 'Site',
        language: 'sv',
        layout: 'side_by_side',
        turnSeconds: 20,
        boardIds: [fx.boardA.id],
      },
    }),
  },
  {
    name: 'replace the site wall’s key',
    route: 'POST /api/admin/site-wall/key',
    allowed: ['admin'],
    request: async () => ({ method: 'POST', url: '/api/admin/site-wall/key' }),
  },
  {
    // Only the site wall's own key reads it (site.test.ts): no role here, and a board's
    // display key (displayA) is no site key.
    name: 'read the site wall’s summary',
    route: 'GET /api/site/summary',
    allowed: [],
    request: async () => ({ method: 'GET', url: '/api/site/summary' }),
  },
  {
    name: 'list suggestions for triage (filters, search, sort, paging)',
    route: 'GET /api/boards/:boardId/triage',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'GET',
      url: `/api/boards/${fx.boardA.id}/triage?status=new&q=suggestion&sort=votes`,
    }),
  },
  {
    name: 'move several suggestions to a status',
    route: 'POST /api/boards/:boardId/triage/status',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: `/api/boards/${fx.boardA.id}/triage/status`,
      payload: {
        ids: [(await postSuggestion(fx.authorA)).id, (await postSuggestion(fx.authorA)).id],
        status: 'planned',
      },
    }),
  },
  {
    name: 'hide several suggestions with one reason',
    route: 'POST /api/boards/:boardId/triage/hide',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'POST',
      url: `/api/boards/${fx.boardA.id}/triage/hide`,
      payload: {
        ids: [(await postSuggestion(fx.authorA)).id, (await postSuggestion(fx.authorA)).id],
        reason: 'Off topic',
      },
    }),
  },
  {
    name: 'show hidden suggestions again (undo a hide)',
    route: 'POST /api/boards/:boardId/triage/unhide',
    allowed: ['leadA', 'admin'],
    request: async () => {
      const suggestion = await postSuggestion(fx.authorA);
      fx.app.services.workflow.hide(fx.boardA, leadUser(), suggestion.id, 'Off topic');
      return {
        method: 'POST',
        url: `/api/boards/${fx.boardA.id}/triage/unhide`,
        payload: { ids: [suggestion.id] },
      };
    },
  },
  // Board settings and archiving (issue 14).
  {
    name: "read the board's settings",
    route: 'GET /api/boards/:boardId/settings',
    allowed: ['leadA', 'admin'],
    request: async () => ({ method: 'GET', url: `/api/boards/${fx.boardA.id}/settings` }),
    check: (_role, body) => expect(JSON.parse(body)).toMatchObject({ board: { id: fx.boardA.id } }),
  },
  {
    name: "change the board's settings (who is named, Done days, language)",
    route: 'PATCH /api/boards/:boardId/settings',
    allowed: ['leadA', 'admin'],
    request: async () => ({
      method: 'PATCH',
      url: `/api/boards/${fx.boardA.id}/settings`,
      payload: { naming: 'optional', doneDays: 30, language: 'sv' },
    }),
  },
  {
    // The same name it has: allowed callers change nothing, the table above keeps its names.
    name: 'rename the board',
    route: 'PATCH /api/boards/:boardId/settings',
    allowed: ['admin'],
    request: async () => ({
      method: 'PATCH',
      url: `/api/boards/${fx.boardA.id}/settings`,
      payload: { name: fx.boardA.name },
    }),
  },
  {
    // Board B, restored by the next row: board A stays writable for the socket rows below.
    name: 'archive a board',
    route: 'POST /api/admin/boards/:boardId/archive',
    allowed: ['admin'],
    request: async () => ({ method: 'POST', url: `/api/admin/boards/${fx.boardB.id}/archive` }),
  },
  {
    name: 'restore an archived board',
    route: 'POST /api/admin/boards/:boardId/restore',
    allowed: ['admin'],
    request: async () => ({ method: 'POST', url: `/api/admin/boards/${fx.boardB.id}/restore` }),
  },
  {
    name: 'make a lead a lead of one more board',
    route: 'PUT /api/admin/users/:userId/boards/:boardId',
    allowed: ['admin'],
    request: async () => ({
      method: 'PUT',
      url: `/api/admin/users/${fx.leadUserId}/boards/${fx.boardB.id}`,
    }),
  },
  {
    name: 'take a board from a lead',
    route: 'DELETE /api/admin/users/:userId/boards/:boardId',
    allowed: ['admin'],
    request: async () => {
      fx.app.services.people.addBoard(fx.leadUserId, fx.boardB.id);
      return { method: 'DELETE', url: `/api/admin/users/${fx.leadUserId}/boards/${fx.boardB.id}` };
    },
  },
  {
    name: 'disable an account',
    route: 'POST /api/admin/users/:userId/disable',
    allowed: ['admin'],
    request: async () => {
      fx.app.services.people.enable(fx.leadUserId);
      return { method: 'POST', url: `/api/admin/users/${fx.leadUserId}/disable` };
    },
  },
  {
    name: 'enable an account',
    route: 'POST /api/admin/users/:userId/enable',
    allowed: ['admin'],
    request: async () => ({ method: 'POST', url: `/api/admin/users/${fx.leadUserId}/enable` }),
  },
  {
    name: 'read the audit log',
    route: 'GET /api/admin/audit',
    allowed: ['admin'],
    request: async () => ({ method: 'GET', url: `/api/admin/audit?boardId=${fx.boardA.id}` }),
    check(_role, body) {
      const { entries } = JSON.parse(body) as { entries: { board: { id: string } | null }[] };
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.every((entry) => entry.board?.id === fx.boardA.id)).toBe(true);
    },
  },
  // An employee's own suggestions: only the phone that posted one edits or withdraws it. Phone A
  // acts on its own suggestion; everyone else tries it on board A's author's.
  {
    name: 'edit one’s own New suggestion',
    route: 'PUT /api/boards/:boardId/suggestions/:suggestionId',
    allowed: ['deviceA'],
    request: async (role) => ({
      method: 'PUT',
      url: `${s()}/${(await postSuggestion(role === 'deviceA' ? (fx.headers.deviceA.cookie ?? '') : fx.authorA)).id}`,
      payload: { text: 'Edited by its author', dimension: 'economic', authorName: 'Ali' },
    }),
  },
  {
    name: 'edit another phone’s New suggestion',
    route: 'PUT /api/boards/:boardId/suggestions/:suggestionId',
    allowed: [],
    request: async () => ({
      method: 'PUT',
      url: `${s()}/${(await postSuggestion(fx.authorA)).id}`,
      payload: { text: 'Edited by someone else', dimension: 'economic' },
    }),
  },
  {
    name: 'withdraw one’s own New suggestion',
    route: 'DELETE /api/boards/:boardId/suggestions/:suggestionId',
    allowed: ['deviceA'],
    request: async (role) => ({
      method: 'DELETE',
      url: `${s()}/${(await postSuggestion(role === 'deviceA' ? (fx.headers.deviceA.cookie ?? '') : fx.authorA)).id}`,
    }),
  },
  {
    name: 'withdraw another phone’s New suggestion',
    route: 'DELETE /api/boards/:boardId/suggestions/:suggestionId',
    allowed: [],
    request: async () => ({
      method: 'DELETE',
      url: `${s()}/${(await postSuggestion(fx.authorA)).id}`,
    }),
  },
  {
    name: 'list one’s own suggestions a lead hid',
    route: 'GET /api/boards/:boardId/suggestions/mine/hidden',
    allowed: ['deviceA'],
    request: async () => {
      const hidden = await postSuggestion(fx.authorA);
      fx.app.services.workflow.hide(fx.boardA, leadUser(), hidden.id, 'Off topic');
      return { method: 'GET', url: `${s()}/mine/hidden` };
    },
    // Phone A is told about its own only: board A's author's hidden one is not in its list.
    check: (_role, body) => expect(body).not.toContain('A suggestion to act on'),
  },
];

/** The operationId of a route ("PUT /api/boards/:boardId/goals/:goalId"), from the API document. */
function operationIdOf(route: string): string | undefined {
  const [method = '', path = ''] = route.split(' ');
  const document = fx.app.swagger() as {
    paths: Record<string, Record<string, { operationId?: string }>>;
  };
  return document.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()]?.operationId;
}

const lastAudit = () =>
  fx.db.prepare('SELECT COUNT(*) AS n, MAX(id) AS id FROM audit_log').get() as {
    n: number;
    id: number | null;
  };

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
        fx.app.services.workshopTallies.flush();
        fx.app.services.followUpTallies.flush();
        const before = fingerprint(fx.db);
        const audited = lastAudit();
        const response = await fx.app.inject({
          method: spec.method,
          url: spec.url,
          headers: { ...fx.headers[role], ...spec.headers },
          ...(spec.payload === undefined
            ? {}
            : { payload: spec.payload as Record<string, unknown> }),
        });
        if (allowed) {
          if (action.okStatus === undefined) {
            expect(response.statusCode, response.body).toBeLessThan(300);
          } else {
            expect(response.statusCode, response.body).toBe(action.okStatus);
          }
          action.check?.(role, response.body);
          // Every write a lead or admin makes is in the audit log, by the route's operationId
          // (modules/audit/audit-hook.ts, one hook for all routes).
          if (SIGNED_IN.includes(role) && spec.method !== 'GET') {
            const now = lastAudit();
            expect(now.n, `${action.route} by ${role} is not in the audit log`).toBe(audited.n + 1);
            const entry = fx.db
              .prepare('SELECT operation FROM audit_log WHERE id = ?')
              .get(now.id) as { operation: string };
            expect(entry.operation).toBe(operationIdOf(action.route));
          }
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

  it('has a row for every route the app has, and every row names one of them', () => {
    const registered = routesOf(fx.app.printRoutes({ commonPrefix: false }));
    expect(registered.length).toBeGreaterThan(30);
    const rows = new Set([...ACTIONS.map((a) => a.route), ...Object.keys(PUBLIC_ELSEWHERE)]);
    expect(registered.filter((route) => !rows.has(route))).toEqual([]);
    expect([...rows].filter((route) => !registered.includes(route))).toEqual([]);
  });
});

/**
 * "METHOD /path" of every route in Fastify's route tree (`printRoutes`), HEAD left out (Fastify
 * adds it to every GET). A line is "│   ├── /segment (GET, POST)": four characters a level.
 */
function routesOf(tree: string): string[] {
  const paths: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const at = line.indexOf('── ');
    if (at < 0) continue;
    const depth = (at - 1) / 4;
    const match = /^(\S+)(?: \(([^)]*)\))?$/.exec(line.slice(at + 3).trim());
    if (!match?.[1]) throw new Error(`unexpected route line: ${line}`);
    paths[depth] = `${depth > 0 ? (paths[depth - 1] ?? '') : ''}${match[1]}`;
    for (const method of (match[2] ?? '').split(', ').filter(Boolean)) {
      if (method !== 'HEAD') routes.push(`${method} ${paths[depth] ?? ''}`);
    }
  }
  return routes.sort();
}

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
    it(`${role} ${allowed.includes(role) ? 'may' : 'may not'} follow board A live, sync and catch up`, async () => {
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
      // Only a wall screen says it is alive (leads see the list of screens).
      const heartbeat = await socket.emitWithAck('display:heartbeat', {
        displayId: `screen-${role}`,
        build: 'test',
        heapBytes: null,
        userAgent: 'authorization test',
      });
      // Last: a catch-up from 0 replays every change the table above made, which spends the
      // socket's request tokens (socket-limits.ts) for whatever would come after it.
      const catchUp = await socket.emitWithAck('board:catch-up', { since: 0 });
      socket.close();
      expect(result.ok && result.data.board.id).toBe(fx.boardA.id);
      expect(catchUp.ok).toBe(true);
      expect(heartbeat.ok ? 'ok' : heartbeat.error.code).toBe(
        role === 'displayA' ? 'ok' : 'forbidden',
      );
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

  // The site wall's namespace lets in its key only: no cookie, session or board key counts.
  for (const role of ROLES) {
    it(`${role} may not follow the site wall live`, async () => {
      const socket = connect(`${baseUrl}${SITE_NAMESPACE}`, {
        path: SOCKET_PATH,
        auth: role === 'displayA' ? { siteKey: fx.boardA.display_key } : {},
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        extraHeaders: fx.headers[role].cookie ? { cookie: fx.headers[role].cookie } : {},
      });
      const refused = await new Promise<boolean>((resolve) => {
        socket.once('connect', () => resolve(false));
        socket.once('connect_error', () => resolve(true));
      });
      socket.close();
      expect(refused).toBe(true);
    });
  }
});
