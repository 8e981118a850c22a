import { describe, expect, it } from 'vitest';
import { applySuggestionCreated, sortSuggestions } from './board-state.js';
import type { BoardSnapshot } from './schemas.js';
import { makeSuggestion } from './testing/fixtures.js';

const suggestion = (n: number, createdAt: string) =>
  makeSuggestion(n, { createdAt, updatedAt: createdAt });

const base: BoardSnapshot = {
  board: { id: 'board-0001', name: 'B', language: 'sv' },
  seq: 2,
  suggestions: [
    suggestion(2, '2026-01-01T10:02:00.000Z'),
    suggestion(1, '2026-01-01T10:01:00.000Z'),
  ],
};

describe('applySuggestionCreated', () => {
  it('applies the next event and keeps newest first', () => {
    const next = suggestion(3, '2026-01-01T10:03:00.000Z');
    const outcome = applySuggestionCreated(base, { seq: 3, suggestion: next });
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    expect(outcome.snapshot.seq).toBe(3);
    expect(outcome.snapshot.suggestions.map((s) => s.seq)).toEqual([3, 2, 1]);
  });

  it('ignores an event it has already applied (idempotent)', () => {
    expect(applySuggestionCreated(base, { seq: 2, suggestion: suggestion(2, 'x') }).kind).toBe(
      'stale',
    );
    expect(applySuggestionCreated(base, { seq: 1, suggestion: suggestion(1, 'x') }).kind).toBe(
      'stale',
    );
  });

  it('reports a gap instead of applying an event that skips a number', () => {
    const outcome = applySuggestionCreated(base, {
      seq: 4,
      suggestion: suggestion(4, '2026-01-01T10:04:00.000Z'),
    });
    expect(outcome.kind).toBe('gap');
  });

  it('does not duplicate a suggestion that is already present', () => {
    const again = { ...suggestion(2, '2026-01-01T10:02:00.000Z'), seq: 3 };
    const outcome = applySuggestionCreated(base, { seq: 3, suggestion: again });
    if (outcome.kind !== 'applied') throw new Error('expected applied');
    expect(outcome.snapshot.suggestions).toHaveLength(2);
  });
});

describe('sortSuggestions', () => {
  it('orders by creation time, newest first', () => {
    const sorted = sortSuggestions([
      suggestion(1, '2026-01-01T10:01:00.000Z'),
      suggestion(3, '2026-01-01T10:03:00.000Z'),
      suggestion(2, '2026-01-01T10:02:00.000Z'),
    ]);
    expect(sorted.map((s) => s.seq)).toEqual([3, 2, 1]);
  });
});
