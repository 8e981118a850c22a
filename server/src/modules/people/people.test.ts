/**
 * People (issue 14): a lead's boards, disabling and enabling accounts, and the audit log.
 * Sockets are real socket.io-client sockets on a loopback server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage, User } from '@tavla/shared';
import type { App } from '../../app.js';
import type { Db } from '../../db/open-database.js';
import type { BoardRow } from '../boards/board-repository.js';
import { openSocket, nextEvent, type ClientSocket } from '../../test-support/sockets.js';
import {
  ADMIN_PASSWORD,
  LEAD_PASSWORD,
  createBoard,
  createLead,
  joinPhone,
  setupAdmin,
  testApp,
  testUuid,
} from '../../test-support/test-app.js';
import { earlyPolicyOf } from '../../http/early-access.js';
import { isAuditedRoute, targetOf } from '../audit/audit-hook.js';
import { auditSentenceKey } from '@tavla/shared/i18n-people';

// Each account costs a scrypt hash (128 MiB, about a second): the tests share one server.
const SLOW = 240_000;

let app: App;
let db: Db;
let baseUrl = '';
let boardA: BoardRow;
let boardB: BoardRow;
let admin = '';
let lead: { cookie: string; userId: string };
const sockets: ClientSocket[] = [];

beforeAll(async () => {
  ({ app, db } = await testApp({ rateLimits: 'off' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  baseUrl = `http://127.0.0.1:${address.port}`;
  boardA = createBoard(app, 'Line A');
  boardB = createBoard(app, 'Line B');
  admin = await setupAdmin(app);
  lead = await createLead(app, admin, [boardA.id], 'lead-people');
}, SLOW);

afterAll(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await app.close();
});

async function open(boardId: string, cookie: string): Promise<ClientSocket> {
  const socket = await openSocket(baseUrl, { boardId }, cookie);
  sockets.push(socket);
  return socket;
}

const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie = admin) =>
  app.inject({ method, url, headers: { cookie } });

const leadBoards = () =>
  db
    .prepare('SELECT board_id FROM lead_boards WHERE user_id = ? ORDER BY board_id')
    .all(lead.userId)
    .map((row) => (row as { board_id: string }).board_id);

const signIn = (username: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

const errorCode = (response: { json: () => unknown }) =>
  (response.json() as { error: { code: string } }).error.code;

/** Resolves when the socket is closed by the server, or rejects when it is not within 20 s. */
function closed(socket: ClientSocket): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socket still connected')), 20_000);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}

describe('a lead’s boards', () => {
  it(
    'adds a board and takes it away; the lead loses it at once, sockets included',
    async () => {
      const added = await call('PUT', `/api/admin/users/${lead.userId}/boards/${boardB.id}`);
      expect(added.statusCode, added.body).toBe(200);
      expect(added.json<User>().boardIds.sort()).toEqual([boardA.id, boardB.id].sort());
      // Adding it again changes nothing.
      expect(
        (await call('PUT', `/api/admin/users/${lead.userId}/boards/${boardB.id}`)).statusCode,
      ).toBe(200);
      expect(leadBoards()).toEqual([boardA.id, boardB.id].sort());
      expect((await call('GET', `/api/boards/${boardB.id}/goals`, lead.cookie)).statusCode).toBe(
        200,
      );

      const onA = await open(boardA.id, lead.cookie);
      const onB = await open(boardB.id, lead.cookie);
      const bClosed = closed(onB);
      const removed = await call('DELETE', `/api/admin/users/${lead.userId}/boards/${boardB.id}`);
      expect(removed.statusCode, removed.body).toBe(200);
      expect(removed.json<User>().boardIds).toEqual([boardA.id]);
      await bClosed;
      // Board A's socket stays and still answers.
      expect(onA.connected).toBe(true);
      const sync = await onA.emitWithAck('board:sync', {});
      expect(sync.ok).toBe(true);
      expect((await call('GET', `/api/boards/${boardB.id}/goals`, lead.cookie)).statusCode).toBe(
        403,
      );
      // A new socket of board B is refused.
      await expect(open(boardB.id, lead.cookie)).rejects.toThrow();
      onA.close();
    },
    SLOW,
  );

  it(
    'refuses bad input with a clear code and changes nothing',
    async () => {
      const before = leadBoards();
      const unknownUser = await call('PUT', `/api/admin/users/nobody-here/boards/${boardB.id}`);
      expect(unknownUser.statusCode).toBe(404);
      const unknownBoard = await call(
        'PUT',
        `/api/admin/users/${lead.userId}/boards/no-such-board`,
      );
      expect(unknownBoard.statusCode).toBe(404);
      const malformed = await call('PUT', `/api/admin/users/${lead.userId}/boards/bad%20id!`);
      expect(malformed.statusCode).toBe(400);
      const me = await call('GET', '/api/auth/me');
      const adminId = me.json<{ user: User }>().user.id;
      const toAdmin = await call('PUT', `/api/admin/users/${adminId}/boards/${boardB.id}`);
      expect(toAdmin.statusCode).toBe(409);
      expect(errorCode(toAdmin)).toBe('not_a_lead');
      expect(leadBoards()).toEqual(before);
    },
    SLOW,
  );
});

