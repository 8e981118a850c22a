import type { Db } from './open-database.js';

export class DatabaseDamagedError extends Error {
  override name = 'DatabaseDamagedError';
}

/**
 * A quick integrity check at start (SQLite's `quick_check`: page structure, no full index
 * comparison, fast even on a large file). A damaged database stops the server with a clear
 * message instead of failing later in the middle of a write.
 */
export function checkDatabase(db: Db, file: string): void {
  let rows: { quick_check: string }[];
  try {
    rows = db.pragma('quick_check') as { quick_check: string }[];
  } catch (error) {
    throw new DatabaseDamagedError(`${file} cannot be read as a database (${String(error)}).`, {
      cause: error,
    });
  }
  const problems = rows.map((row) => row.quick_check).filter((result) => result !== 'ok');
  if (problems.length > 0) {
    throw new DatabaseDamagedError(
      `${file} is damaged: ${problems.slice(0, 3).join('; ')}. Restore the latest backup (npm run restore).`,
    );
  }
}
