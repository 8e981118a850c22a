import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AdminBoardSchema, BoardParamsSchema, ErrorBodySchema } from '@tavla/shared';
import { requireAdmin } from '../../http/guards.js';
import type { Services } from '../../services.js';
import { toBoard } from './board-service.js';

/**
 * An admin replaces a board's join token (the QR code follows on the wall at once; an old QR
 * opens "this code was replaced"; joined phones keep working) or its display key (the wall
 * screen with the old URL is cut off at once and shows "this screen's link was replaced").
 * Both answer with the board's new links.
 */
export const boardLinkRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  opts,
) => {
  const { boards, boardLinks } = opts.services;
  const schema = {
    params: BoardParamsSchema,
    response: { 200: AdminBoardSchema, '4xx': ErrorBodySchema },
  };

  app.post('/api/admin/boards/:boardId/join-token', { schema }, async (request) => {
    requireAdmin(request);
    const row = boardLinks.rotateJoinToken(request.params.boardId);
    return { board: toBoard(row), ...boards.links(row) };
  });

  app.post('/api/admin/boards/:boardId/display-key', { schema }, async (request) => {
    requireAdmin(request);
    const row = boardLinks.rotateDisplayKey(request.params.boardId);
    return { board: toBoard(row), ...boards.links(row) };
  });
};
