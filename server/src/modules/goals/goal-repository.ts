import type { AnalysisCategoryId } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';

export interface GoalRow {
  id: string;
  board_id: string;
  title: string;
  description: string;
  dimension: 'ecological' | 'economic' | 'social';
  focus_area: string;
  metric: string;
  unit: string;
  baseline_value: number | null;
  baseline_date: string | null;
  target_value: number | null;
  direction: 'decrease' | 'increase' | null;
  deadline: string | null;
  responsible: string;
  achievable_confirmed: 0 | 1;
  achievable_note: string;
  state: 'draft' | 'active' | 'achieved' | 'archived';
  state_changed_at: string;
  created_at: string;
  updated_at: string;
  seq: number;
  /** The closed interest vote and category of the matrix point the goal was drafted from. */
  origin_vote_id: string | null;
  origin_category_id: AnalysisCategoryId | null;
}

export interface MeasurementRow {
  id: string;
  goal_id: string;
  value: number;
  measured_on: string;
  note: string | null;
  recorded_by: string;
  created_at: string;
}

const COLUMNS = [
  'id',
  'board_id',
  'title',
  'description',
  'dimension',
  'focus_area',
  'metric',
  'unit',
  'baseline_value',
  'baseline_date',
  'target_value',
  'direction',
  'deadline',
  'responsible',
  'achievable_confirmed',
  'achievable_note',
  'state',
  'state_changed_at',
  'created_at',
  'updated_at',
  'seq',
  'origin_vote_id',
  'origin_category_id',
] as const;

export function createGoalRepository(db: Db) {
  const byId = db.prepare<[string], GoalRow>('SELECT * FROM goals WHERE id = ?');
  const visibleByBoard = db.prepare<[string], GoalRow>(
    "SELECT * FROM goals WHERE board_id = ? AND state != 'archived' ORDER BY created_at, id",
  );
  const activeCount = db.prepare<[string], { n: number }>(
    "SELECT COUNT(*) AS n FROM goals WHERE board_id = ? AND state = 'active'",
  );
  const upsert = db.prepare<[GoalRow]>(
    `INSERT INTO goals (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${COLUMNS.filter(
       (c) => c !== 'id' && c !== 'board_id' && c !== 'created_at',
     )
       .map((c) => `${c} = excluded.${c}`)
       .join(', ')}`,
  );
  const measurementsOf = db.prepare<[string], MeasurementRow>(
    'SELECT * FROM measurements WHERE goal_id = ? ORDER BY measured_on, created_at',
  );
  const insertMeasurement = db.prepare<[MeasurementRow]>(
    `INSERT INTO measurements (id, goal_id, value, measured_on, note, recorded_by, created_at)
     VALUES (@id, @goal_id, @value, @measured_on, @note, @recorded_by, @created_at)`,
  );

  return {
    findById: (id: string) => byId.get(id),
    listVisible: (boardId: string) => visibleByBoard.all(boardId),
    activeCount: (boardId: string) => activeCount.get(boardId)?.n ?? 0,
    save: (row: GoalRow) => upsert.run(row),
    measurementsOf: (goalId: string) => measurementsOf.all(goalId),
    insertMeasurement: (row: MeasurementRow) => insertMeasurement.run(row),
  };
}

export type GoalRepository = ReturnType<typeof createGoalRepository>;
