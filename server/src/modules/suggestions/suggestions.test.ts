import { describe, expect, it, vi } from 'vitest';
import type { BoardSnapshot, Suggestion } from '@tavla/shared';
import { count, createBoard, joinPhone, testApp, testUuid } from '../../test-support/test-app.js';
import { DEVICE_COOKIE } from '../devices/device-service.js';

async function setup(options: { rateLimits?: 'off' } = {}) {
  const { app, db } = await testApp(options);
  const board = createBoard(app, 'Line 3');
  const other = createBoard(app, 'Line 4');
  const cookie = await joinPhone(app, board);
  const otherCookie = await joinPhone(app, other);
  const post = (
    payload: unknown,
    options: { board?: string; cookie?: string; headers?: Record<string, string> } = {},
  ) =>
    app.inject({
      method: 'POST',
      url: `/api/boards/${options.board ?? board.id}/suggestions`,
      headers: { cookie: options.cookie ?? cookie, ...options.headers },
      payload: payload as Record<string, unknown>,
    });
  return { app, db, board, other, cookie, otherCookie, post };
}

const body = (overrides: Record<string, unknown> = {}) => ({
  id: testUuid(),
  text: 'Automatic sliding doors on the freezer room to keep the cold in',
  dimension: 'ecological',
  ...overrides,
});

