import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AdminBoardSchema,
  BoardParamsSchema,
  BoardSettingsSchema,
  ErrorBodySchema,
  UpdateBoardSettingsBodySchema,
} from '@tavla/shared';
import { requireAdmin } from '../../http/guards.js';
import type { Services } from '../../services.js';
import { toBoard } from '../boards/board-service.js';

const errors = { '4xx': ErrorBodySchema };

/**
 * A board's settings (issue 14), for its leads and admins, and archiving, for admins. While a
 * board is archived every write on it, these included, is refused before its handler runs
 * (http/early-access.ts); restoring is the one write an archived board takes.
 */
export const boardSettingsRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  opts,
) => {
  const { access, boards, boardSettings } = opts.services;

  app.get(
    '/api/boards/:boardId/settings',
    {
      schema: {
        operationId: 'getBoardSettings',
        summary: 'The board’s settings: name, language, who is named, employees, Done days',
        tags: ['boards'],
        params: BoardParamsSchema,
        response: { 200: BoardSettingsSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return boardSettings.read(board);
    },
  );

  app.patch(
    '/api/boards/:boardId/settings',
    {
      schema: {
        operationId: 'updateBoardSettings',
        summary: 'Change the board’s settings (the name only by an admin); live on every screen',
        tags: ['boards'],
        params: BoardParamsSchema,
        body: UpdateBoardSettingsBodySchema,
        response: { 200: BoardSettingsSchema, ...errors },
      },
    },
    async (request) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      return boardSettings.update(board, user, request.body);
    },
  );

  const archiveSchema = {
    tags: ['admin'],
    params: BoardParamsSchema,
    response: { 200: AdminBoardSchema, ...errors },
  };

  app.post(
    '/api/admin/boards/:boardId/archive',
    {
      schema: {
        ...archiveSchema,
        operationId: 'archiveBoard',
        summary: 'Archive a board: read-only, kept for reports and exports',
      },
    },
    async (request) => {
      requireAdmin(request);
      const { board } = access.lead(request.params.boardId, request.credentials);
      const row = boardSettings.archive(board);
      return { board: toBoard(row), ...boards.links(row) };
    },
  );

  app.post(
    '/api/admin/boards/:boardId/restore',
    {
      schema: {
        ...archiveSchema,
        operationId: 'restoreBoard',
        summary: 'Bring an archived board back into use',
      },
    },
    async (request) => {
      requireAdmin(request);
      const { board } = access.lead(request.params.boardId, request.credentials);
      const row = boardSettings.restore(board);
      return { board: toBoard(row), ...boards.links(row) };
    },
  );
};