describe('disabling and enabling an account', () => {
  it(
    'ends every session and socket at once, refuses sign-in, and lets the person back in once enabled',
    async () => {
      const second = await signIn('lead-people', LEAD_PASSWORD);
      expect(second.statusCode).toBe(200);
      const phone = await joinPhone(app, boardA);
      const socket = await open(boardA.id, lead.cookie);
      const phoneSocket = await open(boardA.id, phone);
      const told = nextEvent(socket, 'session:ended');
      const gone = closed(socket);

      const disabled = await call('POST', `/api/admin/users/${lead.userId}/disable`);
      expect(disabled.statusCode, disabled.body).toBe(200);
      expect(disabled.json<User>().disabled).toBe(true);
      expect(await told).toEqual({ reason: 'disabled' });
      await gone;
      // A phone of the board is not touched.
      expect(phoneSocket.connected).toBe(true);
      const sessions = db
        .prepare('SELECT COUNT(*) AS n FROM sessions WHERE user_id = ?')
        .get(lead.userId) as { n: number };
      expect(sessions.n).toBe(0);
      expect((await call('GET', '/api/auth/me', lead.cookie)).statusCode).toBe(401);

      // The right password is told the account is disabled; a wrong one learns nothing.
      const refused = await signIn('lead-people', LEAD_PASSWORD);
      expect(refused.statusCode).toBe(403);
      expect(errorCode(refused)).toBe('account_disabled');
      expect(refused.cookies).toEqual([]);
      const wrong = await signIn('lead-people', 'not the password at all');
      expect(wrong.statusCode).toBe(401);
      expect(errorCode(wrong)).toBe('wrong_credentials');
      const listed = (await call('GET', '/api/admin/users')).json<{ users: User[] }>().users;
      expect(listed.find((u) => u.id === lead.userId)?.disabled).toBe(true);

      const enabled = await call('POST', `/api/admin/users/${lead.userId}/enable`);
      expect(enabled.statusCode, enabled.body).toBe(200);
      expect(enabled.json<User>().disabled).toBe(false);
      // The old session stays ended; a new sign-in works.
      expect((await call('GET', '/api/auth/me', lead.cookie)).statusCode).toBe(401);
      const back = await signIn('lead-people', LEAD_PASSWORD);
      expect(back.statusCode, back.body).toBe(200);
      const cookie = back.cookies.find((c) => c.name === 'tavla_session');
      lead = { ...lead, cookie: `tavla_session=${cookie?.value ?? ''}` };
      expect((await call('GET', '/api/auth/me', lead.cookie)).statusCode).toBe(200);
      phoneSocket.close();
    },
    SLOW,
  );

  it(
    'never disables one’s own account or the last admin, and refuses unknown users',
    async () => {
      const me = (await call('GET', '/api/auth/me')).json<{ user: User }>().user;
      const self = await call('POST', `/api/admin/users/${me.id}/disable`);
      expect(self.statusCode).toBe(409);
      expect(errorCode(self)).toBe('disable_self');
      expect((await call('POST', '/api/admin/users/nobody-here/disable')).statusCode).toBe(404);
      expect((await call('POST', '/api/admin/users/nobody-here/enable')).statusCode).toBe(404);
      expect((await call('POST', '/api/admin/users/bad%20id!/disable')).statusCode).toBe(400);

      // An admin disabled meanwhile (a stale actor) cannot take the last admin with them.
      const created = await app.inject({
        method: 'POST',
        url: '/api/admin/admins',
        headers: { cookie: admin },
        payload: { username: 'second-admin', displayName: 'Second', password: ADMIN_PASSWORD },
      });
      const secondId = created.json<User>().id;
      const secondRow = db.prepare('SELECT * FROM users WHERE id = ?').get(secondId) as Parameters<
        typeof app.services.people.disable
      >[0];
      expect((await call('POST', `/api/admin/users/${secondId}/disable`)).statusCode).toBe(200);
      expect(() => app.services.people.disable(secondRow, me.id)).toThrow(
        expect.objectContaining({ code: 'last_admin' }),
      );
      const enabledAdmins = db
        .prepare("SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL")
        .get() as { n: number };
      expect(enabledAdmins.n).toBe(1);
    },
    SLOW,
  );
});

