import { applySuggestionCreated } from './board-state.js';
import type { Result } from './errors.js';
import type { SuggestionCreatedEvent } from './events.js';
import type { BoardSnapshot } from './schemas.js';

export interface BoardSyncCallbacks {
  /** Asks the server for a fresh snapshot (the `board:sync` socket event). */
  requestSnapshot(): Promise<Result<BoardSnapshot>>;
  /** Called with the new state; `liveIds` are suggestions that just arrived live. */
  onState(snapshot: BoardSnapshot, liveIds: readonly string[]): void;
  onError?(error: { code: string; message: string }): void;
}

/**
 * Keeps a client's copy of a board in step with the server, framework-free so kiosk and phone
 * share one tested implementation. On every (re)connect it takes a fresh snapshot; live
 * events that arrive while a snapshot is on its way are held and replayed on top of it; an
 * event that skips a sequence number triggers a new snapshot instead of being applied.
 */
export class BoardSync {
  #snapshot: BoardSnapshot | null = null;
  #syncing = false;
  #resyncWanted = false;
  #held: SuggestionCreatedEvent[] = [];
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

  suggestionCreated(event: SuggestionCreatedEvent): void {
    if (this.#syncing || !this.#snapshot) {
      this.#held.push(event);
      return;
    }
    this.#apply([event]);
  }

  #apply(events: readonly SuggestionCreatedEvent[]): void {
    let snapshot = this.#snapshot;
    if (!snapshot) return;
    const live: string[] = [];
    for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
      const outcome = applySuggestionCreated(snapshot, event);
      if (outcome.kind === 'gap') {
        void this.#sync();
        break;
      }
      if (outcome.kind === 'applied') {
        snapshot = outcome.snapshot;
        live.push(event.suggestion.id);
      }
    }
    if (snapshot !== this.#snapshot) {
      this.#snapshot = snapshot;
      this.#callbacks.onState(snapshot, live);
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
