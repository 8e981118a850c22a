import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** How long the server waits for a client, and how many connections one address may hold. */
export interface NetworkLimits {
  /** Open connections per client address; 0 turns the cap off (MAX_CONNECTIONS_PER_ADDRESS). */
  maxConnectionsPerAddress: number;
  /** The whole request, headers and body, must arrive within this (Node's requestTimeout). */
  requestTimeoutMs: number;
  /** The request headers must arrive within this (Node's headersTimeout). */
  headersTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** A connection on which nothing moves for this long is closed (Fastify's connectionTimeout). */
  idleTimeoutMs: number;
  /** How often Node looks for requests past their header or request timeout. */
  checkIntervalMs: number;
}

/**
 * A phone on weak Wi-Fi must still get a ~400 kB photo through: 120 s for a request is
 * ~27 kbit/s. Socket.IO's long polls wait up to 25 s for data, well inside the idle timeout.
 * 100 connections per address is far more than a phone or a wall screen opens (a browser
 * uses at most 6 per host plus one socket), and leaves most of a 1,024-descriptor limit to
 * everyone else. Behind a reverse proxy or NAT all clients share one address: raise it.
 */
export const DEFAULT_NETWORK_LIMITS: NetworkLimits = {
  maxConnectionsPerAddress: 100,
  requestTimeoutMs: 120_000,
  headersTimeoutMs: 20_000,
  keepAliveTimeoutMs: 30_000,
  idleTimeoutMs: 60_000,
  checkIntervalMs: 5_000,
};

/** Fastify's server options for the timeouts (Fastify's own defaults never cut a slow body). */
export function serverTimeouts(limits: NetworkLimits) {
  return {
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.idleTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
  };
}

/**
 * One address cannot use up the process's file descriptors: a connection beyond the cap is
 * closed as soon as it is accepted, so its descriptor is free again at once.
 */
export function limitConnectionsPerAddress(server: Server, max: number): void {
  if (max <= 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress;
    if (address === undefined) return;
    const count = open.get(address) ?? 0;
    if (count >= max) {
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}
