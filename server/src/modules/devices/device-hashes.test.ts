import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BoardSnapshot, Suggestion } from '@tavla/shared';
import { MIGRATIONS_DIR, migrate } from '../../db/migrate.js';
import { openDatabase, type Db } from '../../db/open-database.js';
import { sha256Hex } from '../../lib/sha256.js';
import { openSocket } from '../../test-support/sockets.js';
import { createBoard, joinPhone, testApp, testUuid } from '../../test-support/test-app.js';
import { DEVICE_COOKIE } from './device-service.js';

/** Every device id stored anywhere, by table. */
function storedDeviceIds(db: Db): string[] {
  return db
    .prepare(
      `SELECT id FROM devices UNION ALL SELECT device_id FROM device_boards
       UNION ALL SELECT device_id FROM suggestions WHERE device_id IS NOT NULL
       UNION ALL SELECT device_id FROM votes
       UNION ALL SELECT device_id FROM comments WHERE device_id IS NOT NULL`,
    )
    .all()
    .map((row) => Object.values(row as Record<string, string>)[0] ?? '');
}

const cookieValue = (cookie: string) => cookie.slice(DEVICE_COOKIE.length + 1);

describe('device ids are stored only as hashes', () => {
  it('keeps the SHA-256 of the cookie in every table, and a stored id is no live cookie', async () => {
    const { app, db } = await testApp();
    const board = createBoard(app);
    const author = await joinPhone(app, board);
    const other = await joinPhone(app, board);
    const base = `/api/boards/${board.id}/suggestions`;
    const posted = await app.inject({
      method: 'POST',
      url: base,
      headers: { cookie: author },
      payload: { id: testUuid(), text: 'Close the freezer door', dimension: 'ecological' },
    });
    const suggestion = posted.json<Suggestion>();
    await app.inject({
      method: 'PUT',
      url: `${base}/${suggestion.id}/vote`,
      headers: { cookie: other },
      payload: { voted: true },
    });
    await app.inject({
      method: 'POST',
      url: `${base}/${suggestion.id}/comments`,
      headers: { cookie: other },
      payload: { id: testUuid(), text: 'Yes please' },
    });

    const ids = storedDeviceIds(db);
    expect(ids).toHaveLength(2 + 2 + 1 + 1 + 1);
    for (const cookie of [author, other]) {
      expect(ids).not.toContain(cookieValue(cookie));
      expect(ids).toContain(sha256Hex(cookieValue(cookie)));
    }

    // A device id read from a leaked database or backup, sent as a cookie, is nobody.
    const leaked = `${DEVICE_COOKIE}=${sha256Hex(cookieValue(author))}`;
    const me = await app.inject({
      method: 'GET',
      url: '/api/me/boards',
      headers: { cookie: leaked },
    });
    expect(me.statusCode).toBe(401);
    const post = await app.inject({
      method: 'POST',
      url: base,
      headers: { cookie: leaked },
      payload: { id: testUuid(), text: 'Posting as someone else', dimension: 'social' },
    });
    expect(post.statusCode).toBe(401);
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    await expect(openSocket(address, { boardId: board.id }, leaked)).rejects.toThrow();
    const real = await openSocket(address, { boardId: board.id }, author);
    real.close();
    await app.close();
  });
});

