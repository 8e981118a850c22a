import { useEffect, useState } from 'react';

export interface Fetched<T> {
  /** The latest answer; it stays while a later ask is under way or failed. */
  data: T | null;
  /** Why the latest ask failed (null once one succeeds). */
  failure: unknown;
}

/**
 * What a page asks the server for. `load` runs when the page opens and again whenever one of
 * `deps` changes (a live change to the board, a counter a page raises after a write); while
 * `load` is null (the viewer may not ask) nothing is asked. An answer that arrives after the
 * page moved on to other deps is dropped, so a slow old answer never overwrites a newer one.
 */
export function useFetched<T>(
  load: (() => Promise<T>) | null,
  deps: readonly unknown[],
): Fetched<T> {
  const [state, setState] = useState<Fetched<T>>({ data: null, failure: null });
  const enabled = load !== null;
  useEffect(
    () => {
      if (!load) return;
      let current = true;
      load().then(
        (data) => {
          if (current) setState({ data, failure: null });
        },
        (error: unknown) => {
          if (current) setState((shown) => ({ ...shown, failure: error ?? new Error('failed') }));
        },
      );
      return () => {
        current = false;
      };
    },
    // The caller names what the ask depends on; `load` is a new closure every render, and the
    // one of the render whose deps changed is the one to run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [enabled, ...deps],
  );
  return state;
}
