import type { CreateCommentBody, CreateSuggestionBody, Suggestion } from '@tavla/shared';
import type { ApiError } from './api.js';

/**
 * The phone's outbox. Every write (a suggestion, its photo, a "me too", a comment) is written
 * here first (localStorage, so it survives closing the browser; photos wait in IndexedDB),
 * then sent; it stays, shown as "waiting to send", until the server has acknowledged it.
 * Retries back off (2 s, 4 s, … up to a minute, with jitter). Every write is idempotent on the
 * server (client ids for suggestions and comments, a target state for votes, one photo per
 * suggestion), so sending one twice is harmless. A refusal that retrying cannot fix (a 4xx)
 * takes it out, with whatever depended on it, and reports it.
 */
export type OutboxWrite =
  | { kind: 'suggestion'; body: CreateSuggestionBody }
  | { kind: 'photo'; suggestionId: string }
  | { kind: 'vote'; suggestionId: string; voted: boolean }
  | { kind: 'comment'; suggestionId: string; body: CreateCommentBody };

export interface OutboxItem {
  /** Unique per write: the client id of a suggestion or comment, generated for the rest. */
  id: string;
  boardId: string;
  write: OutboxWrite;
  attempts: number;
  nextAttemptAt: number;
  queuedAt: string;
}

export type SendResult =
  | { kind: 'sent'; suggestion: Suggestion | null }
  /** `retryAfterMs`: the server said how long to wait (429 rate_limited, 503 busy). */
  | { kind: 'retry'; retryAfterMs?: number }
  /** The server's refusal, for the screen to say in the user's words (`describeError`). */
  | { kind: 'refused'; error: ApiError };

export type OutboxResult =
  | { kind: 'sent'; suggestion: Suggestion | null }
  /** `error` is null for a write dropped because the suggestion it depended on was refused. */
  | { kind: 'refused'; error: ApiError | null };

/**
 * Whether a write the page just queued was acknowledged at once (true) or waits (false); a
 * refusal is thrown, so the form that sent it keeps what was typed and says why.
 */
export function acknowledged(result: OutboxResult | undefined): boolean {
  if (result?.kind === 'refused') {
    throw result.error ?? new Error('Dropped with the suggestion it depended on.');
  }
  return result?.kind === 'sent';
}

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
        return Array.isArray(parsed) ? parsed.map(upgrade).filter((i) => i !== null) : [];
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

const WRITE_KINDS: readonly string[] = ['suggestion', 'photo', 'vote', 'comment'];

/** A stored item, or one stored by an older version (suggestions only), or null if foreign. */
function upgrade(value: unknown): OutboxItem | null {
  if (typeof value !== 'object' || value === null) return null;
  const item = value as Record<string, unknown>;
  if (typeof item.boardId !== 'string' || typeof item.attempts !== 'number') return null;
  const write = item.write as { kind?: unknown } | undefined;
  if (typeof item.id === 'string' && WRITE_KINDS.includes(String(write?.kind))) {
    return value as OutboxItem;
  }
  const body = item.body as CreateSuggestionBody | undefined;
  if (typeof body?.id !== 'string') return null;
  return {
    id: body.id,
    boardId: item.boardId,
    write: { kind: 'suggestion', body },
    attempts: item.attempts,
    nextAttemptAt: typeof item.nextAttemptAt === 'number' ? item.nextAttemptAt : 0,
    queuedAt: typeof item.queuedAt === 'string' ? item.queuedAt : new Date(0).toISOString(),
  };
}

