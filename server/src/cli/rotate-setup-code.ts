/**
 * Prints a new one-time setup code when the first one was lost, as long as no admin exists.
 * Run on the server machine (it reads DATA_DIR like the server): `npm run setup-code`.
 */
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import { openDatabase } from '../db/open-database.js';
import { loadOrCreatePepper } from '../lib/secret-hash.js';
import { createSetupCodes } from '../modules/setup/setup-code.js';

async function main(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://127.0.0.1',
  });
  const db = openDatabase(join(config.dataDir, 'tavla.db'));
  try {
    migrate(db);
    const codes = createSetupCodes(db, loadOrCreatePepper(config.dataDir));
    const code = await codes.rotate();
    console.log(`New one-time setup code (the old one no longer works): ${code}`);
  } finally {
    db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
