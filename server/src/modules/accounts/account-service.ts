import { createHash } from 'node:crypto';
import type { CreateLeadBody, SetupBody, User } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';
import type { Clock } from '../../lib/clock.js';
import { newId, randomToken } from '../../lib/random-token.js';
import { hashSecret, verifySecret } from '../../lib/secret-hash.js';
import { AppError, conflict, invalid, notFound, unauthorized } from '../../http/app-error.js';
import type { BoardRepository } from '../boards/board-repository.js';
import type { SetupCodes } from '../setup/setup-code.js';
import type { AccountRepository, UserRow } from './account-repository.js';
import type { LoginThrottle } from './login-throttle.js';

export const SESSION_COOKIE = 'tavla_session';
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

const sessionHash = (sessionId: string): string =>
  createHash('sha256').update(sessionId).digest('hex');

function rateLimited(ms: number): AppError {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return new AppError(
    429,
    'rate_limited',
    `Too many failed attempts. Try again in ${minutes} min.`,
  );
}

export interface NewSession {
  sessionId: string;
  expiresAt: Date;
  user: User;
}

export function createAccountService(deps: {
  db: Db;
  accounts: AccountRepository;
  boards: BoardRepository;
  throttle: LoginThrottle;
  setupCodes: SetupCodes;
  clock: Clock;
  pepper: Buffer;
}) {
  const { db, accounts, boards, throttle, setupCodes, clock, pepper } = deps;
  // Compared against when the username is unknown, so both cases take the same time.
  const decoyHash = hashSecret('decoy password for unknown users', pepper);

  const toUser = (row: UserRow): User => ({
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    boardIds: accounts.boardIdsOf(row),
  });

  function startSession(user: UserRow): NewSession {
    const sessionId = randomToken(32);
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    accounts.deleteExpiredSessions(now.toISOString());
    accounts.insertSession(
      sessionHash(sessionId),
      user.id,
      now.toISOString(),
      expiresAt.toISOString(),
    );
    return { sessionId, expiresAt, user: toUser(user) };
  }

  function checkBoards(boardIds: readonly string[]): void {
    for (const boardId of boardIds) {
      if (!boards.findById(boardId)) throw notFound(`There is no board ${boardId}.`);
    }
  }

  return {
    toUser,

    /** The user behind a session cookie, if the session exists and has not expired. */
    sessionUser(sessionId: string | undefined): UserRow | undefined {
      if (!sessionId || sessionId.length > 100) return undefined;
      return accounts.sessionUser(sessionHash(sessionId), clock.now().toISOString());
    },

    setupPending: () => setupCodes.pending(),

    /** First admin, created with the one-time setup code printed at first start. */
    async setup(body: SetupBody, address: string): Promise<NewSession> {
      if (!setupCodes.pending()) throw conflict('Setup is already done. Sign in instead.');
      const lockedFor = throttle.lockedFor('address', address);
      if (lockedFor > 0) throw rateLimited(lockedFor);
      if (!(await setupCodes.matches(body.code))) {
        throttle.recordFailure('address', address);
        throw unauthorized('The setup code is not right.');
      }
      const passwordHash = await hashSecret(body.password, pepper);
      return db.transaction(() => {
        // Checked again inside the transaction: two racing setups must not make two admins.
        if (!setupCodes.pending()) throw conflict('Setup is already done. Sign in instead.');
        if (accounts.userByName(body.username)) throw conflict('That username is taken.');
        const row: UserRow = {
          id: newId(),
          username: body.username,
          display_name: body.displayName.trim(),
          role: 'admin',
          password_hash: passwordHash,
          created_at: clock.now().toISOString(),
        };
        accounts.insertUser(row);
        setupCodes.consume();
        throttle.recordSuccess('address', address);
        return startSession(row);
      })();
    },

    async login(username: string, password: string, address: string): Promise<NewSession> {
      const lockedFor = Math.max(
        throttle.lockedFor('account', username),
        throttle.lockedFor('address', address),
      );
      if (lockedFor > 0) throw rateLimited(lockedFor);
      const user = accounts.userByName(username);
      const ok = await verifySecret(password, user?.password_hash ?? (await decoyHash), pepper);
      if (!user || !ok) {
        throttle.recordFailure('account', username);
        throttle.recordFailure('address', address);
        throw unauthorized('Wrong username or password.');
      }
      throttle.recordSuccess('account', username);
      return startSession(user);
    },

    logout(sessionId: string | undefined): void {
      if (sessionId) accounts.deleteSession(sessionHash(sessionId));
    },

    listUsers: (): User[] => accounts.allUsers().map(toUser),

    async createLead(body: CreateLeadBody): Promise<User> {
      checkBoards(body.boardIds);
      if (accounts.userByName(body.username)) throw conflict('That username is taken.');
      const passwordHash = await hashSecret(body.password, pepper);
      return db.transaction(() => {
        if (accounts.userByName(body.username)) throw conflict('That username is taken.');
        const row: UserRow = {
          id: newId(),
          username: body.username,
          display_name: body.displayName.trim(),
          role: 'lead',
          password_hash: passwordHash,
          created_at: clock.now().toISOString(),
        };
        accounts.insertUser(row);
        for (const boardId of body.boardIds) accounts.grantBoard(row.id, boardId);
        return toUser(row);
      })();
    },

    /** An admin sets a new password for a lead; the lead's sessions end at once. */
    async resetPassword(actor: UserRow, userId: string, password: string): Promise<void> {
      const target = accounts.userById(userId);
      if (!target) throw notFound('There is no such user.');
      if (target.role === 'admin' && target.id !== actor.id) {
        throw invalid('Admins change their own password.');
      }
      const hash = await hashSecret(password, pepper);
      db.transaction(() => {
        accounts.setPassword(target.id, hash);
        accounts.deleteSessionsOf(target.id);
      })();
    },

    /** Signs a user out everywhere. */
    revokeSessions(userId: string): number {
      if (!accounts.userById(userId)) throw notFound('There is no such user.');
      return accounts.deleteSessionsOf(userId);
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
