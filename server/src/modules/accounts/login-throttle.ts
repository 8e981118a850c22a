import type { Db } from '../../db/open-database.js';
import type { Clock } from '../../lib/clock.js';

/**
 * Failed sign-ins are counted per account and per client address, in the database, so a
 * restart does not reset a lockout. After `maxFailures` failures within `windowMs`, the key
 * is locked for `lockMs`; a success clears the account's count.
 */
export const THROTTLE_POLICY = {
  account: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  address: { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} as const;

type Kind = keyof typeof THROTTLE_POLICY;

interface FailureRow {
  key: string;
  failures: number;
  first_at: string;
  locked_until: string | null;
}

export function createLoginThrottle(db: Db, clock: Clock) {
  const get = db.prepare<[string], FailureRow>('SELECT * FROM login_failures WHERE key = ?');
  const put = db.prepare<[FailureRow]>(
    `INSERT INTO login_failures (key, failures, first_at, locked_until)
     VALUES (@key, @failures, @first_at, @locked_until)
     ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, first_at = excluded.first_at,
       locked_until = excluded.locked_until`,
  );
  const clear = db.prepare<[string]>('DELETE FROM login_failures WHERE key = ?');
  const keyOf = (kind: Kind, id: string) => `${kind}:${id.toLowerCase()}`;

  return {
    /** Milliseconds until the key may try again, or 0 when it may try now. */
    lockedFor(kind: Kind, id: string): number {
      const row = get.get(keyOf(kind, id));
      if (!row?.locked_until) return 0;
      return Math.max(0, new Date(row.locked_until).getTime() - clock.now().getTime());
    },

    recordFailure(kind: Kind, id: string): void {
      const policy = THROTTLE_POLICY[kind];
      const now = clock.now();
      const key = keyOf(kind, id);
      const row = get.get(key);
      const fresh = !row || now.getTime() - new Date(row.first_at).getTime() > policy.windowMs;
      const failures = fresh ? 1 : row.failures + 1;
      put.run({
        key,
        failures,
        first_at: fresh ? now.toISOString() : row.first_at,
        locked_until:
          failures >= policy.maxFailures
            ? new Date(now.getTime() + policy.lockMs).toISOString()
            : null,
      });
    },

    recordSuccess: (kind: Kind, id: string): void => void clear.run(keyOf(kind, id)),
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
