import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Goal, InterestVote, Report, Suggestion } from '@tavla/shared';
import { exampleGoalInput } from '@tavla/shared/testing/fixtures';
import { joinPhone, manualClock, testUuid } from '../../test-support/test-app.js';
import {
  finishedRound,
  methodFixture,
  type MethodFixture,
} from '../../test-support/method-fixture.js';
import type { BoardRow } from '../boards/board-repository.js';
import { reportPeriod, yearBefore } from './report-period.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const clock = manualClock('2026-11-21T08:00:00.000Z');
let fx: MethodFixture;

beforeAll(async () => {
  fx = await methodFixture({ clock });
});

afterAll(async () => {
  await fx.app.close();
});

async function reportOf(boardId: string, query = ''): Promise<Report> {
  const response = await fx.call(fx.lead, 'GET', `/api/boards/${boardId}/report${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Report>();
}

async function post(board: BoardRow, phone: string, text: string, dimension: string) {
  const response = await fx.call(phone, 'POST', `/api/boards/${board.id}/suggestions`, {
    id: testUuid(),
    text,
    dimension,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Suggestion>();
}

const setStatus = (board: BoardRow, suggestion: Suggestion, status: string) =>
  fx.call(fx.lead, 'PUT', `/api/boards/${board.id}/suggestions/${suggestion.id}/status`, {
    status,
  });

describe('the roadmap report', () => {
  it('tells a fresh board it has nothing yet, for the last 12 months, in its language', async () => {
    const board = fx.board('Linje 1', 'sv');
    const report = await reportOf(board.id);
    expect(report).toMatchObject({
      boardId: board.id,
      board: { name: 'Linje 1', language: 'sv' },
      from: '2025-11-22',
      to: '2026-11-21',
      analysis: null,
      matrix: null,
      goals: [],
      suggestions: {
        done: 0,
        byDimension: [
          { dimension: 'ecological', done: 0 },
          { dimension: 'economic', done: 0 },
          { dimension: 'social', done: 0 },
        ],
        highlights: [],
      },
      followUp: null,
      nextFollowUp: null,
    });
    expect(report.steps.map((step) => [step.step, step.key, step.status, step.date])).toEqual([
      [1, 'workshop', 'not_started', null],
      [2, 'analysis', 'not_started', null],
      [3, 'materiality', 'not_started', null],
      [4, 'goals', 'not_started', null],
      [5, 'implementation', 'not_started', null],
      [6, 'execution', 'not_started', null],
      [7, 'follow_up', 'not_started', null],
    ]);
    // The roadmap's own lines, in the board's language.
    expect(report.steps[1]?.summary).toBe('Ingen nulägesanalys ännu');
  });

  it('carries a seeded board’s figures: analysis, matrix, goals, suggestions, participation, follow-up', async () => {
    const board = fx.board('Line 7', 'en');
    const url = `/api/boards/${board.id}`;

    // Step 2: two rounds, the latest compared with the first.
    await finishedRound(fx, board, { energy_climate: 25, emissions: 50 }, 'Analysis 2025');
    clock.advance(DAY_MS);
    await finishedRound(
      fx,
      board,
      { energy_climate: 75, emissions: 50, chemicals_waste: 100, health_safety: 25 },
      'Analysis 2026',
    );

    // Step 3: two phones vote, the lead closes the vote; health & safety (weak, and what the
    // phones care about most) lands in Start here.
    const phones = [await joinPhone(fx.app, board), await joinPhone(fx.app, board)];
    const vote = (await fx.call(fx.lead, 'POST', `${url}/interest-votes`)).json<InterestVote>();
    for (const phone of phones) {
      await fx.call(phone, 'PUT', `${url}/interest-votes/${vote.id}/dots`, {
        dots: { health_safety: 3, energy_climate: 2 },
      });
    }
    clock.advance(DAY_MS);
    await fx.call(fx.lead, 'POST', `${url}/interest-votes/${vote.id}/close`);
    const matrix = (await fx.call(fx.lead, 'GET', `${url}/materiality`)).json<{
      points: { categoryId: string; quadrant: string }[];
    }>();
    const startHere = matrix.points
      .filter((p) => p.quadrant === 'start_here')
      .map((p) => p.categoryId);
    expect(startHere).toContain('health_safety');

    // Step 4: a goal drafted from the matrix and two others, active; a draft stays out.
    const addGoal = async (input: object) => {
      const response = await fx.call(fx.lead, 'POST', `${url}/goals`, {
        ...exampleGoalInput,
        ...input,
      });
      expect(response.statusCode, response.body).toBe(201);
      // Goals are listed in the order they were made: a second apart, so the order is sure.
      clock.advance(1000);
      return response.json<Goal>();
    };
    const fromMatrix = await addGoal({
      title: 'Fewer lifting injuries',
      dimension: 'social',
      metric: 'Heavy lifts per shift',
      unit: 'lifts',
      baselineValue: 40,
      targetValue: 10,
      origin: { voteId: vote.id, categoryId: 'health_safety' },
    });
    const energy = await addGoal({});
    const waste = await addGoal({
      title: 'Less waste to landfill',
      unit: 't',
      baselineValue: 8,
      targetValue: 5,
    });
    await addGoal({ title: 'A draft that is not printed' });
    clock.advance(DAY_MS);
    for (const goal of [fromMatrix, energy, waste]) {
      await fx.call(fx.lead, 'PUT', `${url}/goals/${goal.id}/state`, { state: 'active' });
    }
    const measure = (goal: Goal, value: number, date: string) =>
      fx.call(fx.lead, 'POST', `${url}/goals/${goal.id}/measurements`, { value, date });
    // Energy: ahead of schedule (on track). Lifts: 40 → 30 by 2026-11-20.
    await measure(energy, 11, '2026-10-01');
    await measure(energy, 10, '2026-11-20');
    await measure(fromMatrix, 35, '2026-09-15');
    await measure(fromMatrix, 30, '2026-11-20');

    // Step 6: suggestions; three done (one of them later hidden), one still new.
    const doors = await post(
      board,
      phones[0] ?? '',
      'Sliding doors on the freezer room',
      'ecological',
    );
    const jpeg = await sharp({
      create: { width: 400, height: 300, channels: 3, background: { r: 90, g: 140, b: 200 } },
    })
      .jpeg()
      .toBuffer();
    const uploaded = await fx.app.inject({
      method: 'PUT',
      url: `${url}/suggestions/${doors.id}/photo`,
      headers: { 'content-type': 'image/jpeg', cookie: phones[0] ?? '' },
      payload: jpeg,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    const mats = await post(board, phones[1] ?? '', 'Anti-fatigue mats at the press', 'social');
    const hidden = await post(board, phones[1] ?? '', 'Something rude', 'economic');
    await post(board, phones[0] ?? '', 'Still waiting for a decision', 'economic');
    await fx.call(phones[1] ?? '', 'PUT', `${url}/suggestions/${doors.id}/vote`, { voted: true });
    for (const suggestion of [doors, mats, hidden]) {
      expect((await setStatus(board, suggestion, 'done')).statusCode).toBe(200);
    }
    await fx.call(fx.lead, 'POST', `${url}/suggestions/${hidden.id}/hide`, {
      reason: 'Not about work',
    });
    fx.app.services.tallies.flush();

    // Participation: 10 employees, a target of 20 % a quarter.
    fx.app.services.methodSettings.setEmployees(board.id, 10);
    fx.app.services.methodSettings.setParticipationTarget(board.id, 20);

    // Step 7 is built elsewhere; its tables are filled here as an ended follow-up keeps them.
    const devices = fx.db
      .prepare<[string], { device_id: string }>(
        'SELECT device_id FROM device_boards WHERE board_id = ? ORDER BY device_id',
      )
      .all(board.id)
      .map((row) => row.device_id);
    const at = clock.now().toISOString();
    fx.db
      .prepare(
        `INSERT INTO follow_ups (id, board_id, kind, step, started_at, ended_at, learning, next_date)
         VALUES ('fu-000001', ?, 'quarterly', 'pulse', ?, ?, 'Small steps every week beat a big push', '2026-12-18')`,
      )
      .run(board.id, at, at);
    const note = fx.db.prepare(
      `INSERT INTO follow_up_notes (id, follow_up_id, kind, text, device_id, created_at, hidden_at)
       VALUES (?, 'fu-000001', ?, ?, ?, ?, ?)`,
    );
    note.run('note-00001', 'went_well', 'The doors keep the cold in', devices[0], at, null);
    note.run('note-00002', 'went_well', 'Everyone measures now', devices[1], at, null);
    note.run('note-00003', 'do_better', 'Decide faster on new ideas', devices[1], at, null);
    note.run('note-00004', 'do_better', 'A hidden rude note', devices[0], at, at);
    const noteVote = fx.db.prepare(
      `INSERT INTO follow_up_votes (note_id, device_id, follow_up_id, created_at)
       VALUES (?, ?, 'fu-000001', ?)`,
    );
    noteVote.run('note-00002', devices[0], at);
    noteVote.run('note-00002', devices[1], at);
    noteVote.run('note-00001', devices[1], at);
    fx.db
      .prepare(
        `INSERT INTO actions (id, board_id, follow_up_id, text, owner, due_date, state, created_at)
         VALUES ('act-000001', ?, 'fu-000001', 'Put up a sign at the freezer', 'Anna', '2026-12-01', 'open', ?)`,
      )
      .run(board.id, at);

    const report = await reportOf(board.id);
    expect(report.from).toBe('2025-11-25');
    expect(report.to).toBe('2026-11-24');

    // The seven steps, each with its day.
    const dates = Object.fromEntries(report.steps.map((step) => [step.key, step.date]));
    expect(dates).toEqual({
      workshop: null,
      analysis: '2026-11-22',
      materiality: '2026-11-23',
      goals: '2026-11-24',
      implementation: null,
      execution: '2026-11-24',
      follow_up: '2026-11-24',
    });
    expect(report.steps.find((s) => s.key === 'goals')?.status).toBe('done');

    // The analysis: the latest round, each category with the round before.
    expect(report.analysis).toMatchObject({
      name: 'Analysis 2026',
      previousName: 'Analysis 2025',
    });
    expect(report.analysis?.scores).toHaveLength(15);
    const score = (id: string) => report.analysis?.scores.find((s) => s.categoryId === id);
    expect(score('energy_climate')).toMatchObject({ percent: 75, previousPercent: 25 });
    expect(score('emissions')).toMatchObject({ percent: 50, previousPercent: 50 });
    expect(score('chemicals_waste')).toMatchObject({ percent: 100, previousPercent: null });
    expect(score('health_safety')).toMatchObject({ percent: 25, previousPercent: null });
    expect(report.analysis?.forms.map((f) => f.dimension)).toEqual([
      'ecological',
      'economic',
      'social',
    ]);

    // The matrix and the goal chosen from it.
    expect(report.matrix).toMatchObject({ voters: 2, startHere });
    expect(report.matrix?.chosen).toEqual([
      { goalId: fromMatrix.id, title: 'Fewer lifting injuries', categoryId: 'health_safety' },
    ]);

    // Active goals only, SMART, with progress from computeProgress.
    expect(report.goals.map((g) => g.title)).toEqual([
      'Fewer lifting injuries',
      'Less energy per produced unit',
      'Less waste to landfill',
    ]);
    expect(report.goals[0]).toMatchObject({
      metric: 'Heavy lifts per shift',
      unit: 'lifts',
      baselineValue: 40,
      targetValue: 10,
      deadline: '2027-06-30',
      responsible: 'Erik Berg',
      latest: { value: 30, date: '2026-11-20' },
      percent: 33.3,
      measurements: [
        { date: '2026-09-15', value: 35 },
        { date: '2026-11-20', value: 30 },
      ],
    });
    expect(report.goals[1]).toMatchObject({
      latest: { value: 10, date: '2026-11-20' },
      percent: 66.7,
      status: 'on_track',
    });
    expect(report.goals[2]).toMatchObject({ latest: null, percent: 0 });

    // Suggestions done: the hidden one is not counted; the most "me too" first, with its photo.
    expect(report.suggestions.done).toBe(2);
    expect(report.suggestions.byDimension).toEqual([
      { dimension: 'ecological', done: 1 },
      { dimension: 'economic', done: 0 },
      { dimension: 'social', done: 1 },
    ]);
    expect(report.suggestions.highlights.map((h) => [h.text, h.votes])).toEqual([
      ['Sliding doors on the freezer room', 1],
      ['Anti-fatigue mats at the press', 0],
    ]);
    expect(report.suggestions.highlights[0]?.thumbUrl).toMatch(/^\/photos\/[\w-]{22}-thumb\.webp$/);
    expect(report.suggestions.highlights[1]?.thumbUrl).toBeNull();

    // Participation: 2 devices of 10 employees contributed, this quarter and in the year.
    expect(report.participation.quarter).toMatchObject({
      employees: 10,
      contributors: 2,
      percent: 20,
      target: 20,
      reached: true,
    });
    expect(report.participation.period).toMatchObject({
      from: '2025-11-25',
      to: '2026-11-24',
      contributors: 2,
    });

    // The latest follow-up, without the hidden note, most voted first.
    expect(report.followUp).toMatchObject({
      id: 'fu-000001',
      kind: 'quarterly',
      wentWell: [
        { text: 'Everyone measures now', votes: 2 },
        { text: 'The doors keep the cold in', votes: 1 },
      ],
      doBetter: [{ text: 'Decide faster on new ideas', votes: 0 }],
      learning: 'Small steps every week beat a big push',
    });
    expect(report.followUp?.actions.map((a) => [a.text, a.owner, a.dueDate])).toEqual([
      ['Put up a sign at the freezer', 'Anna', '2026-12-01'],
    ]);
    expect(report.nextFollowUp).toBe('2026-12-18');

    // A period that ended before anything was done holds none of it.
    const before = await reportOf(board.id, '?from=2026-01-01&to=2026-06-30');
    expect(before.suggestions.done).toBe(0);
    expect(before.suggestions.highlights).toEqual([]);
    expect(before.goals[0]?.measurements).toEqual([]);
    // …but the goal's latest value is still its latest.
    expect(before.goals[0]?.latest).toEqual({ value: 30, date: '2026-11-20' });
    expect(before.participation.period.contributors).toBe(0);
  });

  it('refuses a period that is upside down, too long or not a day', async () => {
    const board = fx.board();
    const ask = (query: string) =>
      fx.call(fx.lead, 'GET', `/api/boards/${board.id}/report${query}`);
    for (const query of [
      '?from=2026-06-01&to=2026-01-01',
      '?from=2020-01-01&to=2026-01-01',
      '?from=2026-02-30',
      '?from=yesterday',
      '?to=2026-1-1',
      '?from=2026-01-01&extra=1',
    ]) {
      const response = await ask(query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('validation_failed');
    }
  });

  it('is for the board’s leads and admins', async () => {
    const board = fx.board();
    const other = fx.board();
    const phone = await joinPhone(fx.app, board);
    const ask = (who: string | Record<string, string>, boardId = board.id) =>
      fx.call(who, 'GET', `/api/boards/${boardId}/report`);
    expect((await ask(fx.admin)).statusCode).toBe(200);
    expect((await ask(phone)).statusCode).toBe(401);
    expect((await ask({ 'x-display-key': board.display_key })).statusCode).toBe(401);
    expect((await ask({})).statusCode).toBe(401);
    fx.db.prepare('DELETE FROM lead_boards WHERE board_id = ?').run(other.id);
    expect((await ask(fx.lead, other.id)).statusCode).toBe(403);
  });
});

describe('the report period', () => {
  const now = new Date('2026-11-21T08:00:00Z');
  it('is the 12 months up to today by default, or up to the given end', () => {
    expect(reportPeriod({}, now)).toEqual({ from: '2025-11-22', to: '2026-11-21' });
    expect(reportPeriod({ to: '2026-06-30' }, now)).toEqual({
      from: '2025-07-01',
      to: '2026-06-30',
    });
    expect(reportPeriod({ from: '2026-01-01' }, now)).toEqual({
      from: '2026-01-01',
      to: '2026-11-21',
    });
    expect(yearBefore('2024-02-29')).toBe('2023-03-01');
    expect(yearBefore('2026-12-31')).toBe('2026-01-01');
  });
});
