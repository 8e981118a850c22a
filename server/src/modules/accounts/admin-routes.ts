import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AdminBoardListSchema,
  AdminBoardSchema,
  CreateAdminBodySchema,
  CreateBoardBodySchema,
  CreateLeadBodySchema,
  ErrorBodySchema,
  NoContentSchema,
  ResetPasswordBodySchema,
  UserListSchema,
  UserParamsSchema,
  UserSchema,
} from '@tavla/shared';
import { requireAdmin, requireUser } from '../../http/guards.js';
import type { Services } from '../../services.js';
import type { BoardRow } from '../boards/board-repository.js';
import { toBoard } from '../boards/board-service.js';

const errors = { '4xx': ErrorBodySchema };

export const adminRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, opts) => {
  const { accounts, boards, boardRepository } = opts.services;
  const withLinks = (row: BoardRow) => ({ board: toBoard(row), ...boards.links(row) });

  // The boards a signed-in user manages, with the wall-screen and join links to hand out.
  app.get(
    '/api/boards/managed',
    { schema: { response: { 200: AdminBoardListSchema, ...errors } } },
    async (request) => {
      const user = requireUser(request);
      const ids = new Set(accounts.toUser(user).boardIds);
      return {
        boards: boardRepository
          .list()
          .filter((row) => ids.has(row.id))
          .map(withLinks),
      };
    },
  );

  app.post(
    '/api/admin/boards',
    { schema: { body: CreateBoardBodySchema, response: { 201: AdminBoardSchema, ...errors } } },
    async (request, reply) => {
      requireAdmin(request);
      const row = boards.create({
        name: request.body.name.trim(),
        language: request.body.language,
      });
      return reply.status(201).send(withLinks(row));
    },
  );

  app.get(
    '/api/admin/users',
    { schema: { response: { 200: UserListSchema, ...errors } } },
    async (request) => {
      requireAdmin(request);
      return { users: accounts.listUsers() };
    },
  );

  app.post(
    '/api/admin/users',
    { schema: { body: CreateLeadBodySchema, response: { 201: UserSchema, ...errors } } },
    async (request, reply) => {
      requireAdmin(request);
      return reply.status(201).send(await accounts.createLead(request.body));
    },
  );

  // Another admin, so the only admin is never a single point of failure.
  app.post(
    '/api/admin/admins',
    { schema: { body: CreateAdminBodySchema, response: { 201: UserSchema, ...errors } } },
    async (request, reply) => {
      requireAdmin(request);
      return reply.status(201).send(await accounts.createAdmin(request.body));
    },
  );

  app.put(
    '/api/admin/users/:userId/password',
    {
      schema: {
        params: UserParamsSchema,
        body: ResetPasswordBodySchema,
        response: { 204: NoContentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const admin = requireAdmin(request);
      await accounts.resetPassword(admin, request.params.userId, request.body.password);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/admin/users/:userId/sessions',
    { schema: { params: UserParamsSchema, response: { 204: NoContentSchema, ...errors } } },
    async (request, reply) => {
      requireAdmin(request);
      accounts.revokeSessions(request.params.userId);
      return reply.status(204).send(null);
    },
  );
};
