import type { FastifyRequest } from 'fastify';
import type { UserRow } from '../modules/accounts/account-repository.js';
import { forbidden, unauthorized } from './app-error.js';

export function requireUser(request: FastifyRequest): UserRow {
  const { user } = request.credentials;
  if (!user) throw unauthorized('Sign in first.');
  return user;
}

export function requireAdmin(request: FastifyRequest): UserRow {
  const user = requireUser(request);
  if (user.role !== 'admin') throw forbidden('Only an admin may do this.');
  return user;
}
