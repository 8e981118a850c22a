export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Saves a value that the user may change again before the last save came back (dots, an
 * answer): one request at a time, and only the newest value is sent next, so the server ends
 * with what the screen shows (the last write wins) even on a slow link that reorders nothing.
 * `onState` hears the state of the newest value; `retry()` sends a failed one again.
 */
export class LatestSaver<T, R> {
  private waiting: { value: T } | null = null;
  private busy = false;
  private failed: { value: T } | null = null;

  constructor(
    private readonly send: (value: T) => Promise<R>,
    private readonly onState: (state: SaveState, outcome: { result?: R; error?: unknown }) => void,
  ) {}

  save(value: T): void {
    this.waiting = { value };
    this.failed = null;
    this.onState('saving', {});
    void this.pump();
  }

  /** Sends the value that failed last again (nothing when none did). */
  retry(): void {
    if (this.failed) this.save(this.failed.value);
  }

  get saving(): boolean {
    return this.busy || this.waiting !== null;
  }

  /** Saving, or the newest value failed: what the screen shows is not (yet) on the server. */
  get unsettled(): boolean {
    return this.saving || this.failed !== null;
  }

  /** Read after an await: `save()` may have been called meanwhile. */
  private newerWaiting(): boolean {
    return this.waiting !== null;
  }

  private async pump(): Promise<void> {
    if (this.busy || !this.waiting) return;
    const { value } = this.waiting;
    this.waiting = null;
    this.busy = true;
    try {
      const result = await this.send(value);
      if (!this.newerWaiting()) this.onState('saved', { result });
    } catch (error) {
      // A newer value is on its way anyway; only the newest one's failure is worth showing.
      if (!this.newerWaiting()) {
        this.failed = { value };
        this.onState('failed', { error });
      }
    } finally {
      this.busy = false;
    }
    await this.pump();
  }
}
