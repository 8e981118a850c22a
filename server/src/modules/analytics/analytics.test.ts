/**
 * The analytics figures on a seeded history whose answers are worked out by hand below (the
 * comments show the arithmetic); the code under test computes none of the expected values.
 * The history is written straight into the tables with exact timestamps, so every figure is
 * known before the request is made.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analytics, Participation } from '@tavla/shared';
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
} from '../../test-support/test-app.js';

/** "Now" for the whole file: 1 December 2026, noon UTC. */
const NOW = '2026-12-01T12:00:00.000Z';
/** The period most tests ask for: the first half of 2026 (both days included). */
const HALF = '?from=2026-01-01&to=2026-06-30';

let app: App;
let db: Db;
let board: BoardRow;
let other: BoardRow;
let lead: string;
let otherLead: string;
let admin: string;
let phone: string;

const DEVICES = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7'] as const;
type Device = (typeof DEVICES)[number];

/** Each device's last sighting (active in the 30 days before now: d1, d2, d3). */
const LAST_SEEN: Record<Device, string> = {
  d1: '2026-11-25T08:00:00.000Z',
  d2: '2026-11-30T08:00:00.000Z',
  d3: '2026-11-02T12:00:01.000Z',
  // 30 days and a bit before now: not active.
  d4: '2026-10-31T12:00:00.000Z',
  d5: '2026-10-15T08:00:00.000Z',
  d6: '2026-09-01T08:00:00.000Z',
  d7: '2026-08-01T08:00:00.000Z',
};

const at = (day: string, time = '10:00') => `${day}T${time}:00.000Z`;
const plusDays = (instant: string, days: number) =>
  new Date(Date.parse(instant) + days * 86_400_000).toISOString();

interface SeedSuggestion {
  id: string;
  device: Device;
  dimension: 'ecological' | 'economic' | 'social';
  posted: string;
  /** Status changes after posting: days after posting and the status moved to. */
  steps: [number, string][];
  hidden?: boolean;
}

/**
 * The board's suggestions. Lead times in days (decision: to the first step; done: to the
 * step that made it done last) are in the comments.
 */
const SUGGESTIONS: SeedSuggestion[] = [
  // Ecological, five devices (d1–d5; E6 is d1 again).
  // decision 1, done 4 (done 2026-01-09)
  {
    id: 'sugg-E1',
    device: 'd1',
    dimension: 'ecological',
    posted: at('2026-01-05'),
    steps: [
      [1, 'under_review'],
      [4, 'done'],
    ],
  },
  // decision 2, done 10 (done 2026-02-20)
  {
    id: 'sugg-E2',
    device: 'd2',
    dimension: 'ecological',
    posted: at('2026-02-10'),
    steps: [
      [2, 'planned'],
      [10, 'done'],
    ],
  },
  // decision 3, done 6 (done 2026-03-07)
  {
    id: 'sugg-E3',
    device: 'd3',
    dimension: 'ecological',
    posted: at('2026-03-01'),
    steps: [
      [3, 'under_review'],
      [6, 'done'],
    ],
  },
  // decision 0.5, done 20 (done 2026-04-21)
  {
    id: 'sugg-E4',
    device: 'd4',
    dimension: 'ecological',
    posted: at('2026-04-01'),
    steps: [
      [0.5, 'under_review'],
      [20, 'done'],
    ],
  },
  // decision 5, done 8 (done 2026-05-09)
  {
    id: 'sugg-E5',
    device: 'd5',
    dimension: 'ecological',
    posted: at('2026-05-01'),
    steps: [
      [5, 'in_progress'],
      [8, 'done'],
    ],
  },
  // decision 5 (2026-06-25, in the period), done 15 (2026-07-05: after it)
  {
    id: 'sugg-E6',
    device: 'd1',
    dimension: 'ecological',
    posted: at('2026-06-20'),
    steps: [
      [5, 'planned'],
      [15, 'done'],
    ],
  },
  // Economic, four devices (d1–d4).
  // decision 1, done 2 (done 2026-01-12)
  {
    id: 'sugg-C1',
    device: 'd1',
    dimension: 'economic',
    posted: at('2026-01-10'),
    steps: [
      [1, 'under_review'],
      [2, 'done'],
    ],
  },
  // decision 3, not done
  {
    id: 'sugg-C2',
    device: 'd2',
    dimension: 'economic',
    posted: at('2026-02-15'),
    steps: [[3, 'in_progress']],
  },
  // decision 7, done at 14, reopened at 15, done again at 16 (2026-04-05): done 16
  {
    id: 'sugg-C3',
    device: 'd3',
    dimension: 'economic',
    posted: at('2026-03-20'),
    steps: [
      [7, 'under_review'],
      [14, 'done'],
      [15, 'in_progress'],
      [16, 'done'],
    ],
  },
  // decision 2, done 30 (done 2026-05-20)
  {
    id: 'sugg-C4',
    device: 'd4',
    dimension: 'economic',
    posted: at('2026-04-20'),
    steps: [
      [2, 'planned'],
      [30, 'done'],
    ],
  },
  // Social.
  // Posted on the period's last day, late: counts. Still new: waiting.
  {
    id: 'sugg-S1',
    device: 'd6',
    dimension: 'social',
    posted: at('2026-06-30', '23:30'),
    steps: [],
  },
  // Posted the day after the period, just after midnight: does not count. Waiting.
  {
    id: 'sugg-S2',
    device: 'd7',
    dimension: 'social',
    posted: at('2026-07-01', '00:10'),
    steps: [],
  },
  // Hidden: left out of everything, participation included (d7 contributes nothing else).
  {
    id: 'sugg-S3',
    device: 'd7',
    dimension: 'social',
    posted: at('2026-01-20'),
    steps: [
      [1, 'under_review'],
      [2, 'done'],
    ],
    hidden: true,
  },
  // Posted before the period, decided (13 days) and done (23 days) in it.
  {
    id: 'sugg-S4',
    device: 'd5',
    dimension: 'social',
    posted: at('2025-12-20'),
    steps: [
      [13, 'under_review'],
      [23, 'done'],
    ],
  },
  // Posted and decided before the period (2025-11-05), done in it (2026-02-01): done 92.
  {
    id: 'sugg-S5',
    device: 'd7',
    dimension: 'social',
    posted: at('2025-11-01'),
    steps: [
      [4, 'under_review'],
      [92, 'done'],
    ],
  },
  // New three days ago: not waiting yet.
  { id: 'sugg-S6', device: 'd2', dimension: 'social', posted: at('2026-11-28'), steps: [] },
];

