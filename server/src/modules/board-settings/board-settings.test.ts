import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BoardSettings, BoardSnapshot, Suggestion } from '@tavla/shared';
import type { App } from '../../app.js';
import type { Db } from '../../db/open-database.js';
import type { BoardRow } from '../boards/board-repository.js';
import {
  count,
  createBoard,
  createLead,
  joinPhone,
  manualClock,
  setupAdmin,
  testApp,
  testUuid,
} from '../../test-support/test-app.js';

const DAY_MS = 24 * 60 * 60 * 1000;

let app: App;
let db: Db;
let board: BoardRow;
let admin: string;
let lead: string;
let leadId: string;
let phone: string;
let clock: ReturnType<typeof manualClock>;

// Accounts cost a slow password hash each: one app, admin and lead for the file; every test
// gets a board of its own, which the lead leads, and a phone that joined it.
beforeAll(async () => {
  clock = manualClock();
  ({ app, db } = await testApp({ clock, rateLimits: 'off' }));
  admin = await setupAdmin(app);
  const created = await createLead(app, admin, [createBoard(app, 'First').id]);
  lead = created.cookie;
  leadId = created.userId;
});

beforeEach(async () => {
  board = createBoard(app, 'Line 3', 'sv');
  db.prepare('INSERT INTO lead_boards (user_id, board_id) VALUES (?, ?)').run(leadId, board.id);
  phone = await joinPhone(app, board);
});

afterAll(async () => {
  await app.close();
});

const settingsUrl = () => `/api/boards/${board.id}/settings`;
const lastSeq = () => app.services.boardRepository.findById(board.id)?.last_seq ?? -1;
/** The board's row as stored: what a refused change must leave as it was. */
const stored = () => JSON.stringify(db.prepare('SELECT * FROM boards WHERE id = ?').get(board.id));

async function patch(cookie: string, payload: unknown) {
  return app.inject({
    method: 'PATCH',
    url: settingsUrl(),
    headers: { cookie },
    payload: payload as Record<string, unknown>,
  });
}

