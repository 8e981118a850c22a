import { applyBoardChange, type BoardChange } from './board-state.js';
import type { Result } from './errors.js';
import type { BoardCatchUp, SnapshotBytes } from './events.js';
import type { Board, BoardSnapshot, Goal, Suggestion } from './schemas.js';
import type { MethodState } from './method-schemas.js';

// Timers exist in browsers and in Node alike; shared is typed for neither.
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare const TextDecoder: new () => {
  decode(input?: SnapshotBytes, options?: { stream: boolean }): string;
};

/** Turns a `board:sync` answer (the snapshot's JSON as bytes, in parts) into the snapshot. */
export function decodeSnapshotResult(result: Result<SnapshotBytes[]>): Result<BoardSnapshot> {
  if (!result.ok) return result;
  // A part may end inside a multi-byte character: decode as one stream.
  const decoder = new TextDecoder();
  const json = result.data.map((part) => decoder.decode(part, { stream: true })).join('');
  return { ok: true, data: JSON.parse(json + decoder.decode()) as BoardSnapshot };
}

/** After a failed sync: try again after 1 s, doubling to at most 30 s. */
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;
/** Live changes kept while no snapshot is there to apply them to. */
const MAX_HELD = 1000;

/** A change that was applied live, with the suggestion or goal as it was before (null if new). */
export interface AppliedChange {
  change: BoardChange;
  previous: Suggestion | null;
  previousGoal: Goal | null;
}

export interface BoardSyncCallbacks {
  /** Asks the server for a fresh snapshot (the `board:sync` socket event). */
  requestSnapshot(): Promise<Result<BoardSnapshot>>;
  /**
   * Asks for the changes after `since` (the `board:catch-up` socket event). Without it, every
   * reconnect takes a full snapshot.
   */
  requestChanges?(since: number, history: string | undefined): Promise<Result<BoardCatchUp>>;
  /** Called with the new state; `applied` lists the live changes that led to it (none for a snapshot). */
  onState(snapshot: BoardSnapshot, applied: readonly AppliedChange[]): void;
  onError?(error: { code: string; message: string }): void;
}

/**
 * Keeps a client's copy of a board in step with the server, framework-free so kiosk and phone
 * share one tested implementation. On the first connect it takes a snapshot; on a reconnect
 * it asks for just the changes it missed and applies them like live ones (falling back to a
 * snapshot when the server cannot replay them all). Live changes that arrive meanwhile are held
 * and replayed on top; a change that skips a sequence number triggers a new snapshot instead
 * of being applied, and a change already applied is ignored.
 */
export class BoardSync {
  #snapshot: BoardSnapshot | null = null;
  #syncing = false;
  /** What to do once the running sync ends: nothing, catch up, or take a full snapshot. */
  #resyncWanted: 'none' | 'catch-up' | 'snapshot' = 'none';
  #held: BoardChange[] = [];
  readonly #callbacks: BoardSyncCallbacks;
  #retryTimer: unknown;
  #retryMs = RETRY_FIRST_MS;

  constructor(callbacks: BoardSyncCallbacks) {
    this.#callbacks = callbacks;
  }

  get snapshot(): BoardSnapshot | null {
    return this.#snapshot;
  }

  /** Call on every socket connect, including reconnects. */
  connected(): void {
    void this.#sync('catch-up');
  }

  change(change: BoardChange): void {
    if (this.#syncing || !this.#snapshot) {
      this.#hold(change);
      return;
    }
    this.#apply([change]);
  }

