import type { FastifyBaseLogger } from 'fastify';
import type { Socket } from 'socket.io';
import type { Result } from '@tavla/shared';

/** engine.io's connection under a Socket.IO socket. */
type EngineSocket = Socket['conn'];

/** How much one socket may ask of the server, and how much unread output it may leave. */
export interface SocketLimits {
  /** Request events a socket may send at once (the token bucket's size). */
  burst: number;
  /** Request events per second the bucket refills. */
  perSecond: number;
  /** Refused requests in a row after which the socket is disconnected. */
  maxRefusedInARow: number;
  /** Output the client has not read yet (bytes) beyond which its connection is cut. */
  maxUnsentBytes: number;
}

/**
 * A screen asks for a snapshot on connect and after a gap, catches up on reconnects and
 * sends a heartbeat a minute: a burst of 10 and one request per second leave room for all of
 * that, while one socket cannot keep the event loop busy with snapshots. The unsent cap holds
 * several full snapshots, so only a client that stops reading (or reads far slower than a
 * weak phone) reaches it.
 */
export const DEFAULT_SOCKET_LIMITS: SocketLimits = {
  burst: 10,
  perSecond: 1,
  maxRefusedInARow: 30,
  maxUnsentBytes: 16 * 1024 * 1024,
};

export type RequestVerdict =
  { kind: 'allowed' } | { kind: 'limited'; retryAfterSeconds: number } | { kind: 'abusive' };

/** A token bucket per socket; refusals in a row beyond the limit count as abuse. */
export function createRequestLimiter(limits: SocketLimits, now: () => number) {
  let tokens = limits.burst;
  let last = now();
  let refusedInARow = 0;
  return {
    take(): RequestVerdict {
      const at = now();
      // A clock that steps back refills nothing rather than draining the bucket.
      tokens = Math.min(limits.burst, tokens + (Math.max(0, at - last) / 1000) * limits.perSecond);
      last = at;
      if (tokens >= 1) {
        tokens -= 1;
        refusedInARow = 0;
        return { kind: 'allowed' };
      }
      refusedInARow += 1;
      if (refusedInARow > limits.maxRefusedInARow) return { kind: 'abusive' };
      return { kind: 'limited', retryAfterSeconds: (1 - tokens) / limits.perSecond };
    },
    /**
     * An answer that cost more than one request (a long catch-up replay) spends more tokens;
     * the bucket may go below zero, so the next requests wait until it has refilled.
     */
    charge(extra: number): void {
      if (extra > 0) tokens -= extra;
    },
  };
}

export type RequestLimiter = ReturnType<typeof createRequestLimiter>;

const limiters = new WeakMap<object, RequestLimiter>();

/**
 * Charges a socket for an expensive answer: each request spends one token, a catch-up of many
 * changes spends more (one per CATCH_UP_CHANGES_PER_TOKEN), so a phone that asks for long
 * replays over and over is slowed to what one request per second of ordinary size costs.
 */
export const CATCH_UP_CHANGES_PER_TOKEN = 50;
export function chargeSocket(socket: object, extraTokens: number): void {
  limiters.get(socket)?.charge(extraTokens);
}

interface Packet {
  data?: unknown;
}

/** The parts of a `ws` WebSocket used here; engine.io's websocket transport keeps one. */
interface WebSocketLike {
  bufferedAmount: number;
  terminate(): void;
}

function webSocketOf(conn: EngineSocket): WebSocketLike | undefined {
  const candidate = (conn.transport as { socket?: unknown }).socket;
  if (
    typeof candidate === 'object' &&
    candidate !== null &&
    'bufferedAmount' in candidate &&
    typeof candidate.bufferedAmount === 'number' &&
    'terminate' in candidate &&
    typeof candidate.terminate === 'function'
  ) {
    return candidate as WebSocketLike;
  }
  return undefined;
}

const sizeOf = (data: unknown): number =>
  typeof data === 'string'
    ? data.length
    : data instanceof ArrayBuffer || ArrayBuffer.isView(data)
      ? data.byteLength
      : 0;

/**
 * Cuts the connection at once, without the graceful close: that would queue a close frame
 * behind the very bytes the client does not read and hold them for ws's 30 s close timeout.
 */
export function cutOff(conn: EngineSocket): void {
  webSocketOf(conn)?.terminate();
  conn.close(true);
}

/**
 * Watches what the server has queued for a client but the client has not read: packets
 * engine.io holds while the transport is busy, plus what the websocket and the TCP socket
 * buffer. Counted incrementally (O(1) per packet), checked as each packet is queued.
 */
export function watchUnsentOutput(
  conn: EngineSocket,
  maxBytes: number,
  onOverflow: (unsentBytes: number) => void,
): void {
  let queued = 0;
  let overflowed = false;
  conn.on('packetCreate', (packet: Packet) => {
    queued += sizeOf(packet.data);
    const unsent = queued + (webSocketOf(conn)?.bufferedAmount ?? 0);
    if (unsent > maxBytes && !overflowed) {
      overflowed = true;
      onOverflow(unsent);
    }
  });
  // engine.io hands its whole queue to the transport; from then on the websocket counts it.
  conn.on('flush', () => {
    queued = 0;
  });
}

/**
 * One socket cannot take the server down: every request event spends a token (over the limit
 * it gets a `rate_limited` ack, and a socket that keeps on is disconnected), and a client that
 * stops reading is cut off once its unsent output passes the cap.
 */
export function limitSocket(
  socket: Socket,
  limits: SocketLimits,
  log: FastifyBaseLogger,
  now: () => number,
): void {
  const limiter = createRequestLimiter(limits, now);
  limiters.set(socket, limiter);
  const context = { socketId: socket.id, address: socket.handshake.address };
  watchUnsentOutput(socket.conn, limits.maxUnsentBytes, (unsentBytes) => {
    log.warn({ ...context, unsentBytes }, 'socket does not read its answers; cut off');
    cutOff(socket.conn);
  });
  socket.use((event, next) => {
    const verdict = limiter.take();
    if (verdict.kind === 'allowed') {
      next();
      return;
    }
    if (verdict.kind === 'abusive') {
      log.warn(context, 'socket keeps sending over its request limit; cut off');
      cutOff(socket.conn);
      return;
    }
    const ack: unknown = event[event.length - 1];
    if (typeof ack === 'function') {
      const result: Result<never> = {
        ok: false,
        error: {
          code: 'rate_limited',
          message: 'Too many requests on this connection; wait a moment.',
          retryAfterSeconds: Math.max(1, Math.ceil(verdict.retryAfterSeconds)),
        },
      };
      (ack as (result: Result<never>) => void)(result);
    }
  });
}
