import type { Db } from '../../db/open-database.js';

export function createDeviceRepository(db: Db) {
  const find = db.prepare<[string], { id: string }>('SELECT id FROM devices WHERE id = ?');
  const insert = db.prepare<[string, string, string]>(
    'INSERT INTO devices (id, created_at, last_seen_at) VALUES (?, ?, ?)',
  );
  const touch = db.prepare<[string, string]>('UPDATE devices SET last_seen_at = ? WHERE id = ?');
  const join = db.prepare<[string, string, string]>(
    'INSERT OR IGNORE INTO device_boards (device_id, board_id, joined_at) VALUES (?, ?, ?)',
  );
  const membership = db.prepare<[string, string], { ok: number }>(
    'SELECT 1 AS ok FROM device_boards WHERE device_id = ? AND board_id = ?',
  );
  const boardsOf = db.prepare<[string], { board_id: string }>(
    'SELECT board_id FROM device_boards WHERE device_id = ? ORDER BY joined_at DESC',
  );

  return {
    exists: (id: string) => find.get(id) !== undefined,
    insert: (id: string, at: string) => insert.run(id, at, at),
    touch: (id: string, at: string) => touch.run(at, id),
    join: (deviceId: string, boardId: string, at: string) => join.run(deviceId, boardId, at),
    isMember: (deviceId: string, boardId: string) =>
      membership.get(deviceId, boardId) !== undefined,
    boardIdsOf: (deviceId: string) => boardsOf.all(deviceId).map((row) => row.board_id),
  };
}

export type DeviceRepository = ReturnType<typeof createDeviceRepository>;
