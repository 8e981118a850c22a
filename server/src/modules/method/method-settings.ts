import type { MatrixSplit, WallView } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';

export interface MethodSettingsRow {
  board_id: string;
  matrix_split: MatrixSplit;
  wall_view: WallView;
  wall_until: string | null;
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

  return {
    get: (boardId: string): MethodSettingsRow =>
      get.get(boardId) ?? {
        board_id: boardId,
        matrix_split: 'fixed',
        wall_view: 'board',
        wall_until: null,
      },
    setSplit: (boardId: string, split: MatrixSplit) => setSplit.run(boardId, split),
    setWall: (boardId: string, view: WallView, until: string | null) =>
      setWall.run(boardId, view, until),
  };
}

export type MethodSettings = ReturnType<typeof createMethodSettings>;
