import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  ApiErrorBody,
  BoardSnapshot,
  HiddenOwnSuggestions,
  Suggestion,
  SuggestionPage,
} from '@tavla/shared';
import type { BoardChange } from '../../lib/change-feed.js';
import {
  createBoard,
  createLead,
  joinPhone,
  setupAdmin,
  testApp,
  testUuid,
} from '../../test-support/test-app.js';

async function setup() {
  const { app, db } = await testApp({ rateLimits: 'off' });
  const board = createBoard(app, 'A');
  const other = createBoard(app, 'B');
  const author = await joinPhone(app, board);
  const neighbour = await joinPhone(app, board);
  const otherPhone = await joinPhone(app, other);
  const admin = await setupAdmin(app);
  const lead = await createLead(app, admin, [board.id], 'lead-a');
  const otherLead = await createLead(app, admin, [other.id], 'lead-b');
  const published: BoardChange[] = [];
  app.services.changes.subscribe((_boardId, change) => published.push(change));

  const post = async (text: string, cookie = author, boardId = board.id, id = testUuid()) => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/suggestions`,
      headers: { cookie },
      payload: { id, text, dimension: 'ecological', authorName: 'Anna' },
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<Suggestion>();
  };
  const url = (id: string, boardId = board.id) => `/api/boards/${boardId}/suggestions/${id}`;
  const edit = (id: string, payload: unknown, cookie = author, boardId = board.id) =>
    app.inject({
      method: 'PUT',
      url: url(id, boardId),
      headers: { cookie },
      payload: payload as Record<string, unknown>,
    });
  const withdraw = (id: string, cookie = author, boardId = board.id) =>
    app.inject({ method: 'DELETE', url: url(id, boardId), headers: { cookie } });
  const snapshot = async (cookie = author) =>
    (
      await app.inject({
        method: 'GET',
        url: `/api/boards/${board.id}/snapshot`,
        headers: { cookie },
      })
    ).json<BoardSnapshot>();
  const hiddenOf = (cookie: string, boardId = board.id) =>
    app.inject({
      method: 'GET',
      url: `/api/boards/${boardId}/suggestions/mine/hidden`,
      headers: { cookie },
    });
  const fingerprint = () =>
    JSON.stringify(
      ['suggestions', 'board_changes', 'withdrawn_suggestions', 'votes', 'comments'].map((t) =>
        db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all(),
      ),
    );
  return {
    app,
    db,
    board,
    other,
    author,
    neighbour,
    otherPhone,
    lead,
    otherLead,
    admin,
    published,
    post,
    edit,
    withdraw,
    snapshot,
    hiddenOf,
    fingerprint,
  };
}

// One app for the file: signing in leads hashes passwords (slow by design).
let fixture: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => {
  fixture = await setup();
}, 180_000);
afterAll(async () => {
  await fixture.app.close();
});
beforeEach(() => {
  fixture.published.length = 0;
});

const code = (response: { json: () => unknown }) => (response.json() as ApiErrorBody).error.code;

describe('an author edits their own suggestion while it is New', () => {
  it('changes text, dimension and name, broadcasts the change, and a retry changes nothing', async () => {
    const { post, edit, published, snapshot, neighbour } = fixture;
    const posted = await post('Turn off the compressor at night');
    published.length = 0;
    const body = {
      text: '  Turn off the compressor at night and at weekends ',
      dimension: 'economic',
      authorName: null,
    };
    const changed = await edit(posted.id, body);
    expect(changed.statusCode, changed.body).toBe(200);
    const after = changed.json<Suggestion>();
    expect(after).toMatchObject({
      id: posted.id,
      text: 'Turn off the compressor at night and at weekends',
      dimension: 'economic',
      authorName: null,
      status: 'new',
    });
    expect(after.seq).toBeGreaterThan(posted.seq);
    expect(published.map((c) => c.event)).toEqual(['suggestion:updated']);
    // Everyone sees the new words at once (the wall and the other phones read the same).
    expect((await snapshot(neighbour)).suggestions.find((s) => s.id === posted.id)).toEqual(after);

    // The same edit again (a retry): the same answer, no new change.
    const again = await edit(posted.id, body);
    expect(again.statusCode).toBe(200);
    expect(again.json<Suggestion>()).toEqual(after);
    expect(published).toHaveLength(1);
  });

  it('refuses bad input with 400 and changes nothing', async () => {
    const { post, edit, fingerprint } = fixture;
    const posted = await post('Reuse the pallets from the supplier');
    const before = fingerprint();
    const bad: [unknown, string | undefined][] = [
      [{ text: 'ab', dimension: 'social' }, 'text'],
      [{ text: '    \u200b   ', dimension: 'social' }, 'text'],
      [{ text: 'Long enough text', dimension: 'cosmic' }, 'dimension'],
      [{ text: 'Long enough text' }, undefined],
      [{ text: 'Long enough text', dimension: 'social', status: 'done' }, undefined],
      [{ text: 'Long enough text', dimension: 'social', authorName: 'x'.repeat(500) }, undefined],
      [{ text: 'x'.repeat(5000), dimension: 'social' }, 'text'],
    ];
    for (const [payload, field] of bad) {
      const refused = await edit(posted.id, payload);
      expect(refused.statusCode, JSON.stringify(payload)).toBe(400);
      if (field) expect(refused.json<ApiErrorBody>().error.field).toContain(field);
    }
    const broken = await fixture.app.inject({
      method: 'PUT',
      url: `/api/boards/${fixture.board.id}/suggestions/${posted.id}`,
      headers: { cookie: fixture.author, 'content-type': 'application/json' },
      payload: '{"text": "half',
    });
    expect(broken.statusCode).toBe(400);
    expect(code(broken)).toBe('invalid_json');
    expect(fingerprint()).toBe(before);
  });
});

describe('the board’s naming rule', () => {
  it('binds an edit as it binds a new post (400, nothing changed)', async () => {
    const { post, edit, fingerprint, db, board } = fixture;
    const posted = await post('Sort the cardboard from the plastic');
    const setNaming = (naming: string) =>
      db.prepare('UPDATE boards SET naming = ? WHERE id = ?').run(naming, board.id);
    try {
      setNaming('anonymous');
      const before = fingerprint();
      const named = await edit(posted.id, {
        text: 'Sort the cardboard from the plastic',
        dimension: 'ecological',
        authorName: 'Ali',
      });
      expect(named.statusCode, named.body).toBe(400);
      expect(code(named)).toBe('author_name_not_allowed');
      setNaming('required');
      const unnamed = await edit(posted.id, {
        text: 'Sort the cardboard from the plastic, please',
        dimension: 'ecological',
      });
      expect(unnamed.statusCode, unnamed.body).toBe(400);
      expect(code(unnamed)).toBe('author_name_required');
      expect(fingerprint()).toBe(before);
      const ok = await edit(posted.id, {
        text: 'Sort the cardboard from the plastic, please',
        dimension: 'ecological',
        authorName: 'Ali',
      });
      expect(ok.statusCode, ok.body).toBe(200);
    } finally {
      setNaming('optional');
    }
  });
});

describe('only the author, and only while New', () => {
  it('refuses other phones, leads, other boards and displays (401/403/404), changing nothing', async () => {
    const t = fixture;
    const posted = await t.post('Label the waste bins by colour');
    const elsewhere = await t.post('A suggestion on board B', t.otherPhone, t.other.id);
    const before = t.fingerprint();
    const body = { text: 'Changed by someone else', dimension: 'social' };
    const tries: [string, Record<string, string>, number][] = [
      ['another phone of the board', { cookie: t.neighbour }, 403],
      ['a phone of another board', { cookie: t.otherPhone }, 403],
      ['the board’s lead', { cookie: t.lead.cookie }, 403],
      ['a lead of another board', { cookie: t.otherLead.cookie }, 403],
      ['an admin', { cookie: t.admin }, 403],
      ['the wall', { 'x-display-key': t.board.display_key }, 403],
      ['nobody', {}, 401],
    ];
    for (const [who, headers, status] of tries) {
      for (const request of [
        { method: 'PUT' as const, payload: body },
        { method: 'DELETE' as const },
      ]) {
        const response = await t.app.inject({
          ...request,
          url: `/api/boards/${t.board.id}/suggestions/${posted.id}`,
          headers,
        });
        expect(response.statusCode, `${who} ${request.method}`).toBe(status);
      }
    }
    // Board B's suggestion through board A's address, and an id that does not exist.
    for (const id of [elsewhere.id, testUuid()]) {
      expect((await t.edit(id, body)).statusCode).toBe(404);
      expect((await t.withdraw(id)).statusCode).toBe(404);
    }
    expect(t.fingerprint()).toBe(before);
  });

  it('answers 409 suggestion_not_new once a lead moved it on or marked a duplicate of it', async () => {
    const t = fixture;
    const moved = await t.post('Motion sensors for the lights');
    const original = await t.post('Insulate the hot water pipes');
    const copy = await t.post('Insulate the hot pipes', t.neighbour);
    const setStatus = (id: string, payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/boards/${t.board.id}/suggestions/${id}/status`,
        headers: { cookie: t.lead.cookie },
        payload,
      });
    expect((await setStatus(moved.id, { status: 'under_review' })).statusCode).toBe(200);
    expect(
      (await setStatus(copy.id, { status: 'duplicate', duplicateOf: original.id })).statusCode,
    ).toBe(200);
    const before = t.fingerprint();
    for (const id of [moved.id, original.id]) {
      const edited = await t.edit(id, { text: 'Something else entirely', dimension: 'social' });
      expect(edited.statusCode).toBe(409);
      expect(code(edited)).toBe('suggestion_not_new');
      const withdrawn = await t.withdraw(id);
      expect(withdrawn.statusCode).toBe(409);
      expect(code(withdrawn)).toBe('suggestion_not_new');
    }
    expect(t.fingerprint()).toBe(before);
  });
});

