import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { BoardAccess } from '../modules/access/board-access.js';
import { invalid, unauthorized } from './app-error.js';
import { requireAdmin } from './guards.js';

/** Who may call a mutating route, checked before its body is read. */
export type EarlyPolicy = 'public' | 'device' | 'lead' | 'viewer' | 'admin' | 'known';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The routes whose caller is narrower than the default for their URL. Each handler still
 * checks for itself; this table only lets the server refuse before the body arrives.
 */
const POLICIES: Record<string, EarlyPolicy> = {
  'POST /api/setup': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'public',
  'POST /api/boards/:boardId/suggestions': 'device',
  'PUT /api/boards/:boardId/suggestions/:suggestionId/vote': 'device',
  'PUT /api/boards/:boardId/suggestions/:suggestionId/photo': 'device',
  'PUT /api/boards/:boardId/suggestions/:suggestionId/status': 'lead',
  'POST /api/boards/:boardId/suggestions/:suggestionId/hide': 'lead',
  'POST /api/boards/:boardId/suggestions/:suggestionId/comments/:commentId/hide': 'lead',
  'PUT /api/boards/:boardId/suggestions/:suggestionId/goal': 'lead',
  'POST /api/boards/:boardId/goals': 'lead',
  'PUT /api/boards/:boardId/goals/:goalId': 'lead',
  'PUT /api/boards/:boardId/goals/:goalId/state': 'lead',
  'POST /api/boards/:boardId/goals/:goalId/measurements': 'lead',
  'POST /api/boards/:boardId/photos': 'lead',
  'POST /api/boards/:boardId/announcements': 'lead',
  'PUT /api/boards/:boardId/announcements/:announcementId': 'lead',
  'POST /api/boards/:boardId/announcements/:announcementId/retire': 'lead',
  'POST /api/boards/:boardId/announcements/:announcementId/acknowledgement': 'device',
  'POST /api/boards/:boardId/announcements/:announcementId/meetings': 'lead',
  'POST /api/boards/:boardId/analysis/questions': 'admin',
  'PUT /api/boards/:boardId/analysis/questions/:questionId': 'admin',
  'POST /api/boards/:boardId/analysis/questions/:questionId/retire': 'admin',
  'POST /api/boards/:boardId/analysis/rounds': 'lead',
  'PUT /api/boards/:boardId/analysis/rounds/:roundId/answers/:questionId': 'lead',
  'POST /api/boards/:boardId/analysis/rounds/:roundId/finish': 'lead',
  'POST /api/boards/:boardId/interest-votes': 'lead',
  'PUT /api/boards/:boardId/interest-votes/:voteId/dots': 'device',
  'POST /api/boards/:boardId/interest-votes/:voteId/close': 'lead',
  'PUT /api/boards/:boardId/materiality/split': 'lead',
  'PUT /api/boards/:boardId/wall-view': 'lead',
  'PUT /api/boards/:boardId/wall-cycle': 'lead',
  'PUT /api/boards/:boardId/employees': 'lead',
  'POST /api/boards/:boardId/workshop/templates': 'lead',
  'PUT /api/boards/:boardId/workshop/templates/:templateId': 'lead',
  'DELETE /api/boards/:boardId/workshop/templates/:templateId': 'lead',
  'POST /api/boards/:boardId/workshop/sessions': 'lead',
  'POST /api/boards/:boardId/workshop/current/control': 'lead',
  'POST /api/boards/:boardId/workshop/current/hide': 'lead',
  'POST /api/boards/:boardId/workshop/answers': 'device',
  'POST /api/boards/:boardId/workshop/ideas/:ideaId/suggestion': 'lead',
  'POST /api/boards/:boardId/follow-ups': 'lead',
  'PUT /api/boards/:boardId/follow-ups/:followUpId/step': 'lead',
  'PUT /api/boards/:boardId/follow-ups/:followUpId/actions/:actionId': 'lead',
  'PUT /api/boards/:boardId/follow-ups/:followUpId/goals/:goalId': 'lead',
  // Phones and leads write notes (a wall screen is refused by the route itself).
  'POST /api/boards/:boardId/follow-ups/:followUpId/notes': 'viewer',
  'POST /api/boards/:boardId/follow-ups/:followUpId/notes/:noteId/hide': 'lead',
  'PUT /api/boards/:boardId/follow-ups/:followUpId/votes': 'device',
  'PUT /api/boards/:boardId/follow-ups/:followUpId/pulse': 'device',
  'POST /api/boards/:boardId/follow-ups/:followUpId/new-actions': 'lead',
  'PUT /api/boards/:boardId/follow-ups/:followUpId/learning': 'lead',
  'POST /api/boards/:boardId/follow-ups/:followUpId/end': 'lead',
  'PUT /api/boards/:boardId/actions/:actionId': 'lead',
  'POST /api/boards/:boardId/meetings': 'lead',
  'POST /api/boards/:boardId/meetings/:meetingId/end': 'lead',
  'PUT /api/boards/:boardId/meeting-slot': 'lead',
  'PUT /api/boards/:boardId/participation-target': 'lead',
  'PATCH /api/boards/:boardId/settings': 'lead',
};

