import { DEFAULT_WALL_CYCLE, type MatrixSplit, type WallCycle, type WallView } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';

export interface MethodSettingsRow {
  board_id: string;
  matrix_split: MatrixSplit;
  wall_view: WallView;
  wall_until: string | null;
  /** JSON of the cycle a lead set; null for the default one. */
  wall_cycle: string | null;
  employees: number | null;
}

/** A board's method settings (the matrix's split, what the wall shows); defaults without a row. */
export function createMethodSettings(db: Db) {
  const get = db.prepare<[string], MethodSettingsRow>(
    'SELECT * FROM board_method_settings WHERE board_id = ?',
  );
  const setSplit = db.prepare<[string, MatrixSplit]>(
    `INSERT INTO board_method_settings (board_id, matrix_split) VALUES (?, ?)
     ON CONFLICT (board_id) DO UPDATE SET matrix_split = excluded.matrix_split`,
  );
  const setWall = db.prepare<[string, WallView, string | null]>(
    `INSERT INTO board_method_settings (board_id, wall_view, wall_until) VALUES (?, ?, ?)
     ON CONFLICT (board_id) DO UPDATE SET wall_view = excluded.wall_view,
                                          wall_until = excluded.wall_until`,
  );

  const setCycle = db.prepare<[string, string]>(
    `INSERT INTO board_method_settings (board_id, wall_cycle) VALUES (?, ?)
     ON CONFLICT (board_id) DO UPDATE SET wall_cycle = excluded.wall_cycle`,
  );
  const setEmployees = db.prepare<[string, number | null]>(
    `INSERT INTO board_method_settings (board_id, employees) VALUES (?, ?)
     ON CONFLICT (board_id) DO UPDATE SET employees = excluded.employees`,
  );

  const read = (boardId: string): MethodSettingsRow =>
    get.get(boardId) ?? {
      board_id: boardId,
      matrix_split: 'fixed',
      wall_view: 'cycle',
      wall_until: null,
      wall_cycle: null,
      employees: null,
    };

  return {
    get: read,
    setCycle: (boardId: string, cycle: WallCycle) => setCycle.run(boardId, JSON.stringify(cycle)),
    setEmployees: (boardId: string, employees: number | null) =>
      setEmployees.run(boardId, employees),
    setSplit: (boardId: string, split: MatrixSplit) => setSplit.run(boardId, split),
    setWall: (boardId: string, view: WallView, until: string | null) =>
      setWall.run(boardId, view, until),
  };
}

export type MethodSettings = ReturnType<typeof createMethodSettings>;

/** A board's wall cycle from its settings row (the default one until a lead sets another). */
export const cycleOf = (row: MethodSettingsRow): WallCycle =>
  row.wall_cycle === null ? DEFAULT_WALL_CYCLE : (JSON.parse(row.wall_cycle) as WallCycle);
