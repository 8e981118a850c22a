/**
 * Bodies are not read before the caller is known, requests time out, and one address cannot
 * hold every descriptor. Bounds are on bytes and counts; the only clock is the test timeout.
 */
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { App, AppOptions } from '../app.js';
import { createBoard, joinPhone, testApp, testUuid } from '../test-support/test-app.js';
import { DEFAULT_NETWORK_LIMITS } from './connection-limits.js';
import { earlyPolicyOf } from './early-access.js';

let app: App | undefined;
const opened: Socket[] = [];

afterEach(async () => {
  for (const socket of opened.splice(0)) socket.destroy();
  await app?.close();
  app = undefined;
});

async function start(overrides: Partial<AppOptions> = {}) {
  const built = await testApp(overrides);
  app = built.app;
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return { app: built.app, port: address.port };
}

/** A raw HTTP/1.1 exchange: what the server answered (if anything) and whether it hung up. */
interface RawExchange {
  socket: Socket;
  /** The status line's code, once the response head has come. */
  status: Promise<number>;
  /** Resolves when the server ends the connection. */
  closed: Promise<void>;
  /** True once a response head or the end of the connection has come. */
  done: () => boolean;
}

function rawRequest(
  port: number,
  head: string,
  options: { localAddress?: string } = {},
): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1', ...options });
    opened.push(socket);
    let received = '';
    let over = false;
    socket.once('close', () => (over = true));
    let gotStatus: (code: number) => void = () => undefined;
    const status = new Promise<number>((done) => (gotStatus = done));
    const closed = new Promise<void>((done) => socket.once('close', () => done()));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (match) {
        over = true;
        gotStatus(Number(match[1]));
      }
    });
    socket.on('error', () => undefined);
    socket.once('connect', () => {
      socket.write(head);
      resolve({ socket, status, closed, done: () => over });
    });
    socket.once('error', reject);
  });
}

/** Every route as "METHOD /path", read from Fastify's route tree. */
function routesOf(started: App): string[] {
  const routes: string[] = [];
  const stack: string[] = [];
  for (const line of started.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    stack.push(match[2] ?? '');
    for (const method of (match[3] ?? '').split(', ').filter(Boolean)) {
      routes.push(`${method} ${stack.join('')}`);
    }
  }
  return routes;
}

