import { describe, expect, it } from 'vitest';
import { makeSuggestion } from '@tavla/shared/testing/fixtures';
import { ApiError } from './api.js';
import {
  OUTBOX_KEY,
  Outbox,
  acknowledged,
  backoffMs,
  localStore,
  type OutboxItem,
  type OutboxWrite,
  type SendResult,
} from './outbox.js';
import { createSender, memoryPhotoStore, type OutboxApi } from './outbox-send.js';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

const body = (n: number) => ({
  id: makeSuggestion(n).id,
  text: `Idea ${n}`,
  dimension: 'social' as const,
});
const suggestion = (n: number): OutboxWrite => ({ kind: 'suggestion', body: body(n) });
const describeWrite = (item: OutboxItem) =>
  item.write.kind === 'suggestion'
    ? item.write.body.text
    : item.write.kind === 'vote'
      ? `vote ${String(item.write.voted)}`
      : item.write.kind;

describe('Outbox', () => {
  it('keeps writes across a reload and sends them once the network is back, in order', async () => {
    const storage = memoryStorage();
    let online = false;
    const sent: string[] = [];
    const send = async (item: OutboxItem): Promise<SendResult> => {
      if (!online) return { kind: 'retry' };
      sent.push(describeWrite(item));
      return { kind: 'sent', suggestion: null };
    };
    const first = new Outbox(localStore(storage), send);
    first.add('board-1', suggestion(1));
    first.add('board-1', { kind: 'photo', suggestionId: body(1).id });
    first.add('board-1', suggestion(2));
    first.add('board-1', suggestion(2)); // a double tap
    first.add('board-1', {
      kind: 'comment',
      suggestionId: body(2).id,
      body: { id: makeSuggestion(9).id, text: 'Good one' },
    });
    await first.flush();
    expect(first.items).toHaveLength(4);
    expect(first.items[0]?.attempts).toBe(1);

    // The browser is closed and opened again: the outbox is still there.
    const again = new Outbox(localStore(storage), send);
    expect(again.items.map(describeWrite)).toEqual(['Idea 1', 'photo', 'Idea 2', 'comment']);
    online = true;
    await again.flush(true);
    expect(sent).toEqual(['Idea 1', 'photo', 'Idea 2', 'comment']);
    expect(again.items).toEqual([]);
    expect(new Outbox(localStore(storage), send).items).toEqual([]);
  });

  it('keeps only the last "me too" choice that has not left yet', async () => {
    const sent: string[] = [];
    let release: () => void = () => undefined;
    const outbox = new Outbox(localStore(memoryStorage()), async (item) => {
      sent.push(describeWrite(item));
      if (sent.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return { kind: 'sent', suggestion: null };
    });
    const vote = (voted: boolean): OutboxWrite => ({
      kind: 'vote',
      suggestionId: body(1).id,
      voted,
    });
    outbox.add('b', vote(true));
    const flushing = outbox.flush();
    outbox.add('b', vote(false)); // the first is in flight: this one queues behind it
    outbox.add('b', vote(true)); // replaces the waiting "false"
    expect(outbox.items.map(describeWrite)).toEqual(['vote true', 'vote true']);
    release();
    await flushing;
    expect(sent).toEqual(['vote true', 'vote true']);
  });

  it('waits out the backoff unless forced; nothing overtakes a waiting write to its suggestion', async () => {
    let now = 1_000_000;
    const calls: string[] = [];
    const outbox = new Outbox(
      localStore(memoryStorage()),
      async (item) => {
        calls.push(describeWrite(item));
        // The server keeps failing suggestion 1 (a 5xx); everything else goes through.
        return item.write.kind === 'suggestion' && item.write.body.text === 'Idea 1'
          ? { kind: 'retry' }
          : { kind: 'sent', suggestion: null };
      },
      () => now,
    );
    outbox.add('b', suggestion(1));
    outbox.add('b', { kind: 'photo', suggestionId: body(1).id });
    outbox.add('b', suggestion(2));
    await outbox.flush();
    // Idea 1 waits, its photo waits behind it, Idea 2 is not held up.
    expect(calls).toEqual(['Idea 1', 'Idea 2']);
    await outbox.flush();
    expect(calls).toEqual(['Idea 1', 'Idea 2']);
    now += 60_000;
    await outbox.flush();
    expect(calls).toEqual(['Idea 1', 'Idea 2', 'Idea 1']);
    await outbox.flush(true);
    expect(calls).toEqual(['Idea 1', 'Idea 2', 'Idea 1', 'Idea 1']);
    expect(outbox.items.map(describeWrite)).toEqual(['Idea 1', 'photo']);
  });

  it('drops a refused suggestion with the photo, votes and comments that depend on it', async () => {
    const reported: string[] = [];
    const refusal = new ApiError(400, 'goal_not_linkable', 'Link to an active goal.', 'goalId');
    const outbox = new Outbox(localStore(memoryStorage()), async (item) =>
      item.write.kind === 'suggestion' && item.write.body.text === 'Idea 1'
        ? { kind: 'refused', error: refusal }
        : { kind: 'sent', suggestion: null },
    );
    const errors: (ApiError | null)[] = [];
    outbox.onResult((item, result) => {
      reported.push(`${describeWrite(item)}: ${result.kind}`);
      if (result.kind === 'refused') errors.push(result.error);
    });
    outbox.add('b', suggestion(1));
    outbox.add('b', { kind: 'photo', suggestionId: body(1).id });
    outbox.add('b', suggestion(2));
    await outbox.flush();
    expect(outbox.items).toEqual([]);
    expect(reported).toEqual(['Idea 1: refused', 'photo: refused', 'Idea 2: sent']);
    // The screen learns why (to say it in the user's words); the photo only that it went too.
    expect(errors).toEqual([refusal, null]);
    // The form that queued it gets the refusal thrown, so it keeps the text and says why.
    expect(() => acknowledged(outbox.resultOf(body(1).id))).toThrow(refusal);
    expect(acknowledged(outbox.resultOf(body(2).id))).toBe(true);
    expect(acknowledged(outbox.resultOf(body(2).id))).toBe(false);
  });

  it("two tabs of one phone keep each other's writes", async () => {
    const storage = memoryStorage();
    const sent: string[] = [];
    const send = async (item: OutboxItem): Promise<SendResult> => {
      sent.push(describeWrite(item));
      return { kind: 'sent', suggestion: null };
    };
    let now = 1000;
    const tabA = new Outbox(
      localStore(storage),
      async () => ({ kind: 'retry' }),
      () => now++,
    );
    const tabB = new Outbox(
      localStore(storage),
      async () => ({ kind: 'retry' }),
      () => now++,
    );
    tabA.add('b', suggestion(1));
    tabB.add('b', suggestion(2));
    tabA.add('b', suggestion(3));
    // Whoever opens the outbox next sees all three, in the order they were queued.
    const later = new Outbox(localStore(storage), send);
    expect(later.items.map(describeWrite)).toEqual(['Idea 1', 'Idea 2', 'Idea 3']);
    await later.flush(true);
    expect(sent).toEqual(['Idea 1', 'Idea 2', 'Idea 3']);
    expect(new Outbox(localStore(storage), send).items).toEqual([]);
    // A tab that sent a write does not bring it back when it merges what others saved.
    storage.setItem(OUTBOX_KEY, JSON.stringify(tabB.items));
    later.reload();
    expect(later.items).toEqual([]);
  });

  it('reads what an older version left in the outbox', () => {
    const storage = memoryStorage();
    storage.setItem(
      OUTBOX_KEY,
      JSON.stringify([
        { boardId: 'b', body: body(1), attempts: 2, nextAttemptAt: 5, queuedAt: 'x' },
        { nonsense: true },
      ]),
    );
    const items = new Outbox(localStore(storage), async () => ({ kind: 'retry' })).items;
    expect(items).toEqual([
      {
        id: body(1).id,
        boardId: 'b',
        write: { kind: 'suggestion', body: body(1) },
        attempts: 2,
        nextAttemptAt: 5,
        queuedAt: 'x',
      },
    ]);
  });

  it('backs off exponentially to a minute, with jitter', () => {
    expect(backoffMs(1, () => 0.5)).toBe(2000);
    expect(backoffMs(3, () => 0.5)).toBe(8000);
    expect(backoffMs(20, () => 0.5)).toBe(60_000);
    expect(backoffMs(1, () => 0)).toBe(1500);
  });
});

describe('createSender', () => {
  const item = (write: OutboxWrite): OutboxItem => ({
    id: 'x',
    boardId: 'b',
    write,
    attempts: 0,
    nextAttemptAt: 0,
    queuedAt: '',
  });
  const failing = (error: unknown): OutboxApi => {
    const fail = () => Promise.reject(error instanceof Error ? error : new Error(String(error)));
    return { postSuggestion: fail, uploadPhoto: fail, vote: fail, postComment: fail };
  };

  it('retries network trouble, 5xx, 408 and 429; gives up on other 4xx', async () => {
    const photos = memoryPhotoStore();
    const outcome = async (error: unknown) =>
      (await createSender(photos, failing(error))(item(suggestion(1)))).kind;
    expect(await outcome(new TypeError('Failed to fetch'))).toBe('retry');
    expect(await outcome(new ApiError(503, 'unavailable', 'x'))).toBe('retry');
    expect(await outcome(new ApiError(408, 'timeout', 'x'))).toBe('retry');
    expect(await outcome(new ApiError(429, 'rate_limited', 'x'))).toBe('retry');
    expect(await outcome(new ApiError(400, 'validation_failed', 'x'))).toBe('refused');
    expect(await outcome(new ApiError(404, 'not_found', 'x'))).toBe('refused');
    const refusal = new ApiError(409, 'own_suggestion_vote', 'x');
    expect(await createSender(photos, failing(refusal))(item(suggestion(1)))).toEqual({
      kind: 'refused',
      error: refusal,
    });
  });

  it('uploads a stored photo once and forgets it; a lost photo is refused', async () => {
    const photos = memoryPhotoStore();
    const blob = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' });
    await photos.put(body(1).id, blob);
    const uploaded: Blob[] = [];
    const api: OutboxApi = {
      ...failing(new Error('unused')),
      uploadPhoto: async (_board, id, photo) => {
        uploaded.push(photo);
        return makeSuggestion(1, { id });
      },
    };
    const send = createSender(photos, api);
    const photo = item({ kind: 'photo', suggestionId: body(1).id });
    expect(await send(photo)).toMatchObject({ kind: 'sent', suggestion: { id: body(1).id } });
    expect(uploaded).toEqual([blob]);
    expect(await photos.get(body(1).id)).toBeUndefined();
    expect(await send(photo)).toMatchObject({ kind: 'refused', error: { status: 410 } });
  });
});

describe('Outbox and rate limits', () => {
  it('keeps a rate-limited write and waits as long as the server asked, even when forced', async () => {
    let now = 1_000_000;
    const attempts: number[] = [];
    let limited = true;
    const api: OutboxApi = {
      postSuggestion: async (_board, sent) => {
        attempts.push(now);
        if (limited) throw new ApiError(429, 'rate_limited', 'Too many', undefined, 45);
        return makeSuggestion(1, { id: sent.id });
      },
      uploadPhoto: async () => makeSuggestion(1),
      vote: async () => ({ voted: true, votes: 1 }),
      postComment: async () => {
        throw new Error('not used');
      },
    };
    const outbox = new Outbox(
      localStore(memoryStorage()),
      createSender(memoryPhotoStore(), api),
      () => now,
    );
    outbox.add('board-1', suggestion(1));
    outbox.add('board-1', suggestion(2));
    await outbox.flush(true);
    // The first was refused for now; the second of the same kind was not even tried.
    expect(attempts).toHaveLength(1);
    expect(outbox.items).toHaveLength(2);
    expect(outbox.limitedUntil).toBe(now + 45_000);

    // Back online, the socket reconnects, the 5 s timer ticks: nothing goes before the wait.
    for (const step of [5_000, 5_000, 30_000]) {
      now += step;
      await outbox.flush(true);
    }
    expect(attempts).toHaveLength(1);

    // After the wait, both go.
    limited = false;
    now += 5_001;
    await outbox.flush();
    expect(outbox.limitedUntil).toBeNull();
    expect(attempts).toHaveLength(3);
    expect(outbox.items).toHaveLength(0);
  });
});
