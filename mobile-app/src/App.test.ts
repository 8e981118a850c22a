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
  it("opens the method's pages: roadmap, analysis, vote and matrix", () => {
    expect(name('/b/board_1/roadmap')).toBe('roadmap');
    expect(name('/b/board_1/report')).toBe('report');
    expect(name('/b/board_1/analysis')).toBe('analysis');
    expect(name('/b/board_1/analysis/')).toBe('analysis');
    expect(name('/b/board_1/analysis/questions')).toBe('analysisQuestions');
    expect(name('/b/board_1/analysis/round_12345/results')).toBe('analysisResults');
    expect(name('/b/board_1/analysis/round_12345/energy_climate')).toBe('analysisForm');
    expect(name('/b/board_1/vote')).toBe('vote');
    expect(name('/b/board_1/matrix')).toBe('matrix');
  });
  it("opens the lead's wall settings for the board", () => {
    expect(name('/b/board_1/wall')).toBe('wall');
    expect(name('/b/board_1/wall/')).toBe('wall');
    expect(name('/b/board_1/wall/goals')).toBe('home');
    const path = '/b/board_1/wall';
    const route = routeFor(path);
    const suspense = route?.render(route.path.exec(path)?.groups ?? {}) as
      ReactElement<{ children: ReactElement }> | undefined;
    expect(suspense?.props.children.props).toEqual({ boardId: 'board_1' });
  });

  it("opens the follow-up: the lead's runner, a phone's live page, the kept ones and one", () => {
    expect(name('/b/board_1/follow-up')).toBe('followUp');
    expect(name('/b/board_1/follow-up/')).toBe('followUp');
    expect(name('/b/board_1/follow-up/live')).toBe('followUpLive');
    expect(name('/b/board_1/follow-ups')).toBe('followUps');
    expect(name('/b/board_1/follow-ups/fu_123')).toBe('followUpRead');
    expect(name('/b/board_1/follow-up/other')).toBe('home');
    expect(name('/b/board_1/follow-ups/a b')).toBe('home');
    const path = '/b/board_1/follow-ups/fu_123';
    const route = routeFor(path);
    const shown = route?.render(route.path.exec(path)?.groups ?? {}) as
      ReactElement<{ children: ReactElement }> | undefined;
    expect(shown?.props.children.props).toEqual({ boardId: 'board_1', followUpId: 'fu_123' });
  });

  it("opens the workshop: the clicker (a lead's remote), a template, past sessions", () => {
    expect(name('/b/board_1/workshop')).toBe('workshop');
    expect(name('/b/board_1/workshop/')).toBe('workshop');
    expect(name('/b/board_1/workshop/templates/tmpl_123')).toBe('workshopTemplate');
    expect(name('/b/board_1/workshop/sessions')).toBe('workshopSessions');
    expect(name('/b/board_1/workshop/sessions/sess_123')).toBe('workshopSession');
    expect(name('/b/board_1/workshop/templates')).toBe('home');
    expect(name('/b/board_1/workshop/sessions/a b')).toBe('home');
    expect(name('/b/board_1/workshop/x/y/z')).toBe('home');
    const path = '/b/board_1/workshop/sessions/sess_123';
    const route = routeFor(path);
    const shown = route?.render(route.path.exec(path)?.groups ?? {}) as
      ReactElement<{ children: ReactElement }> | undefined;
    expect(shown?.props.children.props).toEqual({ boardId: 'board_1', sessionId: 'sess_123' });
    const template = '/b/board_1/workshop/templates/tmpl_123';
    const templateRoute = routeFor(template);
    const editor = templateRoute?.render(templateRoute.path.exec(template)?.groups ?? {}) as
      ReactElement<{ children: ReactElement }> | undefined;
    expect(editor?.props.children.props).toEqual({ boardId: 'board_1', templateId: 'tmpl_123' });
  });
  it('opens nothing of the method for a malformed path', () => {
    expect(name('/b/board_1/analysis/round 1/energy_climate')).toBe('home');
    expect(name('/b/board_1/analysis/r/e/x')).toBe('home');
    expect(name('/b/board_1/roadmap/extra')).toBe('home');
    expect(name('/b/board_1/vote/%3Cscript%3E')).toBe('home');
  });
  it('passes the round and the category from the URL to the form', () => {
    const path = '/b/board_1/analysis/round_12345/health_safety';
    const route = routeFor(path);
    const params = route?.path.exec(path)?.groups ?? {};
    const suspense = route?.render(params) as ReactElement<{ children: ReactElement }>;
    expect(suspense.props.children.props).toEqual({
      boardId: 'board_1',
      roundId: 'round_12345',
      categoryId: 'health_safety',
    });
    expect(suspense.props.children.key).toBe('round_12345');
    const results = '/b/board_1/analysis/round_12345/results';
    const resultsRoute = routeFor(results);
    const shown = resultsRoute?.render(resultsRoute.path.exec(results)?.groups ?? {}) as
      ReactElement<{ children: ReactElement }> | undefined;
    expect(shown?.props.children.props).toEqual({ boardId: 'board_1', roundId: 'round_12345' });
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