describe('credentials before bodies', () => {
  it('refuses an unknown caller on every mutating route before reading the body', async () => {
    const { app: started, port } = await start();
    const board = createBoard(started);
    const mutating = routesOf(started).filter((route) => /^(POST|PUT|PATCH|DELETE) /.test(route));
    expect(mutating.length).toBeGreaterThan(15);
    const refused = mutating.filter((route) => {
      const [method = '', url = ''] = route.split(' ');
      return earlyPolicyOf(method, url) !== 'public';
    });
    expect(refused).toContain('PUT /api/boards/:boardId/suggestions/:suggestionId/photo');

    // Headers only: the body is announced but never sent. An answer proves it was not awaited.
    const answers = await Promise.all(
      refused.map(async (route) => {
        const [method = '', url = ''] = route.split(' ');
        const path = url.replace(':boardId', board.id).replace(/:\w+/g, testUuid());
        const photo = url.endsWith('/photo');
        const exchange = await rawRequest(
          port,
          `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
            `Content-Type: ${photo ? 'image/jpeg' : 'application/json'}\r\n` +
            `Content-Length: ${photo ? 8_000_000 : 60_000}\r\n\r\n`,
        );
        return [route, await exchange.status] as const;
      }),
    );
    for (const [route, status] of answers) expect([401, 403], route).toContain(status);
  });

  it('refuses a phone of another board, and an oversized photo, before the body', async () => {
    const { app: started, port } = await start();
    const boardA = createBoard(started, 'A');
    const boardB = createBoard(started, 'B');
    const phoneA = await joinPhone(started, boardA);
    const phoneB = await joinPhone(started, boardB);
    const url = `/api/boards/${boardA.id}/suggestions/${testUuid()}/photo`;
    const upload = (cookie: string, length: number) =>
      rawRequest(
        port,
        `PUT ${url} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\n` +
          `Content-Type: image/jpeg\r\nContent-Length: ${length}\r\n\r\n`,
      );
    expect(await (await upload(phoneB, 4_000_000)).status).toBe(403);
    expect(await (await upload(phoneA, 9_000_000)).status).toBe(413);
  });

  it('answers 40 anonymous 8 MB uploads without waiting for or keeping their bodies', async () => {
    // Per-address rate limits would refuse most of them first (also before the body): this
    // test is about the credential check.
    const { app: started, port } = await start({ rateLimits: 'off' });
    const board = createBoard(started);
    const chunk = Buffer.alloc(64 * 1024, 0xff);
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    try {
      const exchanges = await Promise.all(
        Array.from({ length: 40 }, () =>
          rawRequest(
            port,
            `PUT /api/boards/${board.id}/suggestions/${testUuid()}/photo HTTP/1.1\r\n` +
              'Host: 127.0.0.1\r\nContent-Type: image/jpeg\r\nContent-Length: 8000000\r\n\r\n',
          ),
        ),
      );
      // Each sends all but the last byte of its body (or until the server hangs up), then holds.
      let sent = 0;
      await Promise.all(
        exchanges.map(async ({ socket, closed, done }) => {
          for (let bytes = 0; bytes + chunk.length < 8_000_000 && !done();) {
            bytes += chunk.length;
            sent += chunk.length;
            if (!socket.write(chunk)) {
              await Promise.race([new Promise((go) => socket.once('drain', go)), closed]);
            }
            // Like a phone on Wi-Fi, not a firehose: the server's answer gets a turn.
            await new Promise((go) => setImmediate(go));
          }
        }),
      );
      const statuses = await Promise.all(
        exchanges.map(({ status }) => Promise.race([status, Promise.resolve(0)])),
      );
      peak = Math.max(peak, process.memoryUsage().rss);
      console.log(
        `40 held anonymous uploads: ${(sent / 1e6).toFixed(0)} MB sent, server RSS +${((peak - baseline) / 1e6).toFixed(0)} MB`,
      );
      // Each got its 401 before its body was through: nobody waited for (or kept) 8 MB.
      expect(statuses.every((code) => code === 401)).toBe(true);
      expect(sent).toBeLessThan(40 * 4_000_000);
      // RSS here counts the test's own client and garbage too, so only a generous bound:
      // reading the bodies pins 40 × 8 MB = 320 MB.
      expect(peak - baseline).toBeLessThan(300_000_000);
    } finally {
      clearInterval(sample);
    }
  }, 120_000);
});

describe('errors from the HTTP parser', () => {
  it.each([
    [
      'headers too large',
      `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
      'payload_too_large',
    ],
    [
      'a malformed request',
      'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n',
      400,
      'validation_failed',
    ],
  ])('answers %s in the same JSON shape as everything else', async (_name, head, status, code) => {
    const { port } = await start();
    const socket = connect({ port, host: '127.0.0.1' });
    opened.push(socket);
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    const closed = new Promise<void>((done) => socket.once('close', () => done()));
    socket.on('error', () => undefined);
    socket.write(head);
    await closed;
    expect(received.startsWith(`HTTP/1.1 ${status} `)).toBe(true);
    const body = JSON.parse(received.slice(received.indexOf('\r\n\r\n') + 4)) as unknown;
    expect(body).toMatchObject({ error: { code } });
  });
});

describe('uploads in flight', () => {
  it('bounds the photo bytes a joined phone can have the server hold, and frees them on close', async () => {
    const { app: started, port } = await start();
    const board = createBoard(started);
    const phone = await joinPhone(started, board);
    const stalled = (suggestionId: string) =>
      rawRequest(
        port,
        `PUT /api/boards/${board.id}/suggestions/${suggestionId}/photo HTTP/1.1\r\n` +
          `Host: 127.0.0.1\r\nCookie: ${phone}\r\nContent-Type: image/jpeg\r\n` +
          'Content-Length: 8000000\r\n\r\n',
      );
    // Three announced 8 MB bodies fit the per-address budget (24 MiB); they send nothing more.
    const held = [];
    for (let i = 0; i < 3; i += 1) held.push(await stalled(testUuid()));
    const fourth = await stalled(testUuid());
    expect(await fourth.status).toBe(503); // at once, before any body
    for (const exchange of held) expect(exchange.done()).toBe(false); // still held
    // The stalled phones give up: their room is free again.
    for (const exchange of held) {
      exchange.socket.destroy();
      await exchange.closed;
    }
    const again = await stalled(testUuid());
    const answered = await Promise.race([
      again.status,
      new Promise<number>((resolve) => setTimeout(() => resolve(0), 500)),
    ]);
    expect(answered).toBe(0); // taken in (waiting for its body), not refused
  });
});

describe('timeouts', () => {
  it('leaves room for a 400 kB photo on a 30 kbit/s link by default', () => {
    const bitsPerSecond = (400_000 * 8) / (DEFAULT_NETWORK_LIMITS.requestTimeoutMs / 1000);
    expect(bitsPerSecond).toBeLessThan(30_000);
  });

  it('ends a request whose headers or body never finish', async () => {
    const { app: started, port } = await start({
      network: { requestTimeoutMs: 1500, headersTimeoutMs: 1000, checkIntervalMs: 200 },
    });
    const board = createBoard(started);
    const phone = await joinPhone(started, board);
    const slowHeaders = await rawRequest(port, 'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const slowBody = await rawRequest(
      port,
      `PUT /api/boards/${board.id}/suggestions/${testUuid()}/photo HTTP/1.1\r\n` +
        `Host: 127.0.0.1\r\nCookie: ${phone}\r\nContent-Type: image/jpeg\r\n` +
        'Content-Length: 400000\r\n\r\n',
    );
    slowBody.socket.write(Buffer.alloc(1000));
    await Promise.all([slowHeaders.closed, slowBody.closed]);
    expect(await Promise.race([slowBody.status, Promise.resolve(0)])).toBe(408);
  });
});

describe('connections per address', () => {
  it('closes connections beyond the cap from one address and keeps serving the others', async () => {
    const { port } = await start({ network: { maxConnectionsPerAddress: 20 } });
    const flood = await Promise.all(Array.from({ length: 60 }, () => rawRequest(port, '')));
    // The server hangs up on what is over the cap; the first 20 stay open.
    let cut = 0;
    await Promise.all(
      flood.map(async ({ socket, closed }) => {
        // A request on a connection the server kept is answered; one it cut is just closed.
        socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
        const answered = await Promise.race([
          closed.then(() => false),
          new Promise<boolean>((done) => socket.once('data', () => done(true))),
        ]);
        if (!answered) cut += 1;
      }),
    );
    expect(cut).toBe(40);

    // Someone else on the network is still served.
    const other = await rawRequest(
      port,
      'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
      { localAddress: '127.0.0.2' },
    );
    expect(await other.status).toBe(200);
  });
});
