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
    tags: ['admin'],
    params: BoardParamsSchema,
    response: { 200: AdminBoardSchema, '4xx': ErrorBodySchema },
  };

  const joinToken = {
    ...schema,
    operationId: 'replaceJoinToken',
    summary: 'Replace the board’s join token (a new QR code)',
  };
  app.post('/api/admin/boards/:boardId/join-token', { schema: joinToken }, async (request) => {
    requireAdmin(request);
    const row = boardLinks.rotateJoinToken(request.params.boardId);
    return { board: toBoard(row), ...boards.links(row) };
  });

  const displayKey = {
    ...schema,
    operationId: 'replaceDisplayKey',
    summary: 'Replace the board’s display key (cuts off the wall screens with the old one)',
  };
  app.post('/api/admin/boards/:boardId/display-key', { schema: displayKey }, async (request) => {
    requireAdmin(request);
    const row = boardLinks.rotateDisplayKey(request.params.boardId);
    return { board: toBoard(row), ...boards.links(row) };
  });
};
