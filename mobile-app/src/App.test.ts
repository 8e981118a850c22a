import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { routeFor } from './App.js';

const name = (path: string) => routeFor(path)?.name ?? 'home';

describe('the route table', () => {
  it('opens the board from the clean URL a join redirects to', () => {
    expect(name('/b/AbC_12-x')).toBe('board');
    expect(name('/b/AbC_12-x/')).toBe('board');
  });
  it('opens a suggestion only for a UUID', () => {
    expect(name('/b/board_1/s/0b8a3f0e-5d1c-4c55-9a43-7f2a9d1e6b10')).toBe('suggestion');
    expect(name('/b/board_1/s/not-an-id')).toBe('home');
  });
  it('opens the goals list, the new-goal form and a goal', () => {
    expect(name('/b/board_1/goals')).toBe('goals');
    expect(name('/b/board_1/goals/new')).toBe('newGoal');
    expect(name('/b/board_1/goals/abcDEF12')).toBe('goal');
  });
  it('opens the sign-in pages and sends anything else home', () => {
    expect(name('/login')).toBe('login');
    expect(name('/setup/')).toBe('setup');
    expect(name('/lead')).toBe('lead');
    expect(name('/')).toBe('home');
    expect(name('/b/')).toBe('home');
    expect(name('/b/a/b')).toBe('home');
    expect(name('/b/<script>')).toBe('home');
  });
  it('passes the ids from the URL to the page', () => {
    const path = '/b/board_1/goals/abcDEF12';
    const route = routeFor(path);
    const params = route?.path.exec(path)?.groups ?? {};
    const suspense = route?.render(params) as ReactElement<{ children: ReactElement }>;
    expect(suspense.props.children.props).toEqual({ boardId: 'board_1', goalId: 'abcDEF12' });
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