async function snapshot(cookie = phone): Promise<BoardSnapshot> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/boards/${board.id}/snapshot`,
    headers: { cookie },
  });
  return response.json<BoardSnapshot>();
}

async function post(authorName?: string | null, id = testUuid()) {
  return app.inject({
    method: 'POST',
    url: `/api/boards/${board.id}/suggestions`,
    headers: { cookie: phone },
    payload: {
      id,
      text: 'Close the freezer door automatically',
      dimension: 'ecological',
      ...(authorName === undefined ? {} : { authorName }),
    },
  });
}

describe('board settings', () => {
  it('reads the defaults every board had before: name optional, Done for 30 days, in use', async () => {
    const response = await app.inject({
      method: 'GET',
      url: settingsUrl(),
      headers: { cookie: lead },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<BoardSettings>()).toEqual({
      board: {
        id: board.id,
        name: 'Line 3',
        language: 'sv',
        naming: 'optional',
        doneDays: 30,
        archivedAt: null,
      },
      employees: null,
    });
  });

  it('shows the number of employees the method settings keep (one value, set by PUT …/employees)', async () => {
    const set = await app.inject({
      method: 'PUT',
      url: `/api/boards/${board.id}/employees`,
      headers: { cookie: lead },
      payload: { employees: 40 },
    });
    expect(set.statusCode).toBe(200);
    const response = await app.inject({
      method: 'GET',
      url: settingsUrl(),
      headers: { cookie: lead },
    });
    expect(response.json<BoardSettings>().employees).toBe(40);
    expect((await snapshot()).method?.announcements.employees).toBe(40);
  });

  it('lets a lead change language, naming and Done days: one sequenced board change, live in snapshots', async () => {
    const before = lastSeq();
    const response = await patch(lead, { language: 'en', naming: 'required', doneDays: 7 });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<BoardSettings>().board).toMatchObject({
      language: 'en',
      naming: 'required',
      doneDays: 7,
    });
    expect(lastSeq()).toBe(before + 1);
    const logged = db
      .prepare('SELECT event, payload FROM board_changes WHERE board_id = ? AND seq = ?')
      .get(board.id, before + 1) as { event: string; payload: string };
    expect(logged.event).toBe('board:updated');
    expect(JSON.parse(logged.payload)).toMatchObject({
      seq: before + 1,
      board: { language: 'en', naming: 'required', doneDays: 7 },
    });
    const seen = await snapshot();
    expect(seen.seq).toBe(before + 1);
    expect(seen.board).toMatchObject({ language: 'en', naming: 'required', doneDays: 7 });
    // A screen that reconnects catches up with the same change.
    const caughtUp = app.services.boardChanges.catchUp(board.id, before);
    expect(caughtUp.complete && caughtUp.changes).toEqual([
      { type: 'board', seq: before + 1, board: seen.board },
    ]);
  });

  it('takes no sequence number for values that are already so', async () => {
    const before = lastSeq();
    const response = await patch(lead, { language: 'sv', naming: 'optional', doneDays: 30 });
    expect(response.statusCode).toBe(200);
    expect(lastSeq()).toBe(before);
  });

  it('lets only an admin rename the board (a lead is refused, and nothing else changes either)', async () => {
    const before = stored();
    const refused = await patch(lead, { name: 'Line 4', naming: 'anonymous' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ error: { code: string; field: string } }>().error).toMatchObject({
      code: 'forbidden',
      field: 'name',
    });
    expect(stored()).toBe(before);
    const renamed = await patch(admin, { name: '  Line 4  ' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json<BoardSettings>().board.name).toBe('Line 4');
    expect((await snapshot()).board.name).toBe('Line 4');
  });

  const BAD: { name: string; payload: unknown; field?: string }[] = [
    { name: 'nothing to change', payload: {} },
    { name: 'an empty name', payload: { name: '' }, field: 'name' },
    { name: 'a blank name', payload: { name: '   ' }, field: 'name' },
    { name: 'a name too long', payload: { name: 'x'.repeat(81) }, field: 'name' },
    { name: 'a language there is none of', payload: { language: 'de' }, field: 'language' },
    { name: 'an unknown naming mode', payload: { naming: 'nobody' }, field: 'naming' },
    { name: 'zero Done days', payload: { doneDays: 0 }, field: 'doneDays' },
    { name: 'more than a year of Done days', payload: { doneDays: 366 }, field: 'doneDays' },
    { name: 'a fraction of a day', payload: { doneDays: 1.5 }, field: 'doneDays' },
    { name: 'days as text', payload: { doneDays: 'seven' }, field: 'doneDays' },
    { name: 'a field there is none of', payload: { archivedAt: null } },
  ];
  it('refuses each bad input with a 400 naming the field, and changes nothing', async () => {
    for (const bad of BAD) {
      const before = stored();
      const seq = lastSeq();
      const response = await patch(admin, bad.payload);
      expect(response.statusCode, `${bad.name}: ${response.body}`).toBe(400);
      const error = response.json<{ error: { code: string; field?: string } }>().error;
      expect(error.code, bad.name).toBe('validation_failed');
      if (bad.field) expect(error.field, bad.name).toBe(bad.field);
      expect(stored(), bad.name).toBe(before);
      expect(lastSeq(), bad.name).toBe(seq);
    }
  });

  it('refuses a body that is not JSON, and the server keeps answering', async () => {
    const response = await app.inject({
      method: 'PATCH',
      url: settingsUrl(),
      headers: { cookie: lead, 'content-type': 'application/json' },
      payload: '{"naming":',
    });
    expect(response.statusCode).toBe(400);
    expect((await patch(lead, { naming: 'anonymous' })).statusCode).toBe(200);
  });
});

describe('who is named', () => {
  it('optional (the default): with or without a name', async () => {
    expect((await post('Maria')).statusCode).toBe(201);
    expect((await post(null)).statusCode).toBe(201);
    expect((await post()).statusCode).toBe(201);
  });

  it('anonymous only: a suggestion with a name is a 400 and stores nothing; without one it is taken', async () => {
    await patch(lead, { naming: 'anonymous' });
    const before = count(db, 'suggestions');
    const seq = lastSeq();
    const refused = await post('Maria');
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { code: string; field: string } }>().error).toMatchObject({
      code: 'author_name_not_allowed',
      field: 'authorName',
    });
    expect(count(db, 'suggestions')).toBe(before);
    expect(lastSeq()).toBe(seq);
    expect((await post(null)).statusCode).toBe(201);
    expect((await post('   ')).statusCode).toBe(201);
  });

  it('name required: none, or a blank one, is a 400 and stores nothing; with a name it is taken', async () => {
    await patch(lead, { naming: 'required' });
    const before = count(db, 'suggestions');
    for (const name of [undefined, null, '', '   ']) {
      const refused = await post(name);
      expect(refused.statusCode, String(name)).toBe(400);
      expect(refused.json<{ error: { code: string } }>().error.code).toBe('author_name_required');
    }
    expect(count(db, 'suggestions')).toBe(before);
    const taken = await post('Maria');
    expect(taken.statusCode).toBe(201);
    expect(taken.json<Suggestion>().authorName).toBe('Maria');
  });

  it('answers a retry of a suggestion stored before the rule changed as stored, not refused', async () => {
    const id = testUuid();
    expect((await post(null, id)).statusCode).toBe(201);
    await patch(lead, { naming: 'required' });
    const retry = await post(null, id);
    expect(retry.statusCode).toBe(200);
    expect(retry.json<Suggestion>().id).toBe(id);
  });
});

describe('how long Done suggestions stay on the wall', () => {
  async function doneSuggestion(): Promise<string> {
    const id = testUuid();
    await post(null, id);
    for (const status of ['under_review', 'planned', 'in_progress', 'done']) {
      const moved = await app.inject({
        method: 'PUT',
        url: `/api/boards/${board.id}/suggestions/${id}/status`,
        headers: { cookie: lead },
        payload: { status },
      });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    return id;
  }

  it('keeps one done 10 days ago in snapshots for the default 30 days, and leaves it to paging at 7', async () => {
    const id = await doneSuggestion();
    clock.advance(10 * DAY_MS);
    // As the wall and any other phone get it (the author's phone always holds its own).
    const before = await snapshot(lead);
    expect(before.suggestions.map((s) => s.id)).toContain(id);
    await patch(lead, { doneDays: 7 });
    const after = await snapshot(lead);
    expect(after.suggestions.map((s) => s.id)).not.toContain(id);
    expect(after.hasOlder).toBe(true);
    // The cut-off is the start of the UTC day 7 days back (the wall filters to the exact day).
    expect(new Date(after.doneSince ?? '').getTime()).toBe(
      Math.floor(clock.now().getTime() / DAY_MS) * DAY_MS - 7 * DAY_MS,
    );
    const older = await app.inject({
      method: 'GET',
      url: `/api/boards/${board.id}/suggestions`,
      headers: { cookie: lead },
    });
    expect(older.json<{ suggestions: Suggestion[] }>().suggestions.map((s) => s.id)).toContain(id);
  });
});
