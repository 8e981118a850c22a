import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { BoardParamsSchema, ErrorBodySchema, PosterSchema } from '@tavla/shared';
import type { Services } from '../../services.js';

const tags = ['boards'];

/**
 * The QR poster a lead prints and hangs by the board (leads of the board and admins): the join
 * URL is the secret the QR code holds, so phones and wall screens do not read it here.
 */
export const posterRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  opts,
) => {
  const { access, poster } = opts.services;

  app.get(
    '/api/boards/:boardId/poster',
    {
      schema: {
        operationId: 'getPoster',
        summary:
          'What the board’s printable QR poster shows: its name and language, the join URL, and when the link was last replaced',
        tags,
        params: BoardParamsSchema,
        response: { 200: PosterSchema, '4xx': ErrorBodySchema },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return poster.poster(board);
    },
  );
};
