import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  BoardParamsSchema,
  BulkHideBodySchema,
  BulkIdsBodySchema,
  BulkResultSchema,
  BulkStatusBodySchema,
  ErrorBodySchema,
  TriagePageSchema,
  TriageQuerySchema,
} from '@tavla/shared';
import type { Services } from '../../services.js';

/** The lead's triage list and its bulk actions (leads of the board and admins only). */
export const triageRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  opts,
) => {
  const { access, triage } = opts.services;
  const errors = { '4xx': ErrorBodySchema };
  const tags = ['suggestions'];

  app.get(
    '/api/boards/:boardId/triage',
    {
      schema: {
        operationId: 'listTriage',
        summary: 'The lead’s list of suggestions: filtered, searched, sorted, a page at a time',
        tags,
        params: BoardParamsSchema,
        querystring: TriageQuerySchema,
        response: { 200: TriagePageSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return triage.page(board, request.query);
    },
  );

  app.post(
    '/api/boards/:boardId/triage/status',
    {
      schema: {
        operationId: 'bulkChangeSuggestionStatus',
        summary: 'Move up to 100 suggestions to one status, all or none',
        tags,
        params: BoardParamsSchema,
        body: BulkStatusBodySchema,
        response: { 200: BulkResultSchema, ...errors },
      },
    },
    async (request) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      return triage.move(board, user, request.body);
    },
  );

  app.post(
    '/api/boards/:boardId/triage/hide',
    {
      schema: {
        operationId: 'bulkHideSuggestions',
        summary: 'Hide up to 100 suggestions with one reason, all or none',
        tags,
        params: BoardParamsSchema,
        body: BulkHideBodySchema,
        response: { 200: BulkResultSchema, ...errors },
      },
    },
    async (request) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      return triage.hide(board, user, request.body);
    },
  );

  app.post(
    '/api/boards/:boardId/triage/unhide',
    {
      schema: {
        operationId: 'unhideSuggestions',
        summary: 'Show up to 100 hidden suggestions again (undo a hide), all or none',
        tags,
        params: BoardParamsSchema,
        body: BulkIdsBodySchema,
        response: { 200: BulkResultSchema, ...errors },
      },
    },
    async (request) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      return triage.unhide(board, user, request.body.ids);
    },
  );
};
