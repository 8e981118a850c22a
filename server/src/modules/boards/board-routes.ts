import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { BoardParamsSchema, BoardSnapshotSchema, ErrorBodySchema } from '@tavla/shared';
import type { Services } from '../../services.js';

export const boardRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, opts) => {
  const { access, boards, suggestions } = opts.services;

  app.get(
    '/api/boards/:boardId/snapshot',
    {
      schema: {
        params: BoardParamsSchema,
        response: { 200: BoardSnapshotSchema, '4xx': ErrorBodySchema },
      },
    },
    async (request) => {
      const viewer = access.viewer(request.params.boardId, request.credentials);
      return suggestions.snapshot(viewer.board, {
        ...(viewer.role === 'display' ? { joinUrl: boards.links(viewer.board).joinUrl } : {}),
        deviceId: viewer.deviceId,
      });
    },
  );
};
