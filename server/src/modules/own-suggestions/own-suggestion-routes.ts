import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  BoardParamsSchema,
  EditSuggestionBodySchema,
  ErrorBodySchema,
  HiddenOwnSuggestionsSchema,
  NoContentSchema,
  SuggestionParamsSchema,
  SuggestionSchema,
} from '@tavla/shared';
import type { Services } from '../../services.js';
import type { PhoneLimits } from '../../http/rate-limits.js';

/** An employee's own suggestions: edit or withdraw while New, and the ones a lead hid. */
export const ownSuggestionRoutes: FastifyPluginAsyncTypebox<{
  services: Services;
  limits: PhoneLimits;
}> = async (app, opts) => {
  const { access, ownSuggestions } = opts.services;
  const errors = { '4xx': ErrorBodySchema };
  const tags = ['suggestions'];

  app.put(
    '/api/boards/:boardId/suggestions/:suggestionId',
    {
      onRequest: opts.limits.hook('suggestion'),
      schema: {
        operationId: 'editOwnSuggestion',
        summary: 'The author edits their suggestion while it is New (the phone that posted it)',
        tags,
        params: SuggestionParamsSchema,
        body: EditSuggestionBodySchema,
        response: { 200: SuggestionSchema, ...errors },
      },
    },
    async (request) => {
      const { board, deviceId } = access.device(request.params.boardId, request.credentials);
      return ownSuggestions.edit(board, deviceId, request.params.suggestionId, request.body);
    },
  );

  app.delete(
    '/api/boards/:boardId/suggestions/:suggestionId',
    {
      onRequest: opts.limits.hook('suggestion'),
      schema: {
        operationId: 'withdrawOwnSuggestion',
        summary: 'The author withdraws their suggestion while it is New (a retry is answered 204)',
        tags,
        params: SuggestionParamsSchema,
        response: { 204: NoContentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { board, deviceId } = access.device(request.params.boardId, request.credentials);
      ownSuggestions.withdraw(board, deviceId, request.params.suggestionId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/boards/:boardId/suggestions/mine/hidden',
    {
      schema: {
        operationId: 'listMyHiddenSuggestions',
        summary: "This phone's suggestions that a lead hid, with the lead's reason",
        tags,
        params: BoardParamsSchema,
        response: { 200: HiddenOwnSuggestionsSchema, ...errors },
      },
    },
    async (request) => {
      const { board, deviceId } = access.device(request.params.boardId, request.credentials);
      return ownSuggestions.hiddenOwn(board, deviceId);
    },
  );
};
