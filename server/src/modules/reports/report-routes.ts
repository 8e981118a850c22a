import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { BoardParamsSchema, ErrorBodySchema, PeriodQuerySchema, ReportSchema } from '@tavla/shared';
import type { Services } from '../../services.js';

const errors = { '4xx': ErrorBodySchema };
const tags = ['reports'];

/** The roadmap report: what a lead prints for management and the coach (leads and admins). */
export const reportRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  opts,
) => {
  const { access, reports } = opts.services;

  app.get(
    '/api/boards/:boardId/report',
    {
      schema: {
        operationId: 'getReport',
        summary:
          'The roadmap report of a period (default: the last 12 months): steps, analysis, matrix, goals, suggestions done, participation and the latest follow-up',
        tags,
        params: BoardParamsSchema,
        querystring: PeriodQuerySchema,
        response: { 200: ReportSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return reports.report(board, request.query);
    },
  );
};
