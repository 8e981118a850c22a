import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from '../lib/sha256.js';
import type { Db } from './open-database.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

interface Migration {
  version: number;
  name: string;
  sql: string;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = /^(\d+)-[\w-]+\.sql$/.exec(file);
      if (!match?.[1]) throw new MigrationError(`Badly named migration file: ${file}`);
      return {
        version: Number(match[1]),
        name: file,
        sql: readFileSync(join(dir, file), 'utf8'),
      };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new MigrationError(`Migrations must be numbered 1, 2, 3, …; found ${migration.name}`);
    }
  });
  return migrations;
}

/** Functions SQL migrations may call that SQLite lacks (009 hashes device ids). */
function registerMigrationFunctions(db: Db): void {
  db.function('sha256_hex', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? sha256Hex(value) : null,
  );
}

/**
 * Applies the migrations the database has not seen, in one transaction: either all of them
 * land or none does. A database written by a newer Tavla (a version we do not know) is refused.
 */
export function migrate(db: Db, dir: string = MIGRATIONS_DIR): { applied: string[] } {
  const migrations = readMigrations(dir);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as {
    version: number | null;
  };
  const current = row.version ?? 0;
  if (current > migrations.length) {
    throw new MigrationError(
      `The database is at schema version ${current}, but this Tavla only knows ${migrations.length}. ` +
        'It was written by a newer version; upgrade Tavla instead of starting this one.',
    );
  }
  const pending = migrations.filter((m) => m.version > current);
  registerMigrationFunctions(db);
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  db.transaction(() => {
    for (const migration of pending) {
      try {
        db.exec(migration.sql);
      } catch (error) {
        throw new MigrationError(`Migration ${migration.name} failed: ${String(error)}`, {
          cause: error,
        });
      }
      record.run(migration.version, migration.name, new Date().toISOString());
    }
  })();
  return { applied: pending.map((m) => m.name) };
}
