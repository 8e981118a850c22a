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
import { io as connect } from 'socket.io-client';
import { buildApp } from '../../../server/src/app.js';
import { migrate } from '../../../server/src/db/migrate.js';
import { openDatabase } from '../../../server/src/db/open-database.js';

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
const socket = connect(base, {
  path: '/socket.io',
  auth: { boardId: board.id },
  transports: ['websocket'],
  extraHeaders: { cookie: phone },
});
await new Promise<void>((resolve, reject) => {
  socket.once('connect', resolve);
  socket.once('connect_error', reject);
});
const bytesOf = (data: unknown): number =>
  data instanceof ArrayBuffer || ArrayBuffer.isView(data)
    ? data.byteLength
    : Buffer.byteLength(JSON.stringify(data));
const first = (await socket.emitWithAck('board:sync', {})) as { ok: boolean; data: unknown };
const histogram = monitorEventLoopDelay({ resolution: 1 });
histogram.enable();
const syncStart = performance.now();
await Promise.all(Array.from({ length: SYNCS }, () => socket.emitWithAck('board:sync', {})));
const syncMs = performance.now() - syncStart;
histogram.disable();
console.log(
  `board:sync x${SYNCS} on ${POSTS} suggestions: snapshot ${bytesOf(first.data)} bytes, ` +
    `all answered in ${syncMs.toFixed(0)} ms, event-loop delay max ${(histogram.max / 1e6).toFixed(0)} ms, ` +
    `p99 ${(histogram.percentile(99) / 1e6).toFixed(0)} ms`,
);

// 4. The same board when 2,900 of them were done long ago: they leave the snapshot.
db.prepare(
  `UPDATE suggestions SET status = 'done', status_changed_at = '2020-01-01T00:00:00.000Z'
   WHERE id IN (SELECT id FROM suggestions WHERE board_id = ? ORDER BY created_at LIMIT 2900)`,
).run(board.id);
db.prepare('UPDATE boards SET last_seq = last_seq + 1 WHERE id = ?').run(board.id);
const scoped = (await socket.emitWithAck('board:sync', {})) as { ok: boolean; data: unknown };
console.log(`snapshot with 2,900 of 3,000 done long ago: ${bytesOf(scoped.data)} bytes`);
socket.close();
await app.close();
db.close();
rmSync(dir, { recursive: true, force: true });
