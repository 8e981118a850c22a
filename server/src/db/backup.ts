import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, type Db } from './open-database.js';
import { startNewHistory } from './history-id.js';

/**
 * Backups: a folder per backup in DATA_DIR/backups, holding
 *   tavla.db   — SQLite's online backup of the live database (consistent while it is written),
 *   photos/    — the photo files (never changed after upload, so copying is safe),
 *   pepper.key — without it no password could be checked after a restore.
 */
export const BACKUP_PREFIX = 'tavla-';

export interface BackupResult {
  dir: string;
  photos: number;
}

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-');

function copyDir(from: string, to: string): number {
  if (!existsSync(from)) return 0;
  mkdirSync(to, { recursive: true });
  let copied = 0;
  for (const name of readdirSync(from)) {
    if (name.endsWith('.tmp') || !statSync(join(from, name)).isFile()) continue;
    copyFileSync(join(from, name), join(to, name));
    copied += 1;
  }
  return copied;
}

/** Takes a backup while the server keeps running. */
export async function backupNow(db: Db, dataDir: string, now: Date): Promise<BackupResult> {
  const dir = join(dataDir, 'backups', `${BACKUP_PREFIX}${stamp(now)}`);
  mkdirSync(dir, { recursive: true });
  await db.backup(join(dir, 'tavla.db'));
  const photos = copyDir(join(dataDir, 'photos'), join(dir, 'photos'));
  const pepper = join(dataDir, 'pepper.key');
  if (existsSync(pepper)) {
    copyFileSync(pepper, join(dir, 'pepper.key'));
    chmodSync(join(dir, 'pepper.key'), 0o600);
  }
  return { dir, photos };
}

/** Keeps the newest `keep` backups and removes the rest; returns what it removed. */
export function pruneBackups(dataDir: string, keep: number): string[] {
  const root = join(dataDir, 'backups');
  if (!existsSync(root)) return [];
  const backups = readdirSync(root)
    .filter((name) => name.startsWith(BACKUP_PREFIX))
    .sort()
    .reverse();
  const removed = backups.slice(keep);
  for (const name of removed) rmSync(join(root, name), { recursive: true, force: true });
  return removed;
}

/** Checks that a backup opens and passes a full integrity check. */
export function verifyBackup(dir: string): void {
  const file = join(dir, 'tavla.db');
  if (!existsSync(file)) throw new Error(`${dir} holds no tavla.db.`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok')
      throw new Error(`${basename(dir)} fails the integrity check: ${String(result)}`);
  } finally {
    db.close();
  }
}

/**
 * Puts a backup back into DATA_DIR. The server must be stopped. The current database is kept
 * next to it (tavla.db.before-restore-…) so a restore can itself be undone.
 */
export function restoreBackup(dir: string, dataDir: string, now: Date): void {
  verifyBackup(dir);
  mkdirSync(dataDir, { recursive: true });
  const target = join(dataDir, 'tavla.db');
  if (existsSync(target)) copyFileSync(target, `${target}.before-restore-${stamp(now)}`);
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  copyFileSync(join(dir, 'tavla.db'), target);
  const restored = openDatabase(target);
  try {
    startNewHistory(restored);
  } finally {
    restored.close();
  }
  copyDir(join(dir, 'photos'), join(dataDir, 'photos'));
  if (existsSync(join(dir, 'pepper.key'))) {
    copyFileSync(join(dir, 'pepper.key'), join(dataDir, 'pepper.key'));
    chmodSync(join(dataDir, 'pepper.key'), 0o600);
  }
}

/** Runs backups on a schedule inside the server; stop() on shutdown. */
export function scheduleBackups(options: {
  db: Db;
  dataDir: string;
  everyMs: number;
  keep: number;
  now: () => Date;
  log: (message: string, error?: unknown) => void;
}): { stop: () => void } {
  const run = () => {
    backupNow(options.db, options.dataDir, options.now())
      .then((result) => {
        pruneBackups(options.dataDir, options.keep);
        options.log(`backup written to ${result.dir} (${result.photos} photos)`);
      })
      .catch((error: unknown) => options.log('backup failed', error));
  };
  const timer = setInterval(run, options.everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
