import { describe, expect, it } from 'vitest';
import { LatestSaver, type SaveState } from './latest-saver.js';

/** A server whose answers the test releases one at a time. */
function slowServer() {
  const calls: { value: number; resolve: () => void; reject: () => void }[] = [];
  const send = (value: number) =>
    new Promise<number>((resolve, reject) => {
      calls.push({ value, resolve: () => resolve(value), reject: () => reject(new Error('x')) });
    });
  return { calls, send };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('saving the latest value', () => {
  it('sends one at a time and then only the newest, so the last write wins', async () => {
    const server = slowServer();
    const states: SaveState[] = [];
    const saver = new LatestSaver(server.send, (state) => states.push(state));
    saver.save(1);
    saver.save(2);
    saver.save(3);
    expect(server.calls.map((c) => c.value)).toEqual([1]);
    server.calls[0]?.resolve();
    await tick();
    expect(server.calls.map((c) => c.value)).toEqual([1, 3]);
    expect(states.at(-1)).toBe('saving');
    server.calls[1]?.resolve();
    await tick();
    expect(states.at(-1)).toBe('saved');
    expect(saver.saving).toBe(false);
  });

  it('shows a failure of the newest value and sends it again on retry', async () => {
    const server = slowServer();
    const states: SaveState[] = [];
    const saver = new LatestSaver(server.send, (state) => states.push(state));
    saver.save(7);
    server.calls[0]?.reject();
    await tick();
    expect(states.at(-1)).toBe('failed');
    saver.retry();
    expect(server.calls.map((c) => c.value)).toEqual([7, 7]);
    server.calls[1]?.resolve();
    await tick();
    expect(states.at(-1)).toBe('saved');
  });

  it('does not show the failure of a value a newer one replaced', async () => {
    const server = slowServer();
    const states: SaveState[] = [];
    const saver = new LatestSaver(server.send, (state) => states.push(state));
    saver.save(1);
    saver.save(2);
    server.calls[0]?.reject();
    await tick();
    expect(states).not.toContain('failed');
    server.calls[1]?.resolve();
    await tick();
    expect(states.at(-1)).toBe('saved');
  });
});
