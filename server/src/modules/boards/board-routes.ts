import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import {
  BoardParamsSchema,
  BoardSnapshotSchema,
  DisplayListSchema,
  ErrorBodySchema,
} from '@tavla/shared';
import type { Services } from '../../services.js';

export const boardRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, opts) => {
  const { access, boards, suggestions, displays } = opts.services;

  // The board's wall screens and when each was last alive (leads and admins).
  app.get(
    '/api/boards/:boardId/displays',
    {
      schema: {
        operationId: 'listDisplays',
        summary: 'The board’s wall screens and when each was last alive',
        tags: ['boards'],
        params: BoardParamsSchema,
        response: { 200: DisplayListSchema, '4xx': ErrorBodySchema },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return { displays: displays.list(board.id) };
    },
  );

  app.get(
    '/api/boards/:boardId/snapshot',
    {
      schema: {
        operationId: 'getBoardSnapshot',
        summary: 'Everything a screen needs to draw the board from scratch',
        tags: ['boards'],
        params: BoardParamsSchema,
        response: { 200: BoardSnapshotSchema, '4xx': ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = access.viewer(request.params.boardId, request.credentials);
      // Already JSON (the shared part cached per board change): sent as bytes, not serialised.
      const parts = suggestions.snapshotParts(viewer.board, {
        ...(viewer.role === 'display' ? { joinUrl: boards.links(viewer.board).joinUrl } : {}),
        deviceId: viewer.deviceId,
      });
      // The response schema documents the shape; a Buffer is sent as it is, unserialised.
      const raw: FastifyReply = reply;
      return raw.type('application/json; charset=utf-8').send(Buffer.concat(parts));
    },
  );
};
