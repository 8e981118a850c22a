import type { FastifyInstance, FastifyRequest } from 'fastify';
import { earlyPolicyOf } from '../../http/early-access.js';
import type { Clock } from '../../lib/clock.js';
import type { BoardAccess, Credentials } from '../access/board-access.js';
import type { AuditService } from './audit-service.js';

/** Route parameters whose value could be a secret: never stored, even as a target. */
const SECRET_PARAM = /token|key|secret|password|code/i;

/**
 * Whether a route's successful calls by a signed-in lead or admin go into the audit log: every
 * write (POST, PUT, PATCH, DELETE) except the public account routes (signing in, the first
 * admin, signing out: their caller is not yet, or no longer, who acts) and a phone's writes (a
 * lead never makes those as a lead; a phone is an anonymous employee and is never named).
 * Decided from the method and URL alone, like the early access check, so a route added later
 * is covered without an edit (audit.test.ts walks the app's routes to prove it).
 */
export function isAuditedRoute(method: string, url: string): boolean {
  const policy = earlyPolicyOf(method, url);
  return policy !== undefined && policy !== 'public' && policy !== 'device';
}

/** The route's id parameters in URL order (`/a/:boardId/b/:goalId` → boardId, goalId). */
const paramNames = (url: string): string[] =>
  [...url.matchAll(/:(\w+)/g)].map((match) => match[1] ?? '').filter(Boolean);

/** The item an action was on: the route's last id parameter other than the board. */
export function targetOf(
  url: string,
  params: Record<string, unknown>,
): { kind: string; id: string } | null {
  const name = paramNames(url)
    .filter((param) => param !== 'boardId' && !SECRET_PARAM.test(param))
    .at(-1);
  const id = name === undefined ? undefined : params[name];
  if (name === undefined || typeof id !== 'string') return null;
  return { kind: name.replace(/Id$/, ''), id };
}

function operationIdOf(request: FastifyRequest): string | null {
  const schema = request.routeOptions.schema as { operationId?: unknown } | undefined;
  return typeof schema?.operationId === 'string' ? schema.operationId : null;
}

/**
 * One mechanism for the whole API: after a write by a signed-in lead or admin has succeeded
 * (2xx) and before its answer leaves (onSend), one row is written synchronously: who, when,
 * the action (the route's operationId), the board and the target from the URL. Never the body.
 * A write on a board the user does not manage was made as a phone (a lead who also joined
 * another board as an employee) and is not theirs to be named for.
 */
export function installAuditLog(
  app: FastifyInstance,
  deps: { audit: AuditService; access: BoardAccess; clock: Clock },
): void {
  const { audit, access, clock } = deps;
  app.addHook('onSend', (request, reply, payload, done) => {
    // Null when an earlier hook answered before the credentials were read (the host check).
    const user = (request.credentials as Credentials | null)?.user;
    const url = request.routeOptions.url;
    if (
      !user ||
      url === undefined ||
      reply.statusCode < 200 ||
      reply.statusCode >= 300 ||
      !isAuditedRoute(request.method, url)
    ) {
      done(null, payload);
      return;
    }
    try {
      const params = (request.params ?? {}) as Record<string, unknown>;
      const boardId = typeof params.boardId === 'string' ? params.boardId : null;
      if (boardId !== null && !access.manages(user, boardId)) {
        done(null, payload);
        return;
      }
      const target = targetOf(url, params);
      audit.record({
        at: clock.now().toISOString(),
        userId: user.id,
        operation: operationIdOf(request) ?? `${request.method} ${url}`,
        boardId,
        targetKind: target?.kind ?? null,
        targetId: target?.id ?? null,
      });
      done(null, payload);
    } catch (error) {
      // Not recorded means not acknowledged: the caller gets the error (507 on a full disk).
      done(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
