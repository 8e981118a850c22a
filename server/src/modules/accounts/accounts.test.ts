import { describe, expect, it } from 'vitest';
import type { AdminBoard, ApiErrorBody, ErrorCode, SessionUser } from '@tavla/shared';
import { errorMessage } from '@tavla/shared/i18n';
import {
  ADMIN_PASSWORD,
  LEAD_PASSWORD,
  cookieFrom,
  count,
  createBoard,
  createLead,
  manualClock,
  setupAdmin,
  testApp,
  testDb,
} from '../../test-support/test-app.js';
import { THROTTLE_POLICY } from './login-throttle.js';

const login = (
  app: Awaited<ReturnType<typeof testApp>>['app'],
  username: string,
  password: string,
) => app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('first-start setup', () => {
  it('hashes the setup code and passwords at OWASP’s cost unless a test asks for less', async () => {
    // What main.ts builds: no passwordCost, so SCRYPT_PARAMS (N=2^17, r=8, p=1).
    const { app, db } = await testApp({ passwordCost: undefined });
    await app.services.setupCodes.rotate();
    const stored = (key: string) =>
      (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string }).value;
    expect(stored('setup_code_hash')).toMatch(/^scrypt\$131072\$8\$1\$/);
    const admin = await setupAdmin(app);
    expect(admin).toContain('tavla_session=');
    const hashes = db.prepare('SELECT password_hash FROM users').all() as {
      password_hash: string;
    }[];
    expect(hashes.map((row) => row.password_hash.split('$').slice(0, 4).join('$'))).toEqual([
      'scrypt$131072$8$1',
    ]);
    await app.close();
  });

  it('creates the admin with the setup code, once', async () => {
    const { app, db } = await testApp();
    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({
      needed: false,
    });
    const code = await app.services.setupCodes.rotate();
    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({
      needed: true,
    });

    const body = { code, username: 'maria', displayName: 'Maria', password: ADMIN_PASSWORD };
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { ...body, code: 'AAAA-BBBB-CCCC-DDDD' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json<ApiErrorBody>().error.code).toBe('setup_code_wrong');
    const short = await app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { ...body, password: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(count(db, 'users')).toBe(0);

    const done = await app.inject({ method: 'POST', url: '/api/setup', payload: body });
    expect(done.statusCode).toBe(201);
    expect(done.json<SessionUser>().user).toMatchObject({ username: 'maria', role: 'admin' });
    const cookie = done.cookies.find((c) => c.name === 'tavla_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({
      needed: false,
    });

    const again = await app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { ...body, username: 'other' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<ApiErrorBody>().error.code).toBe('setup_done');
    expect(count(db, 'users')).toBe(1);
  });

  it('names the username field in Swedish when it breaks its pattern, never the server’s text', async () => {
    const { app } = await testApp();
    const code = await app.services.setupCodes.rotate();
    const response = await app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { code, username: 'maria lind', displayName: 'Maria', password: ADMIN_PASSWORD },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json<ApiErrorBody>();
    expect(error).toMatchObject({ code: 'validation_failed', field: 'username' });
    // What a Swedish phone shows for this answer.
    const shown = errorMessage('sv', error);
    expect(shown).toMatch(/^Kontrollera fältet ”Användarnamn”: det ska ha 2–40 tecken/);
    expect(shown).not.toContain(error.message);
    expect(shown).not.toMatch(/username|pattern|body/);
  });
});

