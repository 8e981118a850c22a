import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Poster } from '@tavla/shared';
import type { App } from '../../app.js';
import type { BoardRow } from '../boards/board-repository.js';
import {
  createBoard,
  createLead,
  joinPhone,
  manualClock,
  setupAdmin,
  testApp,
  TEST_PUBLIC_URL,
} from '../../test-support/test-app.js';

const clock = manualClock('2026-11-21T08:00:00.000Z');
let app: App;
let admin: string;
let lead: string;
let fresh: BoardRow;
let rotated: BoardRow;
let other: BoardRow;

// One app for the file: signing in hashes passwords, which is slow on purpose.
beforeAll(async () => {
  ({ app } = await testApp({ clock }));
  fresh = createBoard(app, 'Pressen', 'sv');
  rotated = createBoard(app, 'Svetsen', 'sv');
  other = createBoard(app, 'Lagret', 'en');
  admin = await setupAdmin(app);
  lead = (await createLead(app, admin, [fresh.id, rotated.id])).cookie;
});

afterAll(async () => {
  await app.close();
});

const get = (boardId: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url: `/api/boards/${boardId}/poster`, headers });

async function replace(boardId: string, what: 'join-token' | 'display-key'): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: `/api/admin/boards/${boardId}/${what}`,
    headers: { cookie: admin },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ joinUrl: string }>().joinUrl;
}

describe('the QR poster', () => {
  it('gives the board’s lead its name, language and join URL, never replaced yet', async () => {
    const response = await get(fresh.id, { cookie: lead });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Poster>()).toEqual({
      board: {
        id: fresh.id,
        name: 'Pressen',
        language: 'sv',
        naming: 'optional',
        doneDays: 30,
        archivedAt: null,
      },
      joinUrl: `${TEST_PUBLIC_URL}/join/${fresh.join_token}`,
      linkChangedAt: null,
    });
  });

  it('follows a replaced join link and says when it was last replaced; the display key does not count', async () => {
    clock.advance(60_000);
    const first = await replace(rotated.id, 'join-token');
    clock.advance(24 * 60 * 60 * 1000);
    const second = await replace(rotated.id, 'join-token');
    const changedAt = clock.now().toISOString();
    clock.advance(60_000);
    // A new wall-screen link leaves the poster as it is.
    await replace(rotated.id, 'display-key');
    const poster = (await get(rotated.id, { cookie: lead })).json<Poster>();
    expect(poster.joinUrl).toBe(second);
    expect(poster.joinUrl).not.toBe(first);
    expect(poster.linkChangedAt).toBe(changedAt);
    // Another board's replacement is not this board's; an admin may read any board's poster.
    const untouched = (await get(other.id, { cookie: admin })).json<Poster>();
    expect(untouched).toMatchObject({ board: { name: 'Lagret', language: 'en' } });
    expect(untouched.linkChangedAt).toBeNull();
  });

  it('is refused to phones, wall screens, other boards’ leads and the signed-out', async () => {
    const phone = await joinPhone(app, fresh);
    expect((await get(fresh.id)).statusCode).toBe(401);
    expect((await get(fresh.id, { cookie: phone })).statusCode).toBe(401);
    const wall = await get(fresh.id, { 'x-display-key': fresh.display_key });
    expect(wall.statusCode).toBe(401);
    const otherBoard = await get(other.id, { cookie: lead });
    expect(otherBoard.statusCode).toBe(403);
    expect(otherBoard.body).not.toContain(other.join_token);
    expect((await get('no-such-board-00', { cookie: lead })).statusCode).toBe(404);
  });
});
