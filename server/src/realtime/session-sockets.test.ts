/**
 * Issue 10, point 7: a signed-in user's sockets do not outlive the session they were opened
 * with. Real socket.io-client sockets on a loopback server.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SuggestionCreatedEvent } from '@tavla/shared';
import type { App } from '../app.js';
import type { Db } from '../db/open-database.js';
import { resetPasswordOffline } from '../modules/accounts/password-reset.js';
import type { BoardRow } from '../modules/boards/board-repository.js';
import { nextEvent, openSocket, type ClientSocket } from '../test-support/sockets.js';
import {
  LEAD_PASSWORD,
  TEST_PEPPER,
  cookieFrom,
  createBoard,
  createLead,
  joinPhone,
  setupAdmin,
  testApp,
  testUuid,
} from '../test-support/test-app.js';

const TIMEOUT = { timeout: 120_000 };
let app: App | undefined;
const sockets: ClientSocket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await app?.close();
  app = undefined;
});

interface Fixture {
  app: App;
  db: Db;
  board: BoardRow;
  admin: string;
  lead: { cookie: string; userId: string };
  phone: string;
  open(cookie: string): Promise<ClientSocket>;
  post(text: string): Promise<unknown>;
}

async function start(sessionRecheckMs?: number): Promise<Fixture> {
  const built = await testApp(sessionRecheckMs === undefined ? {} : { sessionRecheckMs });
  app = built.app;
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const board = createBoard(app, 'A');
  const admin = await setupAdmin(app);
  const lead = await createLead(app, admin, [board.id]);
  const phone = await joinPhone(app, board);
  return {
    app,
    db: built.db,
    board,
    admin,
    lead,
    phone,
    async open(cookie) {
      const socket = await openSocket(baseUrl, { boardId: board.id }, cookie);
      sockets.push(socket);
      return socket;
    },
    post: (text) =>
      built.app.inject({
        method: 'POST',
        url: `/api/boards/${board.id}/suggestions`,
        headers: { cookie: phone },
        payload: { id: testUuid(), text, dimension: 'social' },
      }),
  };
}

/** The reason the server gave for closing the socket; fails if it stays open for `withinMs`. */
function serverDisconnect(socket: ClientSocket, withinMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`socket still connected after ${withinMs} ms`)),
      withinMs,
    );
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}

/** Everything a socket receives from now on. */
function received(socket: ClientSocket): SuggestionCreatedEvent[] {
  const events: SuggestionCreatedEvent[] = [];
  socket.on('suggestion:created', (event) => events.push(event));
  return events;
}

/**
 * After the session ended, a post reaches a phone that is still connected but not the ended
 * socket.
 */
async function expectNothingMore(fx: Fixture, ended: SuggestionCreatedEvent[]): Promise<void> {
  const phone = await fx.open(fx.phone);
  const arrived = nextEvent(phone, 'suggestion:created');
  await fx.post('After the session ended');
  expect((await arrived).suggestion.text).toBe('After the session ended');
  expect(ended).toEqual([]);
}

// The default re-check runs every 10 s: "at once" below means well before it.
const AT_ONCE_MS = 3000;

describe('sockets end with their session', () => {
  it('disconnects the sockets of a session at logout, and only those', TIMEOUT, async () => {
    const fx = await start();
    const leadSocket = await fx.open(fx.lead.cookie);
    const adminSocket = await fx.open(fx.admin);
    const leadEvents = received(leadSocket);
    const closed = serverDisconnect(leadSocket, AT_ONCE_MS);
    const out = await fx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: fx.lead.cookie },
    });
    expect(out.statusCode).toBe(204);
    expect(await closed).toBe('io server disconnect');
    await expectNothingMore(fx, leadEvents);
    expect(adminSocket.connected).toBe(true);
  });

  it(
    'disconnects every socket of a user on a password reset and on sign-out everywhere',
    TIMEOUT,
    async () => {
      const fx = await start();
      const first = await fx.open(fx.lead.cookie);
      const second = await fx.open(fx.lead.cookie);
      const events = [...received(first), ...received(second)];
      const closed = Promise.all([first, second].map((s) => serverDisconnect(s, AT_ONCE_MS)));
      const reset = await fx.app.inject({
        method: 'PUT',
        url: `/api/admin/users/${fx.lead.userId}/password`,
        headers: { cookie: fx.admin },
        payload: { password: 'a brand new password' },
      });
      expect(reset.statusCode).toBe(204);
      expect(await closed).toEqual(['io server disconnect', 'io server disconnect']);
      await expectNothingMore(fx, events);

      const login = await fx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'lead', password: 'a brand new password' },
      });
      const again = await fx.open(cookieFrom(login, 'tavla_session'));
      const closedAgain = serverDisconnect(again, AT_ONCE_MS);
      const revoke = await fx.app.inject({
        method: 'DELETE',
        url: `/api/admin/users/${fx.lead.userId}/sessions`,
        headers: { cookie: fx.admin },
      });
      expect(revoke.statusCode).toBe(204);
      expect(await closedAgain).toBe('io server disconnect');
    },
  );

  it('notices a session ended by another process (npm run reset-password)', TIMEOUT, async () => {
    const fx = await start(200);
    const leadSocket = await fx.open(fx.lead.cookie);
    const events = received(leadSocket);
    const closed = serverDisconnect(leadSocket, AT_ONCE_MS);
    // What the CLI does, on the same database file but with nothing of this server's.
    await resetPasswordOffline({ db: fx.db, pepper: TEST_PEPPER }, 'lead');
    expect(await closed).toBe('io server disconnect');
    await expectNothingMore(fx, events);
    // The old password is gone too.
    const old = await fx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'lead', password: LEAD_PASSWORD },
    });
    expect(old.statusCode).toBe(401);
  });
});
