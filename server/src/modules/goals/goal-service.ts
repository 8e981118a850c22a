import type { Goal, GoalInput, Measurement, MeasurementBody } from '@tavla/shared';
import {
  MAX_ACTIVE_GOALS,
  canActivate,
  checkSmart,
  isoDay,
  targetFitsDirection,
  type GoalState,
} from '@tavla/shared';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/random-token.js';
import { AppError, conflict, invalid, notFound } from '../../http/app-error.js';
import type { UserRow } from '../accounts/account-repository.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRow } from '../boards/board-repository.js';
import type { GoalRepository, GoalRow, MeasurementRow } from './goal-repository.js';

/** A goal's own fields as stored, after its id (the goals API adds its board, the export not). */
export const goalFields = (row: GoalRow) => ({
  title: row.title,
  description: row.description,
  dimension: row.dimension,
  focusArea: row.focus_area,
  metric: row.metric,
  unit: row.unit,
  baselineValue: row.baseline_value,
  baselineDate: row.baseline_date,
  targetValue: row.target_value,
  direction: row.direction,
  deadline: row.deadline,
  responsible: row.responsible,
  achievableConfirmed: row.achievable_confirmed === 1,
  achievableNote: row.achievable_note,
  state: row.state,
  stateChangedAt: row.state_changed_at,
  createdAt: row.created_at,
  origin:
    row.origin_vote_id !== null && row.origin_category_id !== null
      ? { voteId: row.origin_vote_id, categoryId: row.origin_category_id }
      : null,
});

export const toMeasurement = (m: MeasurementRow): Measurement => ({
  id: m.id,
  value: m.value,
  date: m.measured_on,
  note: m.note,
  recordedBy: m.recorded_by,
  createdAt: m.created_at,
});

export const toGoal = (row: GoalRow, measurements: readonly MeasurementRow[]): Goal => ({
  id: row.id,
  boardId: row.board_id,
  ...goalFields(row),
  measurements: measurements.map(toMeasurement),
  seq: row.seq,
});

const draftOf = (row: GoalRow) => ({
  title: row.title,
  description: row.description,
  metric: row.metric,
  unit: row.unit,
  baselineValue: row.baseline_value,
  baselineDate: row.baseline_date,
  targetValue: row.target_value,
  direction: row.direction,
  deadline: row.deadline,
  achievableConfirmed: row.achievable_confirmed === 1,
});

/**
 * The board's SMART goals: a lead drafts them, activates them (at most five at a time, and
 * only when measurable and time-bound), records measurements, and marks them achieved or
 * archives them. Each change takes a board sequence number and goes out as `goal:updated`.
 */
