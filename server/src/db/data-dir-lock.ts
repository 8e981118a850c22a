import Database from 'better-sqlite3';
import { closeSync, mkdirSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lock file (a tiny SQLite database) and the note that says who holds it. */
export const LOCK_FILE = 'tavla.lock';
export const LOCK_NOTE = 'tavla.lock.pid';

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

export interface DataDirLock {
  release: () => void;
}

type Holder = 'server' | 'restore';

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/** The holder's note, "<pid> <what>"; at most its first bytes, and "" when there is none. */
function readNote(note: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(note, 'r');
    const buffer = Buffer.alloc(64);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * One process at a time owns a DATA_DIR: the running server, or a restore. The lock is an
 * OS-level file lock (SQLite's exclusive locking mode on DATA_DIR/tavla.lock), so the operating
 * system drops it the moment its holder dies, kill -9 included: a crashed server never leaves a
 * lock behind that blocks a restore. The `.pid` note only names the holder in the message.
 */
export function lockDataDir(dataDir: string, holder: Holder): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const note = join(dataDir, LOCK_NOTE);
  const lock = new Database(join(dataDir, LOCK_FILE), { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    // The first write takes the exclusive lock; in this mode it is held until close.
    lock.exec(
      'CREATE TABLE IF NOT EXISTS holder (id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL, what TEXT NOT NULL, since TEXT NOT NULL)',
    );
    lock
      .prepare('INSERT OR REPLACE INTO holder (id, pid, what, since) VALUES (1, ?, ?, ?)')
      .run(process.pid, holder, new Date().toISOString());
  } catch (error) {
    lock.close();
    if (!isBusy(error)) throw error;
    let who = 'another Tavla process';
    const [pid, what] = readNote(note).trim().split(' ');
    if (pid) who = what === 'restore' ? `a restore (pid ${pid})` : `a Tavla server (pid ${pid})`;
    throw new DataDirLockedError(
      `${dataDir} is in use by ${who}. ` +
        (holder === 'restore'
          ? 'Stop the server first (Ctrl-C, or your service manager), then run the restore again.'
          : 'Only one Tavla may use a data folder at a time; stop the other one first.'),
      { cause: error },
    );
  }
  try {
    writeFileSync(note, `${process.pid} ${holder}\n`);
  } catch (error) {
    // A full disk creates the note and then fails to write it: an empty note and a lock held
    // by a start that is about to be refused. Neither is left behind.
    try {
      rmSync(note, { force: true });
    } finally {
      lock.close();
    }
    throw error;
  }
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      rmSync(note, { force: true });
      lock.close();
    },
  };
}
