import { mkdtempSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, MigrationError, migrate } from './migrate.js';
import { openDatabase } from './open-database.js';

/** The file name a migration `steps` after the last real one would get. */
const next = (steps: number, name: string): string =>
  `${String(readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).length + steps).padStart(3, '0')}-${name}.sql`;

function tempMigrations(extra: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tavla-migrations-'));
  for (const file of readdirSync(MIGRATIONS_DIR))
    copyFileSync(join(MIGRATIONS_DIR, file), join(dir, file));
  for (const [name, sql] of Object.entries(extra)) writeFileSync(join(dir, name), sql);
  return dir;
}

describe('migrate', () => {
  it('applies every migration once and records it', () => {
    const db = openDatabase(':memory:');
    const first = migrate(db);
    expect(first.applied[0]).toBe('001-init.sql');
    expect(migrate(db).applied).toEqual([]);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => (row as { name: string }).name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'boards',
        'suggestions',
        'board_changes',
        'devices',
        'schema_migrations',
      ]),
    );
  });

  it('gives a database that already ran 013–015 the workshop answer index (016)', () => {
    const upTo015 = mkdtempSync(join(tmpdir(), 'tavla-migrations-'));
    for (const file of readdirSync(MIGRATIONS_DIR).filter((f) => f < '016'))
      copyFileSync(join(MIGRATIONS_DIR, file), join(upTo015, file));
    const db = openDatabase(':memory:');
    migrate(db, upTo015);
    const index = () =>
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = ?")
        .get('workshop_answer_ids_by_activity');
    expect(index()).toBeUndefined();
    expect(migrate(db).applied).toContain('016-step-7-indexes.sql');
    expect(index()).toBeDefined();
  });

  it('sets the durability pragmas on a file database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tavla-db-'));
    const db = openDatabase(join(dir, 'tavla.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('rolls back all pending migrations when one fails', () => {
    const dir = tempMigrations({
      [next(1, 'good')]: 'CREATE TABLE extra (id INTEGER PRIMARY KEY);',
      [next(2, 'bad')]: 'CREATE TABLE broken (;',
    });
    const db = openDatabase(':memory:');
    expect(() => migrate(db, dir)).toThrow(MigrationError);
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE name IN ('boards', 'extra')").all(),
    ).toEqual([]);
  });

  it('refuses a database written by a newer version', () => {
    const newer = tempMigrations({ [next(1, 'future')]: 'CREATE TABLE future (id INTEGER);' });
    const db = openDatabase(':memory:');
    migrate(db, newer);
    expect(() => migrate(db)).toThrow(/newer version/);
  });

  it('refuses gaps in the numbering', () => {
    const dir = tempMigrations({ [next(2, 'gap')]: 'SELECT 1;' });
    expect(() => migrate(openDatabase(':memory:'), dir)).toThrow(/numbered/);
  });
});
