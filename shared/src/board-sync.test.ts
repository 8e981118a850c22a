import { describe, expect, it, vi } from 'vitest';
import { BoardSync } from './board-sync.js';
import type { Result } from './errors.js';
import type { BoardCatchUp } from './events.js';
import type { BoardSnapshot } from './schemas.js';
import { makeSuggestion } from './testing/fixtures.js';

const suggestion = (seq: number) => makeSuggestion(seq, { dimension: 'economic' });

function snapshotAt(seq: number): BoardSnapshot {
  return {
    board: { id: 'board-0001', name: 'B', language: 'en' },
    seq,
    suggestions: Array.from({ length: seq }, (_, i) => suggestion(seq - i)),
    goals: [],
  };
}

/** A server stand-in whose snapshot replies the test releases by hand. */
function harness() {
  const pending: ((result: Result<BoardSnapshot>) => void)[] = [];
  const states: { seq: number; live: readonly string[] }[] = [];
  const sync = new BoardSync({
    requestSnapshot: () => new Promise((resolve) => pending.push(resolve)),
    onState: (snapshot, applied) =>
      states.push({
        seq: snapshot.seq,
        live: applied.map((a) => (a.change.type === 'upsert' ? a.change.suggestion.id : '')),
      }),
  });
  const reply = async (seq: number) => {
    const resolve = pending.shift();
    if (!resolve) throw new Error('no snapshot request pending');
    resolve({ ok: true, data: snapshotAt(seq) });
    await vi.waitFor(() => undefined);
    await Promise.resolve();
  };
  return { sync, pending, states, reply };
}

const event = (seq: number) => ({ type: 'upsert' as const, seq, suggestion: suggestion(seq) });