describe('an author withdraws their own suggestion', () => {
  it('deletes it with its votes, comments and photo; it leaves every read; a retry is 204', async () => {
    const t = fixture;
    const posted = await t.post('Bike racks by the entrance');
    const kept = await t.post('Recycle the cardboard');
    // A vote, a comment (hidden by the lead, so an event points at it) and a photo.
    await t.app.inject({
      method: 'PUT',
      url: `/api/boards/${t.board.id}/suggestions/${posted.id}/vote`,
      headers: { cookie: t.neighbour },
      payload: { voted: true },
    });
    const comment = await t.app.inject({
      method: 'POST',
      url: `/api/boards/${t.board.id}/suggestions/${posted.id}/comments`,
      headers: { cookie: t.neighbour },
      payload: { id: testUuid(), text: 'Rude words here' },
    });
    const commentId = comment.json<{ id: string }>().id;
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/boards/${t.board.id}/suggestions/${posted.id}/comments/${commentId}/hide`,
          headers: { cookie: t.lead.cookie },
          payload: { reason: 'Be kind' },
        })
      ).statusCode,
    ).toBe(204);
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: 'red' } })
      .jpeg()
      .toBuffer();
    const withPhoto = await t.app.inject({
      method: 'PUT',
      url: `/api/boards/${t.board.id}/suggestions/${posted.id}/photo`,
      headers: { cookie: t.author, 'content-type': 'image/jpeg' },
      payload: jpeg,
    });
    expect(withPhoto.statusCode, withPhoto.body).toBe(200);
    const photoName = withPhoto.json<Suggestion>().photo?.url.split('/').pop() ?? '';
    const photoDir = t.app.services.photos.photoDir;
    expect(existsSync(join(photoDir, photoName))).toBe(true);

    t.published.length = 0;
    const gone = await t.withdraw(posted.id);
    expect(gone.statusCode, gone.body).toBe(204);
    expect(t.published).toMatchObject([
      { event: 'suggestion:removed', payload: { suggestionId: posted.id } },
    ]);
    const row = t.db.prepare('SELECT * FROM suggestions WHERE id = ?').get(posted.id);
    expect(row).toBeUndefined();
    for (const table of ['votes', 'comments', 'suggestion_events']) {
      const left = t.db.prepare(`SELECT * FROM ${table} WHERE suggestion_id = ?`).all(posted.id);
      expect(left, table).toEqual([]);
    }
    expect(existsSync(join(photoDir, photoName))).toBe(false);
    // Its words are blanked in the change log too.
    const logged = t.db
      .prepare("SELECT payload FROM board_changes WHERE payload LIKE '%Bike racks%'")
      .all();
    expect(logged).toEqual([]);

    // Out of every read: snapshots (the author's too), older pages, the export.
    for (const cookie of [t.author, t.neighbour]) {
      const seen = await t.snapshot(cookie);
      expect(seen.suggestions.map((s) => s.id)).toContain(kept.id);
      expect(seen.suggestions.map((s) => s.id)).not.toContain(posted.id);
      expect(seen.mine ?? []).not.toContain(posted.id);
    }
    const older = await t.app.inject({
      method: 'GET',
      url: `/api/boards/${t.board.id}/suggestions`,
      headers: { cookie: t.author },
    });
    expect(older.json<SuggestionPage>().suggestions.map((s) => s.id)).not.toContain(posted.id);
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/boards/${t.board.id}/export/suggestions.csv`,
      headers: { cookie: t.lead.cookie },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Recycle the cardboard');
    expect(csv.body).not.toContain('Bike racks');
    const hidden = await t.hiddenOf(t.author);
    expect(hidden.json<HiddenOwnSuggestions>().suggestions.map((s) => s.id)).not.toContain(
      posted.id,
    );

    // A retried withdrawal is done already; only the author hears that.
    const before = t.fingerprint();
    expect((await t.withdraw(posted.id)).statusCode).toBe(204);
    expect((await t.withdraw(posted.id, t.neighbour)).statusCode).toBe(404);
    expect(t.published).toHaveLength(1);
    // A late retry of the original post does not bring it back.
    const repost = await t.app.inject({
      method: 'POST',
      url: `/api/boards/${t.board.id}/suggestions`,
      headers: { cookie: t.author },
      payload: { id: posted.id, text: 'Bike racks by the entrance', dimension: 'ecological' },
    });
    expect(repost.statusCode).toBe(409);
    expect(code(repost)).toBe('suggestion_withdrawn');
    expect(t.fingerprint()).toBe(before);
  });
});

