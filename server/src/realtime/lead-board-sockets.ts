import type { FastifyInstance } from 'fastify';
import type { PeopleService } from '../modules/people/people-service.js';
import type { TavlaServer } from './realtime.js';

/**
 * A lead an admin took a board from loses it at once: their sockets that follow that board as
 * its lead are disconnected (and leave its room with that). HTTP needs nothing: every request
 * asks `lead_boards` again. A reconnect as a lead is refused; one as a phone that joined the
 * board (the same browser's device cookie) gets what a phone gets.
 */
export function endLeadSocketsOfLostBoards(
  app: FastifyInstance,
  io: TavlaServer,
  people: PeopleService,
): void {
  const unsubscribe = people.onBoardAccessLost((userId, boardId) => {
    for (const socket of io.of('/').sockets.values()) {
      const { data } = socket;
      if (data.role === 'lead' && data.userId === userId && data.boardId === boardId) {
        socket.disconnect(true);
      }
    }
  });
  app.addHook('preClose', (done) => {
    unsubscribe();
    done();
  });
}
