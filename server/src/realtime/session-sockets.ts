import type { FastifyInstance } from 'fastify';
import type { Socket } from 'socket.io';
import type {
  ClientToServerEvents,
  ServerToClientEvents,
  SessionEndedEvent,
  SocketData,
} from '@tavla/shared';
import {
  SESSION_COOKIE,
  sessionHash,
  type AccountService,
  type EndedSessions,
} from '../modules/accounts/account-service.js';
import type { TavlaServer } from './realtime.js';

type TavlaSocket = Socket<ClientToServerEvents, ServerToClientEvents, object, SocketData>;

/** How often a signed-in user's sockets check that their session still exists. */
export const SESSION_RECHECK_MS = 10_000;

/**
 * A socket lives no longer than the session it was opened with. A socket opened with a
 * session cookie is remembered with that session; when the session ends in this process (a
 * logout, a password reset, "sign out everywhere") its sockets are disconnected at once, and
 * leave their rooms with that, so they receive nothing more. Sessions can also end in another
 * process (`npm run reset-password`) or simply expire: every `recheckMs` each remembered
 * socket looks its session up again and is disconnected when it is gone.
 */
export function endSocketsWithTheirSession(
  app: FastifyInstance,
  io: TavlaServer,
  accounts: AccountService,
  recheckMs = SESSION_RECHECK_MS,
): void {
  const sessions = new Map<TavlaSocket, { userId: string; sessionHash: string }>();

  // The page is told why before the socket goes, so it can say "signed out" at once (the
  // packet is flushed before the connection closes).
  const end = (socket: TavlaSocket, reason: SessionEndedEvent['reason'] = 'ended') => {
    sessions.delete(socket);
    socket.emit('session:ended', { reason });
    socket.disconnect(true);
  };

  io.on('connection', (socket: TavlaSocket) => {
    const { userId } = socket.data;
    if (userId === null) return;
    const cookie = app.parseCookie(socket.handshake.headers.cookie ?? '')[SESSION_COOKIE];
    if (!cookie) return;
    const hash = sessionHash(cookie);
    // Ended between the handshake and now: go at once.
    if (accounts.sessionUserByHash(hash)?.id !== userId) {
      end(socket);
      return;
    }
    sessions.set(socket, { userId, sessionHash: hash });
    socket.once('disconnect', () => sessions.delete(socket));
  });

  const unsubscribe = accounts.onSessionsEnded((ended: EndedSessions) => {
    for (const [socket, session] of sessions) {
      const matches =
        'userId' in ended
          ? session.userId === ended.userId
          : session.sessionHash === ended.sessionHash;
      if (matches) end(socket, 'userId' in ended && ended.disabled ? 'disabled' : 'ended');
    }
  });

  const recheck = setInterval(() => {
    for (const [socket, session] of sessions) {
      try {
        if (accounts.sessionUserByHash(session.sessionHash)?.id !== session.userId) end(socket);
      } catch (error) {
        app.log.error({ err: error }, 'checking a socket session failed');
      }
    }
  }, recheckMs);
  recheck.unref();

  app.addHook('preClose', (done) => {
    clearInterval(recheck);
    unsubscribe();
    done();
  });
}
