import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

/**
 * Opens the database with the pragmas Tavla relies on.
 *
 * Durability: WAL with `synchronous = FULL`, so every committed transaction is fsynced to the
 * WAL before the commit returns. A suggestion the server has acknowledged therefore survives a
 * killed process *and* a power cut. (`NORMAL` would survive a killed process but could lose
 * the last commits on power loss; the write rate of a factory board is far too low for the
 * extra fsync to matter.)
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}
