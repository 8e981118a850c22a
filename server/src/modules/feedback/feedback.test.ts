import { describe, expect, it, vi } from 'vitest';
import type {
  ApiErrorBody,
  BoardSnapshot,
  Comment,
  CommentPage,
  Suggestion,
  VoteResult,
} from '@tavla/shared';
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
import type { AppOptions } from '../../app.js';

async function setup(options: Partial<AppOptions> = {}) {
  const { app, db } = await testApp(options);
  const board = createBoard(app, 'A');
  const other = createBoard(app, 'B');
  const author = await joinPhone(app, board);
  const colleague = await joinPhone(app, board);
  const stranger = await joinPhone(app, other);
  const posted = await app.inject({
    method: 'POST',
    url: `/api/boards/${board.id}/suggestions`,
    headers: { cookie: author },
    payload: { id: testUuid(), text: 'Ergonomic mats at station 4', dimension: 'social' },
  });
  const suggestion = posted.json<Suggestion>();
  const url = `/api/boards/${board.id}/suggestions/${suggestion.id}`;
  const vote = (cookie: string, voted: unknown) =>
    app.inject({ method: 'PUT', url: `${url}/vote`, headers: { cookie }, payload: { voted } });
  const comment = (cookie: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: `${url}/comments`, headers: { cookie }, payload });
  const votesInDb = () => count(db, 'votes');
  const tally = () =>
    db.prepare('SELECT vote_count, comment_count FROM suggestions WHERE id = ?').get(suggestion.id);
  return {
    app,
    db,
    board,
    other,
    author,
    colleague,
    stranger,
    suggestion,
    url,
    vote,
    comment,
    votesInDb,
    tally,
  };
}

