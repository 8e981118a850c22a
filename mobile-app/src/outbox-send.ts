import type { Suggestion } from '@tavla/shared';
import { ApiError, postComment, postSuggestion, uploadPhoto, vote } from './api.js';
import type { OutboxItem, SendResult } from './outbox.js';

/** Where photos wait for their upload, keyed by suggestion id. */
export interface PhotoStore {
  put(suggestionId: string, photo: Blob): Promise<void>;
  get(suggestionId: string): Promise<Blob | undefined>;
  delete(suggestionId: string): Promise<void>;
}

export interface OutboxApi {
  postSuggestion: typeof postSuggestion;
  uploadPhoto: typeof uploadPhoto;
  vote: typeof vote;
  postComment: typeof postComment;
}

const realApi: OutboxApi = { postSuggestion, uploadPhoto, vote, postComment };

/** Sends one outbox item. Network trouble, 5xx, 408 and 429 are worth retrying; other 4xx not. */
export function createSender(photos: PhotoStore, api: OutboxApi = realApi) {
  async function attempt(item: OutboxItem): Promise<Suggestion | null> {
    const { boardId, write } = item;
    switch (write.kind) {
      case 'suggestion':
        return api.postSuggestion(boardId, write.body);
      case 'vote':
        await api.vote(boardId, write.suggestionId, write.voted);
        return null;
      case 'comment':
        await api.postComment(boardId, write.suggestionId, write.body);
        return null;
      case 'photo': {
        const photo = await photos.get(write.suggestionId);
        if (!photo) throw new ApiError(410, 'not_found', 'The photo is no longer on this phone.');
        const suggestion = await api.uploadPhoto(boardId, write.suggestionId, photo);
        await photos.delete(write.suggestionId);
        return suggestion;
      }
    }
  }

  return async (item: OutboxItem): Promise<SendResult> => {
    try {
      return { kind: 'sent', suggestion: await attempt(item) };
    } catch (error) {
      if (
        error instanceof ApiError &&
        error.status >= 400 &&
        error.status < 500 &&
        error.status !== 408 &&
        error.status !== 429
      ) {
        if (item.write.kind === 'photo') await photos.delete(item.write.suggestionId);
        return { kind: 'refused', error };
      }
      // Rate limited (429) or busy (503): wait as long as the server asked, not less.
      if (error instanceof ApiError && error.retryAfterSeconds !== undefined) {
        return { kind: 'retry', retryAfterMs: error.retryAfterSeconds * 1000 };
      }
      return { kind: 'retry' };
    }
  };
}

export function memoryPhotoStore(): PhotoStore {
  const photos = new Map<string, Blob>();
  return {
    put: async (id, photo) => void photos.set(id, photo),
    get: async (id) => photos.get(id),
    delete: async (id) => void photos.delete(id),
  };
}

const DB_NAME = 'tavla-outbox';
const STORE = 'photos';

function asPromise<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Photos in IndexedDB, so a photo taken offline survives closing the browser like the rest of
 * the outbox. Where IndexedDB is missing or refuses (some private modes), photos wait in
 * memory for as long as the page is open.
 */
export function indexedDbPhotoStore(factory: IDBFactory | undefined): PhotoStore {
  const fallback = memoryPhotoStore();
  const open = (): Promise<IDBDatabase> | null => {
    if (!factory) return null;
    try {
      const request = factory.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      return asPromise(request);
    } catch {
      return null;
    }
  };
  let db: Promise<IDBDatabase> | null | undefined;
  const store = async (mode: IDBTransactionMode): Promise<IDBObjectStore | null> => {
    db ??= open();
    try {
      return db ? (await db).transaction(STORE, mode).objectStore(STORE) : null;
    } catch {
      db = null;
      return null;
    }
  };
  return {
    async put(id, photo) {
      const photos = await store('readwrite');
      if (!photos) return fallback.put(id, photo);
      // Stored only once the transaction has committed (not when the request succeeded).
      const committed = new Promise<void>((resolve, reject) => {
        photos.transaction.oncomplete = () => resolve();
        photos.transaction.onabort = () => reject(new Error('IndexedDB write aborted'));
        photos.transaction.onerror = () => reject(new Error('IndexedDB write failed'));
      });
      try {
        photos.put(photo, id);
        await committed;
      } catch {
        await fallback.put(id, photo);
      }
    },
    async get(id) {
      const photos = await store('readonly');
      const stored: unknown = photos
        ? await asPromise<unknown>(photos.get(id)).catch(() => undefined)
        : undefined;
      return stored instanceof Blob ? stored : fallback.get(id);
    },
    async delete(id) {
      await fallback.delete(id);
      const photos = await store('readwrite');
      if (photos) await asPromise(photos.delete(id)).catch(() => undefined);
    },
  };
}
