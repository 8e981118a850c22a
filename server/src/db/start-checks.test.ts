import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../lib/secret-hash.js';
import { checkDatabase, DatabaseDamagedError } from './check-database.js';
import { migrate } from './migrate.js';
import { openDataDir } from './open-data-dir.js';
import { openDatabase } from './open-database.js';

/** Folders this file made; removed when it is done, so runs do not pile up in /tmp. */
const made: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
import { StartRefusedError, diskFullAtStart, isDiskFull, preparePepper } from './start-checks.js';

/** A data folder as a server leaves it: database, pepper, a backup, one admin. */
async function usedDataDir(options: { admin: boolean } = { admin: true }): Promise<string> {
  const dataDir = tempDir('tavla-start-');
  const { db, pepper, lock } = openDataDir(dataDir);
  if (options.admin) {
    db.prepare(
      "INSERT INTO users (id, username, display_name, role, password_hash, created_at) VALUES ('u1', 'admin', 'Admin', 'admin', ?, '2026-11-21T10:00:00Z')",
    ).run(await hashSecret('correct horse battery', pepper));
  }
  mkdirSync(join(dataDir, 'backups', 'tavla-2026-11-21T03-00-00-000Z'), { recursive: true });
  writeFileSync(join(dataDir, 'backups', 'tavla-2026-11-21T03-00-00-000Z', 'pepper.key'), pepper);
  db.close();
  lock.release();
  return dataDir;
}

describe('start-up checks of the data folder', () => {
  it('refuses to start with accounts but a missing or short pepper.key, and says how to recover', async () => {
    const dataDir = await usedDataDir();
    const backupPepper = join(dataDir, 'backups', 'tavla-2026-11-21T03-00-00-000Z', 'pepper.key');
    for (const damage of ['missing', 'short'] as const) {
      const pepperFile = join(dataDir, 'pepper.key');
      if (damage === 'missing') rmSync(pepperFile);
      else writeFileSync(pepperFile, Buffer.alloc(7, 1));
      expect(() => openDataDir(dataDir)).toThrow(StartRefusedError);
      expect(() => openDataDir(dataDir)).toThrow(
        new RegExp(
          `pepper\\.key is ${damage === 'missing' ? 'missing' : 'damaged \\(7 bytes'}.*1 account.*cp ${backupPepper}`,
        ),
      );
      // Nothing was created in its place: putting it back is still possible.
      expect(existsSync(pepperFile)).toBe(damage === 'short');
    }
  });

  it('refuses a pepper.key from another install instead of starting with every password wrong', async () => {
    const dataDir = await usedDataDir();
    const pepperFile = join(dataDir, 'pepper.key');
    writeFileSync(pepperFile, Buffer.alloc(32, 7)); // full size, but not this database's
    expect(() => openDataDir(dataDir)).toThrow(StartRefusedError);
    expect(() => openDataDir(dataDir)).toThrow(/not the pepper\.key this database was made with/);
    // The right one back: the start goes through.
    writeFileSync(
      pepperFile,
      readFileSync(join(dataDir, 'backups', 'tavla-2026-11-21T03-00-00-000Z', 'pepper.key')),
    );
    const opened = openDataDir(dataDir);
    opened.db.close();
    opened.lock.release();
  });

  it('refuses a pending setup code without its pepper, but allows a new pepper on a fresh install', async () => {
    const pending = await usedDataDir({ admin: false });
    const db = openDatabase(join(pending, 'tavla.db'));
    db.prepare("INSERT INTO settings (key, value) VALUES ('setup_code_hash', 'scrypt$x')").run();
    rmSync(join(pending, 'pepper.key'));
    expect(() => preparePepper(db, pending, { forServer: true })).toThrow(/npm run setup-code/);
    // npm run setup-code may: it replaces the code as well.
    expect(preparePepper(db, pending, { forServer: false })).toHaveLength(32);
    db.close();
  });

  it('does not take a zero-length or missing tavla.db in a used data folder for a new install', async () => {
    const dataDir = await usedDataDir();
    writeFileSync(join(dataDir, 'tavla.db'), '');
    rmSync(join(dataDir, 'tavla.db-wal'), { force: true });
    expect(() => openDataDir(dataDir)).toThrow(
      /tavla\.db is empty \(0 bytes\).*pepper\.key, 1 backups.*not a new install.*npm run restore -- .*tavla-2026-11-21T03-00-00-000Z/,
    );
    rmSync(join(dataDir, 'tavla.db'));
    expect(() => openDataDir(dataDir)).toThrow(/tavla\.db is missing/);
    expect(readdirSync(dataDir)).not.toContain('tavla.db');
    // A really new folder is a new install.
    const fresh = tempDir('tavla-fresh-');
    const opened = openDataDir(fresh);
    opened.db.close();
    opened.lock.release();
  });

  it('finds a broken index, which quick_check lets through', () => {
    const dir = tempDir('tavla-index-');
    const file = join(dir, 'tavla.db');
    const setup = openDatabase(file);
    migrate(setup);
    setup.close();
    const writer = openDatabase(file);
    writer.pragma('foreign_keys = OFF');
    const vote = writer.prepare("INSERT INTO votes VALUES (?, 'device', '2026-11-21')");
    for (let i = 0; i < 20; i += 1) vote.run(`suggestion-${i}`);
    writer.close();
    // Damage an index's contents but not its shape or its number of entries: the index now
    // claims to be on another column, so every lookup through it finds nothing.
    const raw = new Database(file);
    raw.unsafeMode(true); // lets writable_schema through (a test forging damage)
    raw.pragma('writable_schema = ON');
    raw
      .prepare("UPDATE sqlite_schema SET sql = ? WHERE name = 'votes_by_device'")
      .run('CREATE INDEX votes_by_device ON votes (created_at)');
    raw.close();

    const db = openDatabase(file);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(() => checkDatabase(db, file)).toThrow(DatabaseDamagedError);
    expect(() => checkDatabase(db, file)).toThrow(/missing from index votes_by_device.*REINDEX/);
    db.close();
  });

  it('says "disk full", not "damaged, restore a backup", when the disk fills during start', () => {
    const dataDir = tempDir('tavla-full-');
    // The database fills its disk (max_page_count) while migrating.
    const db = openDatabase(join(dataDir, 'tavla.db'));
    db.pragma('max_page_count = 3');
    let failure: unknown;
    try {
      migrate(db);
    } catch (error) {
      failure = error;
    }
    db.close();
    expect(failure).toBeInstanceOf(Error);
    expect(isDiskFull(failure)).toBe(true);
    expect(diskFullAtStart(dataDir)).toMatch(
      /is full \(\d+ MB free\)\. Nothing is damaged: do not restore/,
    );
  });

  it('a start refused for a full disk leaves no tavla.lock.pid behind, nor a held lock', () => {
    const dataDir = tempDir('tavla-full-');
    // /dev/full answers every write with ENOSPC, like a full disk.
    symlinkSync('/dev/full', join(dataDir, 'tavla.lock.pid'));
    expect(() => openDataDir(dataDir)).toThrow(StartRefusedError);
    expect(readdirSync(dataDir)).not.toContain('tavla.lock.pid');
    const started = openDataDir(dataDir);
    started.db.close();
    started.lock.release();
    // Any other refusal after the lock was taken leaves no note either.
    writeFileSync(join(dataDir, 'tavla.db'), '');
    rmSync(join(dataDir, 'tavla.db-wal'), { force: true });
    expect(() => openDataDir(dataDir)).toThrow(/tavla\.db is empty/);
    expect(readdirSync(dataDir)).not.toContain('tavla.lock.pid');
  });
});
