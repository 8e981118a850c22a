import Type, { type Static } from 'typebox';
import type { Result } from './errors.js';
import type { BoardChange } from './board-state.js';
import type { MethodState } from './method-schemas.js';
import type { Board, Goal, Suggestion } from './schemas.js';

/**
 * The Socket.IO contract. Event names are `entity:verb`. Every server→client event that
 * changes a board carries the board sequence number of that change, so a client can tell
 * whether it missed something. Every client→server event takes an ack with a `Result`.
 */

export interface SuggestionCreatedEvent {
  seq: number;
  suggestion: Suggestion;
}

/** Any change to a visible suggestion (status, …): the whole new suggestion. */
export type SuggestionUpdatedEvent = SuggestionCreatedEvent;

/** A suggestion left every screen (a lead hid it). */
export interface SuggestionRemovedEvent {
  seq: number;
  suggestionId: string;
}

/** A goal changed (created, edited, state, a new measurement): the whole goal. */
export interface GoalUpdatedEvent {
  seq: number;
  goal: Goal;
}

/** The method's state (analysis, interest vote, matrix, wall view), whole. */
export interface MethodUpdatedEvent {
  seq: number;
  method: MethodState;
}

/** The board's own settings changed (name, language, naming, Done days, archived): the whole board. */
export interface BoardUpdatedEvent {
  seq: number;
  board: Board;
}

/**
 * Sent only to a board's wall screens, outside the board's sequence: the join URL for the QR
 * code (on every connect, and at once when an admin replaces the join token), and notice that
 * the screen's own display key was replaced (the server then disconnects it).
 */
export interface DisplayLinkEvents {
  'board:join-url': (event: { joinUrl: string }) => void;
  'display:link-replaced': () => void;
}

export interface ServerToClientEvents extends DisplayLinkEvents, SessionEvents {
  'goal:updated': (event: GoalUpdatedEvent) => void;
  'method:updated': (event: MethodUpdatedEvent) => void;
  'suggestion:created': (event: SuggestionCreatedEvent) => void;
  'suggestion:updated': (event: SuggestionUpdatedEvent) => void;
  'suggestion:removed': (event: SuggestionRemovedEvent) => void;
  'board:updated': (event: BoardUpdatedEvent) => void;
}

export interface SessionEndedEvent {
  reason: 'ended' | 'disabled';
}

/**
 * Sent to a signed-in user's sockets just before the server disconnects them because their
 * session ended: signed out elsewhere, a new password, or (`disabled`) an admin disabled the
 * account. Outside the board's sequence.
 */
export interface SessionEvents {
  'session:ended': (event: SessionEndedEvent) => void;
}

/** Part of a BoardSnapshot's UTF-8 JSON: a Buffer on the server, an ArrayBuffer in a browser. */
export type SnapshotBytes = ArrayBuffer | Uint8Array;

export const BoardSyncRequestSchema = Type.Object({}, { additionalProperties: false });
export type BoardSyncRequest = Static<typeof BoardSyncRequestSchema>;

/** "I have applied everything up to `since`; what did I miss?" */
export const BoardCatchUpRequestSchema = Type.Object(
  {
    since: Type.Integer({ minimum: 0 }),
    /** The `history` of the snapshot `since` belongs to. */
    history: Type.Optional(Type.String({ maxLength: 64 })),
  },
  { additionalProperties: false },
);
export type BoardCatchUpRequest = Static<typeof BoardCatchUpRequestSchema>;

/**
 * The changes after `since`, in order, exactly as they were broadcast, plus the board's header.
 * `complete: false` when the server cannot give them all (too many missed, `since` is ahead of
 * the server, or another `history`: a restore from backup): the client then asks for a snapshot.
 */
export type BoardCatchUp =
  { complete: true; board: Board; changes: BoardChange[] } | { complete: false };

/** A wall screen saying it is alive (every minute). */
export const DisplayHeartbeatSchema = Type.Object(
  {
    displayId: Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }),
    build: Type.String({ maxLength: 64 }),
    heapBytes: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
    userAgent: Type.String({ maxLength: 300 }),
  },
  { additionalProperties: false },
);
export type DisplayHeartbeat = Static<typeof DisplayHeartbeatSchema>;

export interface ClientToServerEvents {
  /** Only wall screens (display key) may send it. */
  'display:heartbeat': (
    heartbeat: DisplayHeartbeat,
    ack: (result: Result<{ at: string }>) => void,
  ) => void;
  /**
   * Ask for a fresh snapshot of the socket's board (on connect, and after a sequence gap). The
   * answer is the snapshot's JSON as bytes in parts (the part everyone shares is serialised once
   * per board change on the server and sent as it is; the asker's own part follows);
   * `decodeSnapshotResult` in board-sync turns them into a snapshot.
   */
  'board:sync': (request: BoardSyncRequest, ack: (result: Result<SnapshotBytes[]>) => void) => void;
  /** Ask for the changes missed since a sequence number (on reconnect, when a snapshot is held). */
  'board:catch-up': (
    request: BoardCatchUpRequest,
    ack: (result: Result<BoardCatchUp>) => void,
  ) => void;
}

/** A read-only wall screen, an employee's phone, or a signed-in team lead (or admin). */
export type SocketRole = 'display' | 'device' | 'lead';

export interface SocketData {
  boardId: string;
  role: SocketRole;
  deviceId: string | null;
  userId: string | null;
}

/** Handshake `auth` payload: a kiosk sends its display key; a phone names the board it opened. */
export const SocketAuthSchema = Type.Union([
  Type.Object({ displayKey: Type.String({ minLength: 1, maxLength: 200 }) }),
  Type.Object({ boardId: Type.String({ minLength: 1, maxLength: 64 }) }),
]);
export type SocketAuth = Static<typeof SocketAuthSchema>;
