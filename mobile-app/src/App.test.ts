import { describe, expect, it } from 'vitest';
import { boardIdFromPath, goalsFromPath, suggestionFromPath } from './App.js';

describe('boardIdFromPath', () => {
  it('reads the board id from the clean URL a join redirects to', () => {
    expect(boardIdFromPath('/m/b/AbC_12-x')).toBe('AbC_12-x');
    expect(boardIdFromPath('/m/b/AbC_12-x/')).toBe('AbC_12-x');
  });
  it('ignores anything else', () => {
    expect(boardIdFromPath('/m/')).toBeNull();
    expect(boardIdFromPath('/m/b/')).toBeNull();
    expect(boardIdFromPath('/m/b/a/b')).toBeNull();
    expect(boardIdFromPath('/m/b/<script>')).toBeNull();
  });
});

describe('suggestionFromPath', () => {
  it('reads board and suggestion ids from a detail URL', () => {
    expect(suggestionFromPath('/m/b/board_1/s/0b8a3f0e-5d1c-4c55-9a43-7f2a9d1e6b10')).toEqual({
      boardId: 'board_1',
      suggestionId: '0b8a3f0e-5d1c-4c55-9a43-7f2a9d1e6b10',
    });
    expect(suggestionFromPath('/m/b/board_1/s/not-an-id')).toBeNull();
    expect(suggestionFromPath('/m/b/board_1')).toBeNull();
  });
});

describe('nextStatus', () => {
  it('suggests the next step of the workflow', async () => {
    const { nextStatus } = await import('./pages/SuggestionPage.js');
    expect(nextStatus('new')).toBe('under_review');
    expect(nextStatus('in_progress')).toBe('done');
    expect(nextStatus('done')).toBe('in_progress');
    expect(nextStatus('not_doing')).toBe('under_review');
  });
});

describe('goalsFromPath', () => {
  it('reads the goals list, a goal, and the new-goal form', () => {
    expect(goalsFromPath('/m/b/board_1/goals')).toEqual({ boardId: 'board_1', goalId: null });
    expect(goalsFromPath('/m/b/board_1/goals/abcDEF12')).toEqual({
      boardId: 'board_1',
      goalId: 'abcDEF12',
    });
    expect(goalsFromPath('/m/b/board_1/goals/new')).toEqual({ boardId: 'board_1', goalId: 'new' });
    expect(goalsFromPath('/m/b/board_1')).toBeNull();
  });
});
