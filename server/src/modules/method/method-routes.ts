import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  BoardParamsSchema,
  ErrorBodySchema,
  EmployeesBodySchema,
  MethodStateSchema,
  WallCycleBodySchema,
  WallViewBodySchema,
} from '@tavla/shared';
import type { Services } from '../../services.js';

const errors = { '4xx': ErrorBodySchema };
const tags = ['method'];

/** What the wall shows: the scenes it cycles through, or one a lead put on it for a while. */
export const methodRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  opts,
) => {
  const { access, method } = opts.services;

  app.put(
    '/api/boards/:boardId/wall-view',
    {
      schema: {
        operationId: 'setWallView',
        summary: 'Put one scene on the wall for a while, or let the wall cycle again',
        tags,
        params: BoardParamsSchema,
        body: WallViewBodySchema,
        response: { 200: MethodStateSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return method.setWallView(board, request.body.view, request.body.minutes);
    },
  );

  app.put(
    '/api/boards/:boardId/wall-cycle',
    {
      schema: {
        operationId: 'setWallCycle',
        summary: 'Set which scenes the wall cycles through, in which order and for how long',
        tags,
        params: BoardParamsSchema,
        body: WallCycleBodySchema,
        response: { 200: MethodStateSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return method.setWallCycle(board, request.body.cycle);
    },
  );

  app.put(
    '/api/boards/:boardId/employees',
    {
      schema: {
        operationId: 'setEmployees',
        summary:
          "Set the board's number of employees (for acknowledgement and participation shares)",
        tags,
        params: BoardParamsSchema,
        body: EmployeesBodySchema,
        response: { 200: MethodStateSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return method.setEmployees(board, request.body.employees);
    },
  );
};
