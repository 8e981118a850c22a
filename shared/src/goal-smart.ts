import type { GoalDirection } from './domain.js';
import { isoDay } from './goal-progress.js';

/** What the SMART check looks at; every field may still be missing in a draft. */
export interface GoalDraft {
  title: string;
  description: string;
  metric: string;
  unit: string;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  direction: GoalDirection | null;
  deadline: string | null;
  achievableConfirmed: boolean;
}

export interface SmartCheck {
  /** Title and a description of why it matters. */
  specific: boolean;
  /** Metric, unit, baseline (value and date), a target that differs from it in the goal's direction. */
  measurable: boolean;
  /** The lead confirms it can be done. */
  achievable: boolean;
  /** A dimension (always set); the focus area it comes from is optional. */
  relevant: boolean;
  /** A deadline in the future, after the baseline date. */
  timeBound: boolean;
}

/** True when the target lies in the goal's direction from the baseline (and differs from it). */
export function targetFitsDirection(
  baseline: number,
  target: number,
  direction: GoalDirection,
): boolean {
  return direction === 'decrease' ? target < baseline : target > baseline;
}

export function checkSmart(goal: GoalDraft, now: Date): SmartCheck {
  const today = isoDay(now);
  const measurable =
    goal.metric.trim() !== '' &&
    goal.unit.trim() !== '' &&
    goal.baselineValue !== null &&
    goal.baselineDate !== null &&
    goal.targetValue !== null &&
    goal.direction !== null &&
    targetFitsDirection(goal.baselineValue, goal.targetValue, goal.direction);
  return {
    specific: goal.title.trim().length >= 3 && goal.description.trim().length >= 10,
    measurable,
    achievable: goal.achievableConfirmed,
    relevant: true,
    timeBound:
      goal.deadline !== null &&
      goal.deadline > today &&
      (goal.baselineDate === null || goal.deadline > goal.baselineDate),
  };
}

/** A goal may go up on the wall only when it is measurable and time-bound. */
export const canActivate = (check: SmartCheck): boolean => check.measurable && check.timeBound;
