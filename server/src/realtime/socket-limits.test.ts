/**
 * One socket must not be able to exhaust the server: request events are rate limited per
 * socket, and a client that stops reading is cut off once its unsent output passes a cap.
 * Bounds are on bytes, never on time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { App, AppOptions } from '../app.js';
import type { BoardRow } from '../modules/boards/board-repository.js';
import { RawSocket } from '../test-support/raw-socket.js';
import { openSocket, type ClientSocket } from '../test-support/sockets.js';
import { deviceIdOf } from '../modules/devices/device-service.js';
import { createBoard, joinPhone, testApp, testUuid } from '../test-support/test-app.js';

let app: App | undefined;
const cleanup: (() => void)[] = [];

afterEach(async () => {
  for (const close of cleanup.splice(0)) close();
  await app?.close();
  app = undefined;
});

async function start(overrides: Partial<AppOptions> = {}) {
  const built = await testApp(overrides);
  app = built.app;
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const board = createBoard(app, 'A');
  const phone = await joinPhone(app, board);
  return { app: built.app, baseUrl: `http://127.0.0.1:${address.port}`, board, phone };
}

/** Fills a board with `count` long suggestions, in group commits of 100. */
async function fill(started: App, board: BoardRow, phone: string, count: number): Promise<void> {
  const deviceId = deviceIdOf(phone.split('=')[1]) ?? '';
  for (let done = 0; done < count; done += 100) {
    await Promise.all(
      Array.from({ length: Math.min(100, count - done) }, (_, i) =>
        started.services.suggestions.create(board, deviceId, {
          id: testUuid(),
          text: `Suggestion ${done + i}: ${'insulate the cold room door and the pipes '.repeat(20)}`,
          dimension: 'ecological',
        }),
      ),
    );
  }
}

/** Resolves with the reason when the server drops the next socket that connects. */
function serverSideDisconnect(started: App): Promise<string> {
  return new Promise((resolve) => {
    started.io.once('connection', (socket) => {
      socket.once('disconnect', (reason) => resolve(reason));
    });
  });
}

describe('socket limits', () => {
  it('cuts off a socket that asks for 150 snapshots and never reads, with RSS bounded', async () => {
    const { app: started, baseUrl, board, phone } = await start();
    await fill(started, board, phone, 3000);
    const snapshotBytes = JSON.stringify(
      started.services.suggestions.snapshot(board, { deviceId: null }),
    ).length;

    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sample = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    cleanup.push(() => clearInterval(sample));

    const disconnected = serverSideDisconnect(started);
    const raw = await RawSocket.open(baseUrl, { boardId: board.id }, { cookie: phone });
    cleanup.push(() => raw.close());
    raw.stopReading();
    for (let i = 0; i < 150; i += 1) raw.emit('board:sync', {});
    // The server must end this connection by itself (the test's timeout is the only clock).
    // The client stopped reading, so it is the server's side that tells.
    const reason = await disconnected;
    peak = Math.max(peak, process.memoryUsage().rss);
    const grown = peak - baseline;
    expect(reason).toBe('forced close');
    console.log(
      `slow reader: snapshot ${(snapshotBytes / 1e6).toFixed(1)} MB, RSS +${(grown / 1e6).toFixed(0)} MB (peak ${(peak / 1e6).toFixed(0)} MB)`,
    );
    // Unlimited, 150 unread 3.7 MB snapshots pushed RSS up by 900 MB; the limits allow a few.
    expect(grown).toBeLessThan(300_000_000);
  }, 120_000);

  it('cuts off a client that stops reading even while it stays within the request limit', async () => {
    const {
      app: started,
      baseUrl,
      board,
      phone,
    } = await start({
      socketLimits: { burst: 5000, perSecond: 1, maxRefusedInARow: 5000, maxUnsentBytes: 4e6 },
    });
    await fill(started, board, phone, 1000);
    const disconnected = serverSideDisconnect(started);
    const raw = await RawSocket.open(baseUrl, { boardId: board.id }, { cookie: phone });
    cleanup.push(() => raw.close());
    raw.stopReading();
    // Ask until the server hangs up (at most 2,000 times, well over the cap and the kernel's
    // socket buffers whatever a snapshot weighs); the rate limit is out of the way here.
    let reason: string | undefined;
    void disconnected.then((why) => (reason = why));
    for (let asked = 0; asked < 2000 && reason === undefined; asked += 20) {
      for (let i = 0; i < 20; i += 1) raw.emit('board:sync', {});
      await new Promise((go) => setImmediate(go));
    }
    expect(await disconnected).toBe('forced close');
  }, 60_000);

  it('answers requests over the limit with rate_limited and disconnects a socket that keeps on', async () => {
    const { baseUrl, board, phone } = await start({
      socketLimits: { burst: 5, perSecond: 1, maxRefusedInARow: 10, maxUnsentBytes: 16e6 },
    });
    const socket: ClientSocket = await openSocket(baseUrl, { boardId: board.id }, phone);
    cleanup.push(() => socket.close());
    const first = await Promise.all(
      Array.from({ length: 8 }, () => socket.emitWithAck('board:sync', {})),
    );
    expect(first.filter((result) => result.ok)).toHaveLength(5);
    expect(first.slice(5)).toEqual(
      Array.from({ length: 3 }, () => ({
        ok: false,
        error: expect.objectContaining({ code: 'rate_limited', retryAfterSeconds: 1 }) as unknown,
      })),
    );
    // The test clock stands still, so nothing refills: 8 more refusals make 11 in a row.
    const gone = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    for (let i = 0; i < 8; i += 1) socket.emit('display:heartbeat', {} as never, () => undefined);
    expect(await gone).toBe('transport close');
  });

  it('charges a long catch-up replay like the many requests it costs', async () => {
    const {
      app: started,
      baseUrl,
      board,
      phone,
    } = await start({
      socketLimits: { burst: 10, perSecond: 1, maxRefusedInARow: 30, maxUnsentBytes: 64e6 },
    });
    await fill(started, board, phone, 300);
    const socket: ClientSocket = await openSocket(baseUrl, { boardId: board.id }, phone);
    cleanup.push(() => socket.close());
    // 300 changes missed: a replay of 300 spends 1 + 300 / 50 = 7 of the 10 tokens, so only a
    // few more requests fit until the bucket refills (the test clock stands still).
    const replays = [];
    for (let i = 0; i < 4; i += 1)
      replays.push(await socket.emitWithAck('board:catch-up', { since: 0 }));
    expect(replays.map((result) => result.ok)).toEqual([true, true, false, false]);
    expect(replays[2]).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
  });
});
