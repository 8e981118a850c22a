/**
 * The photo that goes with the suggestion being written. Shrinking a camera photo takes a
 * moment on a cheap phone, so a photo is first `preparing`, then `ready`. Two rules keep a
 * photo with the suggestion it was picked for:
 * - `take()` (on send) waits for a photo that is still being prepared, and empties the slot;
 * - a photo that finishes after it was removed, replaced or sent is dropped (`dispose`), so it
 *   can never attach itself to the next suggestion.
 */
export type PhotoSlotState<T> =
  { kind: 'empty' } | { kind: 'preparing' } | { kind: 'ready'; photo: T } | { kind: 'failed' };

export type PhotoTaken<T> = { kind: 'none' } | { kind: 'ready'; photo: T } | { kind: 'failed' };

interface Pick<T> {
  id: number;
  result: Promise<PhotoTaken<T>>;
}

export class PhotoSlot<T> {
  private current: Pick<T> | null = null;
  private lastId = 0;
  private state: PhotoSlotState<T> = { kind: 'empty' };

  constructor(
    private readonly onChange: (state: PhotoSlotState<T>) => void,
    /** Frees a photo nobody will use (e.g. revokes its preview URL). */
    private readonly dispose: (photo: T) => void = () => undefined,
  ) {}

  get snapshot(): PhotoSlotState<T> {
    return this.state;
  }

  /** A photo was picked; `preparing` resolves to it (or rejects when it cannot be read). */
  choose(preparing: Promise<T>): void {
    this.drop();
    this.lastId += 1;
    const id = this.lastId;
    const result = preparing.then(
      (photo): PhotoTaken<T> => {
        if (this.current?.id !== id) {
          this.dispose(photo); // removed, replaced or sent meanwhile
          return { kind: 'none' };
        }
        this.set({ kind: 'ready', photo });
        return { kind: 'ready', photo };
      },
      (): PhotoTaken<T> => {
        if (this.current?.id !== id) return { kind: 'none' };
        this.set({ kind: 'failed' });
        return { kind: 'failed' };
      },
    );
    this.current = { id, result };
    this.set({ kind: 'preparing' });
  }

  /** A taken photo whose send failed goes back, unless another photo was picked meanwhile. */
  putBack(photo: T): void {
    if (this.state.kind !== 'empty') {
      this.dispose(photo);
      return;
    }
    this.choose(Promise.resolve(photo));
  }

  /** The user removed the photo. */
  clear(): void {
    this.drop();
    this.set({ kind: 'empty' });
  }

  /**
   * On send: the photo picked for this suggestion, waiting for it when it is still being
   * prepared. The slot is empty afterwards (unless the photo failed); the caller owns the
   * photo it got.
   */
  async take(): Promise<PhotoTaken<T>> {
    const pick = this.current;
    if (!pick) return { kind: 'none' };
    const taken = await pick.result;
    // Removed or replaced while we waited: what is there now is not what was sent with.
    if (this.current !== pick) return { kind: 'none' };
    // A photo that cannot be read stays in the slot (shown as failed) until it is removed:
    // the suggestion must not go without the photo its author meant to send.
    if (taken.kind === 'failed') return taken;
    this.current = null;
    this.set({ kind: 'empty' });
    return taken;
  }

  private drop(): void {
    if (this.state.kind === 'ready') this.dispose(this.state.photo);
    this.current = null;
  }

  private set(state: PhotoSlotState<T>): void {
    this.state = state;
    this.onChange(state);
  }
}
