/**
 * `npm run restore -- <backup folder>`: puts a backup back into DATA_DIR. Stop the server
 * first. The current database is kept as tavla.db.before-restore-… next to it.
 */
import { resolve } from 'node:path';
import { restoreBackup } from '../db/backup.js';
import { loadConfig } from '../config.js';

const folder = process.argv[2];
if (!folder) {
  console.error(
    'usage: npm run restore -- <backup folder, e.g. data/backups/tavla-2026-11-21T03-00-00-000Z>',
  );
  process.exit(2);
}
try {
  const config = loadConfig({
    ...process.env,
    PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://127.0.0.1',
  });
  restoreBackup(resolve(folder), config.dataDir, new Date());
  console.log(`Restored ${folder} into ${config.dataDir}. Start the server again.`);
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
