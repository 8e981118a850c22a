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
import { lockDataDir } from './data-dir-lock.js';
import { openDatabase, type Db } from './open-database.js';
import { startNewHistory } from './history-id.js';

/**
 * Backups: a folder per backup in DATA_DIR/backups, holding
 *   tavla.db   — SQLite's online backup of the live database (consistent while it is written),
 *   photos/    — the photo files (never changed after upload, so copying is safe),
 *   pepper.key — without it no password could be checked after a restore.
 * The database holds the hashes of passwords, sessions and device ids, and pepper.key is the
 * secret those hashes depend on: folders are 0700 and files 0600 (owner only).
 */
export const BACKUP_PREFIX = 'tavla-';

export interface BackupResult {
  dir: string;
  photos: number;
}

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-');

/** The time in a backup folder's name (tavla-2026-11-21T03-00-00-000Z), or null. */
export function backupTime(name: string): Date | null {
  const match = /^tavla-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(name);
  if (!match) return null;
  const time = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`);
  return Number.isNaN(time.getTime()) ? null : time;
}

function privateDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  chmodSync(path, 0o700);
}

function privateCopy(from: string, to: string): void {
  copyFileSync(from, to);
  chmodSync(to, 0o600);
}

function copyDir(from: string, to: string, mode: 'private' | 'as-is'): number {
  if (!existsSync(from)) return 0;
  if (mode === 'private') privateDir(to);
  else mkdirSync(to, { recursive: true });
  let copied = 0;
  for (const name of readdirSync(from)) {
    if (name.endsWith('.tmp') || !statSync(join(from, name)).isFile()) continue;
    if (mode === 'private') privateCopy(join(from, name), join(to, name));
    else copyFileSync(join(from, name), join(to, name));
    copied += 1;
  }
  return copied;
}

/** Takes a backup while the server keeps running. A backup that fails halfway is removed. */
export async function backupNow(db: Db, dataDir: string, now: Date): Promise<BackupResult> {
  const root = join(dataDir, 'backups');
  privateDir(root);
  const dir = join(root, `${BACKUP_PREFIX}${stamp(now)}`);
  privateDir(dir);
  try {
    await db.backup(join(dir, 'tavla.db'));
    chmodSync(join(dir, 'tavla.db'), 0o600);
    const photos = copyDir(join(dataDir, 'photos'), join(dir, 'photos'), 'private');
    const pepper = join(dataDir, 'pepper.key');
    if (existsSync(pepper)) privateCopy(pepper, join(dir, 'pepper.key'));
    return { dir, photos };
  } catch (error) {
    // A full disk must not leave a half backup that looks like a good one.
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The backup folders, newest first. */
export function listBackups(dataDir: string): string[] {
  const root = join(dataDir, 'backups');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => name.startsWith(BACKUP_PREFIX))
    .sort()
    .reverse()
    .map((name) => join(root, name));
}

/** Keeps the newest `keep` backups and removes the rest; returns what it removed. */
export function pruneBackups(dataDir: string, keep: number): string[] {
  const removed = listBackups(dataDir).slice(keep);
  for (const dir of removed) rmSync(dir, { recursive: true, force: true });
  return removed.map((dir) => basename(dir));
}

/**
 * Checks that a backup opens and passes a full integrity check, and leaves its folder exactly
 * as it was. A backup is a WAL-mode database, and SQLite opening one, even read-only, creates
 * tavla.db-wal and tavla.db-shm next to it (better-sqlite3 is built without URI names, so
 * `immutable=1` is not available): the ones this check created are removed again.
 */
export function verifyBackup(dir: string): void {
  const file = join(dir, 'tavla.db');
  if (!existsSync(file)) throw new Error(`${dir} holds no tavla.db.`);
  const created = ['-wal', '-shm']
    .map((suffix) => `${file}${suffix}`)
    .filter((f) => !existsSync(f));
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const result = db.pragma('integrity_check', { simple: true });
      if (result !== 'ok')
        throw new Error(`${basename(dir)} fails the integrity check: ${String(result)}`);
    } finally {
      db.close();
    }
  } finally {
    for (const path of created) rmSync(path, { force: true });
  }
}

/**
 * The undo copy of the database a restore replaces. After a crash the newest commits live
 * only in tavla.db-wal, so copying tavla.db alone would lose them: SQLite itself writes the
 * copy (VACUUM INTO reads through the WAL). A database too damaged for that is kept as it is,
 * its WAL beside it under the matching name, so SQLite reads the pair together.
 */
function keepUndoCopy(target: string, undo: string): void {
  try {
    const live = new Database(target, { fileMustExist: true });
    try {
      live.prepare('VACUUM INTO ?').run(undo);
    } finally {
      live.close();
    }
    chmodSync(undo, 0o600);
  } catch {
    rmSync(undo, { force: true });
    if (existsSync(target)) privateCopy(target, undo);
    if (existsSync(`${target}-wal`)) privateCopy(`${target}-wal`, `${undo}-wal`);
  }
}

/**
 * Puts a backup back into DATA_DIR. Refused while a server uses DATA_DIR (data-dir-lock.ts);
 * the server cannot start while the restore runs either. The current database is kept next to
 * it, complete (tavla.db.before-restore-…), so a restore can itself be undone.
 * Returns the undo copy's path, or null when there was no database to keep.
 */
export function restoreBackup(dir: string, dataDir: string, now: Date): string | null {
  verifyBackup(dir);
  const lock = lockDataDir(dataDir, 'restore');
  try {
    const target = join(dataDir, 'tavla.db');
    let undo: string | null = null;
    const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);
    // Whatever holds data is kept: the database, or a WAL left next to an empty one.
    if (size(target) > 0 || size(`${target}-wal`) > 0) {
      undo = `${target}.before-restore-${stamp(now)}`;
      keepUndoCopy(target, undo);
    }
    for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    copyFileSync(join(dir, 'tavla.db'), target);
    chmodSync(target, 0o600);
    const restored = openDatabase(target);
    try {
      startNewHistory(restored);
    } finally {
      restored.close();
    }
    copyDir(join(dir, 'photos'), join(dataDir, 'photos'), 'as-is');
    if (existsSync(join(dir, 'pepper.key')))
      privateCopy(join(dir, 'pepper.key'), join(dataDir, 'pepper.key'));
    return undo;
  } finally {
    lock.release();
  }
}

/** How long until the next backup is due: from the newest backup's time, not from this start. */
export function nextBackupDelay(options: {
  dataDir: string;
  everyMs: number;
  now: Date;
  /** The earliest a due backup runs after start, so it does not slow the start itself. */
  soonMs: number;
}): number {
  const newest = listBackups(options.dataDir)
    .map((dir) => backupTime(basename(dir)))
    .find((time) => time !== null);
  const dueIn = newest ? newest.getTime() + options.everyMs - options.now.getTime() : 0;
  // A newest backup from the future (a clock that jumped back) counts as just taken.
  return Math.min(Math.max(dueIn, options.soonMs), options.everyMs, MAX_TIMER_MS);
}

/** setTimeout's limit (about 24.8 days): longer waits are taken in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** After a failed backup (a full disk, say) the next try comes this much later. */
const RETRY_MS = 60 * 60 * 1000;

/**
 * Runs backups on a schedule inside the server; stop() on shutdown. The schedule follows the
 * newest backup in DATA_DIR/backups, so restarts do not postpone it: a backup that is due is
 * taken `soonMs` (1 minute) after start.
 */
export function scheduleBackups(options: {
  db: Db;
  dataDir: string;
  everyMs: number;
  keep: number;
  now: () => Date;
  log: (message: string, error?: unknown) => void;
  soonMs?: number;
}): { stop: () => void } {
  const soonMs = options.soonMs ?? 60_000;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const plan = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(run, delay);
    timer.unref();
  };
  const planFromNewest = () =>
    plan(
      nextBackupDelay({
        dataDir: options.dataDir,
        everyMs: options.everyMs,
        now: options.now(),
        soonMs,
      }),
    );
  const run = () => {
    const now = options.now();
    // Not due yet (a long wait taken in steps, or a backup taken by hand meanwhile).
    if (nextBackupDelay({ dataDir: options.dataDir, everyMs: options.everyMs, now, soonMs: 0 }) > 0)
      return planFromNewest();
    backupNow(options.db, options.dataDir, now)
      .then((result) => {
        pruneBackups(options.dataDir, options.keep);
        options.log(`backup written to ${result.dir} (${result.photos} photos)`);
        planFromNewest();
      })
      .catch((error: unknown) => {
        options.log('backup failed; trying again in an hour', error);
        plan(Math.min(RETRY_MS, options.everyMs));
      });
  };
  planFromNewest();
  return {
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
