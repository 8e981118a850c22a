import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  BoardParamsSchema,
  ErrorBodySchema,
  MethodStateSchema,
  WallViewBodySchema,
} from '@tavla/shared';
import type { Services } from '../../services.js';

const errors = { '4xx': ErrorBodySchema };
const tags = ['method'];

/** What the wall shows of the method: the board, or for a while the analysis or the matrix. */
export const methodRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  opts,
) => {
  const { access, method } = opts.services;

  app.put(
    '/api/boards/:boardId/wall-view',
    {
      schema: {
        operationId: 'setWallView',
        summary: 'Put the analysis or the matrix on the wall for a while, or the board back',
        tags,
        params: BoardParamsSchema,
        body: WallViewBodySchema,
        response: { 200: MethodStateSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return method.setWallView(board, request.body.view, request.body.minutes);
    },
  );
};