export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(60_000, 2000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

/** The suggestion a write belongs to (a suggestion belongs to itself). */
export function suggestionOf(write: OutboxWrite): string {
  return write.kind === 'suggestion' ? write.body.id : write.suggestionId;
}

export type OutboxListener = (item: OutboxItem, result: OutboxResult) => void;

export class Outbox {
  #items: OutboxItem[];
  #running: Promise<void> | null = null;
  #inFlight: string | null = null;
  #again = false;
  #againForced = false;
  #counter = 0;
  readonly #results = new Map<string, OutboxResult>();
  /**
   * Until when the server asked this phone to wait, per kind of write (its limits are per
   * kind). Even a forced flush (back online, socket reconnected) waits for it: retrying early
   * would only be refused again, and would keep the phone's budget used up.
   */
  readonly #heldUntil = new Map<OutboxWrite['kind'], number>();
  /** Ids this page sent or dropped, so a merge with what another tab saved skips them. */
  readonly #done = new Set<string>();
  readonly #store: OutboxStore;
  readonly #send: (item: OutboxItem) => Promise<SendResult>;
  readonly #now: () => number;
  readonly #listeners = new Set<() => void>();
  readonly #resultListeners = new Set<OutboxListener>();

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

  /** When the last wait the server asked for ends, while one is running (null: none). */
  get limitedUntil(): number | null {
    const now = this.#now();
    const until = Math.max(0, ...this.#heldUntil.values());
    return until > now ? until : null;
  }

  /** Items still waiting, oldest first. */
  get items(): readonly OutboxItem[] {
    return this.#items;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Hears about every write the server acknowledged or refused. */
  onResult(listener: OutboxListener): () => void {
    this.#resultListeners.add(listener);
    return () => this.#resultListeners.delete(listener);
  }

  #changed(): void {
    this.#merge();
    this.#store.save(this.#items);
    for (const listener of this.#listeners) listener();
  }

  /**
   * Takes in what another tab of this phone saved meanwhile (they share one localStorage
   * key), so one tab's save never drops the other's writes. Order stays by queue time.
   */
  #merge(): void {
    const mine = new Set(this.#items.map((item) => item.id));
    const theirs = this.#store
      .load()
      .filter((item) => !mine.has(item.id) && !this.#done.has(item.id));
    if (theirs.length === 0) return;
    this.#items = [...this.#items, ...theirs].sort((a, b) =>
      a.queuedAt === b.queuedAt ? 0 : a.queuedAt < b.queuedAt ? -1 : 1,
    );
  }

  /** Another tab changed the stored outbox (the `storage` event): show and send its writes. */
  reload(): void {
    const before = this.#items.length;
    this.#merge();
    if (this.#items.length !== before) for (const listener of this.#listeners) listener();
  }

  /**
   * Queues a write and returns its id. A suggestion or comment already queued (a double tap)
   * is not queued twice; a newer "me too" replaces one for the same suggestion that has not
   * left yet, since only the last choice matters.
   */
  add(boardId: string, write: OutboxWrite): string {
    this.#merge();
    const id = this.#idFor(write);
    if (this.#items.some((item) => item.id === id)) return id;
    const superseded = (item: OutboxItem) =>
      write.kind === 'vote' &&
      item.write.kind === 'vote' &&
      item.write.suggestionId === write.suggestionId &&
      item.id !== this.#inFlight;
    for (const item of this.#items) if (superseded(item)) this.#done.add(item.id);
    this.#items = [
      ...this.#items.filter((item) => !superseded(item)),
      { id, boardId, write, attempts: 0, nextAttemptAt: 0, queuedAt: this.#nowIso() },
    ];
    this.#changed();
    return id;
  }

  #idFor(write: OutboxWrite): string {
    switch (write.kind) {
      case 'suggestion':
      case 'comment':
        return write.body.id;
      case 'photo':
        return `photo:${write.suggestionId}`;
      case 'vote':
        this.#counter += 1;
        return `vote:${write.suggestionId}:${String(this.#now())}:${String(this.#counter)}`;
    }
  }

  #nowIso(): string {
    return new Date(this.#now()).toISOString();
  }

  /** What became of a write this page queued: sent, refused, or still waiting (undefined). */
  resultOf(id: string): OutboxResult | undefined {
    const result = this.#results.get(id);
    this.#results.delete(id);
    return result;
  }

  /**
   * Sends what is due, one at a time, in order per suggestion. `force` ignores the backoff (the phone came
   * back online). A call while a flush runs waits for it, and the flush then runs once more,
   * so a write queued meanwhile is not left for the next round.
   */
  flush(force = false): Promise<void> {
    this.#merge();
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

  #wantsAgain(): boolean {
    return this.#again;
  }

  async #flushOnce(force: boolean): Promise<void> {
    // Walks the live list, so a write queued while another is in flight goes in this round.
    // Order holds per suggestion: nothing overtakes a waiting write to the same suggestion
    // (its photo, a vote, a comment), but one stuck suggestion does not hold up the others.
    const tried = new Set<string>();
    const blocked = new Set<string>();
    for (;;) {
      const item = this.#items.find((i) => !tried.has(i.id));
      if (!item) return;
      tried.add(item.id);
      const target = suggestionOf(item.write);
      if (blocked.has(target)) continue;
      const held = (this.#heldUntil.get(item.write.kind) ?? 0) > this.#now();
      if (held || (!force && item.nextAttemptAt > this.#now())) {
        blocked.add(target);
        continue;
      }
      this.#inFlight = item.id;
      let result: SendResult;
      try {
        result = await this.#send(item);
      } finally {
        this.#inFlight = null;
      }
      if (result.kind === 'retry') {
        const wait = result.retryAfterMs ?? 0;
        if (wait > 0) this.#heldUntil.set(item.write.kind, this.#now() + wait);
        this.#items = this.#items.map((i) =>
          i.id === item.id
            ? {
                ...i,
                attempts: i.attempts + 1,
                nextAttemptAt: this.#now() + Math.max(wait, backoffMs(i.attempts + 1)),
              }
            : i,
        );
        this.#changed();
        blocked.add(target);
        continue;
      }
      const dropped =
        result.kind === 'refused' && item.write.kind === 'suggestion'
          ? this.#items.filter(
              (i) => i.id !== item.id && suggestionOf(i.write) === suggestionOf(item.write),
            )
          : [];
      const gone = new Set([item.id, ...dropped.map((i) => i.id)]);
      for (const id of gone) this.#done.add(id);
      this.#items = this.#items.filter((i) => !gone.has(i.id));
      const outcome: OutboxResult =
        result.kind === 'sent'
          ? { kind: 'sent', suggestion: result.suggestion }
          : { kind: 'refused', error: result.error };
      this.#results.set(item.id, outcome);
      this.#changed();
      this.#report(item, outcome);
      for (const follower of dropped) {
        const followed: OutboxResult = { kind: 'refused', error: null };
        this.#results.set(follower.id, followed);
        this.#report(follower, followed);
      }
    }
  }

  #report(item: OutboxItem, result: OutboxResult): void {
    for (const listener of this.#resultListeners) listener(item, result);
  }
}
