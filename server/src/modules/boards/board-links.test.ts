import { afterEach, describe, expect, it } from 'vitest';
import { decodeSnapshotResult, type AdminBoard, type Suggestion } from '@tavla/shared';
import type { App } from '../../app.js';
import { nextEvent, openSocket, type ClientSocket } from '../../test-support/sockets.js';
import {
  count,
  createBoard,
  joinPhone,
  setupAdmin,
  testApp,
  testUuid,
} from '../../test-support/test-app.js';

let open: { app: App; sockets: ClientSocket[] } | undefined;
afterEach(async () => {
  for (const socket of open?.sockets ?? []) socket.close();
  await open?.app.close();
  open = undefined;
});

async function setup() {
  const { app, db } = await testApp();
  const board = createBoard(app, 'A');
  const other = createBoard(app, 'B');
  const admin = await setupAdmin(app);
  const phone = await joinPhone(app, board);
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const sockets: ClientSocket[] = [];
  open = { app, sockets };
  const connect = async (auth: Record<string, unknown>, cookie?: string) => {
    const socket = await openSocket(baseUrl, auth, cookie);
    sockets.push(socket);
    return socket;
  };
  const rotate = async (what: 'join-token' | 'display-key', boardId = board.id) => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/admin/boards/${boardId}/${what}`,
      headers: { cookie: admin },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<AdminBoard>();
  };
  return { app, db, board, other, admin, phone, baseUrl, connect, rotate };
}

describe('replacing a board’s join token', () => {
  it('moves the wall’s QR code at once, answers the old QR with link_replaced, keeps joined phones', async () => {
    const { app, db, board, phone, connect, rotate } = await setup();
    const wall = await connect({ displayKey: board.display_key });
    const phoneSocket = await connect({ boardId: board.id }, phone);
    let phoneGotUrl = false;
    phoneSocket.on('board:join-url', () => (phoneGotUrl = true));

    const moved = nextEvent(wall, 'board:join-url');
    const links = await rotate('join-token');
    expect(links.joinUrl).not.toContain(board.join_token);
    expect((await moved).joinUrl).toBe(links.joinUrl);
    // A screen connecting later (or again) is told the current URL too.
    const late = await connect({ displayKey: board.display_key });
    const snapshot = decodeSnapshotResult(await late.emitWithAck('board:sync', {}));
    expect(snapshot.ok && snapshot.data.joinUrl).toBe(links.joinUrl);

    // The old QR code: JSON and a friendly page in both languages, nothing stored.
    const devices = count(db, 'devices');
    const old = await app.inject({ method: 'GET', url: `/join/${board.join_token}` });
    expect(old.statusCode).toBe(410);
    expect(old.json()).toMatchObject({ error: { code: 'link_replaced' } });
    const page = await app.inject({
      method: 'GET',
      url: `/join/${board.join_token}`,
      headers: { accept: 'text/html' },
    });
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('This code was replaced');
    expect(page.body).toContain('Den här koden har bytts ut');
    expect(count(db, 'devices')).toBe(devices);
    // A token that never existed is still just "not valid".
    const wrong = await app.inject({ method: 'GET', url: '/join/never-was-a-token-0000' });
    expect(wrong.json()).toMatchObject({ error: { code: 'not_found' } });

    // The new QR code works; the phone that joined before keeps working.
    const fresh = await app.inject({ method: 'GET', url: new URL(links.joinUrl).pathname });
    expect(fresh.statusCode).toBe(302);
    const posted = await app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/suggestions`,
      headers: { cookie: phone },
      payload: { id: testUuid(), text: 'Still here after the new code', dimension: 'social' },
    });
    expect(posted.json<Suggestion>().text).toBe('Still here after the new code');
    const phoneSync = await phoneSocket.emitWithAck('board:sync', {});
    expect(phoneSync.ok).toBe(true);
    expect(phoneGotUrl).toBe(false);
  });
});

describe('replacing a board’s display key', () => {
  it('cuts off the open wall screen with the old key at once; the new key works', async () => {
    const { app, board, other, phone, baseUrl, connect, rotate } = await setup();
    const wall = await connect({ displayKey: board.display_key });
    const otherWall = await connect({ displayKey: other.display_key });
    const phoneSocket = await connect({ boardId: board.id }, phone);

    const told = nextEvent(wall, 'display:link-replaced');
    const cut = new Promise<string>((resolve) => wall.once('disconnect', resolve));
    const links = await rotate('display-key');
    await told;
    expect(await cut).toBe('io server disconnect');
    expect(links.kioskUrl).not.toContain(board.display_key);

    // The old key is refused with link_replaced, on the socket and over HTTP.
    const again = openSocket(baseUrl, { displayKey: board.display_key });
    await expect(again).rejects.toMatchObject({ data: { code: 'link_replaced' } });
    const snapshot = await app.inject({
      method: 'GET',
      url: `/api/boards/${board.id}/snapshot`,
      headers: { 'x-display-key': board.display_key },
    });
    expect(snapshot.statusCode).toBe(410);
    expect(snapshot.json()).toMatchObject({ error: { code: 'link_replaced' } });
    // A key that never existed is still just unauthorized.
    await expect(openSocket(baseUrl, { displayKey: 'never-a-key-000000' })).rejects.toMatchObject({
      data: { code: 'unauthorized' },
    });

    // The new key works; the other board's screen and the phone stayed connected.
    const newKey = new URL(links.kioskUrl).searchParams.get('key') ?? '';
    const fresh = await connect({ displayKey: newKey });
    const result = decodeSnapshotResult(await fresh.emitWithAck('board:sync', {}));
    expect(result.ok && result.data.board.id).toBe(board.id);
    expect(otherWall.connected).toBe(true);
    expect(phoneSocket.connected).toBe(true);
    expect((await phoneSocket.emitWithAck('board:sync', {})).ok).toBe(true);
  });

  it('is for admins only, and an unknown board is a 404', async () => {
    const { app, board, admin } = await setup();
    const asPhone = await app.inject({
      method: 'POST',
      url: `/api/admin/boards/${board.id}/display-key`,
    });
    expect(asPhone.statusCode).toBe(401);
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/admin/boards/no-such-board-00/join-token',
      headers: { cookie: admin },
    });
    expect(unknown.statusCode).toBe(404);
  });
});
