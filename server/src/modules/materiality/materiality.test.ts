import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_WALL_CYCLE,
  decodeSnapshotResult,
  materialityPoints,
  type BoardSnapshot,
  type CurrentVote,
  type Goal,
  type InterestVote,
  type Materiality,
  type MethodState,
  type MethodUpdatedEvent,
} from '@tavla/shared';
import { exampleGoalInput } from '@tavla/shared/testing/fixtures';
import { DEFAULT_RATE_LIMITS } from '../../http/rate-limits.js';
import type { BoardChange } from '../../lib/change-feed.js';
import { manualClock, count, joinPhone, testApp } from '../../test-support/test-app.js';
import { openSocket, type ClientSocket } from '../../test-support/sockets.js';
import {
  finishedRound,
  methodFingerprint,
  methodFixture,
  type MethodFixture,
} from '../../test-support/method-fixture.js';
import type { BoardRow } from '../boards/board-repository.js';

const clock = manualClock();
let fx: MethodFixture;

beforeAll(async () => {
  // The burst below joins 200 phones from one address: more new devices than a minute allows.
  fx = await methodFixture({
    clock,
    rateLimits: { ...DEFAULT_RATE_LIMITS, newDevice: [{ max: 100_000, windowMs: 60_000 }] },
  });
});

afterAll(async () => {
  await fx.app.close();
});

const votesUrl = (board: BoardRow) => `/api/boards/${board.id}/interest-votes`;

async function openVote(board: BoardRow): Promise<InterestVote> {
  const response = await fx.call(fx.lead, 'POST', votesUrl(board));
  if (response.statusCode !== 201) throw new Error(`open vote: ${response.body}`);
  return response.json<InterestVote>();
}

const place = (board: BoardRow, vote: InterestVote, phone: string, dots: Record<string, number>) =>
  fx.call(phone, 'PUT', `${votesUrl(board)}/${vote.id}/dots`, { dots });

async function closeVote(board: BoardRow, vote: InterestVote): Promise<InterestVote> {
  const response = await fx.call(fx.lead, 'POST', `${votesUrl(board)}/${vote.id}/close`);
  if (response.statusCode !== 200) throw new Error(`close vote: ${response.body}`);
  return response.json<InterestVote>();
}

const materiality = async (board: BoardRow, who: string | Record<string, string> = fx.lead) =>
  (await fx.call(who, 'GET', `/api/boards/${board.id}/materiality`)).json<Materiality>();

/** The method changes published for a board from now on. */
function methodChanges(board: BoardRow): { list: MethodUpdatedEvent[]; stop: () => void } {
  const list: MethodUpdatedEvent[] = [];
  const stop = fx.app.services.changes.subscribe((boardId, change: BoardChange) => {
    if (boardId === board.id && change.event === 'method:updated') list.push(change.payload);
  });
  return { list, stop };
}

const dotsInDb = (voteId: string, device?: string) =>
  fx.db
    .prepare(
      `SELECT category_id, dots FROM interest_dots WHERE vote_id = ?
       ${device ? 'AND device_id = ?' : ''} ORDER BY category_id`,
    )
    .all(...(device ? [voteId, device] : [voteId]));

