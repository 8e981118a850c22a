import type { DisplayLinkEvents, ServerToClientEvents, SessionEvents } from '@tavla/shared';

/** Events that change a board's content (sequenced, logged, replayed on catch-up). */
type BoardEventName = Exclude<
  keyof ServerToClientEvents,
  keyof DisplayLinkEvents | keyof SessionEvents
>;

/** A committed change to a board, exactly as it is broadcast to the board's screens. */
export type BoardChange = {
  [K in BoardEventName]: { event: K; payload: Parameters<ServerToClientEvents[K]>[0] };
}[BoardEventName];

export type ChangeListener = (boardId: string, change: BoardChange) => void;

/**
 * Decouples services from transport: services publish committed changes here, the realtime
 * layer fans them out. Publish only after the transaction has committed.
 */
export class ChangeFeed {
  readonly #listeners = new Set<ChangeListener>();

  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  publish(boardId: string, change: BoardChange): void {
    for (const listener of this.#listeners) listener(boardId, change);
  }
}
