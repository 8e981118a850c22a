import { useEffect, useState, useSyncExternalStore } from 'react';
import type { CreateSuggestionBody, Suggestion } from '@tavla/shared';
import { ApiError, postSuggestion, uploadPhoto } from './api.js';
import { Outbox, localStore, type OutboxItem, type SendResult } from './outbox.js';

const FLUSH_EVERY_MS = 5000;

async function sendSuggestion(item: OutboxItem): Promise<SendResult> {
  try {
    return { kind: 'sent', suggestion: await postSuggestion(item.boardId, item.body) };
  } catch (error) {
    // Network trouble and server errors are worth retrying; a 4xx is not.
    if (
      error instanceof ApiError &&
      error.status >= 400 &&
      error.status < 500 &&
      error.status !== 408 &&
      error.status !== 429
    ) {
      return { kind: 'refused', status: error.status, message: error.message };
    }
    return { kind: 'retry' };
  }
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The outbox of this page, flushed on every change, every few seconds, when the browser comes
 * back online and when the socket reconnects (`online` flips to true).
 */
export function useOutbox(options: {
  online: boolean;
  onSent: (suggestion: Suggestion) => void;
  onRefused: (message: string) => void;
}) {
  const [outbox] = useState(() => new Outbox(localStore(storage()), sendSuggestion));
  // Photos wait in memory next to their suggestion and go up once it is acknowledged.
  const [photos] = useState(() => new Map<string, Blob>());
  const items = useSyncExternalStore(
    (listener) => outbox.subscribe(listener),
    () => outbox.items,
  );

  useEffect(() => {
    outbox.setHandlers({
      onSent: (suggestion) => {
        options.onSent(suggestion);
        const photo = photos.get(suggestion.id);
        if (!photo) return;
        photos.delete(suggestion.id);
        uploadPhoto(suggestion.boardId, suggestion.id, photo)
          .then(options.onSent)
          .catch(() => options.onRefused('photo'));
      },
      onRefused: (_item, message) => options.onRefused(message),
    });
  });

  useEffect(() => {
    const flush = () => void outbox.flush();
    const flushNow = () => void outbox.flush(true);
    const timer = setInterval(flush, FLUSH_EVERY_MS);
    window.addEventListener('online', flushNow);
    flushNow();
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', flushNow);
    };
  }, [outbox]);

  useEffect(() => {
    if (options.online) void outbox.flush(true);
  }, [options.online, outbox]);

  /** Queues a suggestion and tries at once; resolves with it when acknowledged right away. */
  async function send(
    boardId: string,
    body: CreateSuggestionBody,
    photo: Blob | null,
  ): Promise<boolean> {
    if (photo) photos.set(body.id, photo);
    outbox.add(boardId, body);
    await outbox.flush(true);
    return outbox.resultOf(body.id) === 'sent';
  }

  return { items, send };
}
