import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CommentPageQuerySchema,
  CommentPageSchema,
  CommentParamsSchema,
  CommentSchema,
  CreateCommentBodySchema,
  ErrorBodySchema,
  HideBodySchema,
  NoContentSchema,
  SuggestionParamsSchema,
  VoteBodySchema,
  VoteResultSchema,
} from '@tavla/shared';
import { forbidden } from '../../http/app-error.js';
import type { Services } from '../../services.js';
import type { PhoneLimits } from '../../http/rate-limits.js';

const errors = { '4xx': ErrorBodySchema };
const base = '/api/boards/:boardId/suggestions/:suggestionId';
const tags = ['feedback'];

export const feedbackRoutes: FastifyPluginAsyncTypebox<{
  services: Services;
  limits: PhoneLimits;
}> = async (app, opts) => {
  const { access, feedback } = opts.services;

  app.put(
    `${base}/vote`,
    {
      onRequest: opts.limits.hook('vote'),
      schema: {
        operationId: 'setVote',
        summary: 'Say "me too" to a suggestion, or take it back (the state to reach)',
        tags,
        params: SuggestionParamsSchema,
        body: VoteBodySchema,
        response: { 200: VoteResultSchema, ...errors },
      },
    },
    async (request) => {
      const { board, deviceId } = access.device(request.params.boardId, request.credentials);
      return feedback.vote(board, deviceId, request.params.suggestionId, request.body.voted);
    },
  );

  // A page at a time: the newest comments first, then earlier ones with `before=<next>`.
  app.get(
    `${base}/comments`,
    {
      schema: {
        operationId: 'listComments',
        summary: 'A page of the visible comments on a suggestion, newest page first',
        tags,
        params: SuggestionParamsSchema,
        querystring: CommentPageQuerySchema,
        response: { 200: CommentPageSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.viewer(request.params.boardId, request.credentials);
      return feedback.commentPage(board, request.params.suggestionId, request.query);
    },
  );

  app.post(
    `${base}/comments`,
    {
      onRequest: opts.limits.hook('comment'),
      schema: {
        operationId: 'postComment',
        summary: 'Comment on a suggestion (a retry with the same id is stored once)',
        tags,
        params: SuggestionParamsSchema,
        body: CreateCommentBodySchema,
        response: { 200: CommentSchema, 201: CommentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = access.viewer(request.params.boardId, request.credentials);
      if (viewer.role === 'display') throw forbidden('A wall screen cannot comment.');
      const author =
        viewer.role === 'lead' && viewer.user
          ? ({ kind: 'lead', user: viewer.user } as const)
          : viewer.deviceId
            ? ({ kind: 'device', deviceId: viewer.deviceId } as const)
            : null;
      if (!author) throw forbidden('Join the board to comment.');
      const { comment, created } = feedback.addComment(
        viewer.board,
        author,
        request.params.suggestionId,
        request.body,
      );
      return reply.status(created ? 201 : 200).send(comment);
    },
  );

  app.post(
    `${base}/comments/:commentId/hide`,
    {
      schema: {
        operationId: 'hideComment',
        summary: 'Hide a comment (moderation)',
        tags,
        params: CommentParamsSchema,
        body: HideBodySchema,
        response: { 204: NoContentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      feedback.hideComment(
        board,
        user,
        request.params.suggestionId,
        request.params.commentId,
        request.body.reason,
      );
      return reply.status(204).send(null);
    },
  );
};
