/**
 * `npm run restore -- <backup folder>`: puts a backup back into DATA_DIR. Refused while the
 * server runs (it holds DATA_DIR's lock). The current database is kept, complete, as
 * tavla.db.before-restore-… next to it.
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
  const undo = restoreBackup(resolve(folder), config.dataDir, new Date());
  console.log(`Restored ${folder} into ${config.dataDir}. Start the server again.`);
  if (undo) console.log(`The database it replaced is kept, complete, as ${undo}.`);
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
