import { randomInt } from 'node:crypto';
import type { Db } from '../../db/open-database.js';
import { systemClock, type Clock } from '../../lib/clock.js';
import { hashSecret } from '../../lib/secret-hash.js';
import { createAccountRepository } from './account-repository.js';
import { createLoginThrottle } from './login-throttle.js';

// Lower case without look-alikes (no 0/o, 1/l/i): read off a terminal, typed on a phone.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Twenty characters from 31 symbols in groups of four: about 99 bits. */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 5; g += 1) {
    let group = '';
    for (let i = 0; i < 4; i += 1) group += ALPHABET.charAt(randomInt(ALPHABET.length));
    groups.push(group);
  }
  return groups.join('-');
}

export class UnknownUserError extends Error {
  override name = 'UnknownUserError';
  constructor(
    readonly username: string,
    readonly known: string[],
  ) {
    super(`There is no user "${username}".`);
  }
}

/**
 * For whoever runs the server (`npm run reset-password -- <username>`), also when every admin
 * is locked out or has forgotten their password: sets a new, generated password, ends the
 * user's sessions and lifts the account's sign-in locks. Works on the database directly, so
 * it runs beside a live server; that server's sockets notice the ended sessions by
 * themselves (they re-check their session every few seconds).
 */
export async function resetPasswordOffline(
  deps: { db: Db; pepper: Buffer; clock?: Clock },
  username: string,
): Promise<{ username: string; password: string; endedSessions: number }> {
  const { db, pepper } = deps;
  const accounts = createAccountRepository(db);
  const throttle = createLoginThrottle(db, deps.clock ?? systemClock);
  const user = accounts.userByName(username);
  if (!user)
    throw new UnknownUserError(
      username,
      accounts.allUsers().map((u) => u.username),
    );
  const password = generatePassword();
  const hash = await hashSecret(password, pepper);
  const endedSessions = db.transaction(() => {
    accounts.setPassword(user.id, hash);
    throttle.clearAccount(user.username);
    return accounts.deleteSessionsOf(user.id);
  })();
  return { username: user.username, password, endedSessions };
}
