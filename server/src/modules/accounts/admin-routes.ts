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
const tags = ['admin'];

export const adminRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, opts) => {
  const { accounts, boards, boardRepository } = opts.services;
  const withLinks = (row: BoardRow) => ({ board: toBoard(row), ...boards.links(row) });

  // The boards a signed-in user manages, with the wall-screen and join links to hand out.
  app.get(
    '/api/boards/managed',
    {
      schema: {
        operationId: 'listManagedBoards',
        summary: 'The boards the signed-in user manages, with their join and wall-screen links',
        tags: ['boards'],
        response: { 200: AdminBoardListSchema, ...errors },
      },
    },
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
    {
      schema: {
        operationId: 'createBoard',
        summary: 'Create a board, with its join token and display key',
        tags,
        body: CreateBoardBodySchema,
        response: { 201: AdminBoardSchema, ...errors },
      },
    },
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
    {
      schema: {
        operationId: 'listUsers',
        summary: 'All admins and team leads',
        tags,
        response: { 200: UserListSchema, ...errors },
      },
    },
    async (request) => {
      requireAdmin(request);
      return { users: accounts.listUsers() };
    },
  );

  app.post(
    '/api/admin/users',
    {
      schema: {
        operationId: 'createLead',
        summary: 'Create a team lead for some boards',
        tags,
        body: CreateLeadBodySchema,
        response: { 201: UserSchema, ...errors },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      return reply.status(201).send(await accounts.createLead(request.body));
    },
  );

  // Another admin, so the only admin is never a single point of failure.
  app.post(
    '/api/admin/admins',
    {
      schema: {
        operationId: 'createAdmin',
        summary: 'Create another admin',
        tags,
        body: CreateAdminBodySchema,
        response: { 201: UserSchema, ...errors },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      return reply.status(201).send(await accounts.createAdmin(request.body));
    },
  );

  app.put(
    '/api/admin/users/:userId/password',
    {
      schema: {
        operationId: 'resetPassword',
        summary: 'Set a new password for a user and end their sessions',
        tags,
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
    {
      schema: {
        operationId: 'endUserSessions',
        summary: 'Sign a user out everywhere',
        tags,
        params: UserParamsSchema,
        response: { 204: NoContentSchema, ...errors },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      accounts.revokeSessions(request.params.userId);
      return reply.status(204).send(null);
    },
  );
};
