/**
 * Sets a new password for a team lead or an admin, for whoever runs the server: the way back
 * in when the only admin forgot their password or is locked out. Run on the server machine
 * (it reads DATA_DIR like the server), also while the server runs:
 * `npm run reset-password -- <username>`. Prints the new password, ends the user's sessions
 * and lifts the account's sign-in locks.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import { openDatabase } from '../db/open-database.js';
import { loadOrCreatePepper } from '../lib/secret-hash.js';
import { rememberPepper } from '../db/start-checks.js';
import { UnknownUserError, resetPasswordOffline } from '../modules/accounts/password-reset.js';

async function main(): Promise<void> {
  const username = process.argv[2]?.trim();
  if (!username) {
    console.error('Say whose password to reset: npm run reset-password -- <username>');
    process.exit(2);
  }
  const config = loadConfig({
    ...process.env,
    PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://127.0.0.1',
  });
  const dbFile = join(config.dataDir, 'tavla.db');
  // The usual mistake is the wrong folder: say so instead of creating an empty database.
  if (!existsSync(dbFile)) {
    console.error(`There is no database at ${dbFile}. Set DATA_DIR to the server's data folder.`);
    process.exit(1);
  }
  // Without the server's pepper the new password would match nothing the server can check.
  if (!existsSync(join(config.dataDir, 'pepper.key'))) {
    console.error(
      `${join(config.dataDir, 'pepper.key')} is missing: put it back from a backup first ` +
        '(every password depends on it).',
    );
    process.exit(1);
  }
  const db = openDatabase(dbFile);
  try {
    migrate(db);
    const pepper = loadOrCreatePepper(config.dataDir);
    const done = await resetPasswordOffline({ db, pepper }, username);
    // The new password is made with this pepper: from now on it is the database's own.
    rememberPepper(db, pepper);
    console.log(
      [
        '',
        `New password for "${done.username}":`,
        '',
        `    ${done.password}`,
        '',
        'Sign in with it at /m/login. The old password no longer works;',
        `${done.endedSessions} open session(s) were signed out and the account's sign-in locks lifted.`,
        '',
      ].join('\n'),
    );
  } catch (error) {
    if (error instanceof UnknownUserError) {
      console.error(
        error.known.length > 0
          ? `${error.message} The users are: ${error.known.join(', ')}.`
          : `${error.message} There are no users yet: create the first admin with the setup code.`,
      );
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
