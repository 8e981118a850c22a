/**
 * Prints a new one-time setup code when the first one was lost, as long as no admin exists.
 * Run on the server machine (it reads DATA_DIR like the server): `npm run setup-code`.
 */
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import { openDatabase } from '../db/open-database.js';
import { StartRefusedError, checkNotLostDatabase, preparePepper } from '../db/start-checks.js';
import { createSecretHasher } from '../lib/secret-hash.js';
import { createSetupCodes } from '../modules/setup/setup-code.js';

async function main(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://127.0.0.1',
  });
  checkNotLostDatabase(config.dataDir);
  const db = openDatabase(join(config.dataDir, 'tavla.db'));
  try {
    migrate(db);
    // First: a lost pepper.key is the real problem when accounts exist, and says how to fix it.
    const pepper = preparePepper(db, config.dataDir, { forServer: false });
    const admins =
      db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM users WHERE role = 'admin'").get()
        ?.n ?? 0;
    if (admins > 0) {
      throw new StartRefusedError(
        `No new setup code: the setup code only creates the first admin, and ${admins} admin ` +
          `account(s) exist in ${config.dataDir}. Sign in as an admin (an admin can reset other ` +
          'passwords), or give an admin a new password with npm run reset-password -- <username>.',
      );
    }
    const codes = createSetupCodes(db, createSecretHasher(pepper));
    const code = await codes.rotate();
    console.log(`New one-time setup code (the old one no longer works): ${code}`);
    console.log('It works at once, also while the server runs: open …/m/login → "First start".');
  } finally {
    db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
