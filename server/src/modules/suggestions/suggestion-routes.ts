import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  BoardParamsSchema,
  ChangeStatusBodySchema,
  CreateSuggestionBodySchema,
  ErrorBodySchema,
  HideBodySchema,
  NoContentSchema,
  SuggestionHistorySchema,
  SuggestionPageQuerySchema,
  SuggestionPageSchema,
  SuggestionParamsSchema,
  SuggestionSchema,
} from '@tavla/shared';
import type { Services } from '../../services.js';
import type { PhoneLimits } from '../../http/rate-limits.js';

export const suggestionRoutes: FastifyPluginAsyncTypebox<{
  services: Services;
  limits: PhoneLimits;
}> = async (app, opts) => {
  const { access, suggestions, workflow } = opts.services;
  const errors = { '4xx': ErrorBodySchema };

  app.post(
    '/api/boards/:boardId/suggestions',
    {
      onRequest: opts.limits.hook('suggestion'),
      schema: {
        params: BoardParamsSchema,
        body: CreateSuggestionBodySchema,
        response: { 200: SuggestionSchema, 201: SuggestionSchema, '4xx': ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = access.device(request.params.boardId, request.credentials);
      const { suggestion, created } = await suggestions.create(
        viewer.board,
        viewer.deviceId,
        request.body,
      );
      return reply.status(created ? 201 : 200).send(suggestion);
    },
  );

  // The suggestions a snapshot leaves out (declined, duplicates, Done long ago), newest first,
  // a page at a time: the phone's "show more".
  app.get(
    '/api/boards/:boardId/suggestions',
    {
      schema: {
        params: BoardParamsSchema,
        querystring: SuggestionPageQuerySchema,
        response: { 200: SuggestionPageSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.viewer(request.params.boardId, request.credentials);
      return suggestions.olderPage(board, request.query);
    },
  );

  app.put(
    '/api/boards/:boardId/suggestions/:suggestionId/status',
    {
      schema: {
        params: SuggestionParamsSchema,
        body: ChangeStatusBodySchema,
        response: { 200: SuggestionSchema, ...errors },
      },
    },
    async (request) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      return workflow.changeStatus(board, user, request.params.suggestionId, request.body);
    },
  );

  app.post(
    '/api/boards/:boardId/suggestions/:suggestionId/hide',
    {
      schema: {
        params: SuggestionParamsSchema,
        body: HideBodySchema,
        response: { 204: NoContentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      workflow.hide(board, user, request.params.suggestionId, request.body.reason);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/boards/:boardId/suggestions/:suggestionId/history',
    {
      schema: {
        params: SuggestionParamsSchema,
        response: { 200: SuggestionHistorySchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.viewer(request.params.boardId, request.credentials);
      return workflow.history(board, request.params.suggestionId);
    },
  );
};
