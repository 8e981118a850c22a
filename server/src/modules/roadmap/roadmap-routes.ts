import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { BoardParamsSchema, ErrorBodySchema, RoadmapSchema } from '@tavla/shared';
import type { Services } from '../../services.js';

const errors = { '4xx': ErrorBodySchema };
const tags = ['method'];

/** The roadmap: the method's seven steps as the spine of a board (leads and admins). */
export const roadmapRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  opts,
) => {
  const { access, roadmap } = opts.services;

  app.get(
    '/api/boards/:boardId/roadmap',
    {
      schema: {
        operationId: 'getRoadmap',
        summary: 'The seven steps of the method: where the board stands and what to do next',
        tags,
        params: BoardParamsSchema,
        response: { 200: RoadmapSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return roadmap.roadmap(board);
    },
  );
};
