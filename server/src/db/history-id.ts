import { randomBytes } from 'node:crypto';
import type { Db } from './open-database.js';

const KEY = 'history_id';

/**
 * Names this database's line of history. Sequence numbers only mean something within one
 * history: a restored backup starts a new one, so a screen that kept state from before the
 * restore is sent a fresh snapshot instead of a replay onto state that no longer exists.
 */
export function historyId(db: Db): string {
  db.prepare('INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)').run(
    KEY,
    randomBytes(9).toString('base64url'),
  );
  const row = db
    .prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?')
    .get(KEY);
  if (!row) throw new Error('history id missing right after it was written');
  return row.value;
}

/** A restore starts a new history (see above). */
export function startNewHistory(db: Db): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(KEY, randomBytes(9).toString('base64url'));
}
