import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiErrorBody,
  BoardSnapshot,
  BulkResult,
  SuggestionHistory,
  TriagePage,
} from '@tavla/shared';
import type { App } from '../../app.js';
import type { Db } from '../../db/open-database.js';
import type { BoardChange } from '../../lib/change-feed.js';
import {
  createBoard,
  createLead,
  joinPhone,
  setupAdmin,
  testApp,
} from '../../test-support/test-app.js';
import type { BoardRow } from '../boards/board-repository.js';
import { createTriageRepository, type TriageFilter } from './triage-repository.js';

const NOW = Date.parse('2026-11-21T08:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW - days * 24 * 60 * 60 * 1000).toISOString();
const id = (n: number) => `00000000-0000-4000-a000-${n.toString(16).padStart(12, '0')}`;

/** The seeded board, by hand: what each filter and sort must answer is worked out below. */
// Each test seeds fresh boards, so each gets its own ids (set by setup()).
let S1 = '';
let S2 = '';
let S3 = '';
let S4 = '';
let S5 = '';
let S6 = '';
let S7 = '';
let run = 0;

interface Seed {
  n: number;
  board: 'A' | 'B';
  text: string;
  dimension: 'ecological' | 'economic' | 'social';
  status: string;
  created: number;
  changed?: number;
  votes: number;
  author?: string;
  goal?: boolean;
  hidden?: number;
}

const SEEDS: Seed[] = [
  // prettier-ignore
  { n: 1, board: 'A', text: 'Byt till LED-lampor i lagret', dimension: 'ecological', status: 'new', created: 20, votes: 5 },
  // prettier-ignore
  { n: 2, board: 'A', text: 'Återvinn kartonger vid packstationen', dimension: 'ecological', status: 'new', created: 10, votes: 2, author: 'Åsa' },
  // prettier-ignore
  { n: 3, board: 'A', text: 'Fler pauser i kylrummet', dimension: 'social', status: 'new', created: 2, votes: 9 },
  // prettier-ignore
  { n: 4, board: 'A', text: 'Automatiska skjutdörrar på frysrummet', dimension: 'economic', status: 'planned', created: 30, changed: 5, votes: 9 },
  // prettier-ignore
  { n: 5, board: 'A', text: 'LED i fikarummet', dimension: 'ecological', status: 'in_progress', created: 15, changed: 1, votes: 0, goal: true },
  // prettier-ignore
  { n: 6, board: 'A', text: 'Något som inte hör hit', dimension: 'social', status: 'new', created: 3, votes: 0, hidden: 1 },
  // prettier-ignore
  { n: 7, board: 'B', text: 'LED på linje B', dimension: 'ecological', status: 'new', created: 20, votes: 1 },
];

interface Fixture {
  app: App;
  db: Db;
  board: BoardRow;
  other: BoardRow;
  lead: string;
  otherLead: string;
  phone: string;
  goalId: string;
  published: BoardChange[];
}

/** One app and two signed-in leads for the whole file (a sign-in costs a slow hash). */
let shared: { app: App; db: Db; leadA: { cookie: string; userId: string }; leadB: string };
beforeAll(async () => {
  const { app, db } = await testApp();
  const first = createBoard(app, 'First');
  const admin = await setupAdmin(app);
  const leadA = await createLead(app, admin, [first.id], 'lead-a');
  const leadB = await createLead(app, admin, [first.id], 'lead-b');
  db.prepare('DELETE FROM lead_boards WHERE user_id = ?').run(leadB.userId);
  shared = { app, db, leadA, leadB: leadB.cookie };
});
afterAll(async () => {
  await shared.app.close();
});

/** Fresh boards A and B for one test, seeded as SEEDS says; lead A leads A, lead B leads B. */
async function setup(): Promise<Fixture> {
  const { app, db } = shared;
  const board = createBoard(app, 'A');
  const other = createBoard(app, 'B');
  const grant = db.prepare('INSERT INTO lead_boards (user_id, board_id) VALUES (?, ?)');
  grant.run(shared.leadA.userId, board.id);
  const leadBId = (
    db.prepare("SELECT id FROM users WHERE username = 'lead-b'").get() as { id: string }
  ).id;
  grant.run(leadBId, other.id);
  run += 1;
  [S1, S2, S3, S4, S5, S6, S7] = [1, 2, 3, 4, 5, 6, 7].map((n) => id(run * 1000 + n)) as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const lead = shared.leadA;
  const otherLead = { cookie: shared.leadB };
  const phone = await joinPhone(app, board);
  const goal = app.services.goals.create(board, {
    title: 'Less energy per unit',
    description: 'Energy is our largest cost.',
    dimension: 'ecological',
    focusArea: '',
    metric: 'Energy per unit',
    unit: 'kWh',
    baselineValue: 12,
    baselineDate: '2026-09-01',
    targetValue: 9,
    direction: 'decrease',
    deadline: '2027-06-30',
    responsible: '',
    achievableConfirmed: true,
    achievableNote: '',
  });
  const insert = db.prepare(
    `INSERT INTO suggestions (id, board_id, text, dimension, author_name, status,
       status_changed_at, hidden_at, hidden_reason, hidden_by, vote_count, goal_id, created_at,
       updated_at, seq)
     VALUES (@id, @board, @text, @dimension, @author, @status, @changed, @hiddenAt, @reason,
       @hiddenBy, @votes, @goal, @created, @created, 0)`,
  );
  for (const seed of SEEDS) {
    insert.run({
      id: id(run * 1000 + seed.n),
      board: seed.board === 'A' ? board.id : other.id,
      text: seed.text,
      dimension: seed.dimension,
      author: seed.author ?? null,
      status: seed.status,
      changed: daysAgo(seed.changed ?? seed.created),
      hiddenAt: seed.hidden === undefined ? null : daysAgo(seed.hidden),
      reason: seed.hidden === undefined ? null : 'Hör inte hit',
      hiddenBy: seed.hidden === undefined ? null : lead.userId,
      votes: seed.votes,
      goal: seed.goal ? goal.id : null,
      created: daysAgo(seed.created),
    });
  }
  const published: BoardChange[] = [];
  app.services.changes.subscribe((boardId, change) => {
    if (boardId === board.id) published.push(change);
  });
  return {
    app,
    db,
    board,
    other,
    lead: lead.cookie,
    otherLead: otherLead.cookie,
    phone,
    goalId: goal.id,
    published,
  };
}

async function list(f: Fixture, query: string, cookie = f.lead) {
  const response = await f.app.inject({
    method: 'GET',
    url: `/api/boards/${f.board.id}/triage${query ? `?${query}` : ''}`,
    headers: { cookie },
  });
  return response;
}

async function ids(f: Fixture, query: string): Promise<string[]> {
  const response = await list(f, query);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TriagePage>().items.map((item) => item.suggestion.id);
}

const bulk = (f: Fixture, action: string, payload: unknown, cookie = f.lead, boardId?: string) =>
  f.app.inject({
    method: 'POST',
    url: `/api/boards/${boardId ?? f.board.id}/triage/${action}`,
    headers: { cookie },
    payload: payload as Record<string, unknown>,
  });

/** Everything a refused bulk action must leave as it was. */
const fingerprint = (db: Db) =>
  JSON.stringify(
    ['suggestions', 'suggestion_events', 'suggestion_unhides', 'board_changes', 'boards'].map(
      (table) => db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all(),
    ),
  );

describe('the triage list', () => {
  it('filters, searches and sorts as worked out by hand', async () => {
    const f = await setup();
    expect(await ids(f, '')).toEqual([S3, S2, S5, S1, S4]);
    expect(await ids(f, 'sort=newest')).toEqual([S3, S2, S5, S1, S4]);
    expect(await ids(f, 'sort=oldest')).toEqual([S4, S1, S5, S2, S3]);
    // Nine votes each: the newer first.
    expect(await ids(f, 'sort=votes')).toEqual([S3, S4, S1, S2, S5]);
    // Longest in the present status first (S4 was planned five days ago).
    expect(await ids(f, 'sort=waiting')).toEqual([S1, S2, S4, S3, S5]);
    expect(await ids(f, 'status=new')).toEqual([S3, S2, S1]);
    expect(await ids(f, 'status=planned')).toEqual([S4]);
    expect(await ids(f, 'dimension=ecological')).toEqual([S2, S5, S1]);
    expect(await ids(f, `goal=${f.goalId}`)).toEqual([S5]);
    // Still new after seven days: S1 (20 days) and S2 (10); not S3 (2 days) nor S4 (planned).
    expect(await ids(f, 'waiting=true')).toEqual([S2, S1]);
    expect(await ids(f, 'waiting=true&sort=oldest')).toEqual([S1, S2]);
    // Search: any case, Swedish letters too, the author's name too; never board B's "LED".
    expect(await ids(f, 'q=led')).toEqual([S5, S1]);
    expect(await ids(f, 'q=%C3%85TERVINN')).toEqual([S2]);
    expect(await ids(f, 'q=%C3%A5sa')).toEqual([S2]);
    expect(await ids(f, 'q=100%25')).toEqual([]);
    expect(await ids(f, 'q=led&status=new&dimension=ecological')).toEqual([S1]);
    const page = (await list(f, 'status=new')).json<TriagePage>();
    expect(page.total).toBe(3);
    expect(page.items.every((item) => item.hidden === null)).toBe(true);
  });

  it('lists the hidden ones only when asked, with who hid them and why', async () => {
    const f = await setup();
    const page = (await list(f, 'hidden=true')).json<TriagePage>();
    expect(page.items.map((item) => item.suggestion.id)).toEqual([S6]);
    expect(page.items[0]?.hidden).toEqual({
      at: daysAgo(1),
      reason: 'Hör inte hit',
      byName: 'Lead lead-a',
    });
    expect(await ids(f, 'hidden=false')).not.toContain(S6);
  });

  it('pages by keyset: every row once, in order, whatever the sort', async () => {
    const f = await setup();
    for (const [sort, expected] of [
      ['newest', [S3, S2, S5, S1, S4]],
      ['votes', [S3, S4, S1, S2, S5]],
      ['waiting', [S1, S2, S4, S3, S5]],
      ['oldest', [S4, S1, S5, S2, S3]],
    ] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const response = await list(
          f,
          `sort=${sort}&limit=2${after === null ? '' : `&after=${after}`}`,
        );
        const page = response.json<TriagePage>();
        expect(page.total).toBe(5);
        seen.push(...page.items.map((item) => item.suggestion.id));
        after = page.next;
        pages += 1;
      } while (after !== null);
      expect(pages, sort).toBe(3);
      expect(seen, sort).toEqual(expected);
    }
  });

  it('refuses a bad query with a 400 and a field', async () => {
    const f = await setup();
    for (const query of ['status=lost', 'sort=random', 'limit=0', 'limit=101', 'after=@@', 'x=1']) {
      const response = await list(f, query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json<ApiErrorBody>().error.code, query).toBe('validation_failed');
    }
    const forged = Buffer.from('["a","b"]').toString('base64url');
    const response = await list(f, `after=${forged}`);
    expect(response.statusCode).toBe(400);
    expect(response.json<ApiErrorBody>().error.field).toBe('after');
  });

  it('is for the board’s leads only', async () => {
    const f = await setup();
    // A phone has no sign-in that counts here (401); another board's lead may not (403).
    expect((await list(f, '', f.phone)).statusCode).toBe(401);
    expect((await list(f, '', f.otherLead)).statusCode).toBe(403);
  });

  it('reads an index for every filter and sort, not the whole table', async () => {
    const f = await setup();
    const repo = createTriageRepository(f.db);
    const plan = (
      filter: Omit<TriageFilter, 'boardId'>,
      sort: Parameters<typeof repo.pageSql>[1],
    ) => {
      const sql = repo.pageSql({ boardId: 'b', ...filter }, sort, true);
      const named = [
        'boardId',
        'status',
        'dimension',
        'goalId',
        'waitingBefore',
        'search',
        'afterAt',
        'afterId',
        'afterRank',
        'limit',
      ];
      const args = Object.fromEntries(
        named.filter((n) => sql.includes(`@${n}`)).map((n) => [n, n === 'limit' ? 30 : 'x']),
      );
      return (f.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(args) as { detail: string }[])
        .map((row) => row.detail)
        .join('\n');
    };
    // The main filter (a status, newest first) reads the status index in order: no sort step.
    const byStatus = plan({ hidden: false, status: 'new' }, 'newest');
    expect(byStatus).toMatch(
      /SEARCH s USING INDEX suggestions_by_status \(board_id=\? AND status=\?/,
    );
    expect(byStatus).not.toMatch(/^SCAN s\b/m);
    expect(plan({ hidden: false, dimension: 'social' }, 'newest')).toMatch(
      /USING INDEX suggestions_by_dimension/,
    );
    expect(plan({ hidden: true }, 'newest')).toMatch(/USING INDEX suggestions_hidden/);
    expect(plan({ hidden: false, waitingBefore: 'x' }, 'oldest')).toMatch(
      /SEARCH s USING INDEX suggestions_by_(status|board) \(board_id=\?/,
    );
    for (const sort of ['newest', 'oldest', 'votes', 'waiting'] as const) {
      expect(plan({ hidden: false }, sort), sort).not.toMatch(/^SCAN s\b/m);
    }
  });
});

describe('bulk actions', () => {
  it('move three suggestions in one transaction, each on its timeline and broadcast', async () => {
    const f = await setup();
    const before = f.app.services.boardRepository.findById(f.board.id)?.last_seq ?? 0;
    const response = await bulk(f, 'status', { ids: [S1, S2, S3], status: 'planned' });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<BulkResult>();
    expect(result.suggestions.map((s) => [s.id, s.status])).toEqual([
      [S1, 'planned'],
      [S2, 'planned'],
      [S3, 'planned'],
    ]);
    // One change each, in order, with consecutive seqs (screens see no gap).
    expect(f.published.map((change) => change.event)).toEqual([
      'suggestion:updated',
      'suggestion:updated',
      'suggestion:updated',
    ]);
    expect(f.published.map((change) => change.payload.seq)).toEqual([
      before + 1,
      before + 2,
      before + 3,
    ]);
    const history = await f.app.inject({
      method: 'GET',
      url: `/api/boards/${f.board.id}/suggestions/${S2}/history`,
      headers: { cookie: f.lead },
    });
    expect(
      history.json<SuggestionHistory>().events.map((e) => [e.kind, e.fromStatus, e.toStatus]),
    ).toEqual([['status', 'new', 'planned']]);
    expect(await ids(f, 'status=planned')).toEqual([S3, S2, S1, S4]);
  });

  it('declines several with one reason, and refuses Not doing without one', async () => {
    const f = await setup();
    const unchanged = fingerprint(f.db);
    const refused = await bulk(f, 'status', { ids: [S1, S2], status: 'not_doing' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ApiErrorBody>().error.code).toBe('reason_required');
    expect(fingerprint(f.db)).toBe(unchanged);
    const response = await bulk(f, 'status', {
      ids: [S1, S2],
      status: 'not_doing',
      note: 'Inte i år',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<BulkResult>().suggestions.map((s) => s.statusNote)).toEqual([
      'Inte i år',
      'Inte i år',
    ]);
  });

  it('changes nothing when one of them cannot move', async () => {
    const f = await setup();
    const unchanged = fingerprint(f.db);
    const cases: [unknown, number, string][] = [
      // S4 is already planned: the workflow refuses that move, so none moves.
      [{ ids: [S1, S4], status: 'planned' }, 409, 'suggestion_status_unchanged'],
      [{ ids: [S1, id(99)], status: 'planned' }, 404, 'not_found'],
      [{ ids: [S1, S7], status: 'planned' }, 404, 'not_found'],
      [{ ids: [S1, S6], status: 'planned' }, 404, 'not_found'],
      [{ ids: [S1], status: 'duplicate' }, 400, 'validation_failed'],
      [{ ids: [], status: 'planned' }, 400, 'validation_failed'],
      [{ ids: [S1, S1], status: 'planned' }, 400, 'validation_failed'],
      [{ ids: ['not-an-id'], status: 'planned' }, 400, 'validation_failed'],
      [
        { ids: Array.from({ length: 101 }, (_, i) => id(900 + i)), status: 'planned' },
        400,
        'validation_failed',
      ],
    ];
    for (const [payload, status, code] of cases) {
      const response = await bulk(f, 'status', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.json<ApiErrorBody>().error.code).toBe(code);
    }
    // Board B's lead names board A's suggestions on board B, and on board A.
    expect(
      (await bulk(f, 'status', { ids: [S1], status: 'planned' }, f.otherLead, f.other.id))
        .statusCode,
    ).toBe(404);
    expect(
      (await bulk(f, 'status', { ids: [S1], status: 'planned' }, f.otherLead)).statusCode,
    ).toBe(403);
    expect((await bulk(f, 'status', { ids: [S1], status: 'planned' }, f.phone)).statusCode).toBe(
      401,
    );
    expect(fingerprint(f.db)).toBe(unchanged);
    expect(f.published).toEqual([]);
  });

  it('hides several with one reason, then a lead undoes it', async () => {
    const f = await setup();
    const unchanged = fingerprint(f.db);
    const short = await bulk(f, 'hide', { ids: [S1, S3], reason: 'x' });
    expect(short.statusCode).toBe(400);
    expect((await bulk(f, 'hide', { ids: [S1, S6], reason: 'Hör inte hit' })).statusCode).toBe(404);
    expect(fingerprint(f.db)).toBe(unchanged);

    const hidden = await bulk(f, 'hide', { ids: [S1, S3], reason: 'Skämt, inte förslag' });
    expect(hidden.statusCode, hidden.body).toBe(200);
    expect(f.published.map((c) => c.event)).toEqual(['suggestion:removed', 'suggestion:removed']);
    expect(await ids(f, '')).toEqual([S2, S5, S4]);
    const page = (await list(f, 'hidden=true')).json<TriagePage>();
    expect(page.items.map((item) => [item.suggestion.id, item.hidden?.reason])).toEqual([
      [S3, 'Skämt, inte förslag'],
      [S6, 'Hör inte hit'],
      [S1, 'Skämt, inte förslag'],
    ]);

    // Undo: both visible again, on the wall's snapshot too, the hide kept on the timeline.
    const unchangedHidden = fingerprint(f.db);
    expect((await bulk(f, 'unhide', { ids: [S1, S2] })).statusCode).toBe(404);
    expect(fingerprint(f.db)).toBe(unchangedHidden);
    f.published.length = 0;
    const undone = await bulk(f, 'unhide', { ids: [S1, S3] });
    expect(undone.statusCode, undone.body).toBe(200);
    expect(f.published.map((c) => c.event)).toEqual(['suggestion:updated', 'suggestion:updated']);
    expect(await ids(f, '')).toEqual([S3, S2, S5, S1, S4]);
    const snapshot = await f.app.inject({
      method: 'GET',
      url: `/api/boards/${f.board.id}/snapshot`,
      headers: { 'x-display-key': f.board.display_key },
    });
    expect(snapshot.json<BoardSnapshot>().suggestions.map((s) => s.id)).toContain(S1);
    const history = await f.app.inject({
      method: 'GET',
      url: `/api/boards/${f.board.id}/suggestions/${S1}/history`,
      headers: { cookie: f.lead },
    });
    expect(
      history.json<SuggestionHistory>().events.map((e) => [e.kind, e.note, e.actorName]),
    ).toEqual([
      ['hidden', 'Skämt, inte förslag', 'Lead lead-a'],
      ['unhidden', 'Skämt, inte förslag', 'Lead lead-a'],
    ]);
    // A hide that was undone can be hidden again, and undone again.
    expect((await bulk(f, 'hide', { ids: [S1], reason: 'Ändå inte' })).statusCode).toBe(200);
    expect((await bulk(f, 'unhide', { ids: [S1] })).statusCode).toBe(200);
  });
});
