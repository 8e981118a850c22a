import type { FastifyInstance } from 'fastify';
import { Server, type Socket } from 'socket.io';
import { Compile } from 'typebox/compile';
import {
  BoardCatchUpRequestSchema,
  BoardSyncRequestSchema,
  DisplayHeartbeatSchema,
  SOCKET_PATH,
  SocketAuthSchema,
  type ClientToServerEvents,
  type ErrorCode,
  type Result,
  type ServerToClientEvents,
  type SocketData,
} from '@tavla/shared';
import { AppError } from '../http/app-error.js';
import { SESSION_COOKIE } from '../modules/accounts/account-service.js';
import type { UserRow } from '../modules/accounts/account-repository.js';
import { DEVICE_COOKIE, deviceIdOf } from '../modules/devices/device-service.js';
import type { Services } from '../services.js';
import {
  CATCH_UP_CHANGES_PER_TOKEN,
  DEFAULT_SOCKET_LIMITS,
  chargeSocket,
  limitSocket,
  type SocketLimits,
} from './socket-limits.js';

export type TavlaServer = Server<ClientToServerEvents, ServerToClientEvents, object, SocketData>;
type TavlaSocket = Socket<ClientToServerEvents, ServerToClientEvents, object, SocketData>;

export const boardRoom = (boardId: string): string => `board:${boardId}`;
/** The board's wall screens only: the join URL and display-key changes go here. */
export const displayRoom = (boardId: string): string => `display:${boardId}`;

// Payloads are checked at runtime: TypeScript types say nothing about what a client sends.
const checkAuth = Compile(SocketAuthSchema);
const checkSyncRequest = Compile(BoardSyncRequestSchema);
const checkCatchUpRequest = Compile(BoardCatchUpRequestSchema);
const checkHeartbeat = Compile(DisplayHeartbeatSchema);

/** True when there is no Origin (non-browser clients) or it names the host that was asked. */
export function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  if (host === undefined) return false;
  try {
    const asked = new URL(origin);
    // Parse the Host header the same way, so default ports compare equal (":80" vs none).
    return asked.host === new URL(`${asked.protocol}//${host}`).host;
  } catch {
    return false;
  }
}

const withUser = (user: UserRow | undefined) => (user ? { user } : {});

function handshakeError(code: ErrorCode, message: string): Error {
  return Object.assign(new Error(message), { data: { code } });
}

const errorResult = (code: ErrorCode, message: string) =>
  ({ ok: false, error: { code, message } }) as const;

/**
 * Answers a socket request through its ack. A handler that throws (a database error, a bug)
 * gets an `internal` error ack instead of becoming an uncaught exception that ends the process.
 */
function answer<T>(ack: unknown, log: FastifyInstance['log'], produce: () => Result<T>): void {
  if (typeof ack !== 'function') return;
  let result: Result<T>;
  try {
    result = produce();
  } catch (error) {
    log.error({ err: error }, 'socket request failed');
    result = errorResult('internal', 'Internal server error.');
  }
  (ack as (result: Result<T>) => void)(result);
}

/**
 * The phones of the board connected now: distinct devices among its room's sockets (a phone
 * with two tabs open counts once; walls and signed-in leads do not count).
 */
export function connectedDevices(io: TavlaServer, boardId: string): number {
  const devices = new Set<string>();
  for (const socketId of io.sockets.adapter.rooms.get(boardRoom(boardId)) ?? []) {
    const data = io.sockets.sockets.get(socketId)?.data;
    if (data?.role === 'device' && data.deviceId !== null) devices.add(data.deviceId);
  }
  return devices.size;
}

/**
 * The client→server events that only read the board: an archived board still answers them.
 * Every other event (today the wall's heartbeat; any event added later) is a write and is
 * refused on an archived board with `board_archived`, by the board-access check (issue 14).
 */
export const READ_ONLY_SOCKET_EVENTS: ReadonlySet<string> = new Set([
  'board:sync',
  'board:catch-up',
]);

export interface RealtimeOptions {
  limits?: SocketLimits;
  /** Milliseconds for the request limiter (the app's clock, so tests control refills). */
  now?: () => number;
  /** Whether a Host header names this server (see http/host-check.ts); default: any. */
  hostAllowed?: (host: string | undefined) => boolean;
}

/**
 * Attaches Socket.IO to Fastify's HTTP server. Each socket is authenticated once in the
 * handshake (a kiosk by its display key, a phone by its device cookie plus the board it opened)
 * and joins its board's room; committed changes are fanned out with one `io.to(room).emit`.
 */
