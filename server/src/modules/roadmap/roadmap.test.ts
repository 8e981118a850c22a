import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  localDay,
  type FollowUpDetail,
  type Goal,
  type InterestVote,
  type Roadmap,
  type RoadmapStep,
  type Suggestion,
} from '@tavla/shared';
import { exampleGoalInput } from '@tavla/shared/testing/fixtures';
import { joinPhone, testUuid } from '../../test-support/test-app.js';
import {
  answerCategory,
  methodFixture,
  questionIds,
  startRound,
  type MethodFixture,
} from '../../test-support/method-fixture.js';
import { quarterStart } from '../../lib/period.js';

let fx: MethodFixture;

beforeAll(async () => {
  fx = await methodFixture();
});

afterAll(async () => {
  await fx.app.close();
});

async function roadmapOf(boardId: string): Promise<Roadmap> {
  const response = await fx.call(fx.lead, 'GET', `/api/boards/${boardId}/roadmap`);
  expect(response.statusCode).toBe(200);
  return response.json<Roadmap>();
}

const step = (roadmap: Roadmap, key: RoadmapStep['key']) => {
  const found = roadmap.steps.find((s) => s.key === key);
  if (!found) throw new Error(`no step ${key}`);
  return found;
};

describe('the roadmap', () => {
  it('shows a fresh board its seven steps, none started', async () => {
    const board = fx.board('Line 3', 'en');
    const base = `/m/b/${board.id}`;
    expect(await roadmapOf(board.id)).toEqual({
      steps: [
        {
          step: 1,
          key: 'workshop',
          status: 'not_started',
          summary: 'No workshop yet',
          next: { label: 'Run the workshop on the wall', path: `${base}/workshop` },
          available: true,
        },
        {
          step: 2,
          key: 'analysis',
          status: 'not_started',
          summary: 'No current-state analysis yet',
          next: { label: 'Start an analysis round', path: `${base}/analysis` },
          available: true,
        },
        {
          step: 3,
          key: 'materiality',
          status: 'not_started',
          summary: 'No interest vote yet',
          next: { label: 'Open the interest vote', path: `${base}/vote` },
          available: true,
        },
        {
          step: 4,
          key: 'goals',
          status: 'not_started',
          summary: 'No goals yet',
          next: { label: 'Set 3–5 goals', path: `${base}/goals` },
          available: true,
        },
        {
          step: 5,
          key: 'implementation',
          status: 'not_started',
          summary: 'No announcements yet',
          next: { label: 'Tell everyone what applies', path: `${base}/announcements` },
          available: true,
        },
        {
          step: 6,
          key: 'execution',
          status: 'not_started',
          summary: 'No suggestions yet',
          next: { label: 'Go to the board', path: base },
          available: true,
        },
        {
          step: 7,
          key: 'follow_up',
          status: 'not_started',
          summary: 'No follow-up yet',
          next: { label: 'Start a follow-up', path: `${base}/follow-up` },
          available: true,
        },
      ],
    });
  });

  it('speaks the board’s language', async () => {
    const board = fx.board('Linje 4', 'sv');
    const roadmap = await roadmapOf(board.id);
    expect(step(roadmap, 'analysis')).toMatchObject({
      summary: 'Ingen nulägesanalys ännu',
      next: { label: 'Starta en analysomgång' },
    });
    expect(step(roadmap, 'workshop')).toMatchObject({
      summary: 'Ingen workshop ännu',
      next: { label: 'Kör workshoppen på tavlan' },
    });
    expect(step(roadmap, 'implementation')).toMatchObject({
      summary: 'Inga meddelanden ännu',
      next: { label: 'Meddela vad som gäller' },
    });
    expect(step(roadmap, 'follow_up')).toMatchObject({
      summary: 'Ingen uppföljning ännu',
      next: { label: 'Starta en uppföljning' },
    });
  });

  it('follows step 7: a follow-up running, then the latest one with its actions', async () => {
    const board = fx.board();
    const path = `/m/b/${board.id}/follow-up`;
    const call = (method: 'POST' | 'PUT', rest: string, payload: object) =>
      fx.call(fx.lead, method, `/api/boards/${board.id}/follow-ups${rest}`, payload);
    const started = await call('POST', '', { kind: 'monthly' });
    expect(started.statusCode).toBe(201);
    const { id } = started.json<FollowUpDetail>();
    expect(step(await roadmapOf(board.id), 'follow_up')).toEqual({
      step: 7,
      key: 'follow_up',
      status: 'in_progress',
      summary: 'A follow-up is running · 0 open actions',
      next: { label: 'Go to the follow-up', path },
      available: true,
    });
    await call('PUT', `/${id}/step`, { step: 'new_actions', from: 'actions' });
    // The clock stands at 2026-11-21: one action is past its due date.
    for (const dueDate of ['2026-11-20', '2026-12-01']) {
      const added = await call('POST', `/${id}/new-actions`, {
        text: 'Fix the leaking valve',
        owner: 'Maintenance',
        dueDate,
      });
      expect(added.statusCode).toBe(201);
    }
    const ended = await call('POST', `/${id}/end`, { nextDate: '2026-12-21' });
    const endedAt = ended.json<FollowUpDetail>().endedAt ?? '';
    expect(step(await roadmapOf(board.id), 'follow_up')).toMatchObject({
      status: 'done',
      summary: `Latest follow-up ${localDay(new Date(endedAt))} · 2 open actions · 1 overdue · Next follow-up 2026-12-21`,
      next: { label: 'See the follow-ups', path },
    });
    // A second follow-up running: in progress again, with the latest one's date.
    await call('POST', '', { kind: 'quarterly' });
    expect(step(await roadmapOf(board.id), 'follow_up')).toMatchObject({
      status: 'in_progress',
      summary: `A follow-up is running · Latest follow-up ${localDay(new Date(endedAt))} · 2 open actions · 1 overdue`,
    });
  });

  it('follows a board through the analysis, the vote, its goals and suggestions', async () => {
    const board = fx.board('Line 5', 'en');
    const base = `/m/b/${board.id}`;
    const ids = await questionIds(fx, board);

    // Step 2: a round in progress, then finished.
    const round = await startRound(fx, board, 'Analysis 2027');
    expect(step(await roadmapOf(board.id), 'analysis')).toMatchObject({
      status: 'in_progress',
      summary: '0 of 60 questions answered',
      next: { label: 'Continue the analysis', path: `${base}/analysis` },
    });
    await answerCategory(fx, board, round.id, ids.energy_climate, [4, 4, 4, 0]);
    await answerCategory(fx, board, round.id, ids.emissions, [4, 4, 0, 0]);
    await answerCategory(fx, board, round.id, ids.chemicals_waste, [4, 0, 0, 0]);
    expect(step(await roadmapOf(board.id), 'analysis').summary).toBe('12 of 60 questions answered');
    await answerCategory(fx, board, round.id, ids.materials_circularity, [4, 4, 4, 4]);
    await answerCategory(fx, board, round.id, ids.transport_suppliers, [4, 4, 'not_relevant', 4]);
    await fx.call(fx.lead, 'POST', `/api/boards/${board.id}/analysis/rounds/${round.id}/finish`);
    expect(step(await roadmapOf(board.id), 'analysis')).toMatchObject({
      status: 'done',
      summary: '1 of 3 forms done · weakest: Chemicals & waste 25 %',
      next: { label: 'See the results', path: `${base}/analysis` },
    });

    // Step 3: a vote in progress, then its matrix.
    const vote = (
      await fx.call(fx.lead, 'POST', `/api/boards/${board.id}/interest-votes`)
    ).json<InterestVote>();
    expect(step(await roadmapOf(board.id), 'materiality')).toMatchObject({
      status: 'in_progress',
      summary: '0 devices have voted',
      next: { label: 'Close the vote when everyone has voted', path: `${base}/vote` },
    });
    const phones: string[] = [];
    for (let i = 0; i < 2; i += 1) phones.push(await joinPhone(fx.app, board));
    const placeDots = (phone: string, dots: Record<string, number>) =>
      fx.call(phone, 'PUT', `/api/boards/${board.id}/interest-votes/${vote.id}/dots`, { dots });
    await placeDots(phones[0] ?? '', { chemicals_waste: 3, emissions: 2 });
    expect(step(await roadmapOf(board.id), 'materiality').summary).toBe('1 device has voted');
    await placeDots(phones[1] ?? '', { chemicals_waste: 2, energy_climate: 3 });
    expect(step(await roadmapOf(board.id), 'materiality').summary).toBe('2 devices have voted');
    await fx.call(fx.lead, 'POST', `/api/boards/${board.id}/interest-votes/${vote.id}/close`);
    // Need: energy 25, emissions 50, chemicals 75. Interest: chemicals 100, energy 60, emissions 40.
    expect(step(await roadmapOf(board.id), 'materiality')).toMatchObject({
      status: 'done',
      summary: '1 category in Start here: Chemicals & waste',
      next: { label: 'Choose goals from Start here', path: `${base}/matrix` },
    });

    // Step 4: goals, from a draft to four active ones, three of them on track.
    const goalsUrl = `/api/boards/${board.id}/goals`;
    const draft = async () =>
      (await fx.call(fx.lead, 'POST', goalsUrl, exampleGoalInput)).json<Goal>();
    const first = await draft();
    expect(step(await roadmapOf(board.id), 'goals')).toMatchObject({
      status: 'in_progress',
      summary: '1 draft',
    });
    const goals = [first, await draft(), await draft(), await draft()];
    for (const [index, goal] of goals.entries()) {
      await fx.call(fx.lead, 'PUT', `${goalsUrl}/${goal.id}/state`, { state: 'active' });
      // A measurement ahead of schedule keeps a goal on track; one goal has none yet, and
      // with a quarter of its time gone that puts it at risk.
      if (index < 3) {
        await fx.call(fx.lead, 'POST', `${goalsUrl}/${goal.id}/measurements`, {
          value: 10.5,
          date: '2026-11-20',
        });
      }
      if (index === 1) {
        expect(step(await roadmapOf(board.id), 'goals')).toMatchObject({
          status: 'in_progress',
          summary: '2 active goals · 2 on track',
        });
      }
    }
    expect(step(await roadmapOf(board.id), 'goals')).toMatchObject({
      status: 'done',
      summary: '4 active goals · 3 on track',
      next: { label: 'Follow up the goals', path: `${base}/goals` },
    });

    // Step 6: suggestions this quarter and how many of them are done.
    const posted: Suggestion[] = [];
    for (const phone of [...phones, phones[0] ?? '']) {
      const response = await fx.call(phone, 'POST', `/api/boards/${board.id}/suggestions`, {
        id: testUuid(),
        text: 'Sliding doors on the freezer room',
        dimension: 'ecological',
      });
      posted.push(response.json<Suggestion>());
    }
    await fx.call(
      fx.lead,
      'PUT',
      `/api/boards/${board.id}/suggestions/${posted[0]?.id ?? ''}/status`,
      { status: 'done' },
    );
    expect(step(await roadmapOf(board.id), 'execution')).toMatchObject({
      status: 'in_progress',
      summary: '3 suggestions this quarter · 1 done',
      next: { label: 'Go to the board', path: base },
    });
  });

  it('is for the board’s leads and admins', async () => {
    const board = fx.board();
    const other = fx.board();
    const phone = await joinPhone(fx.app, board);
    const ask = (who: string | Record<string, string>, boardId = board.id) =>
      fx.call(who, 'GET', `/api/boards/${boardId}/roadmap`);
    expect((await ask(fx.admin)).statusCode).toBe(200);
    expect((await ask(phone)).statusCode).toBe(401);
    expect((await ask({ 'x-display-key': board.display_key })).statusCode).toBe(401);
    expect((await ask({})).statusCode).toBe(401);
    fx.db.prepare('DELETE FROM lead_boards WHERE board_id = ?').run(other.id);
    expect((await ask(fx.lead, other.id)).statusCode).toBe(403);
  });

  it('counts a quarter from its first day (UTC)', () => {
    expect(quarterStart(new Date('2026-11-21T08:00:00Z'))).toBe('2026-10-01T00:00:00.000Z');
    expect(quarterStart(new Date('2027-03-31T23:59:59Z'))).toBe('2027-01-01T00:00:00.000Z');
    expect(quarterStart(new Date('2027-04-01T00:00:00Z'))).toBe('2027-04-01T00:00:00.000Z');
  });
});
