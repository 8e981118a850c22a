import type { FastifyInstance } from 'fastify';
import type { Namespace } from 'socket.io';
import { Compile } from 'typebox/compile';
import Type from 'typebox';
import { SITE_NAMESPACE, type SiteServerToClientEvents } from '@tavla/shared';
import { AppError } from '../http/app-error.js';
import type { Services } from '../services.js';
import type { TavlaServer } from './realtime.js';
import { limitSocket, type SocketLimits } from './socket-limits.js';

const SITE_ROOM = 'site';
const checkAuth = Compile(Type.Object({ siteKey: Type.String({ minLength: 1, maxLength: 200 }) }));

/**
 * The site wall's live line, in a namespace of its own so the boards' sockets and their
 * events are untouched. A socket is let in with the site wall's key and sends nothing; it is
 * told `site:changed { boardId, seq }` when a board the site wall shows commits a change (it
 * then reads the summary again, as a board's wall re-reads after its seq moves) and
 * `site:changed` with an empty board when the admin changed the settings. It reads the
 * summary on every (re)connect too, so a server restart never leaves it stale. A replaced key
 * cuts its screens off, and they are refused with `link_replaced` afterwards.
 */
export function attachSiteRealtime(
  app: FastifyInstance,
  io: TavlaServer,
  services: Services,
  options: { limits: SocketLimits; now: () => number },
): void {
  const site: Namespace<Record<string, never>, SiteServerToClientEvents> = io.of(SITE_NAMESPACE);

  site.use((socket, next) => {
    const auth: unknown = socket.handshake.auth;
    if (!checkAuth.Check(auth)) {
      next(
        Object.assign(new Error('Send { siteKey } to connect.'), {
          data: { code: 'validation_failed' },
        }),
      );
      return;
    }
    try {
      services.site.checkKey(auth.siteKey);
      next();
    } catch (error) {
      if (error instanceof AppError) {
        next(Object.assign(new Error(error.message), { data: { code: error.code } }));
      } else {
        app.log.error({ err: error }, 'site socket handshake failed');
        next(Object.assign(new Error('Internal server error.'), { data: { code: 'internal' } }));
      }
    }
  });

  site.on('connection', (socket) => {
    void socket.join(SITE_ROOM);
    // It takes no requests; anything it sends still spends its bucket (and gets it cut off).
    limitSocket(socket, options.limits, app.log, options.now);
  });

  const watching = () => (site.adapter.rooms.get(SITE_ROOM)?.size ?? 0) > 0;
  const unsubscribe = services.changes.subscribe((boardId, change) => {
    if (!watching() || !services.site.shows(boardId)) return;
    site.to(SITE_ROOM).emit('site:changed', { boardId, seq: change.payload.seq });
  });
  const unsubscribeSite = services.site.onChange((what) => {
    if (what === 'settings') {
      site.to(SITE_ROOM).emit('site:changed', { boardId: '', seq: 0 });
      return;
    }
    site.to(SITE_ROOM).emit('site:link-replaced');
    site.in(SITE_ROOM).disconnectSockets(true);
  });

  app.addHook('preClose', (done) => {
    unsubscribe();
    unsubscribeSite();
    done();
  });
}
