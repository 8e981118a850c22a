import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WALL_CYCLE,
  EMPTY_METHOD_STATE,
  type BoardSnapshot,
  type MethodState,
  type MethodUpdatedEvent,
} from '@tavla/shared';
import type { BoardChange } from '../../lib/change-feed.js';
import { joinPhone, manualClock } from '../../test-support/test-app.js';
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
  fx = await methodFixture({ clock });
});

afterAll(async () => {
  await fx.app.close();
});

const wallView = (board: BoardRow, body: unknown, who: string = fx.lead) =>
  fx.call(who, 'PUT', `/api/boards/${board.id}/wall-view`, body);

const snapshotOf = async (board: BoardRow, who: string | Record<string, string> = fx.lead) =>
  (await fx.call(who, 'GET', `/api/boards/${board.id}/snapshot`)).json<BoardSnapshot>();

const minutesFromNow = (minutes: number) =>
  new Date(clock.now().getTime() + minutes * 60_000).toISOString();

describe('the method state', () => {
  it('is in every snapshot: empty for a fresh board', async () => {
    const board = fx.board();
    expect((await snapshotOf(board)).method).toEqual(EMPTY_METHOD_STATE);
    expect((await snapshotOf(board, { 'x-display-key': board.display_key })).method).toEqual(
      EMPTY_METHOD_STATE,
    );
  });

  it('puts the analysis or the matrix on the wall for a while, as a sequenced change', async () => {
    const board = fx.board();
    const published: MethodUpdatedEvent[] = [];
    const stop = fx.app.services.changes.subscribe((boardId, change: BoardChange) => {
      if (boardId === board.id && change.event === 'method:updated') published.push(change.payload);
    });
    const shown = await wallView(board, { view: 'analysis', minutes: 5 });
    expect(shown.statusCode).toBe(200);
    expect(shown.json<MethodState>().wall).toEqual({
      view: 'analysis',
      until: minutesFromNow(5),
      cycle: DEFAULT_WALL_CYCLE,
    });
    expect(published.map((p) => p.method.wall.view)).toEqual(['analysis']);
    const snapshot = await snapshotOf(board);
    expect(snapshot.seq).toBe(published[0]?.seq);
    expect(snapshot.method).toEqual(published[0]?.method);

    // Fifteen minutes when the lead does not say; "cycle" takes it back at once.
    const matrix = (await wallView(board, { view: 'matrix' })).json<MethodState>();
    expect(matrix.wall).toMatchObject({ view: 'matrix', until: minutesFromNow(15) });
    const back = (await wallView(board, { view: 'cycle', minutes: 30 })).json<MethodState>();
    expect(back.wall).toEqual({ view: 'cycle', until: null, cycle: DEFAULT_WALL_CYCLE });
    expect(published).toHaveLength(3);

    // The catch-up replays them as they were sent.
    const replay = fx.app.services.boardChanges.catchUp(board.id, 0);
    expect(replay.complete && replay.changes.map((c) => c.type)).toEqual([
      'method',
      'method',
      'method',
    ]);
    stop();
  });

  it('returns the wall to the board when the time runs out, even in a cached snapshot', async () => {
    const board = fx.board();
    await wallView(board, { view: 'analysis', minutes: 10 });
    expect((await snapshotOf(board)).method?.wall.view).toBe('analysis');
    clock.advance(9 * 60_000);
    expect((await snapshotOf(board)).method?.wall.view).toBe('analysis');
    clock.advance(60_000);
    expect((await snapshotOf(board)).method?.wall).toEqual({
      view: 'cycle',
      until: null,
      cycle: DEFAULT_WALL_CYCLE,
    });
  });

  it('keeps the wall cycle a lead sets, refusing a scene twice or a bad length', async () => {
    const board = fx.board();
    const cycle = [
      { scene: 'goals', seconds: 20 },
      { scene: 'board', seconds: 60 },
    ];
    const set = await fx.call(fx.lead, 'PUT', `/api/boards/${board.id}/wall-cycle`, { cycle });
    expect(set.statusCode).toBe(200);
    expect(set.json<MethodState>().wall.cycle).toEqual(cycle);
    expect((await snapshotOf(board)).method?.wall.cycle).toEqual(cycle);
    const before = (await snapshotOf(board)).seq;

    const twice = await fx.call(fx.lead, 'PUT', `/api/boards/${board.id}/wall-cycle`, {
      cycle: [...cycle, { scene: 'goals', seconds: 30 }],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json<{ error: { code: string } }>().error.code).toBe('wall_cycle_repeat');
    for (const bad of [
      [],
      [{ scene: 'goals', seconds: 5 }],
      [{ scene: 'workshop', seconds: 30 }],
    ]) {
      const refused = await fx.call(fx.lead, 'PUT', `/api/boards/${board.id}/wall-cycle`, {
        cycle: bad,
      });
      expect(refused.statusCode).toBe(400);
    }
    const after = await snapshotOf(board);
    expect(after.seq).toBe(before);
    expect(after.method?.wall.cycle).toEqual(cycle);
  });

  it("keeps the board's number of employees for the screens", async () => {
    const board = fx.board();
    const set = await fx.call(fx.lead, 'PUT', `/api/boards/${board.id}/employees`, {
      employees: 40,
    });
    expect(set.statusCode).toBe(200);
    expect((await snapshotOf(board)).method?.announcements.employees).toBe(40);
    const bad = await fx.call(fx.lead, 'PUT', `/api/boards/${board.id}/employees`, {
      employees: 0,
    });
    expect(bad.statusCode).toBe(400);
    await fx.call(fx.lead, 'PUT', `/api/boards/${board.id}/employees`, { employees: null });
    expect((await snapshotOf(board)).method?.announcements.employees).toBeNull();
  });

  it('is composed once per board change, whoever asks', async () => {
    const board = fx.board();
    await finishedRound(fx, board, { energy_climate: 50 });
    const phone = await joinPhone(fx.app, board);
    const state = vi.spyOn(fx.app.services.method, 'state');
    try {
      const first = await snapshotOf(board, phone);
      const second = await snapshotOf(board, { 'x-display-key': board.display_key });
      const third = await snapshotOf(board);
      expect(state).toHaveBeenCalledTimes(1);
      expect(second.method).toEqual(first.method);
      expect(
        third.method?.analysis?.scores.find((s) => s.categoryId === 'energy_climate'),
      ).toMatchObject({ percent: 50, previousPercent: null });
      await wallView(board, { view: 'analysis' });
      await snapshotOf(board, phone);
      // The board changed: its snapshot is composed again, once.
      await snapshotOf(board);
      expect(state).toHaveBeenCalledTimes(2);
    } finally {
      state.mockRestore();
    }
  });

  it('lets only the board’s lead choose what the wall shows', async () => {
    const board = fx.board();
    const phone = await joinPhone(fx.app, board);
    const before = methodFingerprint(fx.db);
    expect((await wallView(board, { view: 'matrix' }, phone)).statusCode).toBe(401);
    const display = await fx.call(
      { 'x-display-key': board.display_key },
      'PUT',
      `/api/boards/${board.id}/wall-view`,
      {
        view: 'matrix',
      },
    );
    expect(display.statusCode).toBe(401);
    expect((await wallView(board, { view: 'radar' })).statusCode).toBe(400);
    expect((await wallView(board, { view: 'matrix', minutes: 0 })).statusCode).toBe(400);
    expect(methodFingerprint(fx.db)).toBe(before);
  });
});