export function attachRealtime(
  app: FastifyInstance,
  services: Services,
  options: RealtimeOptions = {},
): TavlaServer {
  const limits = options.limits ?? DEFAULT_SOCKET_LIMITS;
  const now = options.now ?? Date.now;
  const hostAllowed = options.hostAllowed ?? (() => true);
  const io: TavlaServer = new Server(app.server, {
    path: SOCKET_PATH,
    serveClient: false,
    // The apps are served by this very server, so only same-origin pages may open a socket.
    // WebSockets are not covered by CORS; this stops another site from riding on a phone's
    // device cookie.
    // Every engine.io request (polls and the upgrade) must also name an allowed host: a
    // rebound DNS name must not reach a socket that rides on the device cookie.
    allowRequest: (request, callback) => {
      if (!hostAllowed(request.headers.host)) {
        callback('host_not_allowed', false);
        return;
      }
      callback(null, isSameOrigin(request.headers.origin, request.headers.host));
    },
  });

  io.use((socket, next) => {
    const auth: unknown = socket.handshake.auth;
    if (!checkAuth.Check(auth)) {
      next(handshakeError('validation_failed', 'Send { displayKey } or { boardId } to connect.'));
      return;
    }
    try {
      const cookies = app.parseCookie(socket.handshake.headers.cookie ?? '');
      const deviceId = deviceIdOf(cookies[DEVICE_COOKIE]);
      const viewer =
        'displayKey' in auth
          ? services.access.byDisplayKey(auth.displayKey)
          : services.access.viewer(auth.boardId, {
              ...(deviceId ? { deviceId } : {}),
              ...withUser(services.accounts.sessionUser(cookies[SESSION_COOKIE])),
            });
      socket.data = {
        boardId: viewer.board.id,
        role: viewer.role,
        deviceId: viewer.deviceId,
        userId: viewer.user?.id ?? null,
      };
      next();
    } catch (error) {
      if (error instanceof AppError) next(handshakeError(error.code, error.message));
      else {
        app.log.error({ err: error }, 'socket handshake failed');
        next(handshakeError('internal', 'Internal server error.'));
      }
    }
  });

  io.on('connection', (socket: TavlaSocket) => {
    void socket.join(boardRoom(socket.data.boardId));
    limitSocket(socket, limits, app.log, now);
    // An archived board is read-only: a write event gets the refusal as its ack, and goes no
    // further (the same check the HTTP writes pass, in board-access).
    socket.use((packet, next) => {
      if (READ_ONLY_SOCKET_EVENTS.has(packet[0])) {
        next();
        return;
      }
      try {
        services.access.assertWritable(socket.data.boardId);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const ack: unknown = packet[packet.length - 1];
        if (typeof ack === 'function') {
          (ack as (result: Result<never>) => void)(errorResult(error.code, error.message));
        }
        return;
      }
      next();
    });
    if (socket.data.role === 'display') {
      void socket.join(displayRoom(socket.data.boardId));
      // On every connect: a screen that was away while the join token changed shows the new QR.
      const board = services.boardRepository.findById(socket.data.boardId);
      if (board) socket.emit('board:join-url', { joinUrl: services.boards.links(board).joinUrl });
    }

    socket.on('display:heartbeat', (beat, ack) => {
      answer(ack, app.log, () => {
        if (socket.data.role !== 'display') {
          return errorResult('forbidden', 'Only a wall screen sends heartbeats.');
        }
        if (!checkHeartbeat.Check(beat)) {
          return errorResult(
            'validation_failed',
            'A heartbeat is { displayId, build, heapBytes, userAgent }.',
          );
        }
        return { ok: true, data: { at: services.displays.heartbeat(socket.data.boardId, beat) } };
      });
    });

    socket.on('board:sync', (request, ack) => {
      answer(ack, app.log, () => {
        if (!checkSyncRequest.Check(request)) {
          return errorResult('validation_failed', 'board:sync takes an empty object.');
        }
        const board = services.boardRepository.findById(socket.data.boardId);
        if (!board) return errorResult('not_found', 'The board no longer exists.');
        const joinUrl =
          socket.data.role === 'display' ? { joinUrl: services.boards.links(board).joinUrl } : {};
        // The board's shared part is serialised once per change; Socket.IO sends both parts
        // as binary attachments without encoding or copying them again.
        return {
          ok: true,
          data: services.suggestions.snapshotParts(board, {
            ...joinUrl,
            deviceId: socket.data.deviceId,
          }),
        };
      });
    });

    socket.on('board:catch-up', (request, ack) => {
      answer(ack, app.log, () => {
        if (!checkCatchUpRequest.Check(request)) {
          return errorResult('validation_failed', 'board:catch-up takes { since: <seq> }.');
        }
        const data = services.boardChanges.catchUp(
          socket.data.boardId,
          request.since,
          request.history,
        );
        // A long replay costs what many requests do (review: 95 sockets asking for 500-change
        // replays within the per-request limit held /api/health up for 18 s).
        if (data.complete) {
          chargeSocket(socket, Math.floor(data.changes.length / CATCH_UP_CHANGES_PER_TOKEN));
        }
        return { ok: true, data };
      });
    });
  });

  // One emit per change to the board's room: Socket.IO encodes the packet once for all.
  const unsubscribe = services.changes.subscribe((boardId, change) => {
    // Nobody watching: skip the encoding Socket.IO would do even for an empty room.
    if (!io.sockets.adapter.rooms.get(boardRoom(boardId))?.size) return;
    const room = io.to(boardRoom(boardId));
    switch (change.event) {
      case 'suggestion:created':
      case 'suggestion:updated':
        room.emit(change.event, change.payload);
        break;
      case 'suggestion:removed':
        room.emit(change.event, change.payload);
        break;
      case 'goal:updated':
        room.emit(change.event, change.payload);
        break;
      case 'method:updated':
        room.emit(change.event, change.payload);
        break;
      case 'board:updated':
        room.emit(change.event, change.payload);
        break;
      default: {
        const unhandled: never = change;
        throw new Error(`No broadcast for ${JSON.stringify(unhandled)}`);
      }
    }
  });

  // A replaced join token: the wall's QR code follows at once. A replaced display key: the
  // screens that use it are told and cut off (a reconnect with the old key gets link_replaced).
  const unsubscribeLinks = services.boardLinks.onRotated((board, kind) => {
    const screens = displayRoom(board.id);
    if (kind === 'join') {
      io.to(screens).emit('board:join-url', { joinUrl: services.boards.links(board).joinUrl });
    } else {
      io.to(screens).emit('display:link-replaced');
      io.in(screens).disconnectSockets(true);
    }
  });

  // preClose runs before Fastify closes its HTTP server: long-lived sockets would otherwise
  // keep server.close() waiting.
  app.addHook('preClose', (done) => {
    unsubscribe();
    unsubscribeLinks();
    io.engine.close();
    done();
  });

  return io;
}