function seedSuggestions(boardId: string, list: SeedSuggestion[]) {
  const insert = db.prepare(
    `INSERT INTO suggestions (id, board_id, device_id, text, dimension, status, created_at,
                              updated_at, seq, status_changed_at, hidden_at, hidden_reason)
     VALUES (@id, @boardId, @device, 'A suggestion', @dimension, @status, @posted, @changed, 1,
             @changed, @hidden, @reason)`,
  );
  const event = db.prepare(
    `INSERT INTO suggestion_events (suggestion_id, kind, from_status, to_status, actor_name,
                                    created_at)
     VALUES (?, 'status', ?, ?, 'Lead', ?)`,
  );
  for (const s of list) {
    let status = 'new';
    let changed = s.posted;
    const events: [string, string, string][] = [];
    for (const [days, to] of s.steps) {
      changed = plusDays(s.posted, days);
      events.push([status, to, changed]);
      status = to;
    }
    insert.run({
      id: s.id,
      boardId,
      device: `${boardId}-${s.device}`,
      dimension: s.dimension,
      status,
      posted: s.posted,
      changed,
      hidden: s.hidden ? plusDays(changed, 1) : null,
      reason: s.hidden ? 'Abuse' : null,
    });
    for (const [from, to, when] of events) event.run(s.id, from, to, when);
  }
}

