import { useEffect, useRef, useState } from 'react';

/** The header the server reads a wall screen's display key from (request-auth.ts). */
export const DISPLAY_KEY_HEADER = 'x-display-key';
/** A burst of board changes (a meeting deciding five suggestions) is fetched once, after it. */
export const SEQ_DEBOUNCE_MS = 2000;
const READ_TIMEOUT_MS = 10_000;

export interface BoardRead<T> {
  data: T | null;
  /** The latest fetch failed (the last good answer, if any, stays in `data`). */
  failed: boolean;
}

/**
 * One read: `GET path` with the display key, its answer if it is OK and of the expected shape;
 * anything else (a refusal, an error body, a network failure) throws.
 */
export async function fetchBoardRead<T>(
  path: string,
  displayKey: string,
  accept: (value: unknown) => value is T,
  signal: AbortSignal,
  fetcher: typeof fetch = fetch,
): Promise<T> {
  const response = await fetcher(path, {
    headers: { [DISPLAY_KEY_HEADER]: displayKey, accept: 'application/json' },
    cache: 'no-store',
    signal,
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body: unknown = await response.json();
  if (!accept(body)) throw new Error('unexpected answer');
  return body;
}

/**
 * Fetches `GET path` with the wall's display key (the key the socket connects with) and keeps
 * it current: again a moment after the board's sequence number moves (debounced), and every
 * `everyMs` whatever happens (a slow change like a new quarter sends no event). A null path
 * fetches nothing and forgets what it had. `accept` checks the answer's shape: anything else
 * counts as a failed fetch, never as data.
 */
export function useBoardRead<T>(options: {
  path: string | null;
  displayKey: string | null;
  seq: number;
  everyMs: number;
  accept: (value: unknown) => value is T;
}): BoardRead<T> {
  const { path, displayKey, seq, everyMs, accept } = options;
  const [read, setRead] = useState<BoardRead<T> & { path: string | null }>({
    path,
    data: null,
    failed: false,
  });
  const [tick, setTick] = useState(0);

  // A change on the board: fetch again once the burst is over. Not on mount (the read below
  // just fetched) and not while there is no path (a path that comes fetches by itself).
  const lastSeq = useRef(seq);
  useEffect(() => {
    if (seq === lastSeq.current) return undefined;
    if (path === null) {
      lastSeq.current = seq;
      return undefined;
    }
    const timer = setTimeout(() => {
      lastSeq.current = seq;
      setTick((n) => n + 1);
    }, SEQ_DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // Only a move of `seq` schedules; `path` is read as it is then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [seq]);

  // And every few minutes regardless.
  useEffect(() => {
    if (path === null) return undefined;
    const timer = setInterval(() => setTick((n) => n + 1), everyMs);
    return () => clearInterval(timer);
  }, [path, everyMs]);

  useEffect(() => {
    if (path === null || !displayKey) return undefined;
    // Cleared when the effect ends (another path, a newer read): its answer is then dropped.
    let current = true;
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), READ_TIMEOUT_MS);
    fetchBoardRead(path, displayKey, accept, controller.signal)
      .then((body) => {
        if (current) setRead({ path, data: body, failed: false });
      })
      .catch(() => {
        if (!current) return;
        setRead((before) => ({
          path,
          data: before.path === path ? before.data : null,
          failed: true,
        }));
      })
      .finally(() => clearTimeout(timeout));
    return () => {
      current = false;
      clearTimeout(timeout);
      controller.abort();
    };
    // `accept` is a module-level guard; `tick` asks for a fresh read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path, displayKey, tick]);

  if (read.path !== path) return { data: null, failed: false };
  return { data: read.data, failed: read.failed };
}
