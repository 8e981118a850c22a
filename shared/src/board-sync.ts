import { applyBoardChange, type BoardChange } from './board-state.js';
import type { Result } from './errors.js';
import type { BoardSnapshot, Goal, Suggestion } from './schemas.js';

/** A change that was applied live, with the suggestion or goal as it was before (null if new). */
export interface AppliedChange {
  change: BoardChange;
  previous: Suggestion | null;
  previousGoal: Goal | null;
}

export interface BoardSyncCallbacks {
  /** Asks the server for a fresh snapshot (the `board:sync` socket event). */
  requestSnapshot(): Promise<Result<BoardSnapshot>>;
  /** Called with the new state; `applied` lists the live changes that led to it (none for a snapshot). */
  onState(snapshot: BoardSnapshot, applied: readonly AppliedChange[]): void;
  onError?(error: { code: string; message: string }): void;
}

/**
 * Keeps a client's copy of a board in step with the server, framework-free so kiosk and phone
 * share one tested implementation. On every (re)connect it takes a fresh snapshot; live
 * changes that arrive while a snapshot is on its way are held and replayed on top of it; a
 * change that skips a sequence number triggers a new snapshot instead of being applied.
 */
export class BoardSync {
  #snapshot: BoardSnapshot | null = null;
  #syncing = false;
  #resyncWanted = false;
  #held: BoardChange[] = [];
  readonly #callbacks: BoardSyncCallbacks;

  constructor(callbacks: BoardSyncCallbacks) {
    this.#callbacks = callbacks;
  }

  get snapshot(): BoardSnapshot | null {
    return this.#snapshot;
  }

  /** Call on every socket connect, including reconnects. */
  connected(): void {
    void this.#sync();
  }

  change(change: BoardChange): void {
    if (this.#syncing || !this.#snapshot) {
      this.#held.push(change);
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
        void this.#sync();
        break;
      }
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

  async #sync(): Promise<void> {
    if (this.#syncing) {
      this.#resyncWanted = true;
      return;
    }
    this.#syncing = true;
    try {
      const result = await this.#callbacks.requestSnapshot();
      if (!result.ok) {
        this.#callbacks.onError?.(result.error);
        return;
      }
      this.#snapshot = result.data;
      this.#callbacks.onState(result.data, []);
    } catch (error) {
      this.#callbacks.onError?.({ code: 'internal', message: String(error) });
    } finally {
      this.#syncing = false;
    }
    const held = this.#held.splice(0);
    if (this.#resyncWanted) {
      this.#resyncWanted = false;
      await this.#sync();
    } else if (held.length > 0) {
      this.#apply(held);
    }
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
}
