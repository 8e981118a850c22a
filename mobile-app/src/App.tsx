import { BoardPage } from './pages/BoardPage.js';
import { GoalPage, GoalsPage, NewGoalPage } from './pages/GoalsPages.js';
import { HomePage } from './pages/HomePage.js';
import { LeadPage } from './pages/LeadPage.js';
import { LoginPage, SetupPage } from './pages/SignInPages.js';
import { SuggestionPage } from './pages/SuggestionPage.js';

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
  if (detail) return <SuggestionPage {...detail} />;
  const goals = goalsFromPath(path);
  if (goals?.goalId === 'new') return <NewGoalPage boardId={goals.boardId} />;
  if (goals?.goalId) return <GoalPage boardId={goals.boardId} goalId={goals.goalId} />;
  if (goals) return <GoalsPage boardId={goals.boardId} />;
  const page = path.replace(/\/+$/, '');
  if (page === '/m/login') return <LoginPage />;
  if (page === '/m/setup') return <SetupPage />;
  if (page === '/m/lead') return <LeadPage />;
  return <HomePage />;
}
