import { statfsSync } from 'node:fs';
import { AppError } from '../http/app-error.js';
import type { Db } from '../db/open-database.js';

const FULL_CODES = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);

/** A full disk (SQLite's SQLITE_FULL, the file system's ENOSPC or EDQUOT), also as a cause. */
export function isDiskFull(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && FULL_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** The answer to a write that found the disk full: nothing was stored, try again later. */
export const diskFullError = (): AppError =>
  new AppError(507, 'disk_full', "The server's disk is full: nothing was stored.", {
    retryAfterSeconds: 60,
  });

/** Space a write needs at least; below it the disk counts as full. */
const MIN_FREE_BYTES = 8 * 1024 * 1024;
/** SQLite pages that must be left under max_page_count. */
const MIN_FREE_PAGES = 64;
/** How often a full disk is looked at again, at most. */
const RECHECK_MS = 2000;

export type DiskState = 'ok' | 'full';

/** Whether the file system holding `dir` has less room than a write needs. */
export function lowOnSpace(dir: string): boolean {
  try {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize < MIN_FREE_BYTES;
  } catch {
    return false;
  }
}

/**
 * Knows whether the data disk is full. A write that fails with a full disk marks it; every look
 * (the health route) checks again, at most every 2 s, whether there is room, so the state
 * clears by itself once space returns (and shows a disk that is filling up before a write
 * fails): free bytes on DATA_DIR's file system, and
 * pages left under SQLite's max_page_count. Nothing else changes state: there is no restart
 * and nothing to reset.
 */
export function createDiskMonitor(deps: { db: Db; dir: string; now?: () => number }) {
  const now = deps.now ?? Date.now;
  let full = false;
  let checkedAt = 0;

  const hasRoom = (): boolean => {
    if (lowOnSpace(deps.dir)) return false;
    const pages = deps.db.pragma('page_count', { simple: true }) as number;
    const max = deps.db.pragma('max_page_count', { simple: true }) as number;
    return max - pages >= MIN_FREE_PAGES;
  };

  return {
    reportFull(): void {
      full = true;
      checkedAt = now();
    },
    state(): DiskState {
      if (now() - checkedAt >= RECHECK_MS) {
        checkedAt = now();
        full = !hasRoom();
      }
      return full ? 'full' : 'ok';
    },
  };
}

export type DiskMonitor = ReturnType<typeof createDiskMonitor>;
