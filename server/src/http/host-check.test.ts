/**
 * DNS rebinding: a page on another name that resolves to this server must not be served to
 * anything that carries (or asks for) a Tavla credential, nor get a socket.
 */
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { RawSocket } from '../test-support/raw-socket.js';
import { count, createBoard, joinPhone, setupAdmin, testApp } from '../test-support/test-app.js';
import { SOCKET_PATH } from '@tavla/shared';
import { createHostCheck, hostnameOf } from './host-check.js';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('createHostCheck', () => {
  const allowed = createHostCheck('http://10.0.0.5:8080', ['tavla.example']);
  it.each([
    ['10.0.0.5:8080', true],
    ['10.0.0.5', true],
    ['localhost:80', true],
    ['127.0.0.1:4321', true],
    ['[::1]:8080', true],
    ['TAVLA.example:443', true],
    ['evil.example', false],
    ['evil.example:8080', false],
    ['10.0.0.5.evil.example', false],
    ['10.0.0.5/x', false],
    ['user@10.0.0.5', false],
    ['', false],
    [undefined, false],
  ])('Host %s allowed: %s', (host, expected) => {
    expect(allowed(host)).toBe(expected);
  });

  it('reads the host name from a Host header', () => {
    expect(hostnameOf('Tavla.Example:8080')).toBe('tavla.example');
    expect(hostnameOf('a b')).toBeUndefined();
  });
});

describe('host check over HTTP', () => {
  it('answers 421 host_not_allowed to credentialed requests on another name, and changes nothing', async () => {
    const built = await testApp({ allowedHosts: ['tavla.example'] });
    app = built.app;
    const { db } = built;
    const board = createBoard(app);
    const phone = await joinPhone(app, board);
    const admin = await setupAdmin(app);
    const devices = count(db, 'devices');

    for (const headers of [
      { cookie: phone },
      { cookie: admin },
      { 'x-display-key': board.display_key },
    ]) {
      const refused = await app.inject({
        method: 'GET',
        url: `/api/boards/${board.id}/snapshot`,
        headers: { ...headers, host: 'evil.example:8080' },
      });
      expect(refused.statusCode).toBe(421);
      expect(refused.json()).toMatchObject({ error: { code: 'host_not_allowed' } });
      for (const host of ['127.0.0.1:8080', 'localhost', 'tavla.example']) {
        const served = await app.inject({
          method: 'GET',
          url: `/api/boards/${board.id}/snapshot`,
          headers: { ...headers, host },
        });
        expect(served.statusCode, host).toBe(200);
      }
    }

    // The join route hands out a cookie: not on a foreign name.
    const join = await app.inject({
      method: 'GET',
      url: `/join/${board.join_token}`,
      headers: { host: 'evil.example' },
    });
    expect(join.statusCode).toBe(421);
    expect(join.cookies).toEqual([]);
    expect(count(db, 'devices')).toBe(devices);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { host: 'evil.example' },
      payload: { username: 'admin', password: 'whatever it is' },
    });
    expect(login.statusCode).toBe(421);

    // Nothing credentialed: the public parts are served on any name.
    const health = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { host: 'evil.example' },
    });
    expect(health.statusCode).toBe(200);
  });

  it('refuses a socket on another name, before Socket.IO sees it', async () => {
    ({ app } = await testApp());
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    const baseUrl = `http://127.0.0.1:${address.port}`;
    const board = createBoard(app);
    const phone = await joinPhone(app, board);

    await expect(
      RawSocket.open(
        baseUrl,
        { boardId: board.id },
        { cookie: phone, host: `evil.example:${address.port}` },
      ),
    ).rejects.toThrow(/refused/);
    const polling = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: address.port,
          path: `${SOCKET_PATH}/?EIO=4&transport=polling`,
          headers: { host: 'evil.example', cookie: phone },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(polling.status).toBe(403);
    expect(polling.body).toContain('host_not_allowed');

    const ok = await RawSocket.open(baseUrl, { boardId: board.id }, { cookie: phone });
    ok.close();
  });
});
