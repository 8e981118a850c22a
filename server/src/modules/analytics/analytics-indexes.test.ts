/**
 * The analytics and participation queries stay bounded by board and period on a board of
 * 100,000 suggestions: no plan reads a whole large table (suggestions, their events, votes,
 * comments, device memberships), with the indexes of migration 016.
 *
 * Measured once by hand on this kind of machine (100,000 suggestions over two years, 90 % on
 * one board, a third with a "me too"; minimum of five runs): this quarter's participation
 * (what the wall asks on every change) 89 ms without the indexes and 3–11 ms with them; the
 * analytics page's year 0.5–0.7 s in all, most of it the 40,000 suggestions decided in it.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/open-database.js';
import { testDb } from '../../test-support/test-app.js';
import { createMethodSettings } from '../method/method-settings.js';
import { createAnalyticsRepository } from './analytics-repository.js';
import { createParticipation } from './participation.js';

/** Every SELECT the repositories prepare, captured as they are built. */
function statementsOf(db: Db): string[] {
  const seen: string[] = [];
  const spy = new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'prepare') {
        return (sql: string) => {
          seen.push(sql);
          return target.prepare(sql);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  createAnalyticsRepository(spy);
  createParticipation({
    db: spy,
    settings: createMethodSettings(db),
    clock: { now: () => new Date() },
  });
  return seen.filter((sql) => /^\s*(SELECT|WITH)/.test(sql));
}

function planOf(db: Db, sql: string): string[] {
  const named = ['boardId', 'from', 'to', 'before', 'today', 'since', 'until'];
  const args = Object.fromEntries(named.filter((n) => sql.includes(`@${n}`)).map((n) => [n, 'x']));
  const statement = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const rows = (sql.includes('@') ? statement.all(args) : statement.all()) as { detail: string }[];
  return rows.map((row) => row.detail);
}

/** A whole large table, or all of a board's suggestions (an index on the board alone). */
const LARGE =
  /^SCAN (suggestions|s|suggestion_events|e|votes|v|comments|c|device_boards|b)\b|^SEARCH (suggestions|s) USING (COVERING )?INDEX \w+ \(board_id=\?\)$/;

describe('the analytics queries', () => {
  it('read no large table whole once the indexes exist', () => {
    const db = testDb();
    const statements = statementsOf(db);
    expect(statements.length).toBeGreaterThanOrEqual(9);
    const scans = statements.flatMap((sql) =>
      planOf(db, sql)
        .filter((step) => LARGE.test(step))
        .map((step) => `${step} in ${sql.replace(/\s+/g, ' ').slice(0, 80)}`),
    );
    expect(scans).toEqual([]);
  });
});
