import type { Db } from './open-database.js';

export class DatabaseDamagedError extends Error {
  override name = 'DatabaseDamagedError';
}

/**
 * A full integrity check at start (`integrity_check`: page structure *and* every index against
 * its table). `quick_check` skips the index comparison, and a broken index let a damaged
 * database start and show an empty wall. At factory-board sizes the full check takes well under
 * a second; the time goes to the log. A damaged database stops the server with a clear message
 * instead of failing later, in the middle of a write or with silently missing rows.
 * Returns how long the check took, in milliseconds.
 */
export function checkDatabase(db: Db, file: string): number {
  const started = performance.now();
  let rows: { integrity_check: string }[];
  try {
    rows = db.pragma('integrity_check') as { integrity_check: string }[];
  } catch (error) {
    throw new DatabaseDamagedError(`${file} cannot be read as a database (${String(error)}).`, {
      cause: error,
    });
  }
  const problems = rows.map((row) => row.integrity_check).filter((result) => result !== 'ok');
  if (problems.length > 0) {
    const onlyIndexes = problems.every((problem) => /index/i.test(problem));
    throw new DatabaseDamagedError(
      `${file} is damaged: ${problems.slice(0, 3).join('; ')}` +
        (problems.length > 3 ? ` (and ${problems.length - 3} more)` : '') +
        '. Restore the latest backup (npm run restore -- <backup folder>); the damaged file is ' +
        'kept as tavla.db.before-restore-….' +
        (onlyIndexes
          ? ' Only indexes are damaged, so no row is lost yet: with the sqlite3 tool, ' +
            '"sqlite3 tavla.db REINDEX" (server stopped) rebuilds them instead.'
          : ''),
    );
  }
  return Math.round(performance.now() - started);
}
