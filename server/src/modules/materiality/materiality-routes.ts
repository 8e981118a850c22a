import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  BoardParamsSchema,
  CurrentVoteSchema,
  DotsBodySchema,
  ErrorBodySchema,
  InterestVoteSchema,
  MaterialitySchema,
  MatrixSplitBodySchema,
  VoteParamsSchema,
} from '@tavla/shared';
import type { PhoneLimits } from '../../http/rate-limits.js';
import type { Services } from '../../services.js';

const errors = { '4xx': ErrorBodySchema };
const tags = ['materiality'];
const votes = '/api/boards/:boardId/interest-votes';

/**
 * The interest vote (leads open and close it, phones of the board place their dots) and the
 * materiality matrix (everyone who may see the board sees it; leads choose its split).
 */
export const materialityRoutes: FastifyPluginAsyncTypebox<{
  services: Services;
  limits: PhoneLimits;
}> = async (app, opts) => {
  const { access, materiality } = opts.services;

  app.post(
    votes,
    {
      schema: {
        operationId: 'openInterestVote',
        summary: 'Open an interest vote: every phone of the board is asked at once',
        tags,
        params: BoardParamsSchema,
        response: { 201: InterestVoteSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      return reply.status(201).send(materiality.openVote(board, user));
    },
  );

  app.get(
    `${votes}/current`,
    {
      schema: {
        operationId: 'getCurrentInterestVote',
        summary: 'The open (or latest) interest vote and the asking phone’s own dots in it',
        tags,
        params: BoardParamsSchema,
        response: { 200: CurrentVoteSchema, ...errors },
      },
    },
    async (request) => {
      const viewer = access.viewer(request.params.boardId, request.credentials);
      return materiality.current(viewer.board, viewer.role === 'device' ? viewer.deviceId : null);
    },
  );

  app.put(
    `${votes}/:voteId/dots`,
    {
      onRequest: opts.limits.hook('dots'),
      schema: {
        operationId: 'placeDots',
        summary: 'Place this phone’s dots (replaces its whole placement) while the vote is open',
        tags,
        params: VoteParamsSchema,
        body: DotsBodySchema,
        response: { 200: CurrentVoteSchema, ...errors },
      },
    },
    async (request) => {
      const { board, deviceId } = access.device(request.params.boardId, request.credentials);
      return materiality.placeDots(board, deviceId, request.params.voteId, request.body.dots);
    },
  );

  app.post(
    `${votes}/:voteId/close`,
    {
      schema: {
        operationId: 'closeInterestVote',
        summary: 'Close the vote: its matrix is kept and shown on the wall',
        tags,
        params: VoteParamsSchema,
        response: { 200: InterestVoteSchema, ...errors },
      },
    },
    async (request) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      return materiality.closeVote(board, user, request.params.voteId);
    },
  );

  app.get(
    '/api/boards/:boardId/materiality',
    {
      schema: {
        operationId: 'getMateriality',
        summary: 'The materiality matrix of the latest closed vote and finished analysis',
        tags,
        params: BoardParamsSchema,
        response: { 200: MaterialitySchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.viewer(request.params.boardId, request.credentials);
      return materiality.materiality(board);
    },
  );

  app.put(
    '/api/boards/:boardId/materiality/split',
    {
      schema: {
        operationId: 'setMatrixSplit',
        summary: 'Split the matrix’s quadrants at 50 or at the medians (a board setting)',
        tags,
        params: BoardParamsSchema,
        body: MatrixSplitBodySchema,
        response: { 200: MaterialitySchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return materiality.setSplit(board, request.body.split);
    },
  );
};
