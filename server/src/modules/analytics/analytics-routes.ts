import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AnalyticsSchema,
  BoardParamsSchema,
  ErrorBodySchema,
  ParticipationSchema,
  ParticipationTargetBodySchema,
  PeriodQuerySchema,
} from '@tavla/shared';
import type { Services } from '../../services.js';

const errors = { '4xx': ErrorBodySchema };
const tags = ['analytics'];
const base = '/api/boards/:boardId';

/**
 * What a board's history says: the analytics page (its lead or an admin), this quarter's
 * participation (everyone who may see the board; the wall shows it against the target), and
 * the participation target (its lead).
 */
export const analyticsRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  opts,
) => {
  const { access, analytics, participation } = opts.services;

  app.get(
    `${base}/analytics`,
    {
      schema: {
        operationId: 'getAnalytics',
        summary:
          'Participation, flow, lead times, bottleneck, goals, acknowledgements, pulse and analysis scores for a period (default: the last 12 months)',
        tags,
        params: BoardParamsSchema,
        querystring: PeriodQuerySchema,
        response: { 200: AnalyticsSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return analytics.of(board, request.query);
    },
  );

  app.get(
    `${base}/participation`,
    {
      schema: {
        operationId: 'getParticipation',
        summary: "This quarter's participation of the board's devices, against its target",
        tags,
        params: BoardParamsSchema,
        response: { 200: ParticipationSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.viewer(request.params.boardId, request.credentials);
      return participation.thisQuarter(board.id);
    },
  );

  app.put(
    `${base}/participation-target`,
    {
      schema: {
        operationId: 'setParticipationTarget',
        summary: 'Set the share of employees that should contribute each quarter (null: none)',
        tags,
        params: BoardParamsSchema,
        body: ParticipationTargetBodySchema,
        response: { 200: ParticipationTargetBodySchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return analytics.setTarget(board, request.body.target);
    },
  );
};
