import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '@tavla/shared';
import type { App } from '../app.js';
import {
  count,
  createBoard,
  createLead,
  joinPhone,
  setupAdmin,
  testApp,
  testUuid,
} from '../test-support/test-app.js';
import type { BoardRow } from '../modules/boards/board-repository.js';
import { DEFAULT_RATE_LIMITS } from './rate-limits.js';

const post = (app: App, board: BoardRow, cookie: string) =>
  app.inject({
    method: 'POST',
    url: `/api/boards/${board.id}/suggestions`,
    headers: { cookie },
    payload: { id: testUuid(), text: 'Turn off the fans at night', dimension: 'economic' },
  });

const statuses = (responses: { statusCode: number }[]) =>
  responses.reduce<Record<number, number>>((tally, r) => {
    tally[r.statusCode] = (tally[r.statusCode] ?? 0) + 1;
    return tally;
  }, {});

const burst = DEFAULT_RATE_LIMITS.suggestion[0]?.max ?? 0;

describe('per-device rate limits on phone writes', () => {
  it('takes a burst of suggestions from one phone, then answers 429 rate_limited with Retry-After', async () => {
    const { app, db } = await testApp();
    const board = createBoard(app);
    const phone = await joinPhone(app, board);
    const responses = await Promise.all(Array.from({ length: 40 }, () => post(app, board, phone)));
    expect(statuses(responses)).toEqual({ 201: burst, 429: 40 - burst });
    expect(count(db, 'suggestions')).toBe(burst);
    const refused = responses.find((r) => r.statusCode === 429);
    const body = refused?.json<{ error: { code: string; retryAfterSeconds: number } }>();
    expect(body?.error.code).toBe('rate_limited');
    expect(body?.error.retryAfterSeconds).toBeGreaterThan(0);
    expect(body?.error.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(refused?.headers['retry-after']).toBe(String(body?.error.retryAfterSeconds));
    // Another phone on the same board has its own budget.
    const other = await joinPhone(app, board);
    expect((await post(app, board, other)).statusCode).toBe(201);
    await app.close();
  });

  it('limits writes per address too, so fresh devices do not bring fresh budgets', async () => {
    const { app, db } = await testApp();
    const board = createBoard(app);
    // 40 new phones from one address (within the new-device limit), one suggestion each.
    const phones = [];
    for (let i = 0; i < 40; i += 1) phones.push(await joinPhone(app, board));
    const responses = await Promise.all(phones.map((phone) => post(app, board, phone)));
    const perAddress = DEFAULT_RATE_LIMITS.perAddress?.suggestion?.[0]?.max ?? 0;
    expect(perAddress).toBeLessThan(40);
    expect(statuses(responses)).toEqual({ 201: perAddress, 429: 40 - perAddress });
    expect(count(db, 'suggestions')).toBe(perAddress);
    await app.close();
  });

  it('limits "me too", comments and photos per device too', async () => {
    const { app, db } = await testApp();
    const board = createBoard(app);
    const author = await joinPhone(app, board);
    const voter = await joinPhone(app, board);
    const suggestion = (await post(app, board, author)).json<Suggestion>();
    const url = `/api/boards/${board.id}/suggestions/${suggestion.id}`;

    const votes = DEFAULT_RATE_LIMITS.vote[0]?.max ?? 0;
    const voteAnswers = [];
    for (let i = 0; i < votes + 5; i += 1) {
      voteAnswers.push(
        await app.inject({
          method: 'PUT',
          url: `${url}/vote`,
          headers: { cookie: voter },
          payload: { voted: i % 2 === 0 },
        }),
      );
    }
    expect(statuses(voteAnswers)).toEqual({ 200: votes, 429: 5 });

    const comments = DEFAULT_RATE_LIMITS.comment[0]?.max ?? 0;
    const commentAnswers = await Promise.all(
      Array.from({ length: comments + 5 }, () =>
        app.inject({
          method: 'POST',
          url: `${url}/comments`,
          headers: { cookie: voter },
          payload: { id: testUuid(), text: 'Yes please' },
        }),
      ),
    );
    expect(statuses(commentAnswers)).toEqual({ 201: comments, 429: 5 });
    expect(count(db, 'comments')).toBe(comments);

    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: 'red' } })
      .jpeg()
      .toBuffer();
    const photos = DEFAULT_RATE_LIMITS.photo[0]?.max ?? 0;
    const photoAnswers = [];
    for (let i = 0; i < photos + 2; i += 1) {
      photoAnswers.push(
        await app.inject({
          method: 'PUT',
          url: `${url}/photo`,
          headers: { cookie: author, 'content-type': 'image/jpeg' },
          payload: jpeg,
        }),
      );
    }
    expect(statuses(photoAnswers)).toEqual({ 200: photos, 429: 2 });
    await app.close();
  });

  it('does not limit a lead’s own work', async () => {
    const { app, db } = await testApp();
    const board = createBoard(app);
    const admin = await setupAdmin(app);
    const lead = await createLead(app, admin, [board.id]);
    const author = await joinPhone(app, board);
    const suggestion = (await post(app, board, author)).json<Suggestion>();
    const comments = (DEFAULT_RATE_LIMITS.comment[0]?.max ?? 0) + 10;
    const answers = await Promise.all(
      Array.from({ length: comments }, () =>
        app.inject({
          method: 'POST',
          url: `/api/boards/${board.id}/suggestions/${suggestion.id}/comments`,
          headers: { cookie: lead.cookie },
          payload: { id: testUuid(), text: 'We are on it' },
        }),
      ),
    );
    expect(statuses(answers)).toEqual({ 201: comments });
    expect(count(db, 'comments')).toBe(comments);
    await app.close();
  });

  it('holds every write of a signed-in account to its own ceiling, on any route', async () => {
    expect(DEFAULT_RATE_LIMITS.signedIn?.length).toBeGreaterThan(0);
    const { app, db } = await testApp({
      rateLimits: { ...DEFAULT_RATE_LIMITS, signedIn: [{ max: 6, windowMs: 60_000 }] },
    });
    const board = createBoard(app);
    const admin = await setupAdmin(app);
    const lead = await createLead(app, admin, [board.id]);
    const author = await joinPhone(app, board);
    const suggestion = (await post(app, board, author)).json<Suggestion>();
    const comment = () =>
      app.inject({
        method: 'POST',
        url: `/api/boards/${board.id}/suggestions/${suggestion.id}/comments`,
        headers: { cookie: lead.cookie },
        payload: { id: testUuid(), text: 'We are on it' },
      });
    // Signing in was not a write of the account (nobody was signed in yet); sign-out would be.
    const answers = [];
    for (let i = 0; i < 9; i += 1) answers.push(await comment());
    expect(statuses(answers)).toEqual({ 201: 6, 429: 3 });
    expect(count(db, 'comments')).toBe(6);
    const refused = answers.at(-1)?.json<{ error: { code: string; retryAfterSeconds: number } }>();
    expect(refused?.error.code).toBe('rate_limited');
    expect(refused?.error.retryAfterSeconds).toBeGreaterThan(0);
    // A status move, another route, is counted against the same ceiling and refused too.
    const move = await app.inject({
      method: 'PUT',
      url: `/api/boards/${board.id}/suggestions/${suggestion.id}/status`,
      headers: { cookie: lead.cookie },
      payload: { status: 'planned' },
    });
    expect(move.statusCode).toBe(429);
    // Reading is not limited; the admin's account and the phone keep their own budgets.
    const read = await app.inject({
      method: 'GET',
      url: `/api/boards/${board.id}/suggestions/${suggestion.id}/history`,
      headers: { cookie: lead.cookie },
    });
    expect(read.statusCode).toBe(200);
    expect(JSON.stringify(read.json())).not.toContain('planned');
    const byAdmin = await app.inject({
      method: 'PUT',
      url: `/api/boards/${board.id}/suggestions/${suggestion.id}/status`,
      headers: { cookie: admin },
      payload: { status: 'planned' },
    });
    expect(byAdmin.statusCode).toBe(200);
    expect((await post(app, board, author)).statusCode).toBe(201);
    await app.close();
  });
});

