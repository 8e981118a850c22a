import { lazy, Suspense, type ReactNode } from 'react';
import { BoardPage } from './pages/BoardPage.js';
import { HomePage } from './pages/HomePage.js';

// The employee's first screen (the board page) is in the initial bundle; everything else
// loads when it is opened, so a phone on factory Wi-Fi downloads only what it needs.
const GoalPage = lazy(() => import('./pages/GoalsPages.js').then((m) => ({ default: m.GoalPage })));
const GoalsPage = lazy(() =>
  import('./pages/GoalsPages.js').then((m) => ({ default: m.GoalsPage })),
);
const NewGoalPage = lazy(() =>
  import('./pages/GoalsPages.js').then((m) => ({ default: m.NewGoalPage })),
);
const LeadPage = lazy(() => import('./pages/LeadPage.js').then((m) => ({ default: m.LeadPage })));
const LoginPage = lazy(() =>
  import('./pages/SignInPages.js').then((m) => ({ default: m.LoginPage })),
);
const SetupPage = lazy(() =>
  import('./pages/SignInPages.js').then((m) => ({ default: m.SetupPage })),
);
const SuggestionPage = lazy(() =>
  import('./pages/SuggestionPage.js').then((m) => ({ default: m.SuggestionPage })),
);

const later = (page: ReactNode) => (
  <Suspense fallback={<main className="page page--notice">…</main>}>{page}</Suspense>
);

export function boardIdFromPath(path: string): string | null {
  const match = /^\/m\/b\/([A-Za-z0-9_-]+)\/?$/.exec(path);
  return match?.[1] ?? null;
}

export function suggestionFromPath(path: string): { boardId: string; suggestionId: string } | null {
  const match = /^\/m\/b\/([A-Za-z0-9_-]+)\/s\/([0-9a-f-]{36})\/?$/.exec(path);
  return match?.[1] && match[2] ? { boardId: match[1], suggestionId: match[2] } : null;
}

export function goalsFromPath(path: string): { boardId: string; goalId: string | null } | null {
  const match = /^\/m\/b\/([A-Za-z0-9_-]+)\/goals(?:\/([A-Za-z0-9_-]+))?\/?$/.exec(path);
  return match?.[1] ? { boardId: match[1], goalId: match[2] ?? null } : null;
}

/** The phone app's few screens, chosen by path (the server serves index.html for each). */
export function App({ path }: { path: string }) {
  const boardId = boardIdFromPath(path);
  if (boardId) return <BoardPage boardId={boardId} />;
  const detail = suggestionFromPath(path);
  if (detail) return later(<SuggestionPage {...detail} />);
  const goals = goalsFromPath(path);
  if (goals?.goalId === 'new') return later(<NewGoalPage boardId={goals.boardId} />);
  if (goals?.goalId) return later(<GoalPage boardId={goals.boardId} goalId={goals.goalId} />);
  if (goals) return later(<GoalsPage boardId={goals.boardId} />);
  const page = path.replace(/\/+$/, '');
  if (page === '/m/login') return later(<LoginPage />);
  if (page === '/m/setup') return later(<SetupPage />);
  if (page === '/m/lead') return later(<LeadPage />);
  return <HomePage />;
}
