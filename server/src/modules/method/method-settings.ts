import {
  DEFAULT_WALL_CYCLE,
  type MatrixSplit,
  type MeetingSlot,
  type WallCycle,
  type WallView,
} from '@tavla/shared';
import type { Db } from '../../db/open-database.js';

export interface MethodSettingsRow {
  board_id: string;
  matrix_split: MatrixSplit;
  wall_view: WallView;
  wall_until: string | null;
  /** JSON of the cycle a lead set; null for the default one. */
  wall_cycle: string | null;
  employees: number | null;
  meeting_weekday: number | null;
  meeting_time: string | null;
  meeting_minutes: number | null;
  participation_target: number | null;
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

  const setSlot = db.prepare<[string, number | null, string | null, number | null]>(
    `INSERT INTO board_method_settings (board_id, meeting_weekday, meeting_time, meeting_minutes)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (board_id) DO UPDATE SET meeting_weekday = excluded.meeting_weekday,
                                          meeting_time = excluded.meeting_time,
                                          meeting_minutes = excluded.meeting_minutes`,
  );
  const setTarget = db.prepare<[string, number | null]>(
    `INSERT INTO board_method_settings (board_id, participation_target) VALUES (?, ?)
     ON CONFLICT (board_id) DO UPDATE SET participation_target = excluded.participation_target`,
  );

  const read = (boardId: string): MethodSettingsRow =>
    get.get(boardId) ?? {
      board_id: boardId,
      matrix_split: 'fixed',
      wall_view: 'cycle',
      wall_until: null,
      wall_cycle: null,
      employees: null,
      meeting_weekday: null,
      meeting_time: null,
      meeting_minutes: null,
      participation_target: null,
    };

  return {
    get: read,
    setCycle: (boardId: string, cycle: WallCycle) => setCycle.run(boardId, JSON.stringify(cycle)),
    setEmployees: (boardId: string, employees: number | null) =>
      setEmployees.run(boardId, employees),
    /** The weekly board meeting's slot (null: none). */
    setMeetingSlot: (boardId: string, slot: MeetingSlot | null) =>
      setSlot.run(boardId, slot?.weekday ?? null, slot?.time ?? null, slot?.minutes ?? null),
    /** The share of employees that should contribute each quarter (null: no target). */
    setParticipationTarget: (boardId: string, target: number | null) =>
      setTarget.run(boardId, target),
    setSplit: (boardId: string, split: MatrixSplit) => setSplit.run(boardId, split),
    setWall: (boardId: string, view: WallView, until: string | null) =>
      setWall.run(boardId, view, until),
  };
}

export type MethodSettings = ReturnType<typeof createMethodSettings>;

/** A board's wall cycle from its settings row (the default one until a lead sets another). */
export const cycleOf = (row: MethodSettingsRow): WallCycle =>
  row.wall_cycle === null ? DEFAULT_WALL_CYCLE : (JSON.parse(row.wall_cycle) as WallCycle);

/** A board's weekly meeting slot from its settings row (null until a lead sets one). */
export const slotOf = (row: MethodSettingsRow): MeetingSlot | null =>
  row.meeting_weekday === null || row.meeting_time === null || row.meeting_minutes === null
    ? null
    : { weekday: row.meeting_weekday, time: row.meeting_time, minutes: row.meeting_minutes };
