import type { Language } from '@tavla/shared';
import { buildApp, type App, type AppOptions } from '../app.js';
import { migrate } from '../db/migrate.js';
import { openDatabase, type Db } from '../db/open-database.js';
import type { Clock } from '../lib/clock.js';
import type { BoardRow } from '../modules/boards/board-repository.js';
import { DEVICE_COOKIE } from '../modules/devices/device-service.js';

export const TEST_PUBLIC_URL = 'http://127.0.0.1:8080';

/** A fixed clock that tests move by hand. */
export function manualClock(
  start = '2026-11-21T08:00:00.000Z',
): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

/** A fresh in-memory database with every migration applied. */
export function testDb(): Db {
  const db = openDatabase(':memory:');
  migrate(db);
  return db;
}

export async function testApp(overrides: Partial<AppOptions> = {}): Promise<{ app: App; db: Db }> {
  const db = overrides.db ?? testDb();
  const app = await buildApp({
    publicUrl: TEST_PUBLIC_URL,
    clock: manualClock(),
    ...overrides,
    db,
  });
  return { app, db };
}

export function createBoard(app: App, name = 'Line 3', language: Language = 'sv'): BoardRow {
  return app.services.boards.create({ name, language });
}

/** Joins a new phone to a board through the real join route; returns its cookie header. */
export async function joinPhone(app: App, board: BoardRow, cookie?: string): Promise<string> {
  const response = await app.inject({
    method: 'GET',
    url: `/join/${board.join_token}`,
    headers: cookie ? { cookie } : {},
  });
  if (response.statusCode !== 302) throw new Error(`join failed: ${response.statusCode}`);
  const set = response.cookies.find((c) => c.name === DEVICE_COOKIE);
  if (!set) throw new Error('join set no device cookie');
  return `${DEVICE_COOKIE}=${set.value}`;
}

export function count(db: Db, table: string): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

let uuidCounter = 0;
/** Deterministic, valid v4-shaped UUIDs for readable tests. */
export function testUuid(): string {
  uuidCounter += 1;
  return `00000000-0000-4000-8000-${uuidCounter.toString(16).padStart(12, '0')}`;
}
