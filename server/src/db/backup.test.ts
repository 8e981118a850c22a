import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBoard, joinPhone, testApp, testUuid } from '../test-support/test-app.js';
import { backupNow, pruneBackups, restoreBackup, verifyBackup } from './backup.js';
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
    const { app } = await testApp({ db, photoDir: join(dataDir, 'photos') });
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
      while (state.writing) await post(`During the backup ${(i += 1)}`);
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
});