describe('new devices per address', () => {
  it('creates a burst of devices from one address, then refuses with 429 while known phones still join', async () => {
    const { app, db } = await testApp();
    const board = createBoard(app);
    const allowed = DEFAULT_RATE_LIMITS.newDevice[0]?.max ?? 0;
    const known = await joinPhone(app, board);
    const join = (headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') =>
      app.inject({ method: 'GET', url: `/join/${board.join_token}`, headers, remoteAddress });
    const answers = await Promise.all(Array.from({ length: allowed + 20 }, () => join()));
    expect(statuses(answers)).toEqual({ 302: allowed - 1, 429: 21 });
    expect(count(db, 'devices')).toBe(allowed);
    const refused = answers.find((r) => r.statusCode === 429);
    expect(refused?.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(0);

    // A browser gets a page in both languages that tries again by itself after Retry-After.
    const page = await join({ accept: 'text/html' });
    expect(page.statusCode).toBe(429);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toMatch(/<meta http-equiv="refresh" content="\d+">/);
    expect(page.body).toContain('Many people are joining right now');

    // A phone that already has a device joins as before; another address is not affected.
    expect((await join({ cookie: known })).statusCode).toBe(302);
    expect((await join({}, '10.0.0.7')).statusCode).toBe(302);
    expect(count(db, 'devices')).toBe(allowed + 1);
    await app.close();
  });
});
