import type { Db } from '../../db/open-database.js';
import type { Clock } from '../../lib/clock.js';
import { rateLimited } from '../../http/app-error.js';

/**
 * Failed sign-ins and setup codes, counted in the database so a restart does not lift a lock.
 *
 * - `pair` (account + address): the lock that hurts the guesser. Five failures from one
 *   address lock that account *for that address* for 15 min; the owner elsewhere signs in.
 * - `account` (every address): the slower, global back-off against a guesser with many
 *   addresses. Twenty failures an hour are free; each further one locks the account for
 *   30 s, doubling up to 10 min, so the owner waits minutes at worst, never for good.
 * - `address`: 30 failures in 15 min from one address, whatever the accounts.
 * - `setup`: 10 wrong setup codes in 15 min from one address.
 *
 * An attempt is counted *before* its password is hashed, in one synchronous transaction with
 * the lock check, so N parallel attempts count as N: the one that reaches the limit sets the
 * lock and everyone after it is refused unchecked. A success gives its count back.
 */
export const THROTTLE_POLICY = {
  pair: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000, maxLockMs: 15 * 60_000 },
  account: { maxFailures: 20, windowMs: 60 * 60_000, lockMs: 30_000, maxLockMs: 10 * 60_000 },
  address: { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000, maxLockMs: 15 * 60_000 },
  setup: { maxFailures: 10, windowMs: 15 * 60_000, lockMs: 15 * 60_000, maxLockMs: 15 * 60_000 },
} as const;

export type ThrottleKind = keyof typeof THROTTLE_POLICY;

interface FailureRow {
  key: string;
  failures: number;
  first_at: string;
  locked_until: string | null;
}

/** The lock after `failures` failures: fixed, or doubling from `lockMs` up to `maxLockMs`. */
function lockMsAfter(kind: ThrottleKind, failures: number): number {
  const policy = THROTTLE_POLICY[kind];
  const doublings = Math.min(20, Math.max(0, failures - policy.maxFailures));
  return Math.min(policy.maxLockMs, policy.lockMs * 2 ** doublings);
}

/** A lock an attempt set when it was counted, and what the row held before. */
interface SetLock {
  lockedUntil: string | null;
  before: string | null;
}

/** What one attempt counted against; settle it once the password has been checked. */
export interface Attempt {
  /** The password was right: this attempt was no failure. */
  succeeded(): void;
}

const canonicalAccount = (username: string) => username.toLowerCase();

/** The keys an attempt to sign in as `username` from `address` counts against. */
export const signInScopes = (username: string, address: string): [ThrottleKind, string][] => [
  ['pair', `${canonicalAccount(username)}|${address}`],
  ['account', canonicalAccount(username)],
  ['address', address],
];

export function createLoginThrottle(db: Db, clock: Clock) {
  const get = db.prepare<[string], FailureRow>('SELECT * FROM login_failures WHERE key = ?');
  const put = db.prepare<[FailureRow]>(
    `INSERT INTO login_failures (key, failures, first_at, locked_until)
     VALUES (@key, @failures, @first_at, @locked_until)
     ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, first_at = excluded.first_at,
       locked_until = excluded.locked_until`,
  );
  const clear = db.prepare<[string]>('DELETE FROM login_failures WHERE key = ?');
  const clearPrefix = db.prepare<[number, string]>(
    'DELETE FROM login_failures WHERE substr(key, 1, ?) = ?',
  );
  const keyOf = (kind: ThrottleKind, id: string) => `${kind}:${id.toLowerCase()}`;

  /** Counts one attempt against every scope, or refuses it (429) if any scope is locked. */
  const begin = db.transaction((scopes: [ThrottleKind, string][]): Map<string, SetLock> => {
    const now = clock.now().getTime();
    const rows = scopes.map(([kind, id]) => ({
      kind,
      key: keyOf(kind, id),
      row: get.get(keyOf(kind, id)),
    }));
    const waitMs = Math.max(
      0,
      ...rows.map(({ row }) => (row?.locked_until ? Date.parse(row.locked_until) - now : 0)),
    );
    if (waitMs > 0) {
      throw rateLimited('Too many failed attempts. Try again later.', waitMs / 1000);
    }
    const set = new Map<string, SetLock>();
    for (const { kind, key, row } of rows) {
      const policy = THROTTLE_POLICY[kind];
      const fresh = !row || now - Date.parse(row.first_at) > policy.windowMs;
      const failures = fresh ? 1 : row.failures + 1;
      // The attempt that reaches the limit still runs; the lock stops everyone after it.
      const lockedUntil =
        failures >= policy.maxFailures
          ? new Date(now + lockMsAfter(kind, failures)).toISOString()
          : null;
      put.run({
        key,
        failures,
        first_at: fresh ? new Date(now).toISOString() : row.first_at,
        locked_until: lockedUntil,
      });
      set.set(key, { lockedUntil, before: row?.locked_until ?? null });
    }
    return set;
  });

  /** Gives a successful attempt's count back; the pair (and a setup address) starts afresh. */
  const settle = db.transaction((scopes: [ThrottleKind, string][], set: Map<string, SetLock>) => {
    for (const [kind, id] of scopes) {
      const key = keyOf(kind, id);
      if (kind === 'pair' || kind === 'setup') {
        clear.run(key);
        continue;
      }
      const row = get.get(key);
      if (!row) continue;
      const failures = Math.max(0, row.failures - 1);
      // A lock this very attempt set (because it was counted as a failure before its check)
      // is lifted again: a right password must never lock the account for everyone else. A lock
      // a failed attempt set meanwhile stays.
      const ours = set.get(key);
      const liftOurs = ours?.lockedUntil != null && row.locked_until === ours.lockedUntil;
      put.run({ ...row, failures, locked_until: liftOurs ? ours.before : row.locked_until });
    }
  });

  return {
    /**
     * Counts an attempt before its (slow) check; throws a 429 when a scope is locked. Call it
     * synchronously right before hashing, with no await in between.
     */
    begin(scopes: [ThrottleKind, string][]): Attempt {
      const set = begin.immediate(scopes);
      let settled = false;
      return {
        succeeded() {
          if (settled) return;
          settled = true;
          settle(scopes, set);
        },
      };
    },

    /** Lifts every lock and count of one account (all its pairs and the global back-off). */
    clearAccount(username: string): void {
      const account = canonicalAccount(username);
      db.transaction(() => {
        clear.run(keyOf('account', account));
        const prefix = keyOf('pair', `${account}|`);
        clearPrefix.run(prefix.length, prefix);
      })();
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
