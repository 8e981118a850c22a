import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBoard, joinPhone, testApp, testUuid } from '../test-support/test-app.js';
import {
  backupNow,
  nextBackupDelay,
  pruneBackups,
  restoreBackup,
  scheduleBackups,
  verifyBackup,
} from './backup.js';
import Database from 'better-sqlite3';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.js';
import { historyId } from './history-id.js';
import { migrate } from './migrate.js';
import { openDatabase } from './open-database.js';

function fileApp() {
  const dataDir = mkdtempSync(join(tmpdir(), 'tavla-backup-'));
  const db = openDatabase(join(dataDir, 'tavla.db'));
  migrate(db);
  return { dataDir, db };
}

describe('backups', () => {
  it('takes a consistent backup while suggestions are being written, photos and pepper included', async () => {
    const { dataDir, db } = fileApp();
    writeFileSync(join(dataDir, 'pepper.key'), Buffer.alloc(32, 1));
    // One phone writing as fast as it can is what the per-phone limit stops; here it stands
    // for a busy board, so the limit is off (with it, refusals come back without ever giving
    // the backup's I/O a turn, and the writer never ends).
    const { app } = await testApp({ db, photoDir: join(dataDir, 'photos'), rateLimits: 'off' });
    writeFileSync(join(dataDir, 'photos', 'AAAAAAAAAAAAAAAAAAAAAA.webp'), 'photo bytes');
    const board = createBoard(app);
    const phone = await joinPhone(app, board);
    const post = (text: string) =>
      app.inject({
        method: 'POST',
        url: `/api/boards/${board.id}/suggestions`,
        headers: { cookie: phone },
        payload: { id: testUuid(), text, dimension: 'social' },
      });
    for (let i = 0; i < 50; i += 1) await post(`Before the backup ${i}`);

    // Writes keep coming while the online backup copies pages.
    const state = { writing: true };
    const writer = (async () => {
      let i = 0;
      while (state.writing) {
        const response = await post(`During the backup ${(i += 1)}`);
        if (response.statusCode >= 300) throw new Error(`post refused: ${response.body}`);
      }
    })();
    const result = await backupNow(db, dataDir, new Date('2026-11-21T10:00:00Z'));
    state.writing = false;
    await writer;

    verifyBackup(result.dir);
    expect(result.photos).toBe(1);
    expect(existsSync(join(result.dir, 'pepper.key'))).toBe(true);
    const copy = openDatabase(join(result.dir, 'tavla.db'));
    const n = (copy.prepare('SELECT COUNT(*) AS n FROM suggestions').get() as { n: number }).n;
    expect(n).toBeGreaterThanOrEqual(50);
    copy.close();
  });

  it('restores a backup: the data comes back', async () => {
    const { dataDir, db } = fileApp();
    const { app } = await testApp({ db, photoDir: join(dataDir, 'photos') });
    createBoard(app, 'Kept in the backup');
    const { dir } = await backupNow(db, dataDir, new Date('2026-11-21T10:00:00Z'));
    createBoard(app, 'Made after the backup');
    const historyBefore = historyId(db);
    await app.close();
    db.close();

    restoreBackup(dir, dataDir, new Date('2026-11-21T11:00:00Z'));
    const restored = openDatabase(join(dataDir, 'tavla.db'));
    const names = (restored.prepare('SELECT name FROM boards').all() as { name: string }[]).map(
      (b) => b.name,
    );
    expect(names).toEqual(['Kept in the backup']);
    // Sequence numbers start a new history: screens from before take a fresh snapshot.
    expect(historyId(restored)).not.toBe(historyBefore);
    restored.close();
    expect(readdirSync(dataDir).some((name) => name.startsWith('tavla.db.before-restore-'))).toBe(
      true,
    );
  });

  it('refuses to restore something that is not a good backup', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tavla-not-a-backup-'));
    expect(() =>
      restoreBackup(dir, mkdtempSync(join(tmpdir(), 'tavla-target-')), new Date()),
    ).toThrow(/no tavla\.db/);
    writeFileSync(join(dir, 'tavla.db'), 'garbage, not sqlite');
    expect(() => verifyBackup(dir)).toThrow();
  });

  it('checks a backup without leaving a trace in its folder, also when the restore is refused', async () => {
    const { dataDir, db } = fileApp();
    const { dir } = await backupNow(db, dataDir, new Date('2026-11-21T10:00:00Z'));
    /** Every name in the backup folder with its size and a hash of its bytes. */
    const contents = () =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .sort()
        .map((name) => {
          const path = join(dir, name);
          if (!statSync(path).isFile()) return name;
          return `${name} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
        });
    const before = contents();
    expect(before.some((entry) => entry.startsWith('tavla.db '))).toBe(true);

    verifyBackup(dir);
    expect(contents()).toEqual(before);

    // The server runs: the restore checks the backup first, then is refused.
    const server = lockDataDir(dataDir, 'server');
    try {
      expect(() => restoreBackup(dir, dataDir, new Date())).toThrow(DataDirLockedError);
    } finally {
      server.release();
    }
    expect(contents()).toEqual(before);
    db.close();
  });

  it('keeps the newest backups only', async () => {
    const { dataDir, db } = fileApp();
    for (let day = 1; day <= 5; day += 1)
      await backupNow(db, dataDir, new Date(`2026-11-0${day}T03:00:00Z`));
    expect(pruneBackups(dataDir, 3)).toHaveLength(2);
    expect(readdirSync(join(dataDir, 'backups')).sort()).toEqual([
      'tavla-2026-11-03T03-00-00-000Z',
      'tavla-2026-11-04T03-00-00-000Z',
      'tavla-2026-11-05T03-00-00-000Z',
    ]);
  });

  it('keeps a complete undo copy when restoring after a crash: what was only in the WAL too', async () => {
    const { dataDir, db } = fileApp();
    const { dir } = await backupNow(db, dataDir, new Date('2026-11-21T10:00:00Z'));
    // Commits after the backup stay in the WAL (no checkpoint), as after a kill -9.
    db.pragma('wal_autocheckpoint = 0');
    const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    for (let i = 0; i < 350; i += 1) insert.run(`acknowledged-${i}`, 'x'.repeat(200));
    // The crash image: the files as a killed server leaves them.
    const crashed = mkdtempSync(join(tmpdir(), 'tavla-crashed-'));
    copyFileSync(join(dataDir, 'tavla.db'), join(crashed, 'tavla.db'));
    copyFileSync(join(dataDir, 'tavla.db-wal'), join(crashed, 'tavla.db-wal'));
    expect(statSync(join(crashed, 'tavla.db-wal')).size).toBeGreaterThan(100_000);
    db.close();

    restoreBackup(dir, crashed, new Date('2026-11-21T11:00:00Z'));
    const undo = readdirSync(crashed).find((name) => name.startsWith('tavla.db.before-restore-'));
    expect(undo).toBe('tavla.db.before-restore-2026-11-21T11-00-00-000Z');
    // Opened on its own: complete without any WAL next to it.
    const copy = new Database(join(crashed, undo ?? ''), { readonly: true });
    const kept = copy
      .prepare("SELECT COUNT(*) FROM settings WHERE key LIKE 'acknowledged-%'")
      .pluck()
      .get();
    expect(kept).toBe(350);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
  });

  it('writes backups for the owner only (folders 0700, files 0600)', async () => {
    const { dataDir, db } = fileApp();
    writeFileSync(join(dataDir, 'pepper.key'), Buffer.alloc(32, 1));
    mkdirSync(join(dataDir, 'photos'));
    writeFileSync(join(dataDir, 'photos', 'AAAAAAAAAAAAAAAAAAAAAA.webp'), 'photo bytes');
    const { dir } = await backupNow(db, dataDir, new Date('2026-11-21T10:00:00Z'));
    const mode = (path: string) => statSync(path).mode & 0o777;
    expect(mode(join(dataDir, 'backups'))).toBe(0o700);
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, 'photos'))).toBe(0o700);
    expect(mode(join(dir, 'tavla.db'))).toBe(0o600);
    expect(mode(join(dir, 'pepper.key'))).toBe(0o600);
    expect(mode(join(dir, 'photos', 'AAAAAAAAAAAAAAAAAAAAAA.webp'))).toBe(0o600);
  });

  describe('the schedule follows the newest backup, not the start', () => {
    afterEach(() => vi.useRealTimers());
    const day = 24 * 60 * 60 * 1000;

    it('plans the next backup from the newest one', () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'tavla-schedule-'));
      const now = new Date('2026-11-21T10:00:00Z');
      const plan = () => nextBackupDelay({ dataDir, everyMs: day, now, soonMs: 60_000 });
      expect(plan()).toBe(60_000); // none yet: soon
      mkdirSync(join(dataDir, 'backups', 'tavla-2026-11-20T11-00-00-000Z'), { recursive: true });
      expect(plan()).toBe(60 * 60 * 1000); // 23 h old: in an hour
      mkdirSync(join(dataDir, 'backups', 'tavla-2026-11-21T12-00-00-000Z'));
      expect(plan()).toBe(day); // from the future (the clock went back): a full interval
    });

    it('takes a due backup soon after start, although the server never stays up 24 h', async () => {
      const { dataDir, db } = fileApp();
      await backupNow(db, dataDir, new Date('2026-11-20T03:00:00Z')); // 31 h before "now"
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
      const logged: string[] = [];
      const schedule = scheduleBackups({
        db,
        dataDir,
        everyMs: day,
        keep: 14,
        now: () => new Date('2026-11-21T10:00:00Z'),
        log: (message) => logged.push(message),
      });
      vi.advanceTimersByTime(61_000);
      // The backup itself is real I/O: wait for it (setTimeout is faked, setImmediate is not).
      const until = performance.now() + 15_000;
      while (logged.length === 0 && performance.now() < until)
        await new Promise((resolve) => setImmediate(resolve));
      schedule.stop();
      expect(logged[0]).toMatch(/backup written/);
      expect(readdirSync(join(dataDir, 'backups'))).toContain('tavla-2026-11-21T10-00-00-000Z');
    });
  });
});
