import { afterEach, describe, expect, it, vi } from 'vitest';
import { deviceIdOf as hashedDeviceId } from '../devices/device-service.js';
import {
  DONE_ON_WALL_DAYS,
  decodeSnapshotResult,
  type BoardSnapshot,
  type Suggestion,
  type SuggestionPage,
} from '@tavla/shared';
import type { App } from '../../app.js';
import type { Db } from '../../db/open-database.js';
import { openSocket, type ClientSocket } from '../../test-support/sockets.js';
import {
  createBoard,
  joinPhone,
  manualClock,
  testApp,
  testUuid,
} from '../../test-support/test-app.js';
import type { BoardRow } from '../boards/board-repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const sockets: ClientSocket[] = [];
const apps: App[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  for (const app of apps.splice(0)) await app.close();
  vi.restoreAllMocks();
});

/** A suggestion put straight into the database in a given state (what happened long ago). */
function seed(
  db: Db,
  board: BoardRow,
  state: {
    status: Suggestion['status'];
    statusChangedAt: string;
    createdAt: string;
    deviceId?: string | null;
    goalId?: string | null;
  },
): string {
  const id = testUuid();
  const seq = (
    db
      .prepare('UPDATE boards SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq')
      .get(board.id) as { last_seq: number }
  ).last_seq;
  db.prepare(
    `INSERT INTO suggestions (id, board_id, device_id, text, dimension, status,
       status_changed_at, vote_count, comment_count, goal_id, created_at, updated_at, seq)
     VALUES (?, ?, ?, 'Some idea', 'social', ?, ?, 0, 0, ?, ?, ?, ?)`,
  ).run(
    id,
    board.id,
    state.deviceId ?? null,
    state.status,
    state.statusChangedAt,
    state.goalId ?? null,
    state.createdAt,
    state.createdAt,
    seq,
  );
  return id;
}

/** The stored device id behind a phone's cookie header (only its hash is kept). */
const deviceIdOf = (cookie: string) => hashedDeviceId(cookie.split('=')[1]) ?? '';

describe('snapshot scope', () => {
  it('holds the open columns, recent Done, goal-linked and the phone’s own; pages the rest', async () => {
    const clock = manualClock('2026-11-21T08:00:00.000Z');
    const { app, db } = await testApp({ clock });
    apps.push(app);
    const board = createBoard(app);
    const phone = await joinPhone(app, board);
    const now = clock.now().getTime();
    const ago = (days: number) => new Date(now - days * DAY_MS).toISOString();
    const goal = app.services.goals.create(board, {
      title: 'Less waste',
      description: 'Less scrap at the press line',
      dimension: 'ecological',
      focusArea: '',
      metric: 'Scrap',
      unit: 'kg',
      baselineValue: null,
      baselineDate: null,
      targetValue: null,
      direction: null,
      deadline: null,
      responsible: '',
      achievableConfirmed: false,
      achievableNote: '',
    });
    const at = (days: number) => ({ createdAt: ago(days + 1), statusChangedAt: ago(days) });
    const open = seed(db, board, { status: 'planned', ...at(400) });
    const recentDone = seed(db, board, { status: 'done', ...at(DONE_ON_WALL_DAYS - 1) });
    const oldDone = seed(db, board, { status: 'done', ...at(DONE_ON_WALL_DAYS + 2) });
    const declined = seed(db, board, { status: 'not_doing', ...at(5) });
    const duplicate = seed(db, board, { status: 'duplicate', ...at(6) });
    const linked = seed(db, board, { status: 'done', ...at(200), goalId: goal.id });
    const ownDeclined = seed(db, board, {
      status: 'not_doing',
      ...at(3),
      deviceId: deviceIdOf(phone),
    });

    const wall = app.services.suggestions.snapshot(board);
    expect(new Set(wall.suggestions.map((s) => s.id))).toEqual(new Set([open, recentDone, linked]));
    expect(wall.doneSince).toBe('2026-10-22T00:00:00.000Z');

    const phoneSnapshot = app.services.suggestions.snapshot(board, {
      deviceId: deviceIdOf(phone),
    });
    expect(new Set(phoneSnapshot.suggestions.map((s) => s.id))).toEqual(
      new Set([open, recentDone, linked, ownDeclined]),
    );
    expect(phoneSnapshot.mine).toEqual([ownDeclined]);

    // The rest, newest first, two at a time; the cursor never repeats or skips one.
    const seen: string[] = [];
    let next: string | null | undefined;
    let pages = 0;
    do {
      const response = await app.inject({
        method: 'GET',
        url: `/api/boards/${board.id}/suggestions?limit=2${next ? `&before=${next}` : ''}`,
        headers: { cookie: phone },
      });
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json<SuggestionPage>();
      seen.push(...page.suggestions.map((s) => s.id));
      next = page.next;
      pages += 1;
    } while (next && pages < 10);
    expect(seen).toEqual([ownDeclined, declined, duplicate, oldDone]);
    expect(pages).toBe(2);

    const bad = await app.inject({
      method: 'GET',
      url: `/api/boards/${board.id}/suggestions?before=not-a-cursor`,
      headers: { cookie: phone },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'validation_failed', field: 'before' } });
    const tooMany = await app.inject({
      method: 'GET',
      url: `/api/boards/${board.id}/suggestions?limit=1000`,
      headers: { cookie: phone },
    });
    expect(tooMany.statusCode).toBe(400);
  });
});

