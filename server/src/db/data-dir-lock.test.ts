import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { backupNow, restoreBackup } from './backup.js';
import { DataDirLockedError, LOCK_NOTE, lockDataDir } from './data-dir-lock.js';
import { migrate } from './migrate.js';
import { openDatabase } from './open-database.js';

const HOLDER = fileURLToPath(new URL('../test-support/hold-data-dir-lock.ts', import.meta.url));

async function dataDirWithBackup() {
  const dataDir = mkdtempSync(join(tmpdir(), 'tavla-lock-'));
  const db = openDatabase(join(dataDir, 'tavla.db'));
  migrate(db);
  db.prepare("INSERT INTO settings (key, value) VALUES ('marker', 'live')").run();
  const { dir } = await backupNow(db, dataDir, new Date('2026-11-21T10:00:00Z'));
  return { dataDir, db, backup: dir };
}

/** Starts a separate process that holds DATA_DIR's lock the way a running server does. */
async function lockHolder(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no lock: ${output}`)), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', () => reject(new Error(`holder exited: ${output}`)));
  });
  return child;
}

describe('the data folder lock', () => {
  it('refuses a restore while a server process holds DATA_DIR, and a killed server leaves no lock', async () => {
    const { dataDir, db, backup } = await dataDirWithBackup();
    db.prepare("UPDATE settings SET value = 'after the backup' WHERE key = 'marker'").run();
    db.close();
    const server = await lockHolder(dataDir);
    try {
      expect(() => restoreBackup(backup, dataDir, new Date())).toThrow(DataDirLockedError);
      expect(() => restoreBackup(backup, dataDir, new Date())).toThrow(
        new RegExp(`in use by a Tavla server \\(pid ${server.pid}\\).*Stop the server first`),
      );
      // Nothing was touched.
      const check = openDatabase(join(dataDir, 'tavla.db'));
      expect(check.prepare("SELECT value FROM settings WHERE key = 'marker'").pluck().get()).toBe(
        'after the backup',
      );
      check.close();
    } finally {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGKILL');
      await exited;
    }
    // kill -9 left the note behind, but the OS dropped the lock itself: the restore goes on.
    expect(readFileSync(join(dataDir, 'tavla.lock.pid'), 'utf8')).toContain('server');
    restoreBackup(backup, dataDir, new Date());
    const restored = openDatabase(join(dataDir, 'tavla.db'));
    expect(restored.prepare("SELECT value FROM settings WHERE key = 'marker'").pluck().get()).toBe(
      'live',
    );
    restored.close();
  });

  it('lets one holder at a time use a data folder, also within one process', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tavla-lock-'));
    const first = lockDataDir(dataDir, 'server');
    expect(() => lockDataDir(dataDir, 'server')).toThrow(/Only one Tavla/);
    first.release();
    lockDataDir(dataDir, 'restore').release();
  });

  it('leaves no note and holds no lock when the note cannot be written (a full disk)', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tavla-lock-'));
    // /dev/full answers every write with ENOSPC, like a full disk (the note would be left empty).
    symlinkSync('/dev/full', join(dataDir, LOCK_NOTE));
    expect(() => lockDataDir(dataDir, 'server')).toThrow(
      expect.objectContaining({ code: 'ENOSPC' }),
    );
    expect(readdirSync(dataDir)).not.toContain(LOCK_NOTE);
    // The lock went with it: the next start (or a restore) takes it.
    const next = lockDataDir(dataDir, 'restore');
    expect(readFileSync(join(dataDir, LOCK_NOTE), 'utf8')).toBe(`${process.pid} restore\n`);
    next.release();
    expect(readdirSync(dataDir)).not.toContain(LOCK_NOTE);
  });
});
