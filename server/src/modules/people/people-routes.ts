import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AuditPageSchema,
  AuditQuerySchema,
  ErrorBodySchema,
  UserBoardParamsSchema,
  UserParamsSchema,
  UserSchema,
} from '@tavla/shared';
import { requireAdmin } from '../../http/guards.js';
import type { Services } from '../../services.js';

const errors = { '4xx': ErrorBodySchema };
const tags = ['admin'];

/** People (admins only): a lead's boards, disabling and enabling accounts, the audit log. */
export const peopleRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  opts,
) => {
  const { people, audit } = opts.services;

  app.put(
    '/api/admin/users/:userId/boards/:boardId',
    {
      schema: {
        operationId: 'addLeadToBoard',
        summary: 'Make a team lead a lead of one more board',
        tags,
        params: UserBoardParamsSchema,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (request) => {
      requireAdmin(request);
      return people.addBoard(request.params.userId, request.params.boardId);
    },
  );

  app.delete(
    '/api/admin/users/:userId/boards/:boardId',
    {
      schema: {
        operationId: 'removeLeadFromBoard',
        summary: 'Take a board from a team lead; their open connections to it end at once',
        tags,
        params: UserBoardParamsSchema,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (request) => {
      requireAdmin(request);
      return people.removeBoard(request.params.userId, request.params.boardId);
    },
  );

  app.post(
    '/api/admin/users/:userId/disable',
    {
      schema: {
        operationId: 'disableUser',
        summary: 'Disable an account: its sessions and connections end at once',
        tags,
        params: UserParamsSchema,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (request) => {
      const admin = requireAdmin(request);
      return people.disable(admin, request.params.userId);
    },
  );

  app.post(
    '/api/admin/users/:userId/enable',
    {
      schema: {
        operationId: 'enableUser',
        summary: 'Enable a disabled account again (it signs in anew)',
        tags,
        params: UserParamsSchema,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (request) => {
      requireAdmin(request);
      return people.enable(request.params.userId);
    },
  );

  app.get(
    '/api/admin/audit',
    {
      schema: {
        operationId: 'listAuditEntries',
        summary: 'What leads and admins did, newest first, optionally on one board',
        tags,
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema, ...errors },
      },
    },
    async (request) => {
      requireAdmin(request);
      return audit.page(request.query);
    },
  );
};