describe('POST /api/boards/:boardId/suggestions', () => {
  it('stores a suggestion as New with a board sequence number', async () => {
    const { post, board, app, cookie } = await setup();
    const response = await post(body({ authorName: '  Aino  ' }));
    expect(response.statusCode).toBe(201);
    const created = response.json<Suggestion>();
    expect(created).toMatchObject({
      boardId: board.id,
      status: 'new',
      dimension: 'ecological',
      authorName: 'Aino',
      seq: 1,
      createdAt: '2026-11-21T08:00:00.000Z',
    });
    const second = await post(body({ dimension: 'social', text: 'Ergonomic mats at station 4' }));
    expect(second.json<Suggestion>().seq).toBe(2);

    const snapshot = await app.inject({
      method: 'GET',
      url: `/api/boards/${board.id}/snapshot`,
      headers: { cookie },
    });
    expect(snapshot.statusCode).toBe(200);
    const data = snapshot.json<BoardSnapshot>();
    expect(data.seq).toBe(2);
    expect(data.suggestions.map((s) => s.text)).toEqual([
      'Ergonomic mats at station 4',
      'Automatic sliding doors on the freezer room to keep the cold in',
    ]);
    expect(data.joinUrl).toBeUndefined();
  });

  it('stores a retried post once (client-generated id)', async () => {
    const { post, db } = await setup();
    const payload = body();
    const first = await post(payload);
    const retry = await post(payload);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(200);
    expect(retry.json<Suggestion>()).toEqual(first.json<Suggestion>());
    expect(count(db, 'suggestions')).toBe(1);
    expect(count(db, 'board_changes')).toBe(1);
  });

  it('commits posts that arrive together in one transaction, in order, each once', async () => {
    // One phone posts 14 at once: group commit is tested here, the limits elsewhere.
    const { app, post, db } = await setup({ rateLimits: 'off' });
    const published: number[] = [];
    app.services.changes.subscribe((_b, change) => published.push(change.payload.seq));
    const transactions = vi.spyOn(db, 'transaction');
    const twice = body();
    const payloads = [...Array.from({ length: 12 }, () => body()), twice, twice];
    const responses = await Promise.all(payloads.map((payload) => post(payload)));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([
      200,
      ...Array<number>(13).fill(201),
    ]);
    expect(count(db, 'suggestions')).toBe(13);
    // Sequence numbers stay gapless even though one post in the batch was rolled back alone.
    expect(published).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    const seqs = db.prepare('SELECT seq FROM board_changes ORDER BY seq').pluck().all();
    expect(seqs).toEqual(published);
    // One outer transaction (plus a savepoint per post) instead of one commit per post.
    const outer = transactions.mock.results.length - payloads.length;
    expect(outer).toBeLessThan(payloads.length / 4);
  });

  it('records each change with its broadcast payload', async () => {
    const { post, db, board } = await setup();
    await post(body());
    const change = db.prepare('SELECT * FROM board_changes').get() as {
      board_id: string;
      seq: number;
      event: string;
      payload: string;
    };
    expect(change).toMatchObject({ board_id: board.id, seq: 1, event: 'suggestion:created' });
    expect(JSON.parse(change.payload)).toMatchObject({ seq: 1, suggestion: { status: 'new' } });
  });

  const badInputs: [string, () => Record<string, unknown> | string, number, string?][] = [
    ['missing text', () => ({ id: testUuid(), dimension: 'social' }), 400],
    ['too short text', () => body({ text: 'ab' }), 400],
    ['only whitespace', () => body({ text: '   \n\t  ' }), 400],
    ['too long text', () => body({ text: 'x'.repeat(1001) }), 400],
    ['text of the wrong type', () => body({ text: 123456 }), 400],
    ['unknown dimension', () => body({ dimension: 'political' }), 400],
    ['missing dimension', () => ({ id: testUuid(), text: 'Fix the leaking air hose' }), 400],
    ['name too long', () => body({ authorName: 'n'.repeat(61) }), 400],
    ['missing id', () => ({ text: 'Fix the leaking air hose', dimension: 'economic' }), 400],
    ['id that is not a uuid', () => body({ id: 'abc' }), 400],
    ['extra fields (e.g. a status)', () => body({ status: 'done' }), 400],
    ['malformed JSON', () => '{"text": "broken', 400, 'invalid_json'],
  ];

  it.each(badInputs)(
    'rejects %s with a 4xx and stores nothing',
    async (_name, make, status, code) => {
      const { post, db } = await setup();
      const payload = make();
      const response =
        typeof payload === 'string'
          ? await post(payload, { headers: { 'content-type': 'application/json' } })
          : await post(payload);
      expect(response.statusCode).toBe(status);
      const error = response.json<{ error: { code: string; message: string } }>().error;
      expect(error.code).toBe(code ?? 'validation_failed');
      expect(error.message.length).toBeGreaterThan(5);
      expect(count(db, 'suggestions')).toBe(0);
      expect(count(db, 'board_changes')).toBe(0);
    },
  );

  it('rejects a body that is not JSON', async () => {
    const { post, db } = await setup();
    const response = await post('text=hello', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.statusCode).toBe(415);
    expect(count(db, 'suggestions')).toBe(0);
  });

  it('rejects an oversized body', async () => {
    const { post, db } = await setup();
    const response = await post(body({ text: 'x'.repeat(100_000) }));
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(count(db, 'suggestions')).toBe(0);
  });

  it("rejects an unknown board, a missing or unknown device, and another board's phone", async () => {
    const { post, db, other, otherCookie, app, board } = await setup();
    const unknownBoard = await post(body(), { board: 'no-such-board-id' });
    expect(unknownBoard.statusCode).toBe(404);
    const badBoardId = await post(body(), { board: 'bad id!' });
    expect(badBoardId.statusCode).toBe(400);
    const noCookie = await post(body(), { cookie: '' });
    expect(noCookie.statusCode).toBe(401);
    const forged = await post(body(), { cookie: `${DEVICE_COOKIE}=forged-device-id-00000` });
    expect(forged.statusCode).toBe(401);
    const wrongBoard = await post(body(), { cookie: otherCookie });
    expect(wrongBoard.statusCode).toBe(403);
    const display = await post(body(), { headers: { 'x-display-key': board.display_key } });
    expect(display.statusCode).toBe(403);
    expect(count(db, 'suggestions')).toBe(0);
    // The other board's phone may of course post on its own board.
    const own = await post(body(), { board: other.id, cookie: otherCookie });
    expect(own.statusCode).toBe(201);
    expect(app.services.suggestions.snapshot(board).suggestions).toEqual([]);
  });

  it('refuses to reuse an id for another board', async () => {
    const { post, db, other, otherCookie } = await setup();
    const payload = body();
    expect((await post(payload)).statusCode).toBe(201);
    const reused = await post(payload, { board: other.id, cookie: otherCookie });
    expect(reused.statusCode).toBe(409);
    expect(count(db, 'suggestions')).toBe(1);
  });
});

describe('GET /api/boards/:boardId/snapshot', () => {
  it('gives the display the join URL, and nobody else a look at another board', async () => {
    const { app, board, other, otherCookie } = await setup();
    const display = await app.inject({
      method: 'GET',
      url: `/api/boards/${board.id}/snapshot`,
      headers: { 'x-display-key': board.display_key },
    });
    expect(display.statusCode).toBe(200);
    expect(display.json<BoardSnapshot>().joinUrl).toBe(
      `http://127.0.0.1:8080/join/${board.join_token}`,
    );

    const cases: [Record<string, string>, number][] = [
      [{ 'x-display-key': 'wrong-key' }, 401],
      [{ 'x-display-key': other.display_key }, 403],
      [{ cookie: otherCookie }, 403],
      [{}, 401],
    ];
    for (const [headers, status] of cases) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/boards/${board.id}/snapshot`,
        headers,
      });
      expect(response.statusCode, JSON.stringify(headers)).toBe(status);
    }
  });
});
