import { describe, expect, it } from 'vitest';
import { count, createBoard, joinPhone, testApp } from '../../test-support/test-app.js';
import { DEVICE_COOKIE } from './device-service.js';

describe('GET /join/:token', () => {
  it('sets a long-lived httpOnly device cookie and redirects to a clean URL', async () => {
    const { app } = await testApp();
    const board = createBoard(app);
    const response = await app.inject({ method: 'GET', url: `/join/${board.join_token}` });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe(`/m/b/${board.id}`);
    expect(response.headers.location).not.toContain(board.join_token);
    expect(response.headers['cache-control']).toBe('no-store');
    const cookie = response.cookies.find((c) => c.name === DEVICE_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.maxAge).toBeGreaterThanOrEqual(365 * 24 * 3600);
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{22}$/); // 128 random bits
  });

  it('keeps the same device when a known phone joins another board', async () => {
    const { app, db } = await testApp();
    const a = createBoard(app, 'A');
    const b = createBoard(app, 'B');
    const cookie = await joinPhone(app, a);
    const again = await joinPhone(app, b, cookie);
    expect(again).toBe(cookie);
    expect(count(db, 'devices')).toBe(1);
    const boards = await app.inject({ method: 'GET', url: '/api/me/boards', headers: { cookie } });
    expect(boards.statusCode).toBe(200);
    expect(
      boards
        .json<{ boards: { name: string }[] }>()
        .boards.map((x) => x.name)
        .sort(),
    ).toEqual(['A', 'B']);
  });

  it('answers a wrong token with 404 and stores nothing', async () => {
    const { app, db } = await testApp();
    createBoard(app);
    const json = await app.inject({ method: 'GET', url: '/join/not-a-real-token' });
    expect(json.statusCode).toBe(404);
    expect(json.json()).toMatchObject({ error: { code: 'not_found' } });
    expect(json.cookies).toEqual([]);
    const html = await app.inject({
      method: 'GET',
      url: '/join/not-a-real-token',
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    expect(html.statusCode).toBe(404);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('Scan the QR code');
    expect(count(db, 'devices')).toBe(0);
    expect(count(db, 'device_boards')).toBe(0);
  });

  it('rejects an absurdly long token as bad input', async () => {
    const { app, db } = await testApp();
    const response = await app.inject({ method: 'GET', url: `/join/${'x'.repeat(300)}` });
    expect(response.statusCode).toBe(414); // URI too long: Fastify's parameter length limit
    expect(count(db, 'devices')).toBe(0);
  });

  it('does not trust an unknown device cookie', async () => {
    const { app, db } = await testApp();
    const board = createBoard(app);
    const cookie = await joinPhone(app, board, `${DEVICE_COOKIE}=forged-device-id-00000`);
    expect(cookie).not.toContain('forged');
    expect(count(db, 'devices')).toBe(1);
    const me = await app.inject({
      method: 'GET',
      url: '/api/me/boards',
      headers: { cookie: `${DEVICE_COOKIE}=forged-device-id-00000` },
    });
    expect(me.statusCode).toBe(401);
  });
});
