import { describe, expect, it } from 'vitest';
import { daysSince, filtersOf, isFiltered, NO_FILTERS, queryOf, toggled } from './triage-view.js';

describe('the triage filters in the URL', () => {
  it('read what the URL asks and drop what is unknown', () => {
    expect(filtersOf('')).toEqual(NO_FILTERS);
    expect(
      filtersOf('?status=new&dimension=social&goal=goal_12345&waiting=true&q=%20led%20&sort=votes'),
    ).toEqual({
      status: 'new',
      dimension: 'social',
      goal: 'goal_12345',
      waiting: true,
      hidden: false,
      q: 'led',
      sort: 'votes',
    });
    expect(filtersOf('?status=lost&dimension=x&goal=a%20b&waiting=1&sort=random')).toEqual(
      NO_FILTERS,
    );
  });

  it('write the same filters as the same query, and back', () => {
    const filters = { ...NO_FILTERS, hidden: true, q: 'återvinn', sort: 'waiting' as const };
    const query = queryOf(filters).toString();
    expect(query).toBe('hidden=true&q=%C3%A5tervinn&sort=waiting');
    expect(filtersOf(`?${query}`)).toEqual(filters);
    expect(queryOf(NO_FILTERS).toString()).toBe('');
    expect(isFiltered({ ...NO_FILTERS, sort: 'votes' })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, waiting: true })).toBe(true);
  });

  it('counts whole days waited and toggles a selection', () => {
    const now = Date.parse('2026-11-21T08:00:00Z');
    expect(daysSince('2026-11-13T09:00:00Z', now)).toBe(7);
    expect(daysSince('2026-11-22T09:00:00Z', now)).toBe(0);
    expect([...toggled(new Set(['a']), 'b')]).toEqual(['a', 'b']);
    expect([...toggled(new Set(['a', 'b']), 'a')]).toEqual(['b']);
  });
});