/**
 * The writes that an archived board still takes (issue 14): restoring it. Every other mutating
 * route of a board is refused with 409 `board_archived` once its caller is known.
 */
const ON_ARCHIVED: ReadonlySet<string> = new Set(['POST /api/admin/boards/:boardId/restore']);

/** Whether a mutating route writes on the board in its URL, and is refused while it is archived. */
export function refusedOnArchived(method: string, url: string): boolean {
  return MUTATING.has(method) && url.includes(':boardId') && !ON_ARCHIVED.has(`${method} ${url}`);
}

/**
 * A mutating route not in the table: admin routes need an admin, a board's routes someone who
 * may read that board, anything else at least a signed-in user or a known phone. A new public
 * write has to be listed on purpose.
 */
export function earlyPolicyOf(method: string, url: string): EarlyPolicy | undefined {
  if (!MUTATING.has(method)) return undefined;
  const listed = POLICIES[`${method} ${url}`];
  if (listed) return listed;
  if (url.startsWith('/api/admin/')) return 'admin';
  if (url.includes(':boardId')) return 'viewer';
  return 'known';
}

function boardIdOf(request: FastifyRequest): string {
  const params = request.params as Record<string, unknown> | undefined;
  const boardId = params?.boardId;
  return typeof boardId === 'string' ? boardId : '';
}

/**
 * Runs the route's own params validator. Validator compilers answer either a boolean (Ajv) or
 * `{ value } | { error }` (TypeBox), as Fastify's own validation step accepts.
 */
function paramsValid(request: FastifyRequest): boolean {
  const validate = request.getValidationFunction('params');
  if (!validate) return true;
  const result: unknown = validate(request.params);
  if (result === false) return false;
  return !(typeof result === 'object' && result !== null && 'error' in result && result.error);
}

function check(policy: EarlyPolicy, request: FastifyRequest, access: BoardAccess): void {
  const { credentials } = request;
  switch (policy) {
    case 'public':
      return;
    case 'device':
      access.device(boardIdOf(request), credentials);
      return;
    case 'lead':
      access.lead(boardIdOf(request), credentials);
      return;
    case 'viewer':
      access.viewer(boardIdOf(request), credentials);
      return;
    case 'admin':
      requireAdmin(request);
      return;
    case 'known':
      if (!credentials.user && credentials.deviceId === undefined) {
        throw unauthorized('Sign in or scan the board’s QR code first.');
      }
      return;
    default: {
      const unknown: never = policy;
      throw new Error(`unknown policy ${String(unknown)}`);
    }
  }
}

/**
 * Credentials before bodies: every mutating route's caller is checked in preParsing, after the
 * credentials are read (onRequest) and before a byte of the body is kept. Whatever the client
 * still sends after the refusal, Node reads and drops (nothing is held), so the client does
 * get its 401 instead of a reset; the request timeout bounds how long that may go on.
 * (Fastify itself refuses a Content-Length over the route's body limit before reading.)
 */
export function installEarlyAccess(app: FastifyInstance, access: BoardAccess): void {
  app.addHook('preParsing', async (request, _reply, payload) => {
    // No route (a 404) reads no body either.
    const url = request.routeOptions.url;
    if (url === undefined) return payload;
    const policy = earlyPolicyOf(request.method, url);
    if (policy === undefined) return payload;
    // A malformed id in the URL is a 400 whoever asks, as it was when validation ran first.
    if (!paramsValid(request)) {
      throw invalid('Invalid params: the URL does not name a valid board or item.');
    }
    check(policy, request, access);
    // Who asks is known and allowed: now an archived board refuses the write (one place for all).
    if (refusedOnArchived(request.method, url)) access.assertWritable(boardIdOf(request));
    return payload;
  });
}
