import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applyBoardChange,
  decodeSnapshotResult,
  type BoardCatchUp,
  type BoardSnapshot,
  type Result,
  type SuggestionCreatedEvent,
} from '@tavla/shared';
import { CATCH_UP_MAX_CHANGES } from '@tavla/shared/domain';
import { exampleGoalInput } from '@tavla/shared/testing/fixtures';
import type { App } from '../app.js';
import { io as connect } from 'socket.io-client';
import {
  createBoard,
  createLead,
  joinPhone,
  setupAdmin,
  testApp,
  testDb,
  testUuid,
} from '../test-support/test-app.js';
import { nextEvent, openSocket, type ClientSocket } from '../test-support/sockets.js';
import { DEVICE_COOKIE } from '../modules/devices/device-service.js';
import { isSameOrigin } from './realtime.js';

let app: App | undefined;
const sockets: ClientSocket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await app?.close();
  app = undefined;
});

async function start() {
  const built = await testApp();
  app = built.app;
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const boardA = createBoard(app, 'A');
  const boardB = createBoard(app, 'B');
  const phoneA = await joinPhone(app, boardA);
  const phoneB = await joinPhone(app, boardB);
  const open = async (auth: Record<string, unknown>, cookie?: string) => {
    const socket = await openSocket(baseUrl, auth, cookie);
    sockets.push(socket);
    return socket;
  };
  const post = (boardId: string, cookie: string, text: string) =>
    built.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/suggestions`,
      headers: { cookie },
      payload: { id: testUuid(), text, dimension: 'economic' },
    });
  return { app: built.app, baseUrl, boardA, boardB, phoneA, phoneB, open, post };
}

function sync(socket: ClientSocket, request: unknown = {}): Promise<Result<BoardSnapshot>> {
  return new Promise((resolve) => {
    socket.emit('board:sync', request as Record<string, never>, (result) =>
      resolve(decodeSnapshotResult(result)),
    );
  });
}

function catchUp(socket: ClientSocket, request: unknown): Promise<Result<BoardCatchUp>> {
  return new Promise((resolve) => {
    socket.emit('board:catch-up', request as { since: number }, resolve);
  });
}

describe('realtime', () => {
  it('pushes a new suggestion to the kiosk and every phone of that board only', async () => {
    const { boardA, boardB, phoneA, phoneB, open, post } = await start();
    const kioskA = await open({ displayKey: boardA.display_key });
    const otherPhoneA = await open({ boardId: boardA.id }, phoneA);
    const kioskB = await open({ displayKey: boardB.display_key });
    const receivedByB: SuggestionCreatedEvent[] = [];
    kioskB.on('suggestion:created', (event) => receivedByB.push(event));

    const onKiosk = nextEvent(kioskA, 'suggestion:created');
    const onPhone = nextEvent(otherPhoneA, 'suggestion:created');
    expect((await post(boardA.id, phoneA, 'Switch off the compressor at night')).statusCode).toBe(
      201,
    );
    const [kioskEvent, phoneEvent] = await Promise.all([onKiosk, onPhone]);
    expect(kioskEvent.seq).toBe(1);
    expect(kioskEvent.suggestion.text).toBe('Switch off the compressor at night');
    expect(phoneEvent).toEqual(kioskEvent);

    // Board B's screen must not have seen A's post. Broadcasts are delivered in order, so
    // once B's own post has arrived, anything from A would have arrived before it.
    const onB = nextEvent(kioskB, 'suggestion:created');
    await post(boardB.id, phoneB, 'Reuse the cardboard from deliveries');
    await onB;
    expect(receivedByB.map((event) => event.suggestion.text)).toEqual([
      'Reuse the cardboard from deliveries',
    ]);
  });

  it('gives a socket a snapshot of its own board on board:sync', async () => {
    const { boardA, phoneA, open, post } = await start();
    await post(boardA.id, phoneA, 'LED lighting in the warehouse');
    const kiosk = await open({ displayKey: boardA.display_key });
    const kioskSnapshot = await sync(kiosk);
    expect(kioskSnapshot.ok).toBe(true);
    if (!kioskSnapshot.ok) return;
    expect(kioskSnapshot.data.board.name).toBe('A');
    expect(kioskSnapshot.data.seq).toBe(1);
    expect(kioskSnapshot.data.joinUrl).toContain(`/join/${boardA.join_token}`);
    expect(kioskSnapshot.data.suggestions).toHaveLength(1);

    const phone = await open({ boardId: boardA.id }, phoneA);
    const phoneSnapshot = await sync(phone);
    expect(phoneSnapshot.ok && phoneSnapshot.data.joinUrl).toBe(undefined);
  });

  it('records wall-screen heartbeats, from wall screens only, for leads to see', async () => {
    const { app: started, boardA, phoneA, open } = await start();
    const kiosk = await open({ displayKey: boardA.display_key });
    const beat = {
      displayId: 'screen-0001',
      build: 'abc123',
      heapBytes: 31_000_000,
      userAgent: 'TV',
    };
    const ok = await kiosk.emitWithAck('display:heartbeat', beat);
    expect(ok).toMatchObject({ ok: true });
    const bad = await kiosk.emitWithAck('display:heartbeat', {
      ...beat,
      heapBytes: 'lots',
    } as unknown as typeof beat);
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    const phone = await open({ boardId: boardA.id }, phoneA);
    expect(await phone.emitWithAck('display:heartbeat', beat)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    const admin = await setupAdmin(started);
    const lead = await createLead(started, admin, [boardA.id]);
    const list = await started.inject({
      method: 'GET',
      url: `/api/boards/${boardA.id}/displays`,
      headers: { cookie: lead.cookie },
    });
    expect(list.json<{ displays: { id: string; heapBytes: number }[] }>().displays).toMatchObject([
      { id: 'screen-0001', heapBytes: 31_000_000, build: 'abc123' },
    ]);
    const denied = await started.inject({
      method: 'GET',
      url: `/api/boards/${boardA.id}/displays`,
      headers: { cookie: phoneA },
    });
    expect(denied.statusCode).toBe(401);
  });

  it('replays what a screen missed on board:catch-up, the same as a fresh snapshot', async () => {
    const { app: started, boardA, phoneA, open, post } = await start();
    const admin = await setupAdmin(started);
    const lead = await createLead(started, admin, [boardA.id]);
    const kiosk = await open({ displayKey: boardA.display_key });
    await post(boardA.id, phoneA, 'Before the kiosk went away');
    const before = await sync(kiosk);
    if (!before.ok) throw new Error('no snapshot');

    // What happens while the screen is away: a post, a goal, a hidden suggestion.
    const kept = await post(boardA.id, phoneA, 'Switch off the lights at night');
    const hidden = await post(boardA.id, phoneA, 'Something rude');
    const lead$ = (url: string, payload: Record<string, unknown>) =>
      started.inject({ method: 'POST', url, headers: { cookie: lead.cookie }, payload });
    expect(
      (await lead$(`/api/boards/${boardA.id}/goals`, { ...exampleGoalInput })).statusCode,
    ).toBe(201);
    const hiddenId = hidden.json<{ id: string }>().id;
    expect(
      (await lead$(`/api/boards/${boardA.id}/suggestions/${hiddenId}/hide`, { reason: 'Rude' }))
        .statusCode,
    ).toBe(204);
    expect(kept.statusCode).toBe(201);

    const result = await catchUp(kiosk, { since: before.data.seq });
    if (!result.ok || !result.data.complete) throw new Error('expected a complete catch-up');
    expect(result.data.changes.map((c) => [c.seq, c.type])).toEqual([
      [2, 'upsert'],
      [3, 'upsert'],
      [4, 'goal'],
      [5, 'remove'],
    ]);
    let replayed = before.data;
    for (const change of result.data.changes) {
      const outcome = applyBoardChange(replayed, change);
      if (outcome.kind !== 'applied') throw new Error(`not applied: ${outcome.kind}`);
      replayed = outcome.snapshot;
    }
    const fresh = await sync(kiosk);
    if (!fresh.ok) throw new Error('no snapshot');
    expect(replayed).toEqual(fresh.data);

    // Nothing missed: an empty list. Ahead of the server (a restored backup): not complete.
    // Across a restore (another history) nothing is replayed.
    expect(before.data.history).toEqual(expect.any(String));
    const sameHistory = await catchUp(kiosk, { since: 4, history: before.data.history });
    expect(sameHistory.ok && sameHistory.data.complete).toBe(true);
    expect(await catchUp(kiosk, { since: 4, history: 'another-history' })).toEqual({
      ok: true,
      data: { complete: false },
    });
    const none = await catchUp(kiosk, { since: 5 });
    expect(none.ok && none.data.complete && none.data.changes).toEqual([]);
    expect(await catchUp(kiosk, { since: 6 })).toEqual({ ok: true, data: { complete: false } });
  });

  it('sends a screen that missed too much to a snapshot', async () => {
    const { app: started, boardA, open } = await start();
    const kiosk = await open({ displayKey: boardA.display_key });
    for (let i = 0; i <= CATCH_UP_MAX_CHANGES; i += 1) {
      await started.services.suggestions.create(boardA, null, {
        id: testUuid(),
        text: `Idea number ${String(i)}`,
        dimension: 'social',
      });
    }
    expect(await catchUp(kiosk, { since: 0 })).toEqual({ ok: true, data: { complete: false } });
    const recent = await catchUp(kiosk, { since: 1 });
    expect(recent.ok && recent.data.complete && recent.data.changes).toHaveLength(
      CATCH_UP_MAX_CHANGES,
    );
  });

  it.each([[{}], [{ since: -1 }], [{ since: 'x' }], [{ since: 1, extra: true }], [null]])(
    'answers a malformed board:catch-up %j with an error ack',
    async (request) => {
      const { boardA, open } = await start();
      const kiosk = await open({ displayKey: boardA.display_key });
      const result = await catchUp(kiosk, request);
      expect(result).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    },
  );

  it('answers a request whose handler fails with an internal error, and keeps serving', async () => {
    const { app: started, boardA, open } = await start();
    const kiosk = await open({ displayKey: boardA.display_key });
    vi.spyOn(started.services.boardChanges, 'catchUp').mockImplementationOnce(() => {
      throw new Error('disk I/O error');
    });
    expect(await catchUp(kiosk, { since: 0 })).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Internal server error.' },
    });
    expect(await catchUp(kiosk, { since: 0 })).toMatchObject({ ok: true });
  });

  it('answers a malformed board:sync with an error ack', async () => {
    const { boardA, open } = await start();
    const kiosk = await open({ displayKey: boardA.display_key });
    const result = await sync(kiosk, { boardId: 'someone-elses' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    const nonObject = await sync(kiosk, 'snapshot please');
    expect(nonObject.ok).toBe(false);
  });

  it.each([
    ['no auth', () => ({})],
    ['a wrong display key', () => ({ displayKey: 'not-the-key' })],
    ['a display key of the wrong type', () => ({ displayKey: 12 })],
  ])('refuses a handshake with %s', async (_name, auth) => {
    const { open } = await start();
    await expect(open(auth())).rejects.toThrow();
  });

  it('refuses a socket opened from another site', async () => {
    const { boardA, phoneA, baseUrl } = await start();
    const socket = openSocket(baseUrl, { boardId: boardA.id }, phoneA, {
      origin: 'http://evil.example',
    });
    await expect(socket).rejects.toThrow();
    expect(isSameOrigin(undefined, '127.0.0.1:80')).toBe(true);
    expect(isSameOrigin('http://127.0.0.1:80', '127.0.0.1:80')).toBe(true);
    expect(isSameOrigin('not a url', '127.0.0.1:80')).toBe(false);
  });

  it('lets a signed-in lead follow their own board only', async () => {
    const { app: started, boardA, boardB, open } = await start();
    const admin = await setupAdmin(started);
    const lead = await createLead(started, admin, [boardA.id]);
    const socket = await open({ boardId: boardA.id }, lead.cookie);
    const result = await sync(socket);
    expect(result.ok && result.data.board.name).toBe('A');
    await expect(open({ boardId: boardB.id }, lead.cookie)).rejects.toThrow(/not joined/);
  });

  it('refuses a phone without a cookie, with a forged one, or from another board', async () => {
    const { boardA, phoneB, open } = await start();
    await expect(open({ boardId: boardA.id })).rejects.toThrow(/Scan the QR code/);
    await expect(
      open({ boardId: boardA.id }, `${DEVICE_COOKIE}=forged-0000000000000000`),
    ).rejects.toThrow();
    await expect(open({ boardId: boardA.id }, phoneB)).rejects.toThrow(/not joined/);
    await expect(open({ boardId: 'no-such-board' }, phoneB)).rejects.toThrow(/no such board/);
  });
});

describe('server restart', () => {
  it('lets connected screens reconnect by themselves and catch up', async () => {
    const db = testDb();
    const first = await testApp({ db });
    await first.app.listen({ port: 0, host: '127.0.0.1' });
    const address = first.app.server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    const baseUrl = `http://127.0.0.1:${address.port}`;
    const board = createBoard(first.app);
    const phone = await joinPhone(first.app, board);

    const kiosk: ClientSocket = connect(baseUrl, {
      path: '/socket.io',
      auth: { displayKey: board.display_key },
      transports: ['websocket'],
      reconnectionDelay: 50,
      reconnectionDelayMax: 200,
    });
    sockets.push(kiosk);
    await new Promise<void>((resolve) => kiosk.once('connect', resolve));
    const disconnected = new Promise<string>((resolve) => kiosk.once('disconnect', resolve));

    // A clean shutdown (what SIGTERM does), then a new server on the same port and database.
    await first.app.close();
    expect(await disconnected).toBe('transport close');
    const second = await testApp({ db });
    app = second.app;
    await second.app.listen({ port: address.port, host: '127.0.0.1' });

    await new Promise<void>((resolve) => kiosk.once('connect', resolve));
    const event = nextEvent(kiosk, 'suggestion:created');
    await second.app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/suggestions`,
      headers: { cookie: phone },
      payload: { id: testUuid(), text: 'Posted after the restart', dimension: 'social' },
    });
    expect((await event).suggestion.text).toBe('Posted after the restart');
  });
});
