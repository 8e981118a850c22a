import { describe, expect, it } from 'vitest';
import { goalDraftPath, goalPrefill } from './goal-prefill.js';

describe('a goal draft from a link', () => {
  it('reads the dimension, the focus area and the matrix point it came from', () => {
    expect(
      goalPrefill(
        '?dimension=economic&focusArea=Resource%20costs&voteId=vote_1234&categoryId=resource_costs',
      ),
    ).toEqual({
      dimension: 'economic',
      focusArea: 'Resource costs',
      origin: { voteId: 'vote_1234', categoryId: 'resource_costs' },
    });
  });

  it('fills in nothing from an empty or foreign query', () => {
    expect(goalPrefill('')).toEqual({ dimension: null, focusArea: '', origin: null });
    expect(goalPrefill('?dimension=spiritual&focusArea=%20%20')).toEqual({
      dimension: null,
      focusArea: '',
      origin: null,
    });
  });

  it('leaves out an origin that is not a real vote and category', () => {
    expect(goalPrefill('?voteId=vote_1234&categoryId=pizza').origin).toBeNull();
    expect(goalPrefill('?voteId=a/b&categoryId=emissions').origin).toBeNull();
    expect(goalPrefill('?categoryId=emissions').origin).toBeNull();
  });

  it('cuts a focus area to what a goal holds', () => {
    expect(goalPrefill(`?focusArea=${'x'.repeat(500)}`).focusArea).toHaveLength(120);
  });

  it('builds the link the form reads back', () => {
    const path = goalDraftPath('board_1', {
      dimension: 'social',
      focusArea: 'Hälsa & säkerhet',
      voteId: 'vote_1234',
      categoryId: 'health_safety',
    });
    expect(path.startsWith('/m/b/board_1/goals/new?')).toBe(true);
    expect(goalPrefill(path.slice(path.indexOf('?')))).toEqual({
      dimension: 'social',
      focusArea: 'Hälsa & säkerhet',
      origin: { voteId: 'vote_1234', categoryId: 'health_safety' },
    });
    expect(goalDraftPath('b1', { dimension: 'social', focusArea: 'A' })).not.toContain('voteId');
  });
});
