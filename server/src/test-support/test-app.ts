import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Language } from '@tavla/shared';
import { buildApp, type App, type AppOptions } from '../app.js';
import { migrate } from '../db/migrate.js';
import { openDatabase, type Db } from '../db/open-database.js';
import type { Clock } from '../lib/clock.js';
import type { BoardRow } from '../modules/boards/board-repository.js';
import { DEVICE_COOKIE } from '../modules/devices/device-service.js';

export const TEST_PUBLIC_URL = 'http://127.0.0.1:8080';
export const TEST_PEPPER = Buffer.alloc(32, 42);
/**
 * A cheap scrypt (1 MiB, a few ms) for the in-process tests: the same code and format as
 * production's, at 1/128 of its cost. Tests of the hashing's cost and of the sign-in
 * hardening pass `passwordCost: SCRYPT_PARAMS`; the e2e tests run the real server.
 */
export const TEST_PASSWORD_COST = { N: 2 ** 10, r: 8, p: 1 } as const;

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
    pepper: TEST_PEPPER,
    photoDir: mkdtempSync(join(tmpdir(), 'tavla-photos-')),
    passwordCost: TEST_PASSWORD_COST,
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

export const ADMIN_PASSWORD = 'admin password 123';
export const LEAD_PASSWORD = 'lead password 456';

export function cookieFrom(
  response: { cookies: { name: string; value: string }[] },
  name: string,
): string {
  const cookie = response.cookies.find((c) => c.name === name);
  if (!cookie) throw new Error(`no ${name} cookie`);
  return `${name}=${cookie.value}`;
}

/** Creates the first admin through the real setup route; returns its session cookie header. */
export async function setupAdmin(app: App, username = 'admin'): Promise<string> {
  const code = await app.services.setupCodes.rotate();
  const response = await app.inject({
    method: 'POST',
    url: '/api/setup',
    payload: { code, username, displayName: 'Admin', password: ADMIN_PASSWORD },
  });
  if (response.statusCode !== 201) throw new Error(`setup failed: ${response.body}`);
  return cookieFrom(response, 'tavla_session');
}

/** An admin creates a lead for the given boards; the lead signs in. Returns the lead's cookie. */
export async function createLead(
  app: App,
  adminCookie: string,
  boardIds: string[],
  username = 'lead',
): Promise<{ cookie: string; userId: string }> {
  const created = await app.inject({
    method: 'POST',
    url: '/api/admin/users',
    headers: { cookie: adminCookie },
    payload: { username, displayName: `Lead ${username}`, password: LEAD_PASSWORD, boardIds },
  });
  if (created.statusCode !== 201) throw new Error(`creating lead failed: ${created.body}`);
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: LEAD_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`lead login failed: ${login.body}`);
  return { cookie: cookieFrom(login, 'tavla_session'), userId: created.json<{ id: string }>().id };
}
