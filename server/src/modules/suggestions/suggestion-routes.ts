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
  const { access, suggestions, workflow, ownSuggestions } = opts.services;
  const errors = { '4xx': ErrorBodySchema };
  const tags = ['suggestions'];

  app.post(
    '/api/boards/:boardId/suggestions',
    {
      onRequest: opts.limits.hook('suggestion'),
      schema: {
        operationId: 'postSuggestion',
        summary: 'Post a suggestion from a phone (a retry with the same id is stored once)',
        tags,
        params: BoardParamsSchema,
        body: CreateSuggestionBodySchema,
        response: { 200: SuggestionSchema, 201: SuggestionSchema, '4xx': ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = access.device(request.params.boardId, request.credentials);
      // A late retry of a post whose suggestion its author already withdrew.
      ownSuggestions.refuseWithdrawn(request.body.id);
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
        operationId: 'listOlderSuggestions',
        summary: 'A page of the suggestions a snapshot leaves out, newest first',
        tags,
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
        operationId: 'changeSuggestionStatus',
        summary: 'Move a suggestion to another status (with a reason when declining)',
        tags,
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
        operationId: 'hideSuggestion',
        summary: 'Hide a suggestion (moderation); its photo is deleted',
        tags,
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
        operationId: 'getSuggestionHistory',
        summary: 'What happened to a suggestion: status changes and moderation',
        tags,
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
