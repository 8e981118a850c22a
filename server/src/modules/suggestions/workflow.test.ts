import { describe, expect, it } from 'vitest';
import type {
  ApiErrorBody,
  BoardSnapshot,
  ErrorCode,
  Suggestion,
  SuggestionHistory,
} from '@tavla/shared';
import type { BoardChange } from '../../lib/change-feed.js';
import {
  count,
  createBoard,
  createLead,
  joinPhone,
  setupAdmin,
  testApp,
  testUuid,
} from '../../test-support/test-app.js';

async function setup() {
  const { app, db } = await testApp();
  const board = createBoard(app, 'A');
  const other = createBoard(app, 'B');
  const phone = await joinPhone(app, board);
  const otherPhone = await joinPhone(app, other);
  const admin = await setupAdmin(app);
  const lead = await createLead(app, admin, [board.id], 'lead-a');
  const otherLead = await createLead(app, admin, [other.id], 'lead-b');
  const published: BoardChange[] = [];
  app.services.changes.subscribe((_boardId, change) => published.push(change));

  const post = async (text: string, boardId = board.id, cookie = phone) => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/suggestions`,
      headers: { cookie },
      payload: { id: testUuid(), text, dimension: 'ecological' },
    });
    return response.json<Suggestion>();
  };
  const setStatus = (
    suggestionId: string,
    payload: Record<string, unknown>,
    cookie = lead.cookie,
    boardId = board.id,
  ) =>
    app.inject({
      method: 'PUT',
      url: `/api/boards/${boardId}/suggestions/${suggestionId}/status`,
      headers: { cookie },
      payload,
    });
  const snapshot = async () =>
    (
      await app.inject({
        method: 'GET',
        url: `/api/boards/${board.id}/snapshot`,
        headers: { cookie: phone },
      })
    ).json<BoardSnapshot>();
  const row = (id: string) => db.prepare('SELECT * FROM suggestions WHERE id = ?').get(id);
  return {
    app,
    db,
    board,
    other,
    phone,
    otherPhone,
    admin,
    lead,
    otherLead,
    published,
    post,
    setStatus,
    snapshot,
    row,
  };
}

describe('status workflow', () => {
  it('moves a suggestion through the statuses, records each step and broadcasts it', async () => {
    const { app, board, phone, post, setStatus, published } = await setup();
    const suggestion = await post('Sliding doors on the freezer room');
    published.length = 0;

    const review = await setStatus(suggestion.id, {
      status: 'in_progress',
      note: 'Ordered from supplier',
    });
    expect(review.statusCode).toBe(200);
    expect(review.json<Suggestion>()).toMatchObject({
      status: 'in_progress',
      statusNote: null,
      seq: 2,
    });
    const done = await setStatus(suggestion.id, { status: 'done' });
    expect(done.json<Suggestion>()).toMatchObject({ status: 'done', seq: 3 });
    expect(published.map((c) => c.event)).toEqual(['suggestion:updated', 'suggestion:updated']);

    const history = await app.inject({
      method: 'GET',
      url: `/api/boards/${board.id}/suggestions/${suggestion.id}/history`,
      headers: { cookie: phone },
    });
    expect(history.statusCode).toBe(200);
    expect(history.json<SuggestionHistory>().events).toMatchObject([
      {
        kind: 'status',
        fromStatus: 'new',
        toStatus: 'in_progress',
        note: 'Ordered from supplier',
        actorName: 'Lead lead-a',
      },
      { kind: 'status', fromStatus: 'in_progress', toStatus: 'done', note: null },
    ]);
  });

  it('needs a reason for Not doing, shown to everyone', async () => {
    const { post, setStatus, snapshot } = await setup();
    const suggestion = await post('Solar panels on the roof');
    for (const payload of [{ status: 'not_doing' }, { status: 'not_doing', note: '  ' }]) {
      const refused = await setStatus(suggestion.id, payload);
      expect(refused.statusCode).toBe(400);
      expect(refused.json<ApiErrorBody>().error).toMatchObject({
        code: 'reason_required',
        field: 'note',
      });
    }
    const ok = await setStatus(suggestion.id, {
      status: 'not_doing',
      note: 'The roof cannot carry the load',
    });
    expect(ok.statusCode).toBe(200);
    const seen = (await snapshot()).suggestions.find((s) => s.id === suggestion.id);
    expect(seen).toMatchObject({
      status: 'not_doing',
      statusNote: 'The roof cannot carry the load',
    });
  });

  it('points a Duplicate at the original on the same board', async () => {
    const { post, setStatus, other, otherPhone, otherLead } = await setup();
    const original = await post('LED lights in the warehouse');
    const copy = await post('Switch the warehouse to LED');
    const elsewhere = await post('LED everywhere', other.id, otherPhone);

    const cases: [Record<string, unknown>, number, ErrorCode][] = [
      [{ status: 'duplicate' }, 400, 'duplicate_of_required'],
      [{ status: 'duplicate', duplicateOf: copy.id }, 400, 'duplicate_of_self'],
      [{ status: 'duplicate', duplicateOf: elsewhere.id }, 404, 'not_found'],
      [
        { status: 'duplicate', duplicateOf: '00000000-0000-4000-8000-0000000fffff' },
        404,
        'not_found',
      ],
      [{ status: 'planned', duplicateOf: original.id }, 400, 'validation_failed'],
    ];
    for (const [payload, status, code] of cases) {
      const response = await setStatus(copy.id, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.json<ApiErrorBody>().error.code, JSON.stringify(payload)).toBe(code);
    }
    const ok = await setStatus(copy.id, { status: 'duplicate', duplicateOf: original.id });
    expect(ok.json<Suggestion>()).toMatchObject({ status: 'duplicate', duplicateOf: original.id });
    // No chains: a third one must point at the original, not at the duplicate.
    const third = await post('LED please');
    const chained = await setStatus(third.id, { status: 'duplicate', duplicateOf: copy.id });
    expect(chained.statusCode).toBe(400);
    expect(chained.json<ApiErrorBody>().error).toMatchObject({
      code: 'duplicate_of_duplicate',
      field: 'duplicateOf',
    });
    // The other board's lead cannot touch this board at all.
    expect((await setStatus(third.id, { status: 'planned' }, otherLead.cookie)).statusCode).toBe(
      403,
    );
  });

  it('rejects bad changes and changes nothing', async () => {
    const { db, post, setStatus, row, phone, other, board, otherPhone, admin } = await setup();
    const suggestion = await post('Reuse cardboard');
    const elsewhere = await post('Elsewhere', other.id, otherPhone);
    const before = row(suggestion.id);
    const events = count(db, 'suggestion_events');
    const changes = count(db, 'board_changes');

    const cases: [string, () => ReturnType<typeof setStatus>, number][] = [
      ['same status', () => setStatus(suggestion.id, { status: 'new' }), 409],
      ['unknown status', () => setStatus(suggestion.id, { status: 'finished' }), 400],
      ['status of the wrong type', () => setStatus(suggestion.id, { status: 3 }), 400],
      [
        'too long note',
        () => setStatus(suggestion.id, { status: 'planned', note: 'x'.repeat(501) }),
        400,
      ],
      ['extra fields', () => setStatus(suggestion.id, { status: 'planned', text: 'changed' }), 400],
      [
        'unknown suggestion',
        () => setStatus('00000000-0000-4000-8000-00000000abcd', { status: 'planned' }),
        404,
      ],
      ['malformed suggestion id', () => setStatus('not-a-uuid', { status: 'planned' }), 400],
      ['another board’s suggestion', () => setStatus(elsewhere.id, { status: 'planned' }), 404],
      ['an employee phone', () => setStatus(suggestion.id, { status: 'planned' }, phone), 401],
      ['nobody', () => setStatus(suggestion.id, { status: 'planned' }, ''), 401],
    ];
    for (const [name, call, status] of cases) {
      expect((await call()).statusCode, name).toBe(status);
    }
    expect(
      (await setStatus(suggestion.id, { status: 'new' })).json<ApiErrorBody>().error.code,
    ).toBe('suggestion_status_unchanged');
    expect(row(suggestion.id)).toEqual(before);
    expect(count(db, 'suggestion_events')).toBe(events);
    expect(count(db, 'board_changes')).toBe(changes);
    // An admin may, on any board.
    expect(
      (await setStatus(suggestion.id, { status: 'planned' }, admin, board.id)).statusCode,
    ).toBe(200);
  });
});

describe('hiding', () => {
  it('takes a suggestion off every screen, with a logged reason', async () => {
    const { app, db, board, lead, phone, post, snapshot, published } = await setup();
    const abusive = await post('Something abusive about a colleague');
    const hide = (cookie: string, payload: Record<string, unknown>) =>
      app.inject({
        method: 'POST',
        url: `/api/boards/${board.id}/suggestions/${abusive.id}/hide`,
        headers: { cookie },
        payload,
      });
    expect((await hide(phone, { reason: 'I do not like it' })).statusCode).toBe(401);
    // Too short once cleaned (a zero-width space is no character): the field is named.
    const blank = await hide(lead.cookie, { reason: 'a\u200b ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json<ApiErrorBody>().error).toMatchObject({
      code: 'validation_failed',
      field: 'reason',
    });
    expect((await snapshot()).suggestions).toHaveLength(1);

    published.length = 0;
    expect((await hide(lead.cookie, { reason: 'Personal attack' })).statusCode).toBe(204);
    expect(published).toEqual([
      { event: 'suggestion:removed', payload: { seq: abusive.seq + 1, suggestionId: abusive.id } },
    ]);
    expect((await snapshot()).suggestions).toHaveLength(0);
    // The change log no longer holds the text: a catch-up replay never sends it again.
    const logged = db.prepare('SELECT payload FROM board_changes').pluck().all() as string[];
    expect(logged.some((payload) => payload.includes('abusive'))).toBe(false);
    expect(
      db.prepare("SELECT note, actor_name FROM suggestion_events WHERE kind = 'hidden'").get(),
    ).toEqual({
      note: 'Personal attack',
      actor_name: 'Lead lead-a',
    });
    expect((await hide(lead.cookie, { reason: 'Again' })).statusCode).toBe(404);
  });
});