  #apply(changes: readonly BoardChange[]): void {
    let snapshot = this.#snapshot;
    if (!snapshot) return;
    const applied: AppliedChange[] = [];
    for (const change of [...changes].sort((a, b) => a.seq - b.seq)) {
      const outcome = applyBoardChange(snapshot, change);
      if (outcome.kind === 'gap') {
        void this.#sync('snapshot');
        break;
      }
      if (outcome.kind === 'outside') snapshot = outcome.snapshot;
      if (outcome.kind === 'applied') {
        snapshot = outcome.snapshot;
        applied.push({ change, previous: outcome.previous, previousGoal: outcome.previousGoal });
      }
    }
    if (snapshot !== this.#snapshot) {
      this.#snapshot = snapshot;
      this.#callbacks.onState(snapshot, applied);
    }
  }

  async #sync(mode: 'catch-up' | 'snapshot'): Promise<void> {
    if (this.#syncing) {
      if (this.#resyncWanted !== 'snapshot') this.#resyncWanted = mode;
      return;
    }
    clearTimeout(this.#retryTimer);
    this.#syncing = true;
    let missed: BoardChange[] = [];
    let failed = false;
    try {
      // (No await unless there is something to catch up from: the snapshot request goes out now.)
      const caughtUp =
        mode === 'catch-up' && this.#snapshot && this.#callbacks.requestChanges
          ? await this.#catchUp(this.#snapshot)
          : null;
      if (caughtUp) {
        missed = caughtUp;
      } else {
        const result = await this.#callbacks.requestSnapshot();
        if (result.ok) {
          this.#snapshot = result.data;
          this.#retryMs = RETRY_FIRST_MS;
          this.#callbacks.onState(result.data, []);
        } else {
          failed = true;
          this.#callbacks.onError?.(result.error);
        }
      }
    } catch (error) {
      failed = true;
      this.#callbacks.onError?.({ code: 'internal', message: String(error) });
    } finally {
      this.#syncing = false;
    }
    if (failed) {
      // Never give up: try again with backoff. What arrived meanwhile stays held (bounded).
      this.#resyncWanted = 'none';
      this.#retryTimer = setTimeout(() => void this.#sync('snapshot'), this.#retryMs);
      this.#retryMs = Math.min(RETRY_MAX_MS, this.#retryMs * 2);
      return;
    }
    const held = this.#held.splice(0);
    const again = this.#resyncWanted;
    this.#resyncWanted = 'none';
    if (again !== 'none') {
      this.#hold(...missed, ...held);
      await this.#sync(again);
    } else if (missed.length > 0 || held.length > 0) {
      this.#apply([...missed, ...held]);
    }
  }

  /** Keeps changes for after the sync; past the cap the snapshot will carry them anyway. */
  #hold(...changes: BoardChange[]): void {
    this.#held.push(...changes);
    if (this.#held.length > MAX_HELD) this.#held.splice(0, this.#held.length - MAX_HELD);
  }

  /** Stops the retry timer (the screen is going away). */
  close(): void {
    clearTimeout(this.#retryTimer);
  }

  /**
   * The changes missed since the held snapshot, or null when only a snapshot will do: the
   * server cannot replay them all, the request failed or timed out, or it is another board.
   */
  async #catchUp(current: BoardSnapshot): Promise<BoardChange[] | null> {
    let result: Result<BoardCatchUp> | undefined;
    try {
      result = await this.#callbacks.requestChanges?.(current.seq, current.history);
    } catch {
      return null;
    }
    if (!result?.ok || !result.data.complete) return null;
    const { board } = result.data;
    if (board.id !== current.board.id) return null;
    // Any of the board's own fields (name, language, settings) that changed meanwhile.
    if (JSON.stringify(board) !== JSON.stringify(current.board)) {
      this.#snapshot = { ...current, board };
      this.#callbacks.onState(this.#snapshot, []);
    }
    return result.data.changes;
  }
}

/** Wires a Socket.IO-like client's board events into a BoardSync. */
export function listenForBoardChanges(
  socket: {
    on(
      event: 'suggestion:created' | 'suggestion:updated',
      listener: (e: { seq: number; suggestion: Suggestion }) => void,
    ): unknown;
    on(
      event: 'suggestion:removed',
      listener: (e: { seq: number; suggestionId: string }) => void,
    ): unknown;
    on(event: 'goal:updated', listener: (e: { seq: number; goal: Goal }) => void): unknown;
    on(
      event: 'method:updated',
      listener: (e: { seq: number; method: MethodState }) => void,
    ): unknown;
    on(event: 'board:updated', listener: (e: { seq: number; board: Board }) => void): unknown;
  },
  sync: BoardSync,
): void {
  const upsert = (e: { seq: number; suggestion: Suggestion }) =>
    sync.change({ type: 'upsert', seq: e.seq, suggestion: e.suggestion });
  socket.on('suggestion:created', upsert);
  socket.on('suggestion:updated', upsert);
  socket.on('suggestion:removed', (e) =>
    sync.change({ type: 'remove', seq: e.seq, suggestionId: e.suggestionId }),
  );
  socket.on('goal:updated', (e) => sync.change({ type: 'goal', seq: e.seq, goal: e.goal }));
  socket.on('method:updated', (e) => sync.change({ type: 'method', seq: e.seq, method: e.method }));
  socket.on('board:updated', (e) => sync.change({ type: 'board', seq: e.seq, board: e.board }));
}