describe('the interest vote', () => {
  it('opens one at a time, and every screen of the board hears of it at once', async () => {
    const board = fx.board();
    const changes = methodChanges(board);
    const vote = await openVote(board);
    expect(vote).toMatchObject({ status: 'open', voters: 0, closedAt: null });
    expect(changes.list.map((c) => c.method.vote?.id)).toEqual([vote.id]);
    const again = await fx.call(fx.lead, 'POST', votesUrl(board));
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { code: string } }>().error.code).toBe('vote_open');
    expect(changes.list).toHaveLength(1);
    changes.stop();
  });

  it('keeps each device’s dots once: a placement replaces the whole previous one', async () => {
    const board = fx.board();
    const vote = await openVote(board);
    const phone = await joinPhone(fx.app, board);
    const first = await place(board, vote, phone, { energy_climate: 3, emissions: 2 });
    expect(first.statusCode).toBe(200);
    expect(first.json<CurrentVote>()).toMatchObject({
      vote: { id: vote.id, status: 'open', voters: 1 },
      myDots: { energy_climate: 3, emissions: 2 },
    });
    const moved = await place(board, vote, phone, { health_safety: 1, emissions: 0 });
    expect(moved.json<CurrentVote>().myDots).toEqual({ health_safety: 1 });
    expect(dotsInDb(vote.id)).toEqual([{ category_id: 'health_safety', dots: 1 }]);
    // The same placement again (a retry) stores the same rows.
    await place(board, vote, phone, { health_safety: 1 });
    expect(dotsInDb(vote.id)).toEqual([{ category_id: 'health_safety', dots: 1 }]);

    const current = await fx.call(phone, 'GET', `${votesUrl(board)}/current`);
    expect(current.json<CurrentVote>()).toMatchObject({ myDots: { health_safety: 1 } });
    // The lead and the wall see the count, never whose dots are where.
    for (const who of [fx.lead, { 'x-display-key': board.display_key }]) {
      const seen = await fx.call(who, 'GET', `${votesUrl(board)}/current`);
      expect(seen.json<CurrentVote>()).toEqual({
        vote: { id: vote.id, status: 'open', voters: 1, openedAt: vote.openedAt, closedAt: null },
        myDots: {},
      });
    }
    // Taking every dot away: no longer a voter.
    const none = await place(board, vote, phone, {});
    expect(none.json<CurrentVote>()).toMatchObject({ vote: { voters: 0 }, myDots: {} });
  });

  it('refuses a sixth dot, four on one, an unknown category, a closed or another board’s vote', async () => {
    const board = fx.board();
    const other = fx.board();
    const vote = await openVote(board);
    const otherVote = await openVote(other);
    const phone = await joinPhone(fx.app, board);
    await place(board, vote, phone, { energy_climate: 2 });
    const closedBoard = fx.board();
    const closed = await openVote(closedBoard);
    const closedPhone = await joinPhone(fx.app, closedBoard);
    await place(closedBoard, closed, closedPhone, { emissions: 1 });
    await closeVote(closedBoard, closed);

    const refusals: [string, () => ReturnType<typeof place>, number, string][] = [
      [
        'a sixth dot',
        () => place(board, vote, phone, { energy_climate: 3, emissions: 2, health_safety: 1 }),
        400,
        'too_many_dots',
      ],
      [
        'four on one',
        () => place(board, vote, phone, { energy_climate: 4 }),
        400,
        'too_many_dots_on_one',
      ],
      [
        'an unknown category',
        () => place(board, vote, phone, { coffee: 1 }),
        400,
        'validation_failed',
      ],
      ['a fraction', () => place(board, vote, phone, { emissions: 0.5 }), 400, 'validation_failed'],
      [
        'a closed vote',
        () => place(closedBoard, closed, closedPhone, { emissions: 2 }),
        409,
        'vote_closed',
      ],
      [
        'another board’s vote',
        () => place(board, otherVote, phone, { emissions: 1 }),
        404,
        'not_found',
      ],
      [
        'a phone of another board',
        () => place(other, otherVote, phone, { emissions: 1 }),
        403,
        'forbidden',
      ],
      // A lead has no device: dots are the employees' own.
      ['the lead', () => place(board, vote, fx.lead, { emissions: 1 }), 403, 'forbidden'],
      [
        'closing a closed vote',
        () => fx.call(fx.lead, 'POST', `${votesUrl(closedBoard)}/${closed.id}/close`),
        409,
        'vote_closed',
      ],
      [
        'closing another board’s vote',
        () => fx.call(fx.lead, 'POST', `${votesUrl(board)}/${otherVote.id}/close`),
        404,
        'not_found',
      ],
    ];
    for (const [what, request, status, code] of refusals) {
      // Voter counts of the placements above go out now, not during this case.
      fx.app.services.voterCounts.flush();
      const before = methodFingerprint(fx.db);
      const response = await request();
      expect(response.statusCode, what).toBe(status);
      expect(response.json<{ error: { code: string } }>().error.code, what).toBe(code);
      expect(methodFingerprint(fx.db), what).toBe(before);
    }
    expect(dotsInDb(vote.id)).toEqual([{ category_id: 'energy_climate', dots: 2 }]);
  });

  it('hides the results while it is open: only the number of devices that voted shows', async () => {
    const board = fx.board();
    await finishedRound(fx, board, { energy_climate: 0, emissions: 50 });
    const vote = await openVote(board);
    for (let i = 0; i < 3; i += 1) {
      await place(board, vote, await joinPhone(fx.app, board), { energy_climate: 3, emissions: 2 });
    }
    const matrix = await materiality(board);
    expect(matrix).toMatchObject({ voteId: null, dots: 0, voters: 0 });
    expect(matrix.points.every((p) => p.interest === null && p.quadrant === null)).toBe(true);
    // Need is there from the finished round.
    expect(matrix.points.find((p) => p.categoryId === 'energy_climate')?.need).toBe(100);
    const snapshot = (
      await fx.call(fx.lead, 'GET', `/api/boards/${board.id}/snapshot`)
    ).json<BoardSnapshot>();
    expect(snapshot.method?.matrix).toBeNull();
    expect(snapshot.method?.vote).toMatchObject({ id: vote.id, status: 'open' });
    expect(JSON.stringify(snapshot.method)).not.toContain('"dots"');
  });

  it('closes into a kept matrix of need and interest, shown on the wall for 15 minutes', async () => {
    const board = fx.board();
    const round = await finishedRound(fx, board, {
      energy_climate: 0,
      emissions: 50,
      chemicals_waste: 25,
      health_safety: 100,
    });
    const vote = await openVote(board);
    const placements: Record<string, number>[] = [
      { energy_climate: 3, health_safety: 2 },
      { energy_climate: 2, emissions: 3 },
      { chemicals_waste: 1, health_safety: 1 },
    ];
    for (const dots of placements) await place(board, vote, await joinPhone(fx.app, board), dots);
    const changes = methodChanges(board);
    const closed = await closeVote(board, vote);
    expect(closed).toMatchObject({ id: vote.id, status: 'closed', voters: 3 });
    expect(closed.closedAt).toBe(clock.now().toISOString());

    const matrix = await materiality(board);
    expect(matrix).toMatchObject({
      split: 'fixed',
      voteId: vote.id,
      roundId: round.id,
      dots: 12,
      voters: 3,
    });
    const point = (id: string) => matrix.points.find((p) => p.categoryId === id);
    // Interest: dots ÷ the most-voted category's (energy, 5) × 100. Need: 100 − score.
    expect(point('energy_climate')).toMatchObject({
      need: 100,
      interest: 100,
      quadrant: 'start_here',
    });
    expect(point('emissions')).toMatchObject({ need: 50, interest: 60, quadrant: 'start_here' });
    expect(point('health_safety')).toMatchObject({ need: 0, interest: 60, quadrant: 'quick_wins' });
    expect(point('chemicals_waste')).toMatchObject({
      need: 75,
      interest: 20,
      quadrant: 'build_interest',
    });
    expect(point('skills_development')).toMatchObject({ need: null, interest: 0, quadrant: null });

    // Kept with its vote and round, for the report.
    const kept = fx.db
      .prepare('SELECT * FROM materiality_matrices WHERE vote_id = ?')
      .get(vote.id) as { round_id: string; split: string; points: string };
    expect(kept).toMatchObject({ round_id: round.id, split: 'fixed' });
    expect(JSON.parse(kept.points)).toEqual(matrix.points);

    // One method change: the closed vote, its matrix, and the wall showing it.
    expect(changes.list).toHaveLength(1);
    const method: MethodState | undefined = changes.list[0]?.method;
    expect(method?.vote).toMatchObject({ status: 'closed', voters: 3 });
    expect(method?.matrix).toEqual(matrix);
    expect(method?.wall).toMatchObject({
      view: 'matrix',
      until: new Date(clock.now().getTime() + 15 * 60_000).toISOString(),
      cycle: DEFAULT_WALL_CYCLE,
    });

    // Splitting at the medians is a board setting; the kept row stays as it was made.
    const median = await fx.call(fx.lead, 'PUT', `/api/boards/${board.id}/materiality/split`, {
      split: 'median',
    });
    expect(median.statusCode).toBe(200);
    const byMedian = median.json<Materiality>();
    expect(byMedian.split).toBe('median');
    expect(byMedian.points).toEqual(
      materialityPoints(
        { energy_climate: 0, emissions: 50, chemicals_waste: 25, health_safety: 100 },
        { energy_climate: 5, health_safety: 3, emissions: 3, chemicals_waste: 1 },
        'median',
      ),
    );
    expect(changes.list.at(-1)?.method.matrix?.split).toBe('median');
    expect((await materiality(board, { 'x-display-key': board.display_key })).split).toBe('median');
    expect(JSON.parse(kept.points)).toEqual(matrix.points);
    changes.stop();
  });

  it('gives a goal drafted from the matrix its origin: a closed vote of the board', async () => {
    const board = fx.board();
    const other = fx.board();
    const vote = await openVote(board);
    const goalsUrl = `/api/boards/${board.id}/goals`;
    const draft = (origin: unknown) =>
      fx.call(fx.lead, 'POST', goalsUrl, { ...exampleGoalInput, origin });
    const before = methodFingerprint(fx.db);
    const whileOpen = await draft({ voteId: vote.id, categoryId: 'energy_climate' });
    expect(whileOpen.statusCode).toBe(400);
    expect(whileOpen.json<{ error: { field?: string } }>().error.field).toBe('origin');
    const otherVote = await openVote(other);
    await closeVote(other, otherVote);
    const before2 = methodFingerprint(fx.db);
    expect((await draft({ voteId: otherVote.id, categoryId: 'energy_climate' })).statusCode).toBe(
      400,
    );
    expect(methodFingerprint(fx.db)).toBe(before2);
    expect(before).not.toBe(before2);

    await closeVote(board, vote);
    const created = await draft({ voteId: vote.id, categoryId: 'energy_climate' });
    expect(created.statusCode).toBe(201);
    const goal = created.json<Goal>();
    expect(goal.origin).toEqual({ voteId: vote.id, categoryId: 'energy_climate' });
    // An edit that does not name an origin keeps it.
    const edited = await fx.call(fx.lead, 'PUT', `${goalsUrl}/${goal.id}`, {
      ...exampleGoalInput,
      title: 'Less energy per produced part',
    });
    expect(edited.json<Goal>()).toMatchObject({
      title: 'Less energy per produced part',
      origin: goal.origin,
    });
    const plain = await fx.call(fx.lead, 'POST', goalsUrl, exampleGoalInput);
    expect(plain.json<Goal>().origin).toBeNull();
  });
});

