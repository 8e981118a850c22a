import type { CreateAdminBody, CreateLeadBody, SetupBody, User } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';
import type { Clock } from '../../lib/clock.js';
import { newId, randomToken } from '../../lib/random-token.js';
import { sha256Hex } from '../../lib/sha256.js';
import type { HashLimiter } from '../../lib/hash-limiter.js';
import type { SecretHasher } from '../../lib/secret-hash.js';
import { AppError, conflict, invalid, notFound } from '../../http/app-error.js';
import type { BoardRepository } from '../boards/board-repository.js';
import type { SetupCodes } from '../setup/setup-code.js';
import type { AccountRepository, UserRow } from './account-repository.js';
import { signInScopes, type Attempt, type LoginThrottle } from './login-throttle.js';

export const SESSION_COOKIE = 'tavla_session';
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** What is stored of a session id (and what a socket remembers of its session). */
/** Sessions are stored like device ids: only the SHA-256 of the cookie value. */
export const sessionHash = (sessionId: string): string => sha256Hex(sessionId);

/**
 * Sessions that just ended: one (a logout) or all of a user's (reset, sign out everywhere, or
 * `disabled`: an admin disabled the account).
 */
export type EndedSessions = { sessionHash: string } | { userId: string; disabled?: true };

const usernameTaken = () =>
  conflict('That username is taken.', { code: 'username_taken', field: 'username' });
const setupDone = () => conflict('Setup is already done. Sign in instead.', { code: 'setup_done' });

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
  /** Hashes and checks passwords (scrypt with the server's pepper). */
  hasher: SecretHasher;
  /** Bounds the scrypt hashes in flight; beyond it callers get 503 `busy`. */
  hashes: HashLimiter;
}) {
  const { db, accounts, boards, throttle, setupCodes, clock, hasher, hashes } = deps;
  // Compared against when the username is unknown, so both cases take the same time.
  const decoyHash = hasher.hash('decoy password for unknown users');
  const endedListeners = new Set<(ended: EndedSessions) => void>();
  const sessionsEnded = (ended: EndedSessions) => {
    for (const listener of endedListeners) listener(ended);
  };

  /**
   * Counts an attempt and then checks a secret, in that order and with no await in between:
   * a place in the hash queue first (503 when full, nothing counted), then the throttle (429
   * when locked, the place given back), then the hash once a slot is free.
   */
  async function checkedAttempt(
    scopes: Parameters<LoginThrottle['begin']>[0],
    check: () => Promise<boolean>,
  ): Promise<{ ok: boolean; attempt: Attempt }> {
    const ticket = hashes.reserve();
    let attempt: Attempt;
    try {
      attempt = throttle.begin(scopes);
    } catch (error) {
      ticket.cancel();
      throw error;
    }
    return { ok: await ticket.run(check), attempt };
  }

  const hashPassword = (password: string) => hashes.run(() => hasher.hash(password));

  const toUser = (row: UserRow): User => ({
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    boardIds: accounts.boardIdsOf(row),
    disabled: row.disabled_at !== null,
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

  async function createUser(
    body: { username: string; displayName: string; password: string },
    role: UserRow['role'],
    boardIds: readonly string[],
  ): Promise<User> {
    checkBoards(boardIds);
    if (accounts.userByName(body.username)) throw usernameTaken();
    const passwordHash = await hashPassword(body.password);
    return db.transaction(() => {
      if (accounts.userByName(body.username)) throw usernameTaken();
      const row: UserRow = {
        id: newId(),
        username: body.username,
        display_name: body.displayName.trim(),
        role,
        password_hash: passwordHash,
        created_at: clock.now().toISOString(),
        disabled_at: null,
      };
      accounts.insertUser(row);
      for (const boardId of boardIds) accounts.grantBoard(row.id, boardId);
      return toUser(row);
    })();
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
      if (!setupCodes.pending()) throw setupDone();
      const { ok, attempt } = await checkedAttempt([['setup', address]], () =>
        setupCodes.matches(body.code),
      );
      if (!ok) throw new AppError(401, 'setup_code_wrong', 'The setup code is not right.');
      attempt.succeeded();
      const passwordHash = await hashPassword(body.password);
      return db.transaction(() => {
        // Checked again inside the transaction: two racing setups must not make two admins.
        if (!setupCodes.pending()) throw setupDone();
        if (accounts.userByName(body.username)) throw usernameTaken();
        const row: UserRow = {
          id: newId(),
          username: body.username,
          display_name: body.displayName.trim(),
          role: 'admin',
          password_hash: passwordHash,
          created_at: clock.now().toISOString(),
          disabled_at: null,
        };
        accounts.insertUser(row);
        setupCodes.consume();
        return startSession(row);
      })();
    },

    async login(username: string, password: string, address: string): Promise<NewSession> {
      const user = accounts.userByName(username);
      const { ok, attempt } = await checkedAttempt(signInScopes(username, address), async () =>
        hasher.verify(password, user?.password_hash ?? (await decoyHash)),
      );
      if (!user || !ok) throw new AppError(401, 'wrong_credentials', 'Wrong username or password.');
      attempt.succeeded();
      // Said only to whoever knows the password, so it tells a guesser nothing.
      if (user.disabled_at !== null) {
        throw new AppError(403, 'account_disabled', 'This account is disabled.');
      }
      return startSession(user);
    },

    logout(sessionId: string | undefined): void {
      if (!sessionId) return;
      const hash = sessionHash(sessionId);
      accounts.deleteSession(hash);
      sessionsEnded({ sessionHash: hash });
    },

    /** Tells `listener` about every session that ends (to close its sockets); returns an unsubscribe. */
    onSessionsEnded(listener: (ended: EndedSessions) => void): () => void {
      endedListeners.add(listener);
      return () => endedListeners.delete(listener);
    },

    /** Tells the listeners about sessions another service ended (people: a disabled account). */
    sessionsEnded,

    /** The user of a session still alive, by the session's stored hash (sockets re-check). */
    sessionUserByHash: (hash: string): UserRow | undefined =>
      accounts.sessionUser(hash, clock.now().toISOString()),

    listUsers: (): User[] => accounts.allUsers().map(toUser),

    createLead: (body: CreateLeadBody): Promise<User> => createUser(body, 'lead', body.boardIds),

    /** Another admin: manages every board, so it needs no board list. */
    createAdmin: (body: CreateAdminBody): Promise<User> => createUser(body, 'admin', []),

    /** An admin sets a new password for a lead; the lead's sessions end at once. */
    async resetPassword(actor: UserRow, userId: string, password: string): Promise<void> {
      const target = accounts.userById(userId);
      if (!target) throw notFound('There is no such user.');
      if (target.role === 'admin' && target.id !== actor.id) {
        throw invalid('Admins change their own password.', { code: 'admin_password_not_yours' });
      }
      const hash = await hashPassword(password);
      db.transaction(() => {
        accounts.setPassword(target.id, hash);
        accounts.deleteSessionsOf(target.id);
        // A new password is a fresh start: the old guesses no longer matter.
        throttle.clearAccount(target.username);
      })();
      sessionsEnded({ userId: target.id });
    },

    /** Signs a user out everywhere. */
    revokeSessions(userId: string): number {
      if (!accounts.userById(userId)) throw notFound('There is no such user.');
      const ended = accounts.deleteSessionsOf(userId);
      sessionsEnded({ userId });
      return ended;
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
