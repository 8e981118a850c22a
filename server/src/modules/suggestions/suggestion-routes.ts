import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  BoardParamsSchema,
  CreateSuggestionBodySchema,
  ErrorBodySchema,
  SuggestionSchema,
} from '@tavla/shared';
import type { Services } from '../../services.js';

export const suggestionRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  opts,
) => {
  const { access, suggestions } = opts.services;

  app.post(
    '/api/boards/:boardId/suggestions',
    {
      schema: {
        params: BoardParamsSchema,
        body: CreateSuggestionBodySchema,
        response: { 200: SuggestionSchema, 201: SuggestionSchema, '4xx': ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = access.device(request.params.boardId, request.credentials);
      const { suggestion, created } = suggestions.create(
        viewer.board,
        viewer.deviceId,
        request.body,
      );
      return reply.status(created ? 201 : 200).send(suggestion);
    },
  );
};