describe('migration 009', () => {
  it('covers every table that names a device', () => {
    // A table added later that stores device ids must be converted too (or hold only ids
    // written after 009, which are hashes already): add it to 009 and to storedDeviceIds.
    const db = openDatabase(':memory:');
    migrate(db);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((row) => (row as { name: string }).name);
    const naming = tables.filter((table) => {
      const columns = db.pragma(`table_info(${table})`) as { name: string }[];
      const keys = db.pragma(`foreign_key_list(${table})`) as { table: string }[];
      return (
        columns.some((column) => column.name === 'device_id') ||
        keys.some((key) => key.table === 'devices')
      );
    });
    // interest_dots (011), the workshop's tables (013), announcement_acks (014) and the
    // follow-up's notes, votes and pulse (015) and withdrawn suggestions (021) came after 009:
    // their device ids were hashes from the start.
    expect(naming.sort()).toEqual([
      'announcement_acks',
      'comments',
      'device_boards',
      'follow_up_notes',
      'follow_up_pulse',
      'follow_up_votes',
      'interest_dots',
      'suggestions',
      'votes',
      'withdrawn_suggestions',
      'workshop_answer_ids',
      'workshop_choices',
      'workshop_ideas',
      'workshop_upvotes',
      'workshop_words',
    ]);
  });

  it('hashes the ids of existing devices everywhere, and their phones keep working', async () => {
    // A database as the previous version left it: device ids in clear.
    const before = mkdtempSync(join(tmpdir(), 'tavla-migrations-'));
    for (const file of readdirSync(MIGRATIONS_DIR).filter((f) => f < '009')) {
      copyFileSync(join(MIGRATIONS_DIR, file), join(before, file));
    }
    const db = openDatabase(':memory:');
    migrate(db, before);
    const at = '2026-11-20T08:00:00.000Z';
    const phone = 'OldPhoneCookieValue_123';
    const voter = 'OtherPhoneCookieValue_4';
    db.prepare(
      `INSERT INTO boards (id, name, language, join_token, display_key, last_seq, created_at)
       VALUES ('board-old-1', 'Line 1', 'sv', 'join-token-old-0001', 'display-key-old-01', 1, ?)`,
    ).run(at);
    const insertDevice = db.prepare(
      'INSERT INTO devices (id, created_at, last_seen_at) VALUES (?, ?, ?)',
    );
    const member = db.prepare(
      "INSERT INTO device_boards (device_id, board_id, joined_at) VALUES (?, 'board-old-1', ?)",
    );
    for (const id of [phone, voter]) {
      insertDevice.run(id, at, at);
      member.run(id, at);
    }
    const suggestionId = '00000000-0000-4000-8000-00000000a001';
    db.prepare(
      `INSERT INTO suggestions (id, board_id, device_id, text, dimension, status, status_changed_at,
         created_at, updated_at, seq, vote_count, comment_count)
       VALUES (?, 'board-old-1', ?, 'Old suggestion', 'social', 'new', ?, ?, ?, 1, 1, 1)`,
    ).run(suggestionId, phone, at, at, at);
    db.prepare('INSERT INTO votes (suggestion_id, device_id, created_at) VALUES (?, ?, ?)').run(
      suggestionId,
      voter,
      at,
    );
    db.prepare(
      `INSERT INTO comments (id, suggestion_id, device_id, is_lead, text, created_at)
       VALUES ('00000000-0000-4000-8000-00000000c001', ?, ?, 0, 'Good', ?)`,
    ).run(suggestionId, voter, at);

    expect(migrate(db).applied[0]).toBe('009-device-hashes.sql');
    const ids = storedDeviceIds(db);
    expect(ids).not.toContain(phone);
    expect(ids).not.toContain(voter);
    expect(ids.sort()).toEqual(
      [phone, phone, phone, voter, voter, voter, voter].map(sha256Hex).sort(),
    );
    expect(db.pragma('foreign_key_check')).toEqual([]);

    // The phones' cookies still open their board, with their own suggestion and vote.
    const { app } = await testApp({ db });
    const me = await app.inject({
      method: 'GET',
      url: '/api/me/boards',
      headers: { cookie: `${DEVICE_COOKIE}=${phone}` },
    });
    expect(me.statusCode).toBe(200);
    const mine = await app.inject({
      method: 'GET',
      url: '/api/boards/board-old-1/snapshot',
      headers: { cookie: `${DEVICE_COOKIE}=${phone}` },
    });
    expect(mine.json<BoardSnapshot>().mine).toEqual([suggestionId]);
    const voted = await app.inject({
      method: 'GET',
      url: '/api/boards/board-old-1/snapshot',
      headers: { cookie: `${DEVICE_COOKIE}=${voter}` },
    });
    expect(voted.json<BoardSnapshot>().myVotes).toEqual([suggestionId]);
    // Joining again reuses the device instead of making a new one.
    const rejoin = await joinPhone(
      app,
      { ...createBoard(app, 'Line 2') },
      `${DEVICE_COOKIE}=${phone}`,
    );
    expect(rejoin).toBe(`${DEVICE_COOKIE}=${phone}`);
  });
});