describe('sign-in and sessions', () => {
  it('signs in, knows who you are, and signs out', async () => {
    const { app, db } = await testApp();
    await setupAdmin(app, 'maria');
    const wrong = await login(app, 'maria', 'wrong password!');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json<ApiErrorBody>().error.code).toBe('wrong_credentials');
    expect((await login(app, 'nobody', ADMIN_PASSWORD)).statusCode).toBe(401);
    const ok = await login(app, 'MARIA', ADMIN_PASSWORD); // usernames are case-insensitive
    expect(ok.statusCode).toBe(200);
    const cookie = cookieFrom(ok, 'tavla_session');

    // Only a hash of the session id is stored.
    const rows = db.prepare('SELECT id_hash FROM sessions').all() as { id_hash: string }[];
    expect(rows.map((r) => r.id_hash)).not.toContain(cookie.split('=')[1]);

    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json<SessionUser>().user.username).toBe('maria');
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it('ends sessions when they expire', async () => {
    const clock = manualClock();
    const { app } = await testApp({ clock });
    const cookie = await setupAdmin(app);
    clock.advance(31 * 24 * 3600 * 1000);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it('locks an account after repeated failures, across a restart, until the lock runs out', async () => {
    const clock = manualClock();
    const db = testDb();
    const first = await testApp({ db, clock });
    await setupAdmin(first.app, 'maria');
    for (let i = 0; i < THROTTLE_POLICY.pair.maxFailures; i += 1) {
      expect((await login(first.app, 'maria', `wrong password ${i}`)).statusCode).toBe(401);
    }
    const locked = await login(first.app, 'maria', ADMIN_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ error: { code: 'rate_limited' } });
    await first.app.close();

    const restarted = await testApp({ db, clock });
    expect((await login(restarted.app, 'maria', ADMIN_PASSWORD)).statusCode).toBe(429);
    clock.advance(THROTTLE_POLICY.pair.lockMs + 1000);
    expect((await login(restarted.app, 'maria', ADMIN_PASSWORD)).statusCode).toBe(200);
  });
});

describe('admin manages leads and boards', () => {
  it('creates a lead with rights on one board only', async () => {
    const { app } = await testApp();
    const a = createBoard(app, 'A');
    const b = createBoard(app, 'B');
    const admin = await setupAdmin(app);
    const lead = await createLead(app, admin, [a.id]);

    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: lead.cookie },
    });
    expect(me.json<SessionUser>().user).toMatchObject({ role: 'lead', boardIds: [a.id] });
    const own = await app.inject({
      method: 'GET',
      url: `/api/boards/${a.id}/snapshot`,
      headers: { cookie: lead.cookie },
    });
    expect(own.statusCode).toBe(200);
    const other = await app.inject({
      method: 'GET',
      url: `/api/boards/${b.id}/snapshot`,
      headers: { cookie: lead.cookie },
    });
    expect(other.statusCode).toBe(403);
    const managed = await app.inject({
      method: 'GET',
      url: '/api/boards/managed',
      headers: { cookie: lead.cookie },
    });
    expect(managed.json<{ boards: AdminBoard[] }>().boards.map((x) => x.board.name)).toEqual(['A']);
    const adminSees = await app.inject({
      method: 'GET',
      url: '/api/boards/managed',
      headers: { cookie: admin },
    });
    const names = adminSees.json<{ boards: AdminBoard[] }>().boards.map((x) => x.board.name);
    expect(names.sort()).toEqual(['A', 'B']);
    expect(adminSees.json<{ boards: AdminBoard[] }>().boards[0]?.kioskUrl).toContain(
      '/board/?key=',
    );
  });

  it('rejects bad lead data and changes nothing', async () => {
    const { app, db } = await testApp();
    const a = createBoard(app, 'A');
    const admin = await setupAdmin(app);
    await createLead(app, admin, [a.id], 'erik');
    const users = count(db, 'users');
    const cases: [Record<string, unknown>, number, { code: ErrorCode; field?: string }?][] = [
      [
        { username: 'erik', displayName: 'Erik 2', password: LEAD_PASSWORD, boardIds: [a.id] },
        409,
        { code: 'username_taken', field: 'username' },
      ],
      [
        { username: 'new lead!', displayName: 'X', password: LEAD_PASSWORD, boardIds: [a.id] },
        400,
        { code: 'validation_failed', field: 'username' },
      ],
      [
        { username: 'sven', displayName: 'Sven', password: 'too short', boardIds: [a.id] },
        400,
        { code: 'validation_failed', field: 'password' },
      ],
      [
        { username: 'sven', displayName: 'Sven', password: LEAD_PASSWORD, boardIds: [] },
        400,
        { code: 'validation_failed', field: 'boardIds' },
      ],
      [
        {
          username: 'sven',
          displayName: 'Sven',
          password: LEAD_PASSWORD,
          boardIds: ['no-such-board'],
        },
        404,
      ],
      [
        {
          username: 'sven',
          displayName: 'Sven',
          password: LEAD_PASSWORD,
          boardIds: [a.id],
          role: 'admin',
        },
        400,
      ],
    ];
    for (const [payload, status, error] of cases) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/admin/users',
        headers: { cookie: admin },
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      if (error) expect(response.json<ApiErrorBody>().error).toMatchObject(error);
    }
    expect(count(db, 'users')).toBe(users);
  });

  it('resets a lead password and revokes the lead’s sessions', async () => {
    const { app } = await testApp();
    const a = createBoard(app, 'A');
    const admin = await setupAdmin(app);
    const lead = await createLead(app, admin, [a.id], 'erik');
    const reset = await app.inject({
      method: 'PUT',
      url: `/api/admin/users/${lead.userId}/password`,
      headers: { cookie: admin },
      payload: { password: 'brand new password' },
    });
    expect(reset.statusCode).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: lead.cookie } }))
        .statusCode,
    ).toBe(401);
    expect((await login(app, 'erik', LEAD_PASSWORD)).statusCode).toBe(401);
    const again = await login(app, 'erik', 'brand new password');
    expect(again.statusCode).toBe(200);

    const revoke = await app.inject({
      method: 'DELETE',
      url: `/api/admin/users/${lead.userId}/sessions`,
      headers: { cookie: admin },
    });
    expect(revoke.statusCode).toBe(204);
    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: cookieFrom(again, 'tavla_session') },
    });
    expect(me.statusCode).toBe(401);
  });

  it('leaves another admin’s password to that admin, saying so by its own code', async () => {
    const { app } = await testApp();
    const admin = await setupAdmin(app);
    const other = await app.inject({
      method: 'POST',
      url: '/api/admin/admins',
      headers: { cookie: admin },
      payload: { username: 'anna', displayName: 'Anna', password: LEAD_PASSWORD },
    });
    expect(other.statusCode).toBe(201);
    const reset = await app.inject({
      method: 'PUT',
      url: `/api/admin/users/${other.json<{ id: string }>().id}/password`,
      headers: { cookie: admin },
      payload: { password: 'brand new password' },
    });
    expect(reset.statusCode).toBe(400);
    expect(reset.json<ApiErrorBody>().error.code).toBe('admin_password_not_yours');
    expect((await login(app, 'anna', LEAD_PASSWORD)).statusCode).toBe(200);
  });

  it('keeps admin routes for admins', async () => {
    const { app, db } = await testApp();
    const a = createBoard(app, 'A');
    const admin = await setupAdmin(app);
    const lead = await createLead(app, admin, [a.id]);
    const boards = count(db, 'boards');
    for (const cookie of [lead.cookie, '']) {
      const expected = cookie ? 403 : 401;
      const create = await app.inject({
        method: 'POST',
        url: '/api/admin/boards',
        headers: { cookie },
        payload: { name: 'X', language: 'en' },
      });
      expect(create.statusCode).toBe(expected);
      const list = await app.inject({
        method: 'GET',
        url: '/api/admin/users',
        headers: { cookie },
      });
      expect(list.statusCode).toBe(expected);
    }
    expect(count(db, 'boards')).toBe(boards);
    const created = await app.inject({
      method: 'POST',
      url: '/api/admin/boards',
      headers: { cookie: admin },
      payload: { name: 'Line 9', language: 'en' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json<AdminBoard>()).toMatchObject({ board: { name: 'Line 9', language: 'en' } });
  });
});
