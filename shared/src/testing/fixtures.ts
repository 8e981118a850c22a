import type { GoalInput, Suggestion } from '../schemas.js';

/**
 * A valid suggestion for tests: number `n` gets a readable id, text and sequence number, and a
 * creation time n seconds after a fixed minute, so higher numbers are newer.
 */
export function makeSuggestion(n: number, overrides: Partial<Suggestion> = {}): Suggestion {
  const at = new Date(Date.UTC(2026, 0, 1, 10, 0, n)).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    boardId: 'board-0001',
    text: `Suggestion ${n}`,
    dimension: 'social',
    authorName: null,
    status: 'new',
    statusNote: null,
    duplicateOf: null,
    statusChangedAt: at,
    votes: 0,
    comments: 0,
    photo: null,
    goalId: null,
    createdAt: at,
    updatedAt: at,
    seq: n,
    ...overrides,
  };
}

/** A complete SMART goal (deadline after the test clock's 2026-11-21). */
export const exampleGoalInput: GoalInput = {
  title: 'Less energy per produced unit',
  description: 'Energy is our biggest cost and our biggest source of emissions.',
  dimension: 'ecological',
  focusArea: 'Energy',
  metric: 'Energy per produced unit',
  unit: 'kWh',
  baselineValue: 12,
  baselineDate: '2026-09-01',
  targetValue: 9,
  direction: 'decrease',
  deadline: '2027-06-30',
  responsible: 'Erik Berg',
  achievableConfirmed: true,
  achievableNote: 'New compressor is budgeted',
};
