import { createHmac } from 'node:crypto';
import { existsSync, readdirSync, renameSync, statSync, statfsSync } from 'node:fs';
import { join } from 'node:path';
import { loadOrCreatePepper } from '../lib/secret-hash.js';
import { isDiskFull } from '../lib/disk-space.js';
import { listBackups } from './backup.js';
import type { Db } from './open-database.js';

/** A start (or a command) that must not go on; the message says why and what to do. */
export class StartRefusedError extends Error {
  override name = 'StartRefusedError';
}

const PEPPER_BYTES = 32;

function entries(dir: string): number {
  try {
    return readdirSync(dir).length;
  } catch {
    return 0;
  }
}

function restoreHint(dataDir: string): string {
  const newest = listBackups(dataDir)[0];
  return newest
    ? `npm run restore -- ${newest}`
    : 'npm run restore -- <a backup folder, e.g. a copy of DATA_DIR/backups/tavla-…>';
}

/**
 * Before the database is opened: a missing or empty tavla.db in a data folder that an earlier
 * install used (pepper.key, photos, backups) is lost data, not a new install. Opening it would
 * create a new board with new keys and a new setup code on top of what is left.
 */
export function checkNotLostDatabase(dataDir: string): void {
  const file = join(dataDir, 'tavla.db');
  const size = existsSync(file) ? statSync(file).size : -1;
  if (size > 0) return;
  const traces: string[] = [];
  if (existsSync(join(dataDir, 'pepper.key'))) traces.push('pepper.key');
  const photos = entries(join(dataDir, 'photos'));
  if (photos > 0) traces.push(`${photos} photo files`);
  const backups = listBackups(dataDir).length;
  if (backups > 0) traces.push(`${backups} backups`);
  if (traces.length === 0) return;
  throw new StartRefusedError(
    `${file} is ${size === 0 ? 'empty (0 bytes)' : 'missing'}, but ${dataDir} holds ${traces.join(', ')} ` +
      'from an earlier install, so this is not a new install and nothing was created. ' +
      `Restore the newest backup: ${restoreHint(dataDir)}. ` +
      'To start a new, empty install on purpose, move this folder away (or set DATA_DIR) first.',
  );
}

/**
 * The pepper that every password and setup-code hash depends on. A new one may only be made
 * while no hash needs the old one: with accounts (or, for the server, a pending setup code) a
 * missing or short pepper.key would silently turn every password wrong, so it is refused with
 * the way back. `npm run setup-code` (forServer false) may replace it while there are no
 * accounts, since it also replaces the setup code.
 */
export function preparePepper(db: Db, dataDir: string, options: { forServer: boolean }): Buffer {
  const file = join(dataDir, 'pepper.key');
  const size = existsSync(file) ? statSync(file).size : -1;
  const accounts = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM users').get()?.n ?? 0;
  const pendingCode =
    db.prepare("SELECT 1 FROM settings WHERE key = 'setup_code_hash'").get() !== undefined;
  if (size >= PEPPER_BYTES) {
    const pepper = loadOrCreatePepper(dataDir);
    const stored = db
      .prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?')
      .get(PEPPER_CHECK_KEY)?.value;
    const hashesDependOnIt = accounts > 0 || (pendingCode && options.forServer);
    if (stored !== undefined && stored !== pepperCheck(pepper) && hashesDependOnIt) {
      throw new StartRefusedError(
        `${file} is not the pepper.key this database was made with (another install's?), so ` +
          'no password or setup code could be checked. Nothing was changed. Copy pepper.key ' +
          'from a backup of this database, or from the machine it came from, together with tavla.db.',
      );
    }
    rememberPepper(db, pepper);
    return pepper;
  }
  const state = size < 0 ? 'missing' : `damaged (${size} bytes, expected ${PEPPER_BYTES})`;
  if (accounts > 0 || (pendingCode && options.forServer)) {
    const newest = listBackups(dataDir).find((dir) => existsSync(join(dir, 'pepper.key')));
    const what =
      accounts > 0
        ? `the database holds ${accounts} account(s), whose passwords can only be checked with the pepper.key they were made with`
        : 'a setup code is waiting, and it can only be checked with the pepper.key it was made with';
    throw new StartRefusedError(
      `${file} is ${state}, but ${what}. Nothing was changed. Put pepper.key back from a ` +
        `backup (every backup folder holds one)${newest ? `: cp ${join(newest, 'pepper.key')} ${file}` : ''}` +
        ', or from the machine this database came from (copy pepper.key together with tavla.db). ' +
        (accounts > 0
          ? `If no copy survives anywhere, every password must be set again: make a new pepper on purpose (head -c 32 /dev/urandom > ${file}; chmod 600 ${file}), give an admin a new password with npm run reset-password -- <username> (which makes the new pepper this database's own), then start Tavla; that admin then resets the others.`
          : 'If no copy survives, npm run setup-code makes a new pepper.key and a new setup code.'),
    );
  }
  // No hash depends on it: a new pepper is harmless. A damaged one is kept aside, not deleted.
  if (size >= 0) renameSync(file, `${file}.damaged-${Date.now()}`);
  const pepper = loadOrCreatePepper(dataDir);
  rememberPepper(db, pepper);
  return pepper;
}

const PEPPER_CHECK_KEY = 'pepper_check';

/** A fingerprint of the pepper (an HMAC of a fixed text: it reveals nothing of the pepper). */
const pepperCheck = (pepper: Buffer): string =>
  createHmac('sha256', pepper).update('tavla pepper check').digest('hex');

/**
 * Notes which pepper the database's hashes belong to, so a pepper.key from another install is
 * recognised at start. `npm run reset-password` calls it too: a new password made with a new
 * pepper on purpose makes that pepper this database's own.
 */
export function rememberPepper(db: Db, pepper: Buffer): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(PEPPER_CHECK_KEY, pepperCheck(pepper));
}

/** What a start that failed on a full disk says instead of "restore a backup". */
export function diskFullAtStart(dataDir: string): string {
  let free = '';
  try {
    const stats = statfsSync(dataDir);
    free = ` (${Math.round((stats.bavail * stats.bsize) / 1024 / 1024)} MB free)`;
  } catch {
    // the figure is a nicety
  }
  return (
    `the disk that holds ${dataDir} is full${free}. Nothing is damaged: do not restore a backup. ` +
    `Free some space (old backups in ${join(dataDir, 'backups')}, logs, other files) and start Tavla again.`
  );
}

export { isDiskFull };
