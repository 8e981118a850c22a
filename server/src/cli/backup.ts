/**
 * `npm run backup`: takes a backup now (works while the server runs; SQLite's online backup
 * reads a consistent snapshot), then keeps the newest BACKUP_KEEP.
 */
import { join } from 'node:path';
import { backupNow, pruneBackups, verifyBackup } from '../db/backup.js';
import { openDatabase } from '../db/open-database.js';
import { loadConfig } from '../config.js';

async function main(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://127.0.0.1',
  });
  const db = openDatabase(join(config.dataDir, 'tavla.db'));
  try {
    const result = await backupNow(db, config.dataDir, new Date());
    verifyBackup(result.dir);
    const removed = pruneBackups(config.dataDir, config.backupKeep);
    console.log(`Backup written and checked: ${result.dir} (${result.photos} photos).`);
    if (removed.length > 0) console.log(`Removed ${removed.length} old backup(s).`);
  } finally {
    db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
