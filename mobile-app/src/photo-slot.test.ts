import { describe, expect, it } from 'vitest';
import { PhotoSlot, type PhotoSlotState } from './photo-slot.js';

/** A promise the test settles by hand: a photo that takes as long as the test wants. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function slot() {
  const states: PhotoSlotState<string>[] = [];
  const disposed: string[] = [];
  const photos = new PhotoSlot<string>(
    (state) => states.push(state),
    (photo) => disposed.push(photo),
  );
  return { photos, states, disposed };
}

describe('PhotoSlot', () => {
  it('a send while the photo is still being prepared waits for it and takes it', async () => {
    const { photos, states } = slot();
    const shrinking = deferred<string>();
    photos.choose(shrinking.promise);
    expect(photos.snapshot).toEqual({ kind: 'preparing' });
    const taking = photos.take();
    let settled = false;
    void taking.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false); // the send waits…
    shrinking.resolve('photo-A');
    expect(await taking).toEqual({ kind: 'ready', photo: 'photo-A' }); // …and gets its photo
    expect(photos.snapshot).toEqual({ kind: 'empty' });
    expect(states.map((s) => s.kind)).toEqual(['preparing', 'ready', 'empty']);
  });

  it('a photo that finishes after the suggestion was sent never attaches to the next one', async () => {
    const { photos, disposed } = slot();
    const first = deferred<string>();
    photos.choose(first.promise);
    photos.clear(); // removed (or replaced) before it was ready
    first.resolve('late-photo');
    await first.promise;
    await Promise.resolve();
    expect(photos.snapshot).toEqual({ kind: 'empty' });
    expect(await photos.take()).toEqual({ kind: 'none' });
    expect(disposed).toEqual(['late-photo']);
  });

  it('a replaced photo is dropped; the newer pick wins even when the older one finishes last', async () => {
    const { photos, disposed } = slot();
    const older = deferred<string>();
    const newer = deferred<string>();
    photos.choose(older.promise);
    photos.choose(newer.promise);
    newer.resolve('newer');
    older.resolve('older');
    expect(await photos.take()).toEqual({ kind: 'ready', photo: 'newer' });
    expect(disposed).toEqual(['older']);
  });

  it('removing a ready photo frees it', async () => {
    const { photos, disposed } = slot();
    photos.choose(Promise.resolve('ready-photo'));
    await Promise.resolve();
    await Promise.resolve();
    expect(photos.snapshot).toEqual({ kind: 'ready', photo: 'ready-photo' });
    photos.clear();
    expect(disposed).toEqual(['ready-photo']);
    expect(await photos.take()).toEqual({ kind: 'none' });
  });

  it('a photo that cannot be read stops the send and stays until it is removed', async () => {
    const { photos } = slot();
    photos.choose(Promise.reject(new Error('not an image')));
    expect(await photos.take()).toEqual({ kind: 'failed' });
    expect(photos.snapshot).toEqual({ kind: 'failed' });
    expect(await photos.take()).toEqual({ kind: 'failed' });
    photos.clear();
    expect(await photos.take()).toEqual({ kind: 'none' });
  });

  it('a removal while the send waits means the send goes without a photo', async () => {
    const { photos, disposed } = slot();
    const shrinking = deferred<string>();
    photos.choose(shrinking.promise);
    const taking = photos.take();
    photos.clear();
    shrinking.resolve('unwanted');
    expect(await taking).toEqual({ kind: 'none' });
    expect(disposed).toEqual(['unwanted']);
  });

  it('a photo whose send failed goes back to the draft, unless another was picked', async () => {
    const { photos, disposed } = slot();
    photos.choose(Promise.resolve('first'));
    const taken = await photos.take();
    expect(taken).toEqual({ kind: 'ready', photo: 'first' });
    photos.putBack('first');
    expect(await photos.take()).toEqual({ kind: 'ready', photo: 'first' });
    photos.choose(Promise.resolve('second'));
    photos.putBack('first');
    expect(disposed).toEqual(['first']);
    expect(await photos.take()).toEqual({ kind: 'ready', photo: 'second' });
  });
});