describe('the audit log', () => {
  it(
    'records what leads and admins did, newest first, by board, paged, without secrets',
    async () => {
      // A lead's write on board A, an admin's on board B and one on no board.
      const goal = await app.inject({
        method: 'POST',
        url: `/api/boards/${boardA.id}/goals`,
        headers: { cookie: lead.cookie },
        payload: {
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
        },
      });
      expect(goal.statusCode, goal.body).toBeLessThan(300);
      await call('POST', `/api/admin/boards/${boardB.id}/join-token`);
      await app.inject({
        method: 'PUT',
        url: `/api/admin/users/${lead.userId}/password`,
        headers: { cookie: admin },
        payload: { password: 'a brand new secret pw' },
      });
      // A phone's post is an employee's, never in the log; a refused call neither.
      const phone = await joinPhone(app, boardA);
      await app.inject({
        method: 'POST',
        url: `/api/boards/${boardA.id}/suggestions`,
        headers: { cookie: phone },
        payload: { id: testUuid(), text: 'A phone suggestion', dimension: 'social' },
      });
      await call('POST', `/api/admin/users/nobody-here/disable`);

      const all = (await call('GET', '/api/admin/audit')).json<AuditPage>();
      const ids = all.entries.map((e) => e.id);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      const ops = all.entries.map((e) => e.operationId);
      expect(ops.slice(0, 3)).toEqual(['resetPassword', 'replaceJoinToken', 'createGoal']);
      expect(ops).not.toContain('postSuggestion');
      expect(ops).toContain('disableUser');
      expect(ops).toContain('removeLeadFromBoard');
      expect(ops).toContain('addLeadToBoard');
      const reset = all.entries[0];
      expect(reset?.target).toEqual({ kind: 'user', id: lead.userId, name: 'Lead lead-people' });
      expect(reset?.actor.displayName).toBe('Admin');
      expect(all.entries[2]?.board).toEqual({ id: boardA.id, name: 'Line A' });
      expect(all.entries[2]?.actor.id).toBe(lead.userId);

      const onA = (await call('GET', `/api/admin/audit?boardId=${boardA.id}`)).json<AuditPage>();
      expect(onA.entries.length).toBeGreaterThan(0);
      expect(onA.entries.every((e) => e.board?.id === boardA.id)).toBe(true);

      const first = (await call('GET', '/api/admin/audit?limit=2')).json<AuditPage>();
      expect(first.entries.map((e) => e.id)).toEqual(ids.slice(0, 2));
      const second = (
        await call('GET', `/api/admin/audit?limit=2&before=${String(first.next)}`)
      ).json<AuditPage>();
      expect(second.entries.map((e) => e.id)).toEqual(ids.slice(2, 4));

      // Only names and ids: no password, join token or display key anywhere in the table.
      const dump = JSON.stringify(db.prepare('SELECT * FROM audit_log').all());
      const board = app.services.boardRepository.findById(boardB.id);
      for (const secret of [
        'a brand new secret pw',
        LEAD_PASSWORD,
        board?.join_token ?? '?',
        board?.display_key ?? '?',
        boardA.join_token,
        boardA.display_key,
      ]) {
        expect(dump).not.toContain(secret);
      }
    },
    SLOW,
  );

  it(
    'refuses bad queries and other callers',
    async () => {
      expect((await call('GET', '/api/admin/audit?limit=0')).statusCode).toBe(400);
      expect((await call('GET', '/api/admin/audit?limit=1000')).statusCode).toBe(400);
      expect((await call('GET', '/api/admin/audit?before=x')).statusCode).toBe(400);
      expect((await call('GET', '/api/admin/audit?boardId=no-such-board')).statusCode).toBe(404);
      // The lead's password was reset above: a fresh sign-in.
      const signedIn = await signIn('lead-people', 'a brand new secret pw');
      const cookie = signedIn.cookies.find((c) => c.name === 'tavla_session')?.value ?? '';
      expect((await call('GET', '/api/admin/audit', `tavla_session=${cookie}`)).statusCode).toBe(
        403,
      );
      expect((await app.inject({ method: 'GET', url: '/api/admin/audit' })).statusCode).toBe(401);
    },
    SLOW,
  );

  it('covers every write route a lead or admin can make, also routes added later', () => {
    const document = app.swagger() as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const writes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .map((method) => method.toUpperCase())
        .filter((method) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method))
        .map((method) => ({ method, url: path.replace(/\{(\w+)\}/g, ':$1') })),
    );
    expect(writes.length).toBeGreaterThan(50);
    // Every write is audited unless a signed-in lead or admin cannot make it as themselves: a
    // phone's write (refused to a session without the board's device cookie) or a public
    // account route (signing in and out, the first admin).
    const unaudited = writes.filter(({ method, url }) => !isAuditedRoute(method, url));
    for (const { method, url } of unaudited) {
      expect(['device', 'public'], `${method} ${url}`).toContain(earlyPolicyOf(method, url));
    }
    expect(unaudited.filter(({ url }) => url.startsWith('/api/admin/'))).toEqual([]);
    // A route someone adds tomorrow is covered by what it is, with no edit here or in the hook.
    expect(isAuditedRoute('POST', '/api/boards/:boardId/something-new')).toBe(true);
    expect(isAuditedRoute('DELETE', '/api/admin/things/:thingId')).toBe(true);
    expect(isAuditedRoute('PATCH', '/api/anything')).toBe(true);
    expect(isAuditedRoute('GET', '/api/admin/users')).toBe(false);
  });

  it('has a sentence in both languages for every action it logs', () => {
    const document = app.swagger() as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const audited = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) =>
          isAuditedRoute(method.toUpperCase(), path.replace(/\{(\w+)\}/g, ':$1')),
        )
        .map(([, operation]) => operation.operationId ?? ''),
    );
    expect(audited.length).toBeGreaterThan(50);
    // Without one the audit log reads "Maria did “archive board”", in English on a Swedish phone.
    expect(audited.filter((operationId) => auditSentenceKey(operationId) === null)).toEqual([]);
  });

  it('names the target by the last id parameter and never a secret-looking one', () => {
    expect(
      targetOf('/api/boards/:boardId/suggestions/:suggestionId/comments/:commentId/hide', {
        boardId: 'b1',
        suggestionId: 's1',
        commentId: 'c1',
      }),
    ).toEqual({ kind: 'comment', id: 'c1' });
    expect(targetOf('/api/boards/:boardId/goals', { boardId: 'b1' })).toBeNull();
    expect(targetOf('/api/things/:token', { token: 'secret' })).toBeNull();
    expect(targetOf('/api/things/:thingId/:displayKey', { thingId: 't', displayKey: 'k' })).toEqual(
      { kind: 'thing', id: 't' },
    );
  });
});
