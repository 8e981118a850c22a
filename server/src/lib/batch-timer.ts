/**
 * The timer behind coalesced broadcasts ("me too" tallies, voter counts): after `schedule()`,
 * `work` runs once within `batchMs`, however often `schedule()` was called meanwhile. `work`
 * runs from a timer, so it reports failure instead of throwing; it then runs again after ten
 * times as long (what it had to send stays pending in the database or its own set meanwhile).
 */
export function createBatchTimer(work: () => boolean, batchMs: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!work()) timer = setTimeout(flush, batchMs * 10);
  }

  return {
    /** Something is pending: make sure `work` runs within `batchMs`. */
    schedule: (): void => {
      timer ??= setTimeout(flush, batchMs);
    },
    /** Runs `work` now (and cancels the scheduled run). */
    flush,
  };
}
