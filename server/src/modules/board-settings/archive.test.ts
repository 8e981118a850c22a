import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSnapshotResult, type AdminBoard, type BoardSnapshot } from '@tavla/shared';
import type { App } from '../../app.js';
import type { Db } from '../../db/open-database.js';
import { earlyPolicyOf, refusedOnArchived } from '../../http/early-access.js';
import type { BoardRow } from '../boards/board-repository.js';
import { nextEvent, openSocket } from '../../test-support/sockets.js';
import {
  count,
  createBoard,
  joinPhone,
  setupAdmin,
  testApp,
  testUuid,
} from '../../test-support/test-app.js';

let app: App;
let db: Db;
let board: BoardRow;
let admin: string;
let phone: string;

beforeAll(async () => {
  ({ app, db } = await testApp({ rateLimits: 'off' }));
  board = createBoard(app, 'Line 3');
  admin = await setupAdmin(app);
  phone = await joinPhone(app, board);
});

afterAll(async () => {
  await app.close();
});

/**
 * Everything a refused write must leave as it was: every table, but for the ones a request
 * touches whoever makes it (sessions and devices are "seen", throttles count).
 */
function fingerprint(): string {
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  )
    .map((row) => row.name)
    .filter((name) => !/^(sessions|devices|schema_migrations)$|throttle|limit/.test(name));
  return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]));
}

async function archive(): Promise<AdminBoard> {
  const response = await app.inject({
    method: 'POST',
    url: `/api/admin/boards/${board.id}/archive`,
    headers: { cookie: admin },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<AdminBoard>();
}

async function restore() {
  return app.inject({
    method: 'POST',
    url: `/api/admin/boards/${board.id}/restore`,
    headers: { cookie: admin },
  });
}

interface Operation {
  method: string;
  /** As Fastify names it: "/api/boards/:boardId/goals/:goalId". */
  route: string;
  url: string;
}

interface ParamSpec {
  in: string;
  name: string;
  schema?: { enum?: unknown[]; const?: unknown; anyOf?: { const?: unknown }[] };
}

/** A value the parameter's schema takes: its first allowed value, else a UUID (any id pattern). */
function exampleOf(param: ParamSpec): string {
  const schema = param.schema ?? {};
  const value = schema.enum?.[0] ?? schema.const ?? schema.anyOf?.[0]?.const;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : testUuid();
}

/**
 * Every mutating operation on a board, read from the app's own OpenAPI document: a route added
 * later is in this list without anyone adding it.
 */
async function boardWrites(): Promise<Operation[]> {
  const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  const doc = response.json<{
    paths: Record<string, Record<string, { parameters?: ParamSpec[] }>>;
  }>();
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [lower, operation] of Object.entries(methods)) {
      const method = lower.toUpperCase();
      const route = path.replace(/\{(\w+)\}/g, ':$1');
      if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(method) || !route.includes(':boardId')) {
        continue;
      }
      const params = (operation.parameters ?? []).filter((p) => p.in === 'path');
      const url = path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
        if (name === 'boardId') return board.id;
        const spec = params.find((p) => p.name === name);
        return spec ? exampleOf(spec) : testUuid();
      });
      operations.push({ method, route, url });
    }
  }
  return operations;
}

