import { chmodSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lowOnSpace } from '../lib/disk-space.js';
import { DatabaseDamagedError, checkDatabase } from './check-database.js';
import { DataDirLockedError, lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { MigrationError, migrate } from './migrate.js';
import { openDatabase, type Db } from './open-database.js';
import {
  StartRefusedError,
  checkNotLostDatabase,
  diskFullAtStart,
  isDiskFull,
  preparePepper,
} from './start-checks.js';

export interface OpenDataDir {
  db: Db;
  pepper: Buffer;
  lock: DataDirLock;
  /** How long the start-up integrity check took. */
  checkMs: number;
}

/**
 * Everything the server does with DATA_DIR before it builds the app, in this order: take the
 * data folder's lock (no restore can run under the server, no second server), refuse a lost
 * database, open it, run the full integrity check and the migrations, and load the pepper.
 * Every refusal is a StartRefusedError whose message says what happened and what to do; a full
 * disk is reported as a full disk, never as damage.
 */
export function openDataDir(dataDir: string): OpenDataDir {
  const file = join(dataDir, 'tavla.db');
  // A data folder made before the server set its umask (or by hand) is closed to others too.
  restrictToOwner(dataDir);
  let lock: DataDirLock | undefined;
  let db: Db | undefined;
  try {
    lock = lockDataDir(dataDir, 'server');
    checkNotLostDatabase(dataDir);
    try {
      db = openDatabase(file);
    } catch (error) {
      if (isDiskFull(error) || lowOnSpace(dataDir)) throw error;
      throw new StartRefusedError(
        `${file} cannot be opened: ${String(error)}. Restore the latest backup (npm run restore).`,
      );
    }
    const checkMs = checkDatabase(db, file);
    migrate(db);
    const pepper = preparePepper(db, dataDir, { forServer: true });
    return { db, pepper, lock, checkMs };
  } catch (error) {
    db?.close();
    lock?.release();
    if (error instanceof DataDirLockedError) throw new StartRefusedError(error.message);
    // A full disk can also surface as an I/O error or a failed open: whatever failed, with no
    // room left the message is "disk full", not "damaged, restore a backup".
    if (isDiskFull(error) || lowOnSpace(dataDir))
      throw new StartRefusedError(diskFullAtStart(dataDir), { cause: error });
    if (error instanceof DatabaseDamagedError || error instanceof MigrationError) {
      throw new StartRefusedError(error.message, { cause: error });
    }
    throw error;
  }
}

/** The data folder and what is directly in it: owner only (0700 folders, 0600 files). */
function restrictToOwner(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  chmodSync(dataDir, 0o700);
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    const path = join(dataDir, entry.name);
    if (entry.isDirectory()) chmodSync(path, 0o700);
    else if (entry.isFile()) chmodSync(path, 0o600);
  }
}