describe('me too', () => {
  it('counts one vote per device, toggles, and tells each phone what it voted', async () => {
    const { app, board, colleague, vote, votesInDb } = await setup();
    const first = await vote(colleague, true);
    expect(first.statusCode).toBe(200);
    expect(first.json<VoteResult>()).toEqual({ voted: true, votes: 1 });
    expect((await vote(colleague, true)).json<VoteResult>()).toEqual({ voted: true, votes: 1 });
    expect(votesInDb()).toBe(1);

    const snapshot = await app.inject({
      method: 'GET',
      url: `/api/boards/${board.id}/snapshot`,
      headers: { cookie: colleague },
    });
    const data = snapshot.json<BoardSnapshot>();
    expect(data.myVotes).toHaveLength(1);
    expect(data.suggestions[0]?.votes).toBe(1);

    expect((await vote(colleague, false)).json<VoteResult>()).toEqual({ voted: false, votes: 0 });
    expect((await vote(colleague, false)).json<VoteResult>()).toEqual({ voted: false, votes: 0 });
    expect(votesInDb()).toBe(0);
  });

  it('broadcasts the new tally with a board sequence number, once per batch', async () => {
    const { app, board, colleague, vote, suggestion } = await setup();
    const published: unknown[] = [];
    app.services.changes.subscribe((_b, change) => published.push(change));
    await vote(colleague, true);
    await vote(colleague, true); // no change
    const others = await Promise.all([1, 2, 3].map(() => joinPhone(app, board)));
    for (const phone of others) await vote(phone, true);
    expect(published).toEqual([]); // gathered, not sent yet
    await expect.poll(() => published.length).toBe(1);
    expect(published).toEqual([
      {
        event: 'suggestion:updated',
        payload: {
          seq: suggestion.seq + 1,
          suggestion: expect.objectContaining({ votes: 4, seq: suggestion.seq + 1 }) as unknown,
        },
      },
    ]);
    // Nothing pending is left, so nothing more goes out.
    app.services.tallies.flush();
    expect(published).toHaveLength(1);
  });

  it('commits votes that arrive together in one transaction, each counted once', async () => {
    const { app, db, board, vote, votesInDb, tally } = await setup();
    const phones = await Promise.all(Array.from({ length: 30 }, () => joinPhone(app, board)));
    const transactions = vi.spyOn(db, 'transaction');
    const responses = await Promise.all(
      [...phones, ...phones.slice(0, 5)].map((phone) => vote(phone, true)),
    );
    expect(responses.every((r) => r.statusCode === 200)).toBe(true);
    expect(votesInDb()).toBe(30);
    expect(tally()).toMatchObject({ vote_count: 30 });
    // Each vote reports the tally right after itself: 1…30, and the 5 repeats change nothing.
    const counts = responses.map((r) => r.json<VoteResult>().votes);
    expect(counts.slice(0, 30)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(counts.slice(30)).toEqual([30, 30, 30, 30, 30]);
    expect(transactions.mock.calls.length).toBeLessThan(responses.length / 4);
  });

  it('refuses a vote for a suggestion hidden while the vote waited for its batch', async () => {
    const { app, db, board, colleague, suggestion, votesInDb } = await setup();
    const deviceId = colleague.split('=')[1] ?? '';
    const waiting = app.services.feedback.vote(board, deviceId, suggestion.id, true);
    db.prepare("UPDATE suggestions SET hidden_at = '2026-11-21T08:00:00Z' WHERE id = ?").run(
      suggestion.id,
    );
    await expect(waiting).rejects.toMatchObject({ statusCode: 404 });
    expect(votesInDb()).toBe(0);
  });

  it('keeps a tally pending and retries when sending it fails, without crashing', async () => {
    const { app, colleague, vote } = await setup();
    const published: unknown[] = [];
    app.services.changes.subscribe((_b, change) => published.push(change));
    const commit = vi.spyOn(app.services.boardChanges, 'commit').mockImplementationOnce(() => {
      throw new Error('disk I/O error');
    });
    await vote(colleague, true);
    expect(() => app.services.tallies.flush()).not.toThrow();
    expect(published).toHaveLength(0);
    commit.mockRestore();
    app.services.tallies.flush();
    expect(published).toHaveLength(1);
  });

  it('a listener that throws does not fail a committed write', async () => {
    const { app, board, author } = await setup();
    app.services.changes.subscribe(() => {
      throw new Error('a broken listener');
    });
    const posted = await app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/suggestions`,
      headers: { cookie: author },
      payload: { id: testUuid(), text: 'Still stored and answered', dimension: 'social' },
    });
    expect(posted.statusCode).toBe(201);
  });

  it('sends tallies a crash left unsent at the next start', async () => {
    const { app, db, board, colleague, vote, suggestion } = await setup({ tallyBatchMs: 60_000 });
    await vote(colleague, true);
    // The process dies before the batch goes out: the vote is stored, its broadcast is not.
    const restarted = await testApp({ db, tallyBatchMs: 60_000 });
    const logged = db
      .prepare('SELECT seq, payload FROM board_changes WHERE board_id = ? ORDER BY seq DESC')
      .get(board.id) as { seq: number; payload: string };
    expect(logged.seq).toBe(suggestion.seq + 1);
    expect(JSON.parse(logged.payload)).toMatchObject({ suggestion: { votes: 1 } });
    await restarted.app.close();
    await app.close();
  });

  it('refuses votes that are not allowed and changes nothing', async () => {
    const { app, author, stranger, vote, votesInDb, tally, board, url } = await setup();
    const before = tally();
    const cases: [string, () => ReturnType<typeof vote>, number][] = [
      ['own suggestion', () => vote(author, true), 409],
      ['another board’s phone', () => vote(stranger, true), 403],
      ['nobody', () => vote('', true), 401],
      ['wrong type', () => vote(author, 'yes'), 400],
      [
        'display key',
        () =>
          app.inject({
            method: 'PUT',
            url: `${url}/vote`,
            headers: { 'x-display-key': board.display_key },
            payload: { voted: true },
          }),
        403,
      ],
      [
        'unknown suggestion',
        () =>
          app.inject({
            method: 'PUT',
            url: `/api/boards/${board.id}/suggestions/00000000-0000-4000-8000-0000000fffff/vote`,
            headers: { cookie: author },
            payload: { voted: true },
          }),
        404,
      ],
    ];
    for (const [name, call, status] of cases) expect((await call()).statusCode, name).toBe(status);
    expect((await vote(author, true)).json<ApiErrorBody>().error.code).toBe('own_suggestion_vote');
    expect(votesInDb()).toBe(0);
    expect(tally()).toEqual(before);
  });
});

describe('ids of another board', () => {
  it('cannot be voted on or commented through this board', async () => {
    const { app, db, board, colleague, stranger, other } = await setup();
    const foreign = (
      await app.inject({
        method: 'POST',
        url: `/api/boards/${other.id}/suggestions`,
        headers: { cookie: stranger },
        payload: { id: testUuid(), text: 'On board B', dimension: 'social' },
      })
    ).json<Suggestion>();
    const url = `/api/boards/${board.id}/suggestions/${foreign.id}`;
    const voteResponse = await app.inject({
      method: 'PUT',
      url: `${url}/vote`,
      headers: { cookie: colleague },
      payload: { voted: true },
    });
    expect(voteResponse.statusCode).toBe(404);
    const commentResponse = await app.inject({
      method: 'POST',
      url: `${url}/comments`,
      headers: { cookie: colleague },
      payload: { id: testUuid(), text: 'Hello' },
    });
    expect(commentResponse.statusCode).toBe(404);
    expect(count(db, 'votes')).toBe(0);
    expect(count(db, 'comments')).toBe(0);
  });
});

describe('comments', () => {
  it('stores employee and lead comments once, the lead’s marked as such', async () => {
    const { app, board, colleague, comment, url, tally } = await setup();
    const admin = await setupAdmin(app);
    const lead = await createLead(app, admin, [board.id]);
    const id = testUuid();
    const first = await comment(colleague, {
      id,
      text: '  Yes please, my back hurts  ',
      authorName: 'Sara',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json<Comment>()).toMatchObject({
      text: 'Yes please, my back hurts',
      authorName: 'Sara',
      byLead: false,
    });
    expect((await comment(colleague, { id, text: 'Yes please, my back hurts' })).statusCode).toBe(
      200,
    );
    const fromLead = await comment(lead.cookie, {
      id: testUuid(),
      text: 'Ordered two mats',
      authorName: 'ignored',
    });
    expect(fromLead.json<Comment>()).toMatchObject({ byLead: true, authorName: 'Lead lead' });

    const list = await app.inject({
      method: 'GET',
      url: `${url}/comments`,
      headers: { cookie: colleague },
    });
    expect(list.json<{ comments: Comment[] }>().comments.map((c) => c.text)).toEqual([
      'Yes please, my back hurts',
      'Ordered two mats',
    ]);
    expect(tally()).toMatchObject({ comment_count: 2 });
  });

  it('rejects bad comments and changes nothing', async () => {
    const { app, db, board, author, colleague, stranger, comment, tally } = await setup();
    const taken = testUuid();
    await comment(colleague, { id: taken, text: 'First' });
    const before = { comments: count(db, 'comments'), tally: tally() };
    const cases: [string, () => ReturnType<typeof comment>, number][] = [
      ['empty text', () => comment(colleague, { id: testUuid(), text: '' }), 400],
      ['only spaces', () => comment(colleague, { id: testUuid(), text: '    ' }), 400],
      ['too long', () => comment(colleague, { id: testUuid(), text: 'x'.repeat(501) }), 400],
      ['no id', () => comment(colleague, { text: 'Hello' }), 400],
      ['a phone of another board', () => comment(stranger, { id: testUuid(), text: 'Hi' }), 403],
      ['id used by another phone', () => comment(author, { id: taken, text: 'Hijack' }), 409],
      ['nobody', () => comment('', { id: testUuid(), text: 'Hello' }), 401],
      [
        'display key',
        () =>
          app.inject({
            method: 'POST',
            url: `/api/boards/${board.id}/suggestions/${testUuid()}/comments`,
            headers: { 'x-display-key': board.display_key },
            payload: { id: testUuid(), text: 'Hi' },
          }),
        403,
      ],
    ];
    for (const [name, call, status] of cases) expect((await call()).statusCode, name).toBe(status);
    expect(count(db, 'comments')).toBe(before.comments);
    expect(tally()).toEqual(before.tally);
  });

  it('lets a lead hide a comment with a logged reason', async () => {
    const { app, db, board, colleague, comment, url, tally } = await setup();
    const admin = await setupAdmin(app);
    const lead = await createLead(app, admin, [board.id]);
    const rude = (
      await comment(colleague, { id: testUuid(), text: 'Something rude' })
    ).json<Comment>();
    const hide = (cookie: string) =>
      app.inject({
        method: 'POST',
        url: `${url}/comments/${rude.id}/hide`,
        headers: { cookie },
        payload: { reason: 'Rude' },
      });
    expect((await hide(colleague)).statusCode).toBe(401);
    expect((await hide(lead.cookie)).statusCode).toBe(204);
    expect((await hide(lead.cookie)).statusCode).toBe(404);
    const list = await app.inject({
      method: 'GET',
      url: `${url}/comments`,
      headers: { cookie: colleague },
    });
    expect(list.json<{ comments: Comment[] }>().comments).toEqual([]);
    expect(tally()).toMatchObject({ comment_count: 0 });
    expect(
      db
        .prepare("SELECT note, comment_id FROM suggestion_events WHERE kind = 'comment_hidden'")
        .get(),
    ).toEqual({
      note: 'Rude',
      comment_id: rude.id,
    });
  });

  it('pages a long thread: the newest comments first, earlier ones with the cursor, none twice', async () => {
    const clock = manualClock();
    const { app, colleague, comment, url } = await setup({ clock, rateLimits: 'off' });
    // 75 comments, three to a millisecond (ties are ordered by id), one of them hidden.
    const texts: string[] = [];
    let hidden = '';
    for (let i = 0; i < 75; i += 1) {
      if (i % 3 === 0) clock.advance(1);
      const text = `Comment ${String(i).padStart(2, '0')}`;
      const posted = await comment(colleague, { id: testUuid(), text });
      expect(posted.statusCode).toBe(201);
      if (i === 40) hidden = posted.json<Comment>().id;
      else texts.push(text);
    }
    const admin = await setupAdmin(app);
    const hide = await app.inject({
      method: 'POST',
      url: `${url}/comments/${hidden}/hide`,
      headers: { cookie: admin },
      payload: { reason: 'Rude words' },
    });
    expect(hide.statusCode).toBe(204);
    const page = async (query: string) => {
      const response = await app.inject({
        method: 'GET',
        url: `${url}/comments${query}`,
        headers: { cookie: colleague },
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<CommentPage>();
    };

    const first = await page('');
    expect(first.comments.map((c) => c.text)).toEqual(texts.slice(-30));
    expect(first.next).not.toBeNull();

    // A comment written meanwhile does not move the pages still to come.
    const shown = [...first.comments];
    clock.advance(1);
    await comment(colleague, { id: testUuid(), text: 'A late one' });
    let next = first.next;
    while (next !== null) {
      const earlier = await page(`?limit=20&before=${next}`);
      expect(earlier.comments.length).toBeLessThanOrEqual(20);
      shown.unshift(...earlier.comments);
      next = earlier.next;
    }
    expect(shown.map((c) => c.text)).toEqual(texts);
    expect((await page('?limit=1')).comments.map((c) => c.text)).toEqual(['A late one']);

    for (const query of ['?limit=101', '?limit=0', '?before=not%20a%20cursor', '?before=abc']) {
      const bad = await app.inject({
        method: 'GET',
        url: `${url}/comments${query}`,
        headers: { cookie: colleague },
      });
      expect(bad.statusCode, query).toBe(400);
      expect(bad.json<{ error: { code: string } }>().error.code).toBe('validation_failed');
    }
  });
});