describe('BoardSync', () => {
  it('takes a snapshot on connect, then applies live events in order', async () => {
    const { sync, states, reply } = harness();
    sync.connected();
    await reply(2);
    sync.change(event(3));
    expect(states.at(-1)).toEqual({ seq: 3, live: [event(3).suggestion.id] });
    expect(sync.snapshot?.suggestions).toHaveLength(3);
  });

  it('holds events that arrive during a snapshot and replays only the newer ones', async () => {
    const { sync, states, reply } = harness();
    sync.connected();
    sync.change(event(2)); // already inside the snapshot below
    sync.change(event(3));
    await reply(2);
    expect(states.map((s) => s.seq)).toEqual([2, 3]);
    expect(sync.snapshot?.suggestions.map((s) => s.seq)).toEqual([3, 2, 1]);
  });

  it('ignores duplicates and fetches a snapshot when a sequence number is skipped', async () => {
    const { sync, pending, reply } = harness();
    sync.connected();
    await reply(1);
    sync.change(event(1));
    expect(pending).toHaveLength(0);
    sync.change(event(3)); // 2 was missed
    expect(pending).toHaveLength(1);
    expect(sync.snapshot?.seq).toBe(1);
    await reply(3);
    expect(sync.snapshot?.seq).toBe(3);
    expect(sync.snapshot?.suggestions).toHaveLength(3);
  });

  it('takes a fresh snapshot on every reconnect', async () => {
    const { sync, pending, reply } = harness();
    sync.connected();
    await reply(1);
    sync.connected();
    expect(pending).toHaveLength(1);
    await reply(5);
    expect(sync.snapshot?.seq).toBe(5);
  });

  it('reports a refused snapshot', async () => {
    const onError = vi.fn();
    const sync = new BoardSync({
      requestSnapshot: () =>
        Promise.resolve({ ok: false, error: { code: 'not_found', message: 'gone' } }),
      onState: () => undefined,
      onError,
    });
    sync.connected();
    await vi.waitFor(() =>
      expect(onError).toHaveBeenCalledWith({ code: 'not_found', message: 'gone' }),
    );
  });

  it('retries a failed first snapshot with backoff and then applies what was held', async () => {
    vi.useFakeTimers();
    try {
      let calls = 0;
      const states: number[] = [];
      const sync = new BoardSync({
        requestSnapshot: async () => {
          calls += 1;
          return calls === 1
            ? { ok: false, error: { code: 'internal', message: 'busy' } }
            : { ok: true, data: snapshotAt(2) };
        },
        onState: (snapshot) => states.push(snapshot.seq),
      });
      sync.connected();
      await vi.advanceTimersByTimeAsync(0);
      sync.change(event(3)); // arrives while there is no snapshot yet
      expect(sync.snapshot).toBeNull();
      await vi.advanceTimersByTimeAsync(1000);
      expect(calls).toBe(2);
      expect(states).toEqual([2, 3]);
      sync.close();
    } finally {
      vi.useRealTimers();
    }
  });

  describe('catching up on reconnect', () => {
    function catchUpHarness() {
      const base = harness();
      const asked: number[] = [];
      const replies: ((result: Result<BoardCatchUp>) => void)[] = [];
      const states: { seq: number; name: string; live: number[] }[] = [];
      const sync = new BoardSync({
        requestSnapshot: () => new Promise((resolve) => base.pending.push(resolve)),
        requestChanges: (since) => {
          asked.push(since);
          return new Promise((resolve) => replies.push(resolve));
        },
        onState: (snapshot, applied) =>
          states.push({
            seq: snapshot.seq,
            name: snapshot.board.name,
            live: applied.map((a) => a.change.seq),
          }),
      });
      const answer = async (data: BoardCatchUp) => {
        const resolve = replies.shift();
        if (!resolve) throw new Error('no catch-up request pending');
        resolve({ ok: true, data });
        await vi.waitFor(() => undefined);
        await Promise.resolve();
      };
      return { ...base, sync, asked, states, answer };
    }
    const board = { id: 'board-0001', name: 'B', language: 'en' as const };

    it('asks only for what it missed and applies it like live changes', async () => {
      const { sync, pending, asked, states, reply, answer } = catchUpHarness();
      sync.connected();
      await reply(2); // the first connect has nothing to catch up from
      expect(asked).toEqual([]);
      sync.connected();
      expect(asked).toEqual([2]);
      sync.change(event(4)); // arrives live while the catch-up is on its way
      await answer({
        complete: true,
        board: { ...board, name: 'Renamed' },
        changes: [event(3), event(4)],
      });
      expect(pending).toHaveLength(0);
      expect(states.at(-1)).toEqual({ seq: 4, name: 'Renamed', live: [3, 4] });
      expect(sync.snapshot?.suggestions.map((s) => s.seq)).toEqual([4, 3, 2, 1]);
    });

    it('takes a snapshot when the server cannot replay everything', async () => {
      const { sync, pending, reply, answer } = catchUpHarness();
      sync.connected();
      await reply(2);
      sync.connected();
      await answer({ complete: false });
      expect(pending).toHaveLength(1);
      await reply(900);
      expect(sync.snapshot?.seq).toBe(900);
    });

    it('takes a snapshot when the replayed changes have a hole', async () => {
      const { sync, pending, reply, answer } = catchUpHarness();
      sync.connected();
      await reply(2);
      sync.connected();
      await answer({ complete: true, board, changes: [event(3), event(5)] });
      expect(sync.snapshot?.seq).toBe(3);
      expect(pending).toHaveLength(1);
      await reply(5);
      expect(sync.snapshot?.seq).toBe(5);
    });

    it('falls back to a snapshot when the catch-up fails or names another board', async () => {
      const { sync, pending, reply, answer } = catchUpHarness();
      sync.connected();
      await reply(2);
      sync.connected();
      await answer({ complete: true, board: { ...board, id: 'board-9999' }, changes: [] });
      expect(pending).toHaveLength(1);
      await reply(4);
      expect(sync.snapshot?.seq).toBe(4);
    });

    it('falls back to a snapshot when the catch-up request times out', async () => {
      let snapshots = 0;
      const sync = new BoardSync({
        requestSnapshot: async () => {
          snapshots += 1;
          return { ok: true, data: snapshotAt(snapshots === 1 ? 2 : 6) };
        },
        requestChanges: () => Promise.reject(new Error('operation has timed out')),
        onState: () => undefined,
      });
      sync.connected();
      await vi.waitFor(() => expect(sync.snapshot?.seq).toBe(2));
      sync.connected();
      await vi.waitFor(() => expect(sync.snapshot?.seq).toBe(6));
    });

    it('an unchanged board with nothing missed changes nothing', async () => {
      const { sync, states, reply, answer } = catchUpHarness();
      sync.connected();
      await reply(2);
      const before = states.length;
      sync.connected();
      await answer({ complete: true, board, changes: [] });
      expect(states).toHaveLength(before);
    });
  });
});

describe('BoardSync and changes outside the snapshot', () => {
  it('does not report a change to a suggestion the screen never held as new or done', async () => {
    const states: { seq: number; applied: number; ids: string[] }[] = [];
    const sync = new BoardSync({
      requestSnapshot: async () => ({
        ok: true,
        data: { ...snapshotAt(2), doneSince: '2026-01-01T00:00:00.000Z' },
      }),
      onState: (snapshot, applied) =>
        states.push({
          seq: snapshot.seq,
          applied: applied.length,
          ids: snapshot.suggestions.map((s) => s.id),
        }),
    });
    sync.connected();
    await vi.waitFor(() => expect(states).toHaveLength(1));
    const doneLongAgo = makeSuggestion(40, {
      status: 'done',
      statusChangedAt: '2025-01-01T00:00:00.000Z',
      seq: 3,
    });
    sync.change({ type: 'upsert', seq: 3, suggestion: doneLongAgo });
    sync.change({ type: 'upsert', seq: 4, suggestion: suggestion(4) });
    expect(states.at(-1)).toMatchObject({ seq: 4, applied: 1 });
    expect(states.at(-1)?.ids).not.toContain(doneLongAgo.id);
    sync.close();
  });
});