describe('snapshot serialisation', () => {
  it('serialises a board once per change for all who ask, adding each phone’s own part', async () => {
    // 30 syncs from one socket: past the per-socket request limit, which is not what this tests.
    const { app } = await testApp({
      socketLimits: { burst: 100, perSecond: 100, maxRefusedInARow: 30, maxUnsentBytes: 64 << 20 },
    });
    apps.push(app);
    const board = createBoard(app);
    for (let i = 0; i < 300; i += 1) {
      await app.services.suggestions.create(board, null, {
        id: testUuid(),
        text: `Idea number ${String(i)} about the compressed air leaks`,
        dimension: 'economic',
      });
    }
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    const baseUrl = `http://127.0.0.1:${String(address.port)}`;
    const phones = await Promise.all([joinPhone(app, board), joinPhone(app, board)]);
    const [first, second] = await Promise.all(
      phones.map((cookie) => openSocket(baseUrl, { boardId: board.id }, cookie)),
    );
    if (!first || !second) throw new Error('no sockets');
    sockets.push(first, second);
    const posted = await app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/suggestions`,
      headers: { cookie: phones[0] },
      payload: { id: testUuid(), text: 'My own idea', dimension: 'social' },
    });
    const mine = posted.json<Suggestion>().id;

    // Count the serialisations of anything the size of the board (≥ 50 kB of JSON).
    const stringify = JSON.stringify.bind(JSON);
    let large = 0;
    vi.spyOn(JSON, 'stringify').mockImplementation(
      (value: unknown, replacer?: (string | number)[] | null, space?: string | number) => {
        const text = stringify(value, replacer, space);
        if (typeof text === 'string' && text.length > 50_000) large += 1;
        return text;
      },
    );
    const sync = async (socket: ClientSocket): Promise<BoardSnapshot> => {
      const result = decodeSnapshotResult(await socket.emitWithAck('board:sync', {}));
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    };
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => sync(i % 2 === 0 ? first : second)),
    );
    expect(large).toBe(1);
    expect(answers[0]?.suggestions).toHaveLength(301);
    expect(answers[0]?.mine).toEqual([mine]);
    expect(answers[1]?.mine).toEqual([]);
    expect(answers[1]?.suggestions).toEqual(answers[0]?.suggestions);

    // A change makes the next snapshot anew, once.
    await app.services.suggestions.create(board, null, {
      id: testUuid(),
      text: 'One more idea',
      dimension: 'social',
    });
    const after = await Promise.all([sync(first), sync(second), sync(first)]);
    expect(large).toBe(2);
    expect(after.map((s) => s.suggestions.length)).toEqual([302, 302, 302]);
    expect(after[0].seq).toBe((answers[0]?.seq ?? 0) + 1);

    // The HTTP snapshot is the same bytes.
    const http = await app.inject({
      method: 'GET',
      url: `/api/boards/${board.id}/snapshot`,
      headers: { cookie: phones[0] },
    });
    expect(http.headers['content-type']).toContain('application/json');
    expect(http.json<BoardSnapshot>()).toEqual(after[0]);
    expect(large).toBe(2);
  });
});