describe('an archived board', () => {
  it('is archived by an admin: a board change every screen gets, with when', async () => {
    const seq = app.services.boardRepository.findById(board.id)?.last_seq ?? -1;
    const archived = await archive();
    expect(archived.board.archivedAt).toEqual(expect.any(String));
    expect(app.services.boardRepository.findById(board.id)?.last_seq).toBe(seq + 1);
    const snapshot = await app.inject({
      method: 'GET',
      url: `/api/boards/${board.id}/snapshot`,
      headers: { cookie: phone },
    });
    expect(snapshot.json<BoardSnapshot>().board.archivedAt).toBe(archived.board.archivedAt);
  });

  it('refuses every write route of the board with 409 board_archived, before its body, and changes nothing', async () => {
    const writes = await boardWrites();
    // The list is the app's own: dozens of writes, the ones of every area among them.
    expect(writes.length).toBeGreaterThan(50);
    for (const route of [
      'POST /api/boards/:boardId/suggestions',
      'PUT /api/boards/:boardId/employees',
      'PATCH /api/boards/:boardId/settings',
      'POST /api/admin/boards/:boardId/join-token',
      'POST /api/admin/boards/:boardId/archive',
    ]) {
      expect(writes.map((w) => `${w.method} ${w.route}`)).toContain(route);
    }
    const before = fingerprint();
    let refused = 0;
    for (const write of writes) {
      if (!refusedOnArchived(write.method, write.route)) {
        // The one write an archived board takes.
        expect(`${write.method} ${write.route}`).toBe('POST /api/admin/boards/:boardId/restore');
        continue;
      }
      // The caller who may make the write: a phone for the phones' writes, else an admin.
      const cookie = earlyPolicyOf(write.method, write.route) === 'device' ? phone : admin;
      const response = await app.inject({
        method: write.method as 'POST',
        url: write.url,
        headers: { cookie, 'content-type': 'application/json' },
        payload: '{}',
      });
      const label = `${write.method} ${write.url}`;
      expect(response.statusCode, `${label}: ${response.body}`).toBe(409);
      expect(response.json<{ error: { code: string } }>().error.code, label).toBe('board_archived');
      refused += 1;
    }
    expect(refused).toBe(writes.length - 1);
    expect(fingerprint()).toBe(before);
  });

  it('still says who may not write first: a stranger gets 401, not the archive', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/suggestions`,
      payload: { id: testUuid(), text: 'A suggestion to act on', dimension: 'social' },
    });
    expect(response.statusCode).toBe(401);
  });

  it('stays readable: snapshot, settings, older suggestions, the export', async () => {
    for (const url of [
      `/api/boards/${board.id}/snapshot`,
      `/api/boards/${board.id}/settings`,
      `/api/boards/${board.id}/suggestions`,
      `/api/boards/${board.id}/export.json`,
      `/api/boards/managed`,
    ]) {
      const response = await app.inject({ method: 'GET', url, headers: { cookie: admin } });
      expect(response.statusCode, url).toBe(200);
    }
  });

  it('refuses socket writes (the heartbeat, any event but sync and catch-up) and still syncs', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    const wall = await openSocket(`http://127.0.0.1:${address.port}`, {
      displayKey: board.display_key,
    });
    try {
      const displays = count(db, 'displays');
      const heartbeat = await wall.emitWithAck('display:heartbeat', {
        displayId: 'screen-archived',
        build: 'test',
        heapBytes: null,
        userAgent: 'archive test',
      });
      expect(heartbeat.ok ? 'ok' : heartbeat.error.code).toBe('board_archived');
      expect(count(db, 'displays')).toBe(displays);
      // An event nobody handles yet is refused too: a write added later is covered.
      const unknown: unknown = await (
        wall as unknown as { emitWithAck(event: string, body: unknown): Promise<unknown> }
      ).emitWithAck('board:rename', { name: 'X' });
      expect(unknown).toMatchObject({ ok: false, error: { code: 'board_archived' } });
      const sync = decodeSnapshotResult(await wall.emitWithAck('board:sync', {}));
      expect(sync.ok && sync.data.board.archivedAt).toEqual(expect.any(String));
      const catchUp = await wall.emitWithAck('board:catch-up', { since: 0 });
      expect(catchUp.ok).toBe(true);

      // Restored by an admin: the wall hears it at once, and writes are taken again.
      const updated = nextEvent(wall, 'board:updated');
      const restored = await restore();
      expect(restored.statusCode, restored.body).toBe(200);
      expect(restored.json<AdminBoard>().board.archivedAt).toBeNull();
      expect((await updated).board.archivedAt).toBeNull();
      const again = await wall.emitWithAck('display:heartbeat', {
        displayId: 'screen-archived',
        build: 'test',
        heapBytes: null,
        userAgent: 'archive test',
      });
      expect(again.ok).toBe(true);
    } finally {
      wall.close();
    }
    const posted = await app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/suggestions`,
      headers: { cookie: phone },
      payload: { id: testUuid(), text: 'A suggestion after the restore', dimension: 'social' },
    });
    expect(posted.statusCode).toBe(201);
  });

  it('restoring a board in use changes nothing', async () => {
    const seq = app.services.boardRepository.findById(board.id)?.last_seq;
    const response = await restore();
    expect(response.statusCode).toBe(200);
    expect(app.services.boardRepository.findById(board.id)?.last_seq).toBe(seq);
  });
});
