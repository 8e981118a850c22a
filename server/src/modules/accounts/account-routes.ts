import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ErrorBodySchema,
  LoginBodySchema,
  NoContentSchema,
  SessionUserSchema,
  SetupBodySchema,
  SetupStatusSchema,
} from '@tavla/shared';
import { requireUser } from '../../http/guards.js';
import type { Services } from '../../services.js';
import { SESSION_COOKIE, type NewSession } from './account-service.js';

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, session: NewSession): void {
  reply.setCookie(SESSION_COOKIE, session.sessionId, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: session.expiresAt,
  });
}

const errors = { '4xx': ErrorBodySchema };
const tags = ['accounts'];

export const accountRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  opts,
) => {
  const { accounts } = opts.services;

  app.get(
    '/api/setup',
    {
      schema: {
        operationId: 'getSetupStatus',
        summary: 'Whether the first admin still has to be created',
        tags,
        response: { 200: SetupStatusSchema },
      },
    },
    async () => ({ needed: accounts.setupPending() }),
  );

  app.post(
    '/api/setup',
    {
      schema: {
        operationId: 'createFirstAdmin',
        summary: 'Create the first admin with the printed setup code, and sign in',
        tags,
        body: SetupBodySchema,
        response: { 201: SessionUserSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = await accounts.setup(request.body, request.ip);
      setSessionCookie(request, reply, session);
      return reply.status(201).send({ user: session.user });
    },
  );

  app.post(
    '/api/auth/login',
    {
      schema: {
        operationId: 'signIn',
        summary: 'Sign in a lead or an admin (sets the session cookie)',
        tags,
        body: LoginBodySchema,
        response: { 200: SessionUserSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = await accounts.login(
        request.body.username,
        request.body.password,
        request.ip,
      );
      setSessionCookie(request, reply, session);
      return { user: session.user };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        operationId: 'signOut',
        summary: 'End this session and clear its cookie',
        tags,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      accounts.logout(request.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        operationId: 'getCurrentUser',
        summary: 'The signed-in user and the boards they manage',
        tags,
        response: { 200: SessionUserSchema, ...errors },
      },
    },
    async (request) => ({ user: accounts.toUser(requireUser(request)) }),
  );
};
