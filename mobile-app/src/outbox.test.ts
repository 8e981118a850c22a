import { describe, expect, it } from 'vitest';
import { makeSuggestion } from '@tavla/shared/testing/fixtures';
import { Outbox, backoffMs, localStore, type OutboxItem, type SendResult } from './outbox.js';

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

describe('Outbox', () => {
  it('keeps writes across a reload and sends them once the network is back, in order', async () => {
    const storage = memoryStorage();
    let online = false;
    const sent: string[] = [];
    const send = async (item: OutboxItem): Promise<SendResult> => {
      if (!online) return { kind: 'retry' };
      sent.push(item.body.id);
      return { kind: 'sent', suggestion: makeSuggestion(1, { id: item.body.id }) };
    };
    const first = new Outbox(localStore(storage), send);
    first.add('board-1', body(1));
    first.add('board-1', body(2));
    first.add('board-1', body(2)); // a double tap
    await first.flush();
    expect(first.items).toHaveLength(2);
    expect(first.items[0]?.attempts).toBe(1);

    // The browser is closed and opened again: the outbox is still there.
    const again = new Outbox(localStore(storage), send);
    expect(again.items.map((i) => i.body.text)).toEqual(['Idea 1', 'Idea 2']);
    online = true;
    await again.flush(true);
    expect(sent).toEqual([body(1).id, body(2).id]);
    expect(again.items).toEqual([]);
    expect(new Outbox(localStore(storage), send).items).toEqual([]);
  });

  it('waits out the backoff unless forced', async () => {
    let now = 1_000_000;
    let calls = 0;
    const outbox = new Outbox(
      localStore(memoryStorage()),
      async () => ((calls += 1), { kind: 'retry' }),
      () => now,
    );
    outbox.add('b', body(1));
    await outbox.flush();
    await outbox.flush();
    expect(calls).toBe(1);
    now += 60_000;
    await outbox.flush();
    expect(calls).toBe(2);
  });

  it('drops and reports a write the server refuses', async () => {
    const refused: string[] = [];
    const outbox = new Outbox(localStore(memoryStorage()), async () => ({
      kind: 'refused',
      status: 400,
      message: 'too short',
    }));
    outbox.onRefused = (_item, message) => refused.push(message);
    outbox.add('b', body(1));
    await outbox.flush();
    expect(outbox.items).toEqual([]);
    expect(refused).toEqual(['too short']);
  });

  it('backs off exponentially to a minute, with jitter', () => {
    expect(backoffMs(1, () => 0.5)).toBe(2000);
    expect(backoffMs(3, () => 0.5)).toBe(8000);
    expect(backoffMs(20, () => 0.5)).toBe(60_000);
    expect(backoffMs(1, () => 0)).toBe(1500);
  });
});
