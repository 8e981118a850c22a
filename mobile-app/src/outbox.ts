import type { CreateSuggestionBody, Suggestion } from '@tavla/shared';

/**
 * The phone's outbox: a suggestion is written here first (localStorage, so it survives closing
 * the browser), then sent; it stays, shown as "waiting to send", until the server has
 * acknowledged it. Retries back off (2 s, 4 s, … up to a minute, with jitter). The server
 * stores a suggestion once per client id, so sending it twice is harmless. A refusal that
 * retrying cannot fix (a 4xx) takes it out and reports it.
 */
export interface OutboxItem {
  boardId: string;
  body: CreateSuggestionBody;
  attempts: number;
  nextAttemptAt: number;
  queuedAt: string;
}

export type SendResult =
  | { kind: 'sent'; suggestion: Suggestion }
  | { kind: 'retry' }
  | { kind: 'refused'; status: number; message: string };

export interface OutboxStore {
  load(): OutboxItem[];
  save(items: OutboxItem[]): void;
}

export const OUTBOX_KEY = 'tavla:outbox';

export function localStore(storage: Pick<Storage, 'getItem' | 'setItem'> | null): OutboxStore {
  return {
    load() {
      try {
        const parsed: unknown = JSON.parse(storage?.getItem(OUTBOX_KEY) ?? '[]');
        return Array.isArray(parsed) ? parsed.filter(isItem) : [];
      } catch {
        return [];
      }
    },
    save(items) {
      try {
        storage?.setItem(OUTBOX_KEY, JSON.stringify(items));
      } catch {
        // Storage full or off: the outbox still works for as long as the page is open.
      }
    },
  };
}

function isItem(value: unknown): value is OutboxItem {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Partial<Record<keyof OutboxItem, unknown>>;
  const body = item.body as { id?: unknown } | null | undefined;
  return (
    typeof item.boardId === 'string' &&
    typeof body?.id === 'string' &&
    typeof item.attempts === 'number'
  );
}

export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(60_000, 2000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

export class Outbox {
  #items: OutboxItem[];
  #running: Promise<void> | null = null;
  #again = false;
  #againForced = false;
  readonly #results = new Map<string, 'sent' | 'refused'>();
  readonly #store: OutboxStore;
  readonly #send: (item: OutboxItem) => Promise<SendResult>;
  readonly #now: () => number;
  readonly #listeners = new Set<() => void>();
  onSent: (suggestion: Suggestion) => void = () => undefined;
  onRefused: (item: OutboxItem, message: string) => void = () => undefined;

  constructor(
    store: OutboxStore,
    send: (item: OutboxItem) => Promise<SendResult>,
    now: () => number = Date.now,
  ) {
    this.#store = store;
    this.#send = send;
    this.#now = now;
    this.#items = store.load();
  }

  /** Items still waiting, oldest first. */
  get items(): readonly OutboxItem[] {
    return this.#items;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(): void {
    this.#store.save(this.#items);
    for (const listener of this.#listeners) listener();
  }

  add(boardId: string, body: CreateSuggestionBody): void {
    if (this.#items.some((item) => item.body.id === body.id)) return;
    this.#items = [
      ...this.#items,
      {
        boardId,
        body,
        attempts: 0,
        nextAttemptAt: 0,
        queuedAt: new Date(this.#now()).toISOString(),
      },
    ];
    this.#changed();
  }

  #wantsAgain(): boolean {
    return this.#again;
  }

  /** Who hears about writes the server acknowledged or refused. */
  setHandlers(handlers: {
    onSent: (suggestion: Suggestion) => void;
    onRefused: (item: OutboxItem, message: string) => void;
  }): void {
    this.onSent = handlers.onSent;
    this.onRefused = handlers.onRefused;
  }

  /** What became of a write this page queued: sent, refused, or still waiting (undefined). */
  resultOf(id: string): 'sent' | 'refused' | undefined {
    return this.#results.get(id);
  }

  /**
   * Sends what is due, one at a time, in order. `force` ignores the backoff (the phone came
   * back online). A call while a flush runs waits for it, and the flush then runs once more,
   * so a write queued meanwhile is not left for the next round.
   */
  flush(force = false): Promise<void> {
    if (this.#running) {
      this.#again = true;
      this.#againForced ||= force;
      return this.#running;
    }
    this.#running = (async () => {
      try {
        let forced = force;
        do {
          forced ||= this.#againForced;
          this.#again = false;
          this.#againForced = false;
          await this.#flushOnce(forced);
          forced = false;
        } while (this.#wantsAgain());
      } finally {
        this.#running = null;
      }
    })();
    return this.#running;
  }

  async #flushOnce(force: boolean): Promise<void> {
    for (const item of [...this.#items]) {
      if (!force && item.nextAttemptAt > this.#now()) continue;
      const result = await this.#send(item);
      if (result.kind === 'retry') {
        this.#items = this.#items.map((i) =>
          i.body.id === item.body.id
            ? {
                ...i,
                attempts: i.attempts + 1,
                nextAttemptAt: this.#now() + backoffMs(i.attempts + 1),
              }
            : i,
        );
        this.#changed();
        return; // keep the order: nothing newer overtakes a waiting one
      }
      this.#items = this.#items.filter((i) => i.body.id !== item.body.id);
      this.#results.set(item.body.id, result.kind);
      this.#changed();
      if (result.kind === 'sent') this.onSent(result.suggestion);
      else this.onRefused(item, result.message);
    }
  }
}
