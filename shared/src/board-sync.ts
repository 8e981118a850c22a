import { applyBoardChange, type BoardChange } from './board-state.js';
import type { Result } from './errors.js';
import type { BoardCatchUp } from './events.js';
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
  /**
   * Asks for the changes after `since` (the `board:catch-up` socket event). Without it, every
   * reconnect takes a full snapshot.
   */
  requestChanges?(since: number): Promise<Result<BoardCatchUp>>;
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
        void this.#sync('snapshot');
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

  async #sync(mode: 'catch-up' | 'snapshot'): Promise<void> {
    if (this.#syncing) {
      if (this.#resyncWanted !== 'snapshot') this.#resyncWanted = mode;
      return;
    }
    this.#syncing = true;
    let missed: BoardChange[] = [];
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
        if (!result.ok) {
          this.#callbacks.onError?.(result.error);
          return;
        }
        this.#snapshot = result.data;
        this.#callbacks.onState(result.data, []);
      }
    } catch (error) {
      this.#callbacks.onError?.({ code: 'internal', message: String(error) });
    } finally {
      this.#syncing = false;
    }
    const held = this.#held.splice(0);
    const again = this.#resyncWanted;
    this.#resyncWanted = 'none';
    if (again !== 'none') {
      this.#held.push(...missed, ...held);
      await this.#sync(again);
    } else if (missed.length > 0 || held.length > 0) {
      this.#apply([...missed, ...held]);
    }
  }

  /** The changes missed since the held snapshot, or null when only a snapshot will do. */
  async #catchUp(current: BoardSnapshot): Promise<BoardChange[] | null> {
    const result = await this.#callbacks.requestChanges?.(current.seq);
    if (!result) return null;
    if (!result.ok || !result.data.complete) return null;
    const { board } = result.data;
    if (
      board.name !== current.board.name ||
      board.language !== current.board.language ||
      board.id !== current.board.id
    ) {
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
