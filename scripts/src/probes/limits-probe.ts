/**
 * Reproduces the issue-10 findings on loopback against an in-process server (bounded; stops by
 * itself): posts from one device, fresh devices from one address, and board:sync spam on a
 * board with many suggestions. Run: `npm run probe:limits -w @tavla/scripts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { io as connect } from 'socket.io-client';
import { buildApp } from '../../../server/src/app.js';
import { migrate } from '../../../server/src/db/migrate.js';
import { openDatabase } from '../../../server/src/db/open-database.js';

/**
 * Client mode: the phone's socket runs in a child process, so the server's event-loop delay is
 * measured without the client's decoding in the same loop.
 */
if (process.argv[2] === 'client') {
  const [, , , base, boardId, cookie, count] = process.argv;
  const socket = connect(base ?? '', {
    path: '/socket.io',
    auth: { boardId },
    transports: ['websocket'],
    extraHeaders: { cookie: cookie ?? '' },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const sizeOf = (data: unknown): number =>
    Array.isArray(data)
      ? (data as ArrayBufferView[]).reduce((sum, part) => sum + part.byteLength, 0)
      : Buffer.byteLength(JSON.stringify(data));
  const warm = (await socket.emitWithAck('board:sync', {})) as { data: unknown };
  process.send?.({ ready: true, bytes: sizeOf(warm.data) });
  await new Promise<void>((resolve) => process.once('message', () => resolve()));
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Number(count) }, () => socket.emitWithAck('board:sync', {})),
  );
  process.send?.({ ms: performance.now() - started });
  socket.close();
  process.exit(0);
}

const POSTS = 3000;
const FRESH_DEVICES = 500;
const SYNCS = 30;

const dir = mkdtempSync(join(tmpdir(), 'tavla-probe-'));
const db = openDatabase(join(dir, 'tavla.db'));
migrate(db);
const app = await buildApp({
  db,
  publicUrl: 'http://127.0.0.1:1',
  pepper: Buffer.alloc(32, 1),
  photoDir: dir,
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
if (!address || typeof address === 'string') throw new Error('no address');
const base = `http://127.0.0.1:${address.port}`;
const board = app.services.boards.create({ name: 'Probe', language: 'en' });

async function joinBoard(cookie?: string): Promise<{ status: number; cookie: string | null }> {
  const response = await fetch(`${base}/join/${board.join_token}`, {
    redirect: 'manual',
    headers: cookie ? { cookie } : {},
  });
  const set = response.headers.get('set-cookie');
  return { status: response.status, cookie: set ? (set.split(';')[0] ?? null) : null };
}

async function pool<T>(count: number, width: number, task: (i: number) => Promise<T>) {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

// 1. One device posts 3,000 suggestions as fast as it can, for at most 10 s.
const phone = (await joinBoard()).cookie ?? '';
const started = Date.now();
const statuses = await pool(POSTS, 50, async () => {
  if (Date.now() - started > 10_000) return 0;
  const response = await fetch(`${base}/api/boards/${board.id}/suggestions`, {
    method: 'POST',
    headers: { cookie: phone, 'content-type': 'application/json' },
    body: JSON.stringify({ id: randomUUID(), text: 'Spam suggestion text', dimension: 'social' }),
  });
  await response.arrayBuffer();
  return response.status;
});
const accepted = statuses.filter((s) => s === 201).length;
const refused = statuses.filter((s) => s === 429).length;
console.log(
  `posts: ${accepted} of ${POSTS} accepted, ${refused} refused with 429, in ${Date.now() - started} ms`,
);

// 2. Fresh devices from one address, each saying "me too" on one suggestion.
const target = app.services.suggestions.snapshot(board).suggestions[0];
const joins = await pool(FRESH_DEVICES, 50, () => joinBoard());
const devices = joins.filter((j) => j.status === 302 && j.cookie).map((j) => j.cookie ?? '');
if (target) {
  await pool(devices.length, 50, async (i) => {
    const response = await fetch(`${base}/api/boards/${board.id}/suggestions/${target.id}/vote`, {
      method: 'PUT',
      headers: { cookie: devices[i] ?? '', 'content-type': 'application/json' },
      body: JSON.stringify({ voted: true }),
    });
    await response.arrayBuffer();
  });
}
app.services.tallies.flush();
const votes = db.prepare('SELECT COUNT(*) AS n FROM votes').get() as { n: number };
console.log(
  `fresh devices: ${devices.length} of ${FRESH_DEVICES} created from one address, ${votes.n} votes`,
);

// 3. A board with 3,000 suggestions (filled directly), then 30 board:sync requests at once.
const have = (db.prepare('SELECT COUNT(*) AS n FROM suggestions').get() as { n: number }).n;
for (let i = have; i < POSTS; i += 1) {
  await app.services.suggestions.create(board, null, {
    id: randomUUID(),
    text: `Suggestion number ${i} about saving energy on line three`,
    dimension: 'ecological',
  });
}
const client = fork(
  fileURLToPath(import.meta.url),
  ['client', base, board.id, phone, String(SYNCS)],
  {
    execArgv: process.execArgv,
  },
);
const message = (): Promise<{ ready?: boolean; bytes?: number; ms?: number }> =>
  new Promise((resolve) => client.once('message', (m) => resolve(m as { bytes?: number })));
const ready = await message();
const histogram = monitorEventLoopDelay({ resolution: 1 });
histogram.enable();
client.send('go');
const done = await message();
histogram.disable();
console.log(
  `board:sync x${SYNCS} on ${POSTS} suggestions: snapshot ${ready.bytes ?? 0} bytes, ` +
    `all answered in ${(done.ms ?? 0).toFixed(0)} ms, server event-loop delay max ` +
    `${(histogram.max / 1e6).toFixed(0)} ms, p99 ${(histogram.percentile(99) / 1e6).toFixed(0)} ms`,
);

// The server's own share of one board:sync, without the socket: build (or reuse) and append.
const buildStart = performance.now();
for (let i = 0; i < SYNCS; i += 1) {
  const service: Partial<typeof app.services.suggestions> = app.services.suggestions;
  const extras = { deviceId: phone.split('=')[1] ?? null };
  // (Before the cache there was no snapshotParts: Socket.IO stringified each snapshot.)
  if (service.snapshotParts) service.snapshotParts(board, extras);
  else JSON.stringify(app.services.suggestions.snapshot(board, extras));
}
console.log(
  `${SYNCS} snapshots made in-process: ${(performance.now() - buildStart).toFixed(0)} ms`,
);

// 4. The same board when 2,900 of them were done long ago: they leave the snapshot.
db.prepare(
  `UPDATE suggestions SET status = 'done', status_changed_at = '2020-01-01T00:00:00.000Z'
   WHERE id IN (SELECT id FROM suggestions WHERE board_id = ? ORDER BY created_at LIMIT 2900)`,
).run(board.id);
db.prepare('UPDATE boards SET last_seq = last_seq + 1 WHERE id = ?').run(board.id);
const scoped = app.services.suggestions.snapshot(board, {
  deviceId: decodeURIComponent(phone.split('=')[1] ?? ''),
});
console.log(
  `snapshot with 2,900 of 3,000 done long ago: ${Buffer.byteLength(JSON.stringify(scoped))} bytes`,
);
await app.close();
db.close();
rmSync(dir, { recursive: true, force: true });