export function createGoalService(deps: {
  goals: GoalRepository;
  clock: Clock;
  boardChanges: BoardChanges;
  /** Whether a vote is a closed interest vote of the board (a goal's origin must be). */
  isClosedVote: (board: BoardRow, voteId: string) => boolean;
}) {
  const { goals, clock, boardChanges } = deps;

  /** The origin columns for the input: a new origin checked, or the one the goal had. */
  function originOf(
    board: BoardRow,
    input: GoalInput,
    kept: Pick<GoalRow, 'origin_vote_id' | 'origin_category_id'> = {
      origin_vote_id: null,
      origin_category_id: null,
    },
  ): Pick<GoalRow, 'origin_vote_id' | 'origin_category_id'> {
    if (!input.origin) {
      return { origin_vote_id: kept.origin_vote_id, origin_category_id: kept.origin_category_id };
    }
    if (!deps.isClosedVote(board, input.origin.voteId)) {
      throw new AppError(
        400,
        'validation_failed',
        'A goal drafted from the matrix names a closed interest vote of this board.',
        { field: 'origin' },
      );
    }
    return { origin_vote_id: input.origin.voteId, origin_category_id: input.origin.categoryId };
  }

  function found(board: BoardRow, goalId: string): GoalRow {
    const row = goals.findById(goalId);
    if (!row || row.board_id !== board.id) throw notFound('There is no such goal on this board.');
    return row;
  }

  /** Checks that make no sense whatever the state: refused with 400 before anything is saved. */
  function validate(input: GoalInput): void {
    const today = isoDay(clock.now());
    const { baselineValue, targetValue, direction, deadline, baselineDate } = input;
    if (baselineValue !== null && targetValue !== null) {
      if (baselineValue === targetValue) {
        throw invalid('The target equals the baseline: there would be nothing to achieve.', {
          code: 'goal_target_equals_baseline',
          field: 'targetValue',
        });
      }
      if (direction !== null && !targetFitsDirection(baselineValue, targetValue, direction)) {
        throw invalid(
          direction === 'decrease'
            ? 'To decrease, the target must be below the baseline.'
            : 'To increase, the target must be above the baseline.',
          { code: 'goal_target_against_direction', field: 'targetValue' },
        );
      }
    }
    if (deadline !== null && deadline <= today) {
      throw invalid('The deadline must be in the future.', {
        code: 'goal_deadline_not_in_future',
        field: 'deadline',
      });
    }
    if (deadline !== null && baselineDate !== null && deadline <= baselineDate) {
      throw invalid('The deadline must come after the baseline date.', {
        code: 'goal_deadline_before_baseline',
        field: 'deadline',
      });
    }
    for (const [field, value] of [
      ['baselineValue', baselineValue],
      ['targetValue', targetValue],
    ] as const) {
      if (value !== null && !Number.isFinite(value))
        throw invalid('Values must be finite numbers.', { field });
    }
  }

  /** Saves inside a transaction with the next board seq, records and returns the change. */
  /** Saves the goal as a board change (its own seq, logged, broadcast as `goal:updated`). */
  function commit(board: BoardRow, row: GoalRow, alsoInside?: (at: string) => void): Goal {
    return boardChanges.commit(board, (seq, at) => {
      alsoInside?.(at);
      const saved = { ...row, seq, updated_at: at };
      goals.save(saved);
      return {
        event: 'goal:updated' as const,
        payload: { seq, goal: toGoal(saved, goals.measurementsOf(saved.id)) },
      };
    }).payload.goal;
  }

  const fromInput = (input: GoalInput) => ({
    title: input.title.trim(),
    description: input.description.trim(),
    dimension: input.dimension,
    focus_area: input.focusArea.trim(),
    metric: input.metric.trim(),
    unit: input.unit.trim(),
    baseline_value: input.baselineValue,
    baseline_date: input.baselineDate,
    target_value: input.targetValue,
    direction: input.direction,
    deadline: input.deadline,
    responsible: input.responsible.trim(),
    achievable_confirmed: input.achievableConfirmed ? (1 as const) : (0 as const),
    achievable_note: input.achievableNote.trim(),
  });

  return {
    list(board: BoardRow): Goal[] {
      return goals.listVisible(board.id).map((row) => toGoal(row, goals.measurementsOf(row.id)));
    },

    /** A new goal starts as a draft; activating it is a separate, checked step. */
    create(board: BoardRow, input: GoalInput): Goal {
      validate(input);
      const origin = originOf(board, input);
      const at = clock.now().toISOString();
      return commit(board, {
        id: newId(),
        board_id: board.id,
        ...fromInput(input),
        ...origin,
        state: 'draft',
        state_changed_at: at,
        created_at: at,
        updated_at: at,
        seq: 0,
      });
    },

    update(board: BoardRow, goalId: string, input: GoalInput): Goal {
      const row = found(board, goalId);
      if (row.state === 'archived') {
        throw conflict('The goal is archived; restore it to a draft first.', {
          code: 'goal_archived',
        });
      }
      validate(input);
      const next: GoalRow = { ...row, ...fromInput(input), ...originOf(board, input, row) };
      if (row.state === 'active' && !canActivate(checkSmart(draftOf(next), clock.now()))) {
        throw invalid('An active goal must stay measurable and time-bound.', {
          code: 'goal_not_measurable_time_bound',
        });
      }
      return commit(board, next);
    },

    setState(board: BoardRow, goalId: string, state: GoalState): Goal {
      const row = found(board, goalId);
      if (row.state === state) {
        throw conflict(`The goal is already ${state}.`, { code: 'goal_state_unchanged' });
      }
      if (state === 'active') {
        const smart = checkSmart(draftOf(row), clock.now());
        if (!canActivate(smart)) {
          const missing = [
            !smart.measurable && 'Measurable',
            !smart.timeBound && 'Time-bound',
          ].filter(Boolean);
          throw invalid(
            `The goal is not ${missing.join(' and ')} yet, so it cannot go on the wall.`,
            { code: 'goal_not_measurable_time_bound' },
          );
        }
        if (goals.activeCount(board.id) >= MAX_ACTIVE_GOALS) {
          throw conflict(
            `A board has at most ${MAX_ACTIVE_GOALS} active goals. Achieve or archive one first.`,
            { code: 'goal_limit_reached' },
          );
        }
      }
      return commit(board, { ...row, state, state_changed_at: clock.now().toISOString() });
    },

    addMeasurement(board: BoardRow, lead: UserRow, goalId: string, body: MeasurementBody): Goal {
      const row = found(board, goalId);
      if (row.state === 'archived')
        throw conflict('The goal is archived.', { code: 'goal_archived' });
      if (!Number.isFinite(body.value)) {
        throw invalid('The value must be a finite number.', { field: 'value' });
      }
      if (body.date > isoDay(clock.now())) {
        throw invalid('A measurement cannot be dated in the future.', {
          code: 'measurement_in_future',
          field: 'date',
        });
      }
      if (row.baseline_date !== null && body.date < row.baseline_date) {
        throw invalid('A measurement cannot be older than the baseline.', {
          code: 'measurement_before_baseline',
          field: 'date',
        });
      }
      const note = body.note?.trim() ?? '';
      return commit(board, row, (at) =>
        goals.insertMeasurement({
          id: newId(),
          goal_id: row.id,
          value: body.value,
          measured_on: body.date,
          note: note === '' ? null : note,
          recorded_by: lead.display_name,
          created_at: at,
        }),
      );
    },

    /** The active goal a suggestion may be linked to, or a 400 that says why not. */
    linkable(board: BoardRow, goalId: string): GoalRow {
      const row = goals.findById(goalId);
      if (!row || row.board_id !== board.id || row.state !== 'active') {
        throw invalid('Link suggestions to an active goal of this board.', {
          code: 'goal_not_linkable',
          field: 'goalId',
        });
      }
      return row;
    },
  };
}

export type GoalService = ReturnType<typeof createGoalService>;
