import { describe, expect, it } from 'vitest';
import { applyBoardChange, inSnapshotScope, sortSuggestions } from './board-state.js';
import type { BoardSnapshot } from './schemas.js';
import { makeSuggestion } from './testing/fixtures.js';

const suggestion = (n: number) => makeSuggestion(n);

const base: BoardSnapshot = {
  board: { id: 'board-0001', name: 'B', language: 'sv' },
  seq: 2,
  suggestions: [suggestion(2), suggestion(1)],
  goals: [],
};

describe('applyBoardChange', () => {
  it('adds a new suggestion and keeps newest first', () => {
    const outcome = applyBoardChange(base, { type: 'upsert', seq: 3, suggestion: suggestion(3) });
    if (outcome.kind !== 'applied') throw new Error(outcome.kind);
    expect(outcome.snapshot.seq).toBe(3);
    expect(outcome.snapshot.suggestions.map((s) => s.seq)).toEqual([3, 2, 1]);
    expect(outcome.previous).toBeNull();
  });

  it('replaces an updated suggestion in place and reports what it was', () => {
    const moved = { ...suggestion(1), status: 'done' as const, seq: 3 };
    const outcome = applyBoardChange(base, { type: 'upsert', seq: 3, suggestion: moved });
    if (outcome.kind !== 'applied') throw new Error(outcome.kind);
    expect(outcome.snapshot.suggestions).toHaveLength(2);
    expect(outcome.snapshot.suggestions.find((s) => s.id === moved.id)?.status).toBe('done');
    expect(outcome.previous?.status).toBe('new');
  });

  it('removes a hidden suggestion', () => {
    const outcome = applyBoardChange(base, {
      type: 'remove',
      seq: 3,
      suggestionId: suggestion(2).id,
    });
    if (outcome.kind !== 'applied') throw new Error(outcome.kind);
    expect(outcome.snapshot.suggestions.map((s) => s.seq)).toEqual([1]);
  });

  it('ignores a change it has already applied (idempotent)', () => {
    expect(applyBoardChange(base, { type: 'upsert', seq: 2, suggestion: suggestion(2) }).kind).toBe(
      'stale',
    );
    expect(applyBoardChange(base, { type: 'remove', seq: 1, suggestionId: 'x' }).kind).toBe(
      'stale',
    );
  });

  it('reports a gap instead of applying a change that skips a number', () => {
    expect(applyBoardChange(base, { type: 'upsert', seq: 4, suggestion: suggestion(4) }).kind).toBe(
      'gap',
    );
  });
});

describe('goal changes', () => {
  const goal = {
    id: 'goal-00000001',
    createdAt: '2026-01-01T00:00:00.000Z',
    state: 'active',
  } as unknown as BoardSnapshot['goals'][number];

  it('adds or replaces a goal, and takes an archived one off the screens', () => {
    const added = applyBoardChange(base, { type: 'goal', seq: 3, goal });
    if (added.kind !== 'applied') throw new Error(added.kind);
    expect(added.snapshot.goals.map((g) => g.id)).toEqual([goal.id]);
    expect(added.previousGoal).toBeNull();

    const archived = applyBoardChange(added.snapshot, {
      type: 'goal',
      seq: 4,
      goal: { ...goal, state: 'archived' },
    });
    if (archived.kind !== 'applied') throw new Error(archived.kind);
    expect(archived.snapshot.goals).toEqual([]);
    expect(archived.previousGoal?.state).toBe('active');
  });
});

describe('sortSuggestions', () => {
  it('orders by creation time, newest first', () => {
    const sorted = sortSuggestions([suggestion(1), suggestion(3), suggestion(2)]);
    expect(sorted.map((s) => s.seq)).toEqual([3, 2, 1]);
  });
});

describe('applyBoardChange and the snapshot scope', () => {
  // Done since 2026-01-01T00:00:00Z; suggestion n was changed at 10:00:n that day.
  const scoped: BoardSnapshot = {
    ...base,
    doneSince: '2026-01-01T00:00:00.000Z',
    goals: [],
  };
  const longAgo = '2025-06-01T00:00:00.000Z';

  it('moves the sequence on but adds nothing for a suggestion outside the scope', () => {
    const old = suggestion(9);
    const votedOn = { ...old, status: 'done' as const, statusChangedAt: longAgo, votes: 3 };
    const outcome = applyBoardChange(scoped, { type: 'upsert', seq: 3, suggestion: votedOn });
    expect(outcome.kind).toBe('outside');
    if (outcome.kind !== 'outside') return;
    expect(outcome.snapshot.seq).toBe(3);
    expect(outcome.snapshot.suggestions).toEqual(scoped.suggestions);
    // The next change applies on top without a gap.
    expect(
      applyBoardChange(outcome.snapshot, { type: 'upsert', seq: 4, suggestion: suggestion(4) })
        .kind,
    ).toBe('applied');
  });

  it('adds one that enters the scope, and keeps one that leaves it with its new status', () => {
    const reopened = { ...suggestion(9), status: 'planned' as const };
    const entered = applyBoardChange(scoped, { type: 'upsert', seq: 3, suggestion: reopened });
    if (entered.kind !== 'applied') throw new Error(entered.kind);
    expect(entered.snapshot.suggestions.map((s) => s.id)).toContain(reopened.id);
    expect(entered.previous).toBeNull();

    const declined = { ...suggestion(1), status: 'not_doing' as const, seq: 4 };
    const left = applyBoardChange(entered.snapshot, {
      type: 'upsert',
      seq: 4,
      suggestion: declined,
    });
    if (left.kind !== 'applied') throw new Error(left.kind);
    expect(left.snapshot.suggestions.find((s) => s.id === declined.id)?.status).toBe('not_doing');
    expect(left.previous?.status).toBe('new');
  });

  it('counts a phone’s own and goal-linked suggestions as in scope', () => {
    const own = { ...suggestion(8), status: 'not_doing' as const, statusChangedAt: longAgo };
    const linked = { ...suggestion(7), status: 'done' as const, statusChangedAt: longAgo };
    expect(inSnapshotScope({ ...scoped, mine: [own.id] }, own)).toBe(true);
    expect(inSnapshotScope(scoped, own)).toBe(false);
    const goal = { id: 'goal-0001' } as BoardSnapshot['goals'][number];
    expect(inSnapshotScope({ ...scoped, goals: [goal] }, { ...linked, goalId: goal.id })).toBe(
      true,
    );
    expect(inSnapshotScope(scoped, { ...linked, goalId: goal.id })).toBe(false);
    // A snapshot from a server without a scope holds everything.
    expect(inSnapshotScope(base, own)).toBe(true);
  });
});