function seed() {
  const device = db.prepare('INSERT INTO devices (id, created_at, last_seen_at) VALUES (?, ?, ?)');
  const member = db.prepare(
    'INSERT INTO device_boards (device_id, board_id, joined_at) VALUES (?, ?, ?)',
  );
  for (const d of DEVICES) {
    device.run(`${board.id}-${d}`, at('2025-10-01'), LAST_SEEN[d]);
    member.run(`${board.id}-${d}`, board.id, at('2025-10-01'));
  }
  db.prepare(
    `INSERT INTO board_method_settings (board_id, employees, participation_target)
     VALUES (?, 20, 25)`,
  ).run(board.id);
  seedSuggestions(board.id, SUGGESTIONS);

  // Announcements asking for acknowledgement (employees: 20).
  const announce = db.prepare(
    `INSERT INTO announcements (id, board_id, kind, title, text, requires_ack, pinned_days,
                                published_at, changed_at, version, pinned_until)
     VALUES (?, ?, 'routine', ?, 'Text', ?, 7, ?, ?, ?, ?)`,
  );
  const ack = db.prepare(
    `INSERT INTO announcement_acks (announcement_id, version, device_id, acknowledged_at)
     VALUES (?, ?, ?, ?)`,
  );
  // N1: version 2; two acks of version 1 (no longer count), three of version 2 → 3 = 15.0 %.
  announce.run(
    'ann-N1',
    board.id,
    'Close the door',
    1,
    at('2026-02-01'),
    at('2026-02-03'),
    2,
    at('2026-02-08'),
  );
  ack.run('ann-N1', 1, `${board.id}-d1`, at('2026-02-02'));
  ack.run('ann-N1', 1, `${board.id}-d2`, at('2026-02-02'));
  for (const d of ['d1', 'd3', 'd4']) ack.run('ann-N1', 2, `${board.id}-${d}`, at('2026-02-04'));
  // N2: no acknowledgement asked: not listed.
  announce.run(
    'ann-N2',
    board.id,
    'Info',
    0,
    at('2026-03-01'),
    at('2026-03-01'),
    1,
    at('2026-03-08'),
  );
  // N3: published after the period: not listed.
  announce.run(
    'ann-N3',
    board.id,
    'Later',
    1,
    at('2026-07-02'),
    at('2026-07-02'),
    1,
    at('2026-07-09'),
  );
  // N4: published on the period's last day: listed; seven acks (the next day) → 35.0 %.
  announce.run(
    'ann-N4',
    board.id,
    'Gloves',
    1,
    at('2026-06-30', '22:00'),
    at('2026-06-30', '22:00'),
    1,
    at('2026-07-07'),
  );
  for (const d of DEVICES) ack.run('ann-N4', 1, `${board.id}-${d}`, at('2026-07-01', '08:00'));

  // Follow-ups: two quarterly ones with the pulse, a monthly one (no pulse), one after.
  const followUp = db.prepare(
    `INSERT INTO follow_ups (id, board_id, kind, step, started_at, ended_at)
     VALUES (?, ?, ?, 'learning', ?, ?)`,
  );
  const pulse = db.prepare(
    `INSERT INTO follow_up_pulse (follow_up_id, device_id, question, value, answered_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  followUp.run('fu-F1', board.id, 'quarterly', at('2026-03-31', '09:00'), at('2026-03-31'));
  // Six respondents: involved 4+5+3+4+5+2 = 23 → 23/6 = 3.83 → 3.8; contribute 24/6 = 4.
  const f1: [Device, number, number][] = [
    ['d1', 4, 3],
    ['d2', 5, 3],
    ['d3', 3, 4],
    ['d4', 4, 4],
    ['d5', 5, 5],
    ['d6', 2, 5],
  ];
  for (const [d, involved, contribute] of f1) {
    pulse.run('fu-F1', `${board.id}-${d}`, 'involved', involved, at('2026-03-31', '09:30'));
    pulse.run('fu-F1', `${board.id}-${d}`, 'contribute', contribute, at('2026-03-31', '09:30'));
  }
  followUp.run('fu-F3', board.id, 'monthly', at('2026-05-15', '09:00'), at('2026-05-15'));
  followUp.run('fu-F2', board.id, 'quarterly', at('2026-06-30', '09:00'), at('2026-06-30'));
  // Four respondents: too few for means.
  for (const d of ['d1', 'd2', 'd3', 'd4']) {
    pulse.run('fu-F2', `${board.id}-${d}`, 'involved', 5, at('2026-06-30', '09:30'));
    pulse.run('fu-F2', `${board.id}-${d}`, 'contribute', 5, at('2026-06-30', '09:30'));
  }
  followUp.run('fu-F4', board.id, 'quarterly', at('2026-09-30', '09:00'), at('2026-09-30'));

  // Actions now (today 2026-12-01): overdue are open or ongoing and due before today.
  const action = db.prepare(
    `INSERT INTO actions (id, board_id, text, owner, due_date, state, created_at)
     VALUES (?, ?, 'Do it', 'Anna', ?, ?, ?)`,
  );
  action.run('act-A1', board.id, '2026-11-30', 'open', at('2026-11-01')); // overdue
  action.run('act-A2', board.id, '2026-11-01', 'ongoing', at('2026-10-01')); // overdue
  action.run('act-A3', board.id, '2026-12-01', 'open', at('2026-11-01')); // due today
  action.run('act-A4', board.id, '2026-10-01', 'done', at('2026-09-01'));
  action.run('act-A5', board.id, '2026-10-01', 'dropped', at('2026-09-01'));

  // Goals (computeProgress on 2026-12-01).
  const goal = db.prepare(
    `INSERT INTO goals (id, board_id, title, description, dimension, focus_area, metric, unit,
                        baseline_value, baseline_date, target_value, direction, deadline,
                        responsible, achievable_confirmed, achievable_note, state,
                        state_changed_at, created_at, updated_at, seq)
     VALUES (?, ?, ?, '', 'ecological', '', 'kWh', 'kWh', 100, '2026-01-01', 50, 'decrease', ?,
             '', 1, '', ?, ?, ?, ?, 1)`,
  );
  const measure = db.prepare(
    `INSERT INTO measurements (id, goal_id, value, measured_on, recorded_by, created_at)
     VALUES (?, ?, ?, ?, 'Lead', ?)`,
  );
  // G1: 50 reached (100 % of the way) → on track.
  goal.run(
    'goal-G1',
    board.id,
    'G1',
    '2027-01-01',
    'active',
    at('2026-01-01'),
    at('2026-01-01'),
    at('2026-01-01'),
  );
  measure.run('meas-1', 'goal-G1', 50, '2026-11-30', at('2026-11-30'));
  // G2: deadline passed at 20 % → off track.
  goal.run(
    'goal-G2',
    board.id,
    'G2',
    '2026-11-01',
    'active',
    at('2026-01-01'),
    at('2026-01-01'),
    at('2026-01-01'),
  );
  measure.run('meas-2', 'goal-G2', 90, '2026-10-01', at('2026-10-01'));
  // G3: nothing measured and 91 % of the time gone → at risk.
  goal.run(
    'goal-G3',
    board.id,
    'G3',
    '2027-01-01',
    'active',
    at('2026-01-01'),
    at('2026-01-01'),
    at('2026-01-01'),
  );
  // G4: a draft is not counted.
  goal.run(
    'goal-G4',
    board.id,
    'G4',
    '2027-01-01',
    'draft',
    at('2026-01-01'),
    at('2026-01-01'),
    at('2026-01-01'),
  );

  // Analysis rounds: R2 is the latest finished, R1 the one before, R3 is open.
  const round = db.prepare(
    `INSERT INTO analysis_rounds (id, board_id, ordinal, name, started_at, finished_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const score = db.prepare(
    `INSERT INTO analysis_round_scores (round_id, category_id, dimension, position, percent,
                                        scored, dont_know, not_relevant, unanswered)
     VALUES (?, ?, ?, ?, ?, 1, 0, 0, 0)`,
  );
  round.run('round-R1', board.id, 1, 'Spring 2025', at('2025-04-01'), at('2025-04-02'));
  score.run('round-R1', 'energy_climate', 'ecological', 0, 40);
  score.run('round-R1', 'emissions', 'ecological', 1, 60);
  round.run('round-R2', board.id, 2, 'Spring 2026', at('2026-04-01'), at('2026-04-02'));
  score.run('round-R2', 'energy_climate', 'ecological', 0, 55);
  score.run('round-R2', 'emissions', 'ecological', 1, 50);
  score.run('round-R2', 'health_safety', 'social', 2, 70);
  // Scored in R1, not in R2 (every answer "don't know").
  score.run('round-R1', 'fair_conditions', 'social', 3, 35);
  score.run('round-R2', 'fair_conditions', 'social', 3, null);
  round.run('round-R3', board.id, 3, 'Autumn 2026', at('2026-10-01'), null);
}

beforeAll(async () => {
  ({ app, db } = await testApp({ clock: manualClock(NOW) }));
  board = createBoard(app, 'Line 3');
  other = createBoard(app, 'Line 4');
  admin = await setupAdmin(app);
  lead = (await createLead(app, admin, [board.id], 'lead-a')).cookie;
  otherLead = (await createLead(app, admin, [other.id], 'lead-b')).cookie;
  phone = await joinPhone(app, board);
  seed();
});

afterAll(async () => {
  await app.close();
});

async function analytics(query = HALF, cookie = lead): Promise<Analytics> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/boards/${board.id}/analytics${query}`,
    headers: { cookie },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Analytics>();
}

describe('GET /analytics on the seeded half-year', () => {
  it('gives the period and participation', async () => {
    const result = await analytics();
    expect(result.from).toBe('2026-01-01');
    expect(result.to).toBe('2026-06-30');
    expect(result.generatedAt).toBe(NOW);
    // Contributors in the period: posts d1–d6 (d7's only one in it is hidden; its acks of N4
    // came on 1 July), pulse answers d1–d6. 6 of 20 = 30.0 %, target 25 → reached.
    // Posted in it: 11 (E1–E6, C1–C4, S1) over 181 days: 11/20 · 365/181 = 1.109 → 1.1.
    // Active: nobody was last seen in the 30 days before 1 July.
    expect(result.participation).toEqual<Participation>({
      from: '2026-01-01',
      to: '2026-06-30',
      employees: 20,
      activeDevices: 0,
      contributors: 6,
      percent: 30,
      target: 25,
      reached: true,
      suggestionsPerEmployeeYear: 1.1,
    });
  });

  it('counts the flow per calendar month: posted, and done by when they were done', async () => {
    const { flow } = await analytics();
    expect(flow).toEqual([
      // posted E1, C1 (S3 hidden); done E1 (01-09), C1 (01-12), S4 (01-12)
      { month: '2026-01', posted: 2, done: 3 },
      // posted E2, C2; done E2 (02-20), S5 (02-01)
      { month: '2026-02', posted: 2, done: 2 },
      // posted E3, C3; done E3 (03-07)
      { month: '2026-03', posted: 2, done: 1 },
      // posted E4, C4; done E4 (04-21), C3 (done again 04-05)
      { month: '2026-04', posted: 2, done: 2 },
      // posted E5; done E5 (05-09), C4 (05-20)
      { month: '2026-05', posted: 1, done: 2 },
      // posted E6, S1 (the last day, 23:30); E6 was done on 07-05, after the period
      { month: '2026-06', posted: 2, done: 0 },
    ]);
  });

  it('gives lead times by nearest rank, over all and per dimension', async () => {
    const { leadTime } = await analytics();
    // Decisions in the period (S5's was before it, S3 is hidden):
    // E 1, 2, 3, 0.5, 5, 5 · C 1, 3, 7, 2 · S4 13 → sorted
    // [0.5, 1, 1, 2, 2, 3, 3, 5, 5, 7, 13], n = 11: median rank ⌈5.5⌉ = 6 → 3; p80 ⌈8.8⌉ = 9 → 5.
    // Done in the period (E6 after it): E 4, 10, 6, 20, 8 · C 2, 16 · C4 30 · S4 23 · S5 92 →
    // [2, 4, 6, 8, 10, 16, 20, 23, 30, 92], n = 10: median rank 5 → 10; p80 rank 8 → 23.
    expect(leadTime.all).toEqual({
      decision: { median: 3, p80: 5, count: 11 },
      done: { median: 10, p80: 23, count: 10 },
    });
    expect(leadTime.byDimension).toEqual([
      {
        dimension: 'ecological',
        // [0.5, 1, 2, 3, 5, 5] (five devices): median rank 3 → 2; p80 ⌈4.8⌉ = 5 → 5.
        decision: { median: 2, p80: 5, count: 6 },
        // [4, 6, 8, 10, 20] (five devices): median rank 3 → 8; p80 rank 4 → 10.
        done: { median: 8, p80: 10, count: 5 },
      },
      // Four devices: too few to show.
      { dimension: 'economic', decision: null, done: null },
      // S4 (d5) and S5 (d7): too few.
      { dimension: 'social', decision: null, done: null },
    ]);
  });

  it('gives the bottleneck and the goals as they are now', async () => {
    const result = await analytics();
    // New for more than 7 days: S1 and S2 (S6 is three days old). Actions open or ongoing and
    // due before today: A1, A2 (A3 is due today).
    expect(result.bottleneck).toEqual({ waiting: 2, overdueActions: 2 });
    expect(result.goals).toEqual({ onTrack: 1, atRisk: 1, offTrack: 1, unknown: 0 });
  });

  it('gives acknowledgement shares of the current versions', async () => {
    const { acknowledgements } = await analytics();
    expect(acknowledgements).toEqual([
      { announcementId: 'ann-N1', title: 'Close the door', acks: 3, share: 15 },
      { announcementId: 'ann-N4', title: 'Gloves', acks: 7, share: 35 },
    ]);
  });

  it('gives the pulse of each ended follow-up with a pulse, means hidden under five', async () => {
    const { pulse } = await analytics();
    expect(pulse).toEqual([
      {
        followUpId: 'fu-F1',
        date: '2026-03-31',
        result: { respondents: 6, involved: 3.8, contribute: 4 },
      },
      {
        followUpId: 'fu-F2',
        date: '2026-06-30',
        result: { respondents: 4, involved: null, contribute: null },
      },
    ]);
  });

  it("gives the latest finished round's scores with the previous round's", async () => {
    const { analysis } = await analytics();
    expect(analysis).toEqual({
      roundId: 'round-R2',
      name: 'Spring 2026',
      previousName: 'Spring 2025',
      scores: [
        { categoryId: 'energy_climate', dimension: 'ecological', percent: 55, previousPercent: 40 },
        { categoryId: 'emissions', dimension: 'ecological', percent: 50, previousPercent: 60 },
        { categoryId: 'health_safety', dimension: 'social', percent: 70, previousPercent: null },
        { categoryId: 'fair_conditions', dimension: 'social', percent: null, previousPercent: 35 },
      ],
    });
  });
});

describe('the period', () => {
  it('is the last 12 calendar months to today by default', async () => {
    const result = await analytics('');
    expect(result.from).toBe('2026-01-01');
    expect(result.to).toBe('2026-12-01');
    expect(result.flow.map((m) => m.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    // July: S2 posted, E6 done; November: S6 posted.
    expect(result.flow[6]).toEqual({ month: '2026-07', posted: 1, done: 1 });
    expect(result.flow[10]).toEqual({ month: '2026-11', posted: 1, done: 0 });
    // Seen in the 30 days before now: d1, d2, d3 (d4 a little more than 30 days ago), and the
    // test's phone, which joined now.
    expect(result.participation.activeDevices).toBe(4);
    // F4 (30 September) joins the pulse.
    expect(result.pulse.map((p) => p.followUpId)).toEqual(['fu-F1', 'fu-F2', 'fu-F4']);
  });

  it('counts the last day whole and nothing of the day after', async () => {
    const lastDay = await analytics('?from=2026-06-30&to=2026-06-30');
    // S1 was posted at 23:30 on the last day; N4 published at 22:00 on it.
    expect(lastDay.flow).toEqual([{ month: '2026-06', posted: 1, done: 0 }]);
    expect(lastDay.acknowledgements.map((a) => a.announcementId)).toEqual(['ann-N4']);
    const dayAfter = await analytics('?from=2026-07-01&to=2026-07-01');
    // S2 was posted at 00:10 on 1 July.
    expect(dayAfter.flow).toEqual([{ month: '2026-07', posted: 1, done: 0 }]);
    expect(dayAfter.acknowledgements).toEqual([]);
  });

  it('refuses a period that ends before it starts, or one too long', async () => {
    for (const query of ['?from=2026-02-01&to=2026-01-31', '?from=2000-01-01&to=2026-01-01']) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/boards/${board.id}/analytics${query}`,
        headers: { cookie: lead },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: { code: 'validation_failed', field: 'from' },
      });
    }
    const bad = await app.inject({
      method: 'GET',
      url: `/api/boards/${board.id}/analytics?from=2026-02-31`,
      headers: { cookie: lead },
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('the small-group rule', () => {
  it('shows a dimension from its fifth device on', async () => {
    const small = await createBoardWith([
      // Four economic suggestions from four devices, done in 1, 2, 3, 4 days.
      ...[1, 2, 3, 4].map((n) => economic(n, `d${n}` as Device, n)),
    ]);
    expect((await analyticsOf(small)).leadTime.byDimension[1]).toEqual({
      dimension: 'economic',
      decision: null,
      done: null,
    });
    // Over all it is shown: the rule is for breakdowns.
    expect((await analyticsOf(small)).leadTime.all.done).toEqual({ median: 2, p80: 4, count: 4 });
    // A fifth device: [1, 2, 3, 4, 9] → median rank 3 → 3; p80 rank 4 → 4.
    seedSuggestions(small.id, [economic(5, 'd5', 9)]);
    expect((await analyticsOf(small)).leadTime.byDimension[1]).toEqual({
      dimension: 'economic',
      decision: { median: 3, p80: 4, count: 5 },
      done: { median: 3, p80: 4, count: 5 },
    });
  });

  it('counts devices, not suggestions: five suggestions from four devices stay hidden', async () => {
    const small = await createBoardWith([
      ...[1, 2, 3, 4].map((n) => economic(n, `d${n}` as Device, n)),
      economic(5, 'd1', 5),
    ]);
    expect((await analyticsOf(small)).leadTime.byDimension[1]?.done).toBeNull();
  });
});

let extra = 0;
function economic(n: number, device: Device, doneDays: number): SeedSuggestion {
  extra += 1;
  return {
    id: `sugg-x${extra}-${n}`,
    device,
    dimension: 'economic',
    posted: at(`2026-03-0${n}`),
    steps: [[doneDays, 'done']],
  };
}

async function createBoardWith(list: SeedSuggestion[]): Promise<BoardRow> {
  const created = createBoard(app, `Small ${extra}`);
  for (const d of DEVICES) {
    db.prepare('INSERT INTO devices (id, created_at, last_seen_at) VALUES (?, ?, ?)').run(
      `${created.id}-${d}`,
      at('2026-01-01'),
      at('2026-01-01'),
    );
  }
  seedSuggestions(created.id, list);
  return created;
}

async function analyticsOf(target: BoardRow): Promise<Analytics> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/boards/${target.id}/analytics${HALF}`,
    headers: { cookie: admin },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Analytics>();
}

describe('who may read and set', () => {
  const get = (url: string, headers: Record<string, string>) =>
    app.inject({ method: 'GET', url: `/api/boards/${board.id}${url}`, headers });

  it('lets the lead and an admin read the analytics, nobody else', async () => {
    expect((await get('/analytics', { cookie: lead })).statusCode).toBe(200);
    expect((await get('/analytics', { cookie: admin })).statusCode).toBe(200);
    expect((await get('/analytics', { cookie: phone })).statusCode).toBe(401);
    expect((await get('/analytics', { cookie: otherLead })).statusCode).toBe(403);
    expect((await get('/analytics', { 'x-display-key': board.display_key })).statusCode).toBe(401);
  });

  it("lets everyone who sees the board read this quarter's participation", async () => {
    const callers: Record<string, string>[] = [
      { cookie: phone },
      { cookie: lead },
      { 'x-display-key': board.display_key },
    ];
    for (const headers of callers) {
      const response = await get('/participation', headers);
      expect(response.statusCode).toBe(200);
      // This quarter: October–December 2026. S6 (d2, 28 November) is the only contribution.
      expect(response.json<Participation>()).toMatchObject({
        from: '2026-10-01',
        to: '2026-12-31',
        contributors: 1,
        percent: 5,
        target: 25,
        reached: false,
        activeDevices: 4,
      });
    }
    expect((await get('/participation', { cookie: otherLead })).statusCode).toBe(403);
    expect((await get('/participation', {})).statusCode).toBe(401);
  });

  it('lets the lead set the target as a method change the wall hears of', async () => {
    const put = (target: unknown, cookie: string) =>
      app.inject({
        method: 'PUT',
        url: `/api/boards/${board.id}/participation-target`,
        headers: { cookie },
        payload: { target },
      });
    const seqBefore = app.services.boardRepository.findById(board.id)?.last_seq ?? 0;
    const set = await put(40, lead);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ target: 40 });
    const change = db
      .prepare('SELECT seq, event FROM board_changes WHERE board_id = ? ORDER BY seq DESC LIMIT 1')
      .get(board.id);
    expect(change).toEqual({ seq: seqBefore + 1, event: 'method:updated' });
    expect((await get('/participation', { cookie: phone })).json<Participation>().target).toBe(40);

    expect((await put(null, admin)).json()).toEqual({ target: null });
    expect((await get('/participation', { cookie: phone })).json<Participation>()).toMatchObject({
      target: null,
      reached: null,
    });

    // Refused, and nothing changes: a phone, another board's lead, out-of-range targets.
    const seq = app.services.boardRepository.findById(board.id)?.last_seq;
    expect((await put(30, phone)).statusCode).toBe(401);
    expect((await put(30, otherLead)).statusCode).toBe(403);
    for (const bad of [0, 101, 12.5, '30']) expect((await put(bad, lead)).statusCode).toBe(400);
    expect(app.services.boardRepository.findById(board.id)?.last_seq).toBe(seq);
    expect(app.services.methodSettings.get(board.id).participation_target).toBeNull();
    // Back to the seeded target for the other tests (the file runs in order).
    await put(25, lead);
  });
});