describe('the voter count, live', () => {
  it('is broadcast coalesced while dots arrive, and ends exact', async () => {
    const board = fx.board();
    await fx.app.listen({ port: 0, host: '127.0.0.1' });
    const address = fx.app.server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    const baseUrl = `http://127.0.0.1:${address.port}`;
    const sockets: ClientSocket[] = [];
    try {
      const wall = await openSocket(baseUrl, { displayKey: board.display_key });
      sockets.push(wall);
      const phones: string[] = [];
      for (let i = 0; i < 30; i += 1) phones.push(await joinPhone(fx.app, board));
      const phoneSocket = await openSocket(baseUrl, { boardId: board.id }, phones[0]);
      sockets.push(phoneSocket);
      const seen: MethodUpdatedEvent[] = [];
      const phoneSaw: MethodUpdatedEvent[] = [];
      wall.on('method:updated', (event) => seen.push(event));
      phoneSocket.on('method:updated', (event) => phoneSaw.push(event));

      const vote = await openVote(board);
      // Every phone is asked at once.
      await waitFor(() => phoneSaw.some((e) => e.method.vote?.id === vote.id));

      // Each phone places and moves its dots four times, all at once: 120 placements.
      const moves: Record<string, number>[] = [
        { energy_climate: 1 },
        { energy_climate: 2, emissions: 1 },
        { emissions: 3 },
        { emissions: 3, health_safety: 2 },
      ];
      const answers = await Promise.all(
        moves.flatMap((dots) => phones.map((phone) => place(board, vote, phone, dots))),
      );
      expect(answers.every((a) => a.statusCode === 200)).toBe(true);
      await waitFor(() => seen.at(-1)?.method.vote?.voters === 30);
      // Coalesced: far fewer broadcasts than placements, each with the next seq.
      const counts = seen.slice(1);
      expect(counts.length).toBeGreaterThan(0);
      expect(counts.length).toBeLessThan(15);
      expect(seen.map((e) => e.seq)).toEqual(seen.map((_, i) => (seen[0]?.seq ?? 0) + i));
      // Nothing more goes out once the count stands.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(seen.at(-1)?.method.vote?.voters).toBe(30);
      const settled = seen.length;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(seen).toHaveLength(settled);

      // A fresh snapshot agrees with what the screens were sent.
      const sync = decodeSnapshotResult(await wall.emitWithAck('board:sync', {}));
      if (!sync.ok) throw new Error('sync failed');
      expect(sync.data.seq).toBe(seen.at(-1)?.seq);
      expect(sync.data.method?.vote?.voters).toBe(30);
    } finally {
      for (const socket of sockets) socket.close();
    }
  });

  it('stores every dot of 200 devices placing 5 each at once, once, with the exact count', async () => {
    const board = fx.board();
    const vote = await openVote(board);
    const phones: string[] = [];
    for (let i = 0; i < 200; i += 1) phones.push(await joinPhone(fx.app, board));
    const changes = methodChanges(board);
    const categories = ['energy_climate', 'emissions', 'health_safety', 'skills_development'];
    const answers = await Promise.all(
      phones.map((phone, i) =>
        place(board, vote, phone, {
          [categories[i % 4] ?? 'emissions']: 3,
          [categories[(i + 1) % 4] ?? 'emissions']: 2,
        }),
      ),
    );
    expect(answers.filter((a) => a.statusCode !== 200).map((a) => a.body)).toEqual([]);
    expect(count(fx.db, 'interest_dots')).toBeGreaterThanOrEqual(400);
    expect(dotsInDb(vote.id)).toHaveLength(400);
    const total = fx.db
      .prepare(
        'SELECT SUM(dots) AS n, COUNT(DISTINCT device_id) AS devices FROM interest_dots WHERE vote_id = ?',
      )
      .get(vote.id);
    expect(total).toEqual({ n: 1000, devices: 200 });
    await waitFor(() => changes.list.at(-1)?.method.vote?.voters === 200);
    expect(changes.list.length).toBeLessThan(10);
    const closed = await closeVote(board, vote);
    expect(closed.voters).toBe(200);
    expect((await materiality(board)).dots).toBe(1000);
    changes.stop();
  });

  it('sends a count a crash left unsent when the server starts again', async () => {
    const board = fx.board();
    const vote = await openVote(board);
    for (let i = 0; i < 3; i += 1) {
      await place(board, vote, await joinPhone(fx.app, board), { emissions: 1 });
    }
    const sent = () =>
      fx.db.prepare('SELECT voters_sent AS n FROM interest_votes WHERE id = ?').get(vote.id);
    await waitFor(() => (sent() as { n: number }).n === 3);
    // As if the process had been killed after storing the dots and before their batch went
    // out: nothing sent yet. A new process starts on the same database.
    fx.db.prepare('UPDATE interest_votes SET voters_sent = 0 WHERE id = ?').run(vote.id);
    const seqBefore = fx.app.services.boardRepository.findById(board.id)?.last_seq ?? 0;
    const restarted = await testApp({ db: fx.db, clock });
    try {
      expect(sent()).toEqual({ n: 3 });
      const logged = fx.db
        .prepare(
          `SELECT payload FROM board_changes WHERE board_id = ? AND event = 'method:updated'
           ORDER BY seq DESC LIMIT 1`,
        )
        .get(board.id) as { payload: string };
      expect(JSON.parse(logged.payload)).toMatchObject({
        seq: seqBefore + 1,
        method: { vote: { voters: 3 } },
      });
    } finally {
      // Closing an app leaves the database open (main.ts closes it).
      await restarted.app.close();
    }
  });

  it('limits how often one phone places dots, generously', async () => {
    const board = fx.board();
    const vote = await openVote(board);
    const phone = await joinPhone(fx.app, board);
    const limit = DEFAULT_RATE_LIMITS.dots[0]?.max ?? 0;
    expect(limit).toBeGreaterThanOrEqual(60);
    const statuses: number[] = [];
    for (let i = 0; i < limit + 3; i += 1) {
      statuses.push((await place(board, vote, phone, { emissions: (i % 3) + 1 })).statusCode);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(limit);
    expect(statuses.slice(limit)).toEqual([429, 429, 429]);
  });
});

async function waitFor(test: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!test()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
