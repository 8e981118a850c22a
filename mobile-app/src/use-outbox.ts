import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { CreateCommentBody, CreateSuggestionBody } from '@tavla/shared';
import {
  OUTBOX_KEY,
  Outbox,
  acknowledged,
  localStore,
  type OutboxItem,
  type OutboxListener,
} from './outbox.js';
import { createSender, indexedDbPhotoStore, type PhotoStore } from './outbox-send.js';

const FLUSH_EVERY_MS = 5000;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

let shared: { outbox: Outbox; photos: PhotoStore } | null = null;

/**
 * The one outbox of this page, whichever screen is showing: flushed every few seconds and when
 * the browser comes back online.
 */
function pageOutbox(): { outbox: Outbox; photos: PhotoStore } {
  if (shared) return shared;
  const photos = indexedDbPhotoStore(typeof indexedDB === 'undefined' ? undefined : indexedDB);
  const outbox = new Outbox(localStore(storage()), createSender(photos));
  setInterval(() => void outbox.flush(), FLUSH_EVERY_MS);
  window.addEventListener('online', () => void outbox.flush(true));
  // Another tab of this phone queued or sent something.
  window.addEventListener('storage', (event) => {
    if (event.key === OUTBOX_KEY) outbox.reload();
  });
  // A photo whose suggestion was refused will never be sent: free its space.
  outbox.onResult((item, result) => {
    if (item.write.kind === 'photo' && result.kind === 'refused') {
      void photos.delete(item.write.suggestionId);
    }
  });
  void outbox.flush(true);
  shared = { outbox, photos };
  return shared;
}

/**
 * The page's outbox for one screen: what is waiting, ways to queue writes, and a listener for
 * their outcome. `online` flipping to true (the socket reconnected) sends at once.
 */
export function useOutbox(options: { online?: boolean; onResult?: OutboxListener }) {
  const { outbox, photos } = pageOutbox();
  const items = useSyncExternalStore(
    (listener) => outbox.subscribe(listener),
    () => outbox.items,
  );

  const onResult = useRef(options.onResult);
  useEffect(() => {
    onResult.current = options.onResult;
  });
  useEffect(() => outbox.onResult((item, result) => onResult.current?.(item, result)), [outbox]);

  useEffect(() => {
    if (options.online) void outbox.flush(true);
  }, [options.online, outbox]);

  /** Queues, tries at once, and tells what became of it right away (undefined: it waits). */
  async function queue(id: string) {
    await outbox.flush(true);
    return outbox.resultOf(id);
  }

  return {
    items,
    /** While set, the server asked this phone to wait (429) until then; writes stay queued. */
    limitedUntil: outbox.limitedUntil,
    /**
     * A suggestion and its photo; the photo waits (in IndexedDB) until the suggestion is in.
     * Resolves true when the server acknowledged it at once, false when it waits; a refusal
     * right away is thrown (an `ApiError`), so the form keeps the text and says why.
     */
    async sendSuggestion(boardId: string, body: CreateSuggestionBody, photo: Blob | null) {
      if (photo) await photos.put(body.id, photo);
      outbox.add(boardId, { kind: 'suggestion', body });
      if (photo) outbox.add(boardId, { kind: 'photo', suggestionId: body.id });
      return acknowledged(await queue(body.id));
    },
    /** Votes and comments: a refusal reaches the screen through `onResult`. */
    async vote(boardId: string, suggestionId: string, voted: boolean) {
      await queue(outbox.add(boardId, { kind: 'vote', suggestionId, voted }));
    },
    async comment(boardId: string, suggestionId: string, body: CreateCommentBody) {
      await queue(outbox.add(boardId, { kind: 'comment', suggestionId, body }));
    },
  };
}

export type { OutboxItem };