describe('a suggestion a lead hid', () => {
  it('is listed, with the reason, for its author only', async () => {
    const t = fixture;
    const posted = await t.post('Something a lead will hide');
    const theirs = await t.post('The neighbour’s idea', t.neighbour);
    for (const id of [posted.id, theirs.id]) {
      const hidden = await t.app.inject({
        method: 'POST',
        url: `/api/boards/${t.board.id}/suggestions/${id}/hide`,
        headers: { cookie: t.lead.cookie },
        payload: { reason: 'Names a colleague' },
      });
      expect(hidden.statusCode).toBe(204);
    }
    const mine = await t.hiddenOf(t.author);
    expect(mine.statusCode).toBe(200);
    expect(mine.json<HiddenOwnSuggestions>().suggestions).toEqual([
      {
        id: posted.id,
        text: 'Something a lead will hide',
        dimension: 'ecological',
        createdAt: posted.createdAt,
        hiddenAt: expect.any(String) as string,
        reason: 'Names a colleague',
      },
    ]);
    // Still off the board for everyone, the author included.
    expect((await t.snapshot()).suggestions.map((s) => s.id)).not.toContain(posted.id);
    // Nobody else is told: a phone of another board, a lead, the wall.
    expect((await t.hiddenOf(t.otherPhone)).statusCode).toBe(403);
    expect((await t.hiddenOf(t.lead.cookie)).statusCode).toBe(403);
    expect((await t.hiddenOf(t.otherPhone, t.other.id)).json<HiddenOwnSuggestions>()).toEqual({
      suggestions: [],
    });
    // Hidden is not New any more for editing: the author cannot bring it back.
    expect(
      (await t.edit(posted.id, { text: 'Try again here', dimension: 'social' })).statusCode,
    ).toBe(404);
    expect((await t.withdraw(posted.id)).statusCode).toBe(404);
  });
});
