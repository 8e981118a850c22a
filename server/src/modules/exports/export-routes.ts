import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { BoardParamsSchema, ErrorBodySchema } from '@tavla/shared';
import { BoardExportSchema, ExportCsvParamsSchema } from '@tavla/shared/board-export';
import { documentedAs } from '../../http/openapi.js';
import type { Services } from '../../services.js';
import { csvStream } from './csv-stream.js';

const tags = ['exports'];
const errors = {
  '4XX': {
    description: 'Refused: not a lead of the board (401/403), no such board (404).',
    content: { 'application/json': { schema: ErrorBodySchema } },
  },
};

/**
 * A board's data for leads and admins: the whole history as JSON, and the tables people open
 * in Excel as CSV. Both stream (see export-service.ts): the answer starts at once and the
 * server's memory stays flat however big the board.
 */
export const exportRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  opts,
) => {
  const { access, boardExport } = opts.services;

  const attachment = (name: string) => `attachment; filename="${name}"`;

  app.get(
    '/api/boards/:boardId/export.json',
    {
      schema: {
        operationId: 'exportBoard',
        summary:
          'Everything of a board as one JSON document, streamed (hidden content and devices left out)',
        tags,
        params: BoardParamsSchema,
      },
      // A stream: documented, not serialised.
      config: documentedAs({
        response: {
          200: {
            description:
              'The board, its suggestions with their history, goals with measurements, analysis ' +
              'rounds, interest votes, matrices, workshops, announcements, meetings, follow-ups ' +
              'and actions. Sent as an attachment, written as it is read.',
            content: { 'application/json': { schema: BoardExportSchema } },
          },
          ...errors,
        },
      }),
    },
    async (request, reply) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return reply
        .type('application/json; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-disposition', attachment(boardExport.fileName(board, 'export', 'json')))
        .send(Readable.from(boardExport.json(board), { objectMode: false }));
    },
  );

  app.get(
    '/api/boards/:boardId/export/:table.csv',
    {
      schema: {
        operationId: 'exportBoardTable',
        summary:
          'Suggestions, measurements or actions as CSV for Excel, in the board’s language, streamed',
        tags,
        params: ExportCsvParamsSchema,
      },
      config: documentedAs({
        response: {
          200: {
            description:
              'UTF-8 with a BOM; `;`-separated with decimal commas for a Swedish board, ' +
              '`,`-separated for an English one; the header row in the board’s language; ' +
              "cells that Excel would run as formulas start with `'`.",
            content: { 'text/csv': { schema: { type: 'string' } } },
          },
          ...errors,
        },
      }),
    },
    async (request, reply) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      const { table } = request.params;
      const { columns, pages } = boardExport.csv(board, table);
      return reply
        .type('text/csv; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-disposition', attachment(boardExport.fileName(board, table, 'csv')))
        .send(csvStream(board.language, columns, pages));
    },
  );
};
