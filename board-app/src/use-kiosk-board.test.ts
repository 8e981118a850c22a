import { describe, expect, it } from 'vitest';
import { makeSuggestion } from '@tavla/shared/testing/fixtures';
import { justAchieved, justDone, keyRefusal, movedOrNew } from './use-kiosk-board.js';

const s1 = makeSuggestion(1);
const upsert = (suggestion = s1) => ({ type: 'upsert' as const, seq: 9, suggestion });

describe('kiosk reactions to live changes', () => {
  it('highlights new cards and cards that changed column, not other updates', () => {
    const moved = { ...s1, status: 'planned' as const };
    const edited = { ...s1, text: 'Same column' };
    expect(movedOrNew([{ change: upsert(), previous: null, previousGoal: null }])).toEqual([s1.id]);
    expect(movedOrNew([{ change: upsert(moved), previous: s1, previousGoal: null }])).toEqual([
      s1.id,
    ]);
    expect(movedOrNew([{ change: upsert(edited), previous: s1, previousGoal: null }])).toEqual([]);
    expect(
      movedOrNew([
        {
          change: { type: 'remove', seq: 9, suggestionId: s1.id },
          previous: s1,
          previousGoal: null,
        },
      ]),
    ).toEqual([]);
  });

  it('celebrates reaching Done once', () => {
    const done = { ...s1, status: 'done' as const };
    expect(justDone([{ change: upsert(done), previous: s1, previousGoal: null }])?.id).toBe(s1.id);
    expect(justDone([{ change: upsert(done), previous: done, previousGoal: null }])).toBeNull();
    expect(justDone([{ change: upsert(s1), previous: null, previousGoal: null }])).toBeNull();
  });

  it('celebrates a goal once, when it becomes achieved', () => {
    const goal = { id: 'goal-000001', state: 'active' } as unknown as Parameters<
      typeof justAchieved
    >[0][number]['previousGoal'];
    const achieved = { ...goal, state: 'achieved' } as NonNullable<typeof goal>;
    const change = { type: 'goal' as const, seq: 3, goal: achieved };
    expect(justAchieved([{ change, previous: null, previousGoal: goal }])?.id).toBe('goal-000001');
    expect(justAchieved([{ change, previous: null, previousGoal: achieved }])).toBeNull();
  });
});

describe('keyRefusal', () => {
  it('tells a replaced link from an unknown key and from passing failures', () => {
    expect(keyRefusal('link_replaced')).toBe('linkReplaced');
    expect(keyRefusal('unauthorized')).toBe('invalidKey');
    expect(keyRefusal('internal')).toBeNull();
    expect(keyRefusal(undefined)).toBeNull();
  });
});
