/**
 * The timer behind coalesced broadcasts ("me too" tallies, and through `createBoardBatches` the
 * voter counts, workshop tallies and acknowledgement counts): after `schedule()`,
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

/**
 * Boards whose coalesced state is pending, sent together by one batch timer: `schedule(board)`
 * makes sure `send(board)` runs within `batchMs`, once however often it was scheduled. A board
 * whose send throws is reported and stays pending for the retry. Each user (the voter counts,
 * the workshop tallies, the acknowledgement counts) keeps in the database what it last sent, so
 * `send` sends only what moved and a restart can `flush` the boards a crash left unsent.
 */
export function createBoardBatches(
  send: (boardId: string) => void,
  batchMs: number,
  onError?: (error: unknown) => void,
) {
  const pending = new Set<string>();

  function sendPending(): boolean {
    const boardIds = [...pending];
    pending.clear();
    for (const boardId of boardIds) {
      try {
        send(boardId);
      } catch (error) {
        // Runs from a timer: report it and try again later instead of ending the process.
        pending.add(boardId);
        onError?.(error);
      }
    }
    return pending.size === 0;
  }

  const batches = createBatchTimer(sendPending, batchMs);
  return {
    /** A board's state may have moved: make sure it goes out within `batchMs`. */
    schedule(boardId: string): void {
      pending.add(boardId);
      batches.schedule();
    },
    /** Sends every pending board now, and these too (at start: what a crash left unsent). */
    flush(boardIds: Iterable<string> = []): void {
      for (const boardId of boardIds) pending.add(boardId);
      batches.flush();
    },
  };
}
