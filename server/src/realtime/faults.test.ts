import { afterEach, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import {
  BoardSync,
  decodeSnapshotResult,
  listenForBoardChanges,
  type BoardSnapshot,
} from '@tavla/shared';
import type { App } from '../app.js';
import { FaultProxy } from '../test-support/fault-proxy.js';
import type { ClientSocket } from '../test-support/sockets.js';
import { createBoard, joinPhone, testApp, testUuid } from '../test-support/test-app.js';

let app: App | undefined;
let proxy: FaultProxy | undefined;
const sockets: ClientSocket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await proxy?.stop();
  await app?.close();
});

/** A kiosk on the far side of a faulty network, keeping its board with the real BoardSync. */
async function setup() {
  const built = await testApp();
  app = built.app;
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  proxy = new FaultProxy(address.port);
  const proxyPort = await proxy.start();
  const board = createBoard(built.app);
  const phone = await joinPhone(built.app, board);
  const socket: ClientSocket = connect(`http://127.0.0.1:${proxyPort}`, {
    path: '/socket.io',
    auth: { displayKey: board.display_key },
    transports: ['websocket'],
    reconnectionDelay: 50,
    reconnectionDelayMax: 200,
    randomizationFactor: 0.5,
  });
  sockets.push(socket);
  const state: { snapshot: BoardSnapshot | null } = { snapshot: null };
  const requests: string[] = [];
  const sync = new BoardSync({
    requestSnapshot: () => {
      requests.push('snapshot');
      return socket.timeout(2000).emitWithAck('board:sync', {}).then(decodeSnapshotResult);
    },
    requestChanges: (since, history) => {
      requests.push(`catch-up since ${String(since)}`);
      return socket.timeout(2000).emitWithAck('board:catch-up', { since, history });
    },
    onState: (snapshot) => (state.snapshot = snapshot),
  });
  socket.on('connect', () => sync.connected());
  listenForBoardChanges(socket, sync);
  const post = async (text: string) => {
    const response = await built.app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/suggestions`,
      headers: { cookie: phone },
      payload: { id: testUuid(), text, dimension: 'social' },
    });
    expect(response.statusCode).toBe(201);
  };
  const texts = () => state.snapshot?.suggestions.map((s) => s.text).sort() ?? [];
  return { socket, proxy, post, texts, requests };
}

describe('through a faulty network', () => {
  it('catches up on what it missed while the connection was cut', async () => {
    const { socket, proxy: faults, post, texts, requests } = await setup();
    await expect.poll(() => socket.connected).toBe(true);
    await post('Before the drop');
    await expect.poll(texts).toEqual(['Before the drop']);

    faults.set('drop');
    await expect.poll(() => socket.connected).toBe(false);
    await post('During the drop 1');
    await post('During the drop 2');
    faults.set('pass');

    await expect
      .poll(texts, { timeout: 10_000 })
      .toEqual(['Before the drop', 'During the drop 1', 'During the drop 2']);
    // The reconnect fetched only the two changes it missed, not the whole board.
    expect(requests).toEqual(['snapshot', 'catch-up since 1']);
  });

  it('keeps every live change, in order, over a slow link', async () => {
    const { socket, proxy: faults, post, texts } = await setup();
    await expect.poll(() => socket.connected).toBe(true);
    faults.set('pass', 150);
    for (let i = 1; i <= 5; i += 1) await post(`Slow ${i}`);
    await expect
      .poll(texts, { timeout: 10_000 })
      .toEqual(['Slow 1', 'Slow 2', 'Slow 3', 'Slow 4', 'Slow 5']);
  });

  it('gets nothing through a black hole, and everything once it lifts', async () => {
    const { socket, proxy: faults, post, texts } = await setup();
    await expect.poll(() => socket.connected).toBe(true);
    faults.set('blackhole');
    await post('Sent into the black hole');
    // Nothing can arrive while the link swallows everything.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(texts()).toEqual([]);
    faults.set('pass');
    // The socket may not have noticed; a fresh connection brings the board back.
    faults.set('drop');
    faults.set('pass');
    await expect.poll(texts, { timeout: 10_000 }).toEqual(['Sent into the black hole']);
  });
});
