import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Router, Switch } from 'wouter';
import { BoardPage } from './pages/BoardPage.js';

// The employee's first screen (the board page) is in the initial bundle; everything else
// loads when it is opened, so a phone on factory Wi-Fi downloads only what it needs.
// (The home page too: a phone that scanned the QR code lands on its board, not there.)
const HomePage = lazy(() => import('./pages/HomePage.js').then((m) => ({ default: m.HomePage })));
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
// The method's pages (roadmap, analysis, interest vote, matrix), each in its own chunk.
const RoadmapPage = lazy(() =>
  import('./pages/roadmap/RoadmapPage.js').then((m) => ({ default: m.RoadmapPage })),
);
const AnalysisPage = lazy(() =>
  import('./pages/analysis/AnalysisPage.js').then((m) => ({ default: m.AnalysisPage })),
);
const AnalysisFormPage = lazy(() =>
  import('./pages/analysis/AnalysisFormPage.js').then((m) => ({ default: m.AnalysisFormPage })),
);
const AnalysisResultsPage = lazy(() =>
  import('./pages/analysis/AnalysisResultsPage.js').then((m) => ({
    default: m.AnalysisResultsPage,
  })),
);
const QuestionBankPage = lazy(() =>
  import('./pages/analysis/QuestionBankPage.js').then((m) => ({ default: m.QuestionBankPage })),
);
const VotePage = lazy(() =>
  import('./pages/vote/VotePage.js').then((m) => ({ default: m.VotePage })),
);
const MatrixPage = lazy(() =>
  import('./pages/matrix/MatrixPage.js').then((m) => ({ default: m.MatrixPage })),
);
// The lead's wall settings: which scenes the wall cycles through, and "show now".
const WallSettingsPage = lazy(() =>
  import('./pages/wall/WallSettingsPage.js').then((m) => ({ default: m.WallSettingsPage })),
);

const AnnouncementsPage = lazy(() =>
  import('./pages/announcements/AnnouncementsPage.js').then((m) => ({
    default: m.AnnouncementsPage,
  })),
);
// The weekly board meeting (step 7): "since last time", for leads to run and everyone to read.
const MeetingPage = lazy(() =>
  import('./pages/meeting/MeetingPage.js').then((m) => ({ default: m.MeetingPage })),
);
// The workshop (step 1): the clicker and the lead's remote, the template editor, past sessions.
const WorkshopPage = lazy(() =>
  import('./pages/workshop/WorkshopPage.js').then((m) => ({ default: m.WorkshopPage })),
);
const TemplateEditPage = lazy(() =>
  import('./pages/workshop/TemplateEditPage.js').then((m) => ({ default: m.TemplateEditPage })),
);
const SessionsPage = lazy(() =>
  import('./pages/workshop/SessionsPages.js').then((m) => ({ default: m.SessionsPage })),
);
const SessionResultsPage = lazy(() =>
  import('./pages/workshop/SessionsPages.js').then((m) => ({ default: m.SessionResultsPage })),
);
// The follow-up (step 7): the lead's runner, the kept follow-ups, the employee's live page.
const FollowUpPage = lazy(() =>
  import('./pages/follow-up/FollowUpPage.js').then((m) => ({ default: m.FollowUpPage })),
);
const FollowUpLivePage = lazy(() =>
  import('./pages/follow-up/FollowUpLivePage.js').then((m) => ({ default: m.FollowUpLivePage })),
);
const FollowUpsPage = lazy(() =>
  import('./pages/follow-up/FollowUpsPages.js').then((m) => ({ default: m.FollowUpsPage })),
);
const FollowUpReadPage = lazy(() =>
  import('./pages/follow-up/FollowUpsPages.js').then((m) => ({ default: m.FollowUpReadPage })),
);

// Analytics for leads and admins: participation and its target, flow, lead times, charts.
const AnalyticsPage = lazy(() =>
  import('./pages/analytics/AnalyticsPage.js').then((m) => ({ default: m.AnalyticsPage })),
);

// The roadmap report (leads and admins), a printable A4 document.
const ReportPage = lazy(() =>
  import('./pages/report/ReportPage.js').then((m) => ({ default: m.ReportPage })),
);

// The QR poster (leads and admins), a printable A4 page to hang by the board.
const PosterPage = lazy(() =>
  import('./pages/poster/PosterPage.js').then((m) => ({ default: m.PosterPage })),
);
// Many boards, one site (admins): every board at a glance and the site wall's settings.
const SitePage = lazy(() =>
  import('./pages/site/SitePage.js').then((m) => ({ default: m.SitePage })),
);
// The lead's triage list: filters, search, sorting, bulk actions (leads only).
const TriagePage = lazy(() =>
  import('./pages/triage/TriagePage.js').then((m) => ({ default: m.TriagePage })),
);
// A board's settings (issue 14), for its leads and admins.
const BoardSettingsPage = lazy(() =>
  import('./pages/board-settings/BoardSettingsPage.js').then((m) => ({
    default: m.BoardSettingsPage,
  })),
);
// People and the audit log (admins).
const PeoplePage = lazy(() =>
  import('./pages/people/PeoplePage.js').then((m) => ({ default: m.PeoplePage })),
);
const AuditPage = lazy(() =>
  import('./pages/people/AuditPage.js').then((m) => ({ default: m.AuditPage })),
);

const later = (page: ReactNode) => (
  <Suspense fallback={<main className="page page--notice">…</main>}>{page}</Suspense>
);

/** Where the phone app is served; every route below is relative to it. */
export const APP_BASE = '/m';

/** A path pattern: `:name` is an id (letters, digits, `_`, `-`), `:name(uuid)` a UUID. */
function pattern(path: string): RegExp {
  const source = path.replace(/:(\w+)(\(uuid\))?/g, (_match, name: string, uuid?: string) =>
    uuid ? `(?<${name}>[0-9a-f-]{36})` : `(?<${name}>[A-Za-z0-9_-]+)`,
  );
  return new RegExp(`^${source}/?$`);
}

type Params = Record<string, string | undefined>;
const param = (params: Params, name: string): string => params[name] ?? '';

/**
 * The phone app's one route table, first match wins (the server serves index.html for each
 * path under /m/b/ and for the sign-in pages). `name` is for tests and nothing else.
 */
export const ROUTES: ReadonlyArray<{
  name: string;
  path: RegExp;
  render: (params: Params) => ReactNode;
}> = [
  {
    name: 'board',
    path: pattern('/b/:boardId'),
    render: (p) => <BoardPage boardId={param(p, 'boardId')} />,
  },
  {
    name: 'suggestion',
    path: pattern('/b/:boardId/s/:suggestionId(uuid)'),
    render: (p) =>
      later(
        <SuggestionPage boardId={param(p, 'boardId')} suggestionId={param(p, 'suggestionId')} />,
      ),
  },
  {
    name: 'goals',
    path: pattern('/b/:boardId/goals'),
    render: (p) => later(<GoalsPage boardId={param(p, 'boardId')} />),
  },
  {
    name: 'newGoal',
    path: pattern('/b/:boardId/goals/new'),
    render: (p) => later(<NewGoalPage boardId={param(p, 'boardId')} />),
  },
  {
    name: 'goal',
    path: pattern('/b/:boardId/goals/:goalId'),
    render: (p) => later(<GoalPage boardId={param(p, 'boardId')} goalId={param(p, 'goalId')} />),
  },
  {
    name: 'roadmap',
    path: pattern('/b/:boardId/roadmap'),
    render: (p) => later(<RoadmapPage boardId={param(p, 'boardId')} />),
  },
  {
    name: 'report',
    path: pattern('/b/:boardId/report'),
    render: (p) => later(<ReportPage boardId={param(p, 'boardId')} />),
  },
  {
    name: 'analysis',
    path: pattern('/b/:boardId/analysis'),
    render: (p) => later(<AnalysisPage boardId={param(p, 'boardId')} />),
  },
  {
    name: 'analysisQuestions',
    path: pattern('/b/:boardId/analysis/questions'),
    render: (p) => later(<QuestionBankPage boardId={param(p, 'boardId')} />),
  },
  // Before the form, whose category would otherwise be "results".
  {
    name: 'analysisResults',
    path: pattern('/b/:boardId/analysis/:roundId/results'),
    render: (p) =>
      later(<AnalysisResultsPage boardId={param(p, 'boardId')} roundId={param(p, 'roundId')} />),
  },
  {
    name: 'analysisForm',
    path: pattern('/b/:boardId/analysis/:roundId/:categoryId'),
    // A new round is a new page: its answers and their saving start afresh.
    render: (p) =>
      later(
        <AnalysisFormPage
          key={param(p, 'roundId')}
          boardId={param(p, 'boardId')}
          roundId={param(p, 'roundId')}
          categoryId={param(p, 'categoryId')}
        />,
      ),
  },
  {
    name: 'vote',
    path: pattern('/b/:boardId/vote'),
    render: (p) => later(<VotePage boardId={param(p, 'boardId')} />),
  },
  {
    name: 'matrix',
    path: pattern('/b/:boardId/matrix'),
    render: (p) => later(<MatrixPage boardId={param(p, 'boardId')} />),
  },
  {
    name: 'wall',
    path: pattern('/b/:boardId/wall'),
    render: (p) => later(<WallSettingsPage boardId={param(p, 'boardId')} />),
  },
  {
    name: 'announcements',
    path: pattern('/b/:boardId/announcements'),
    render: (p) => later(<AnnouncementsPage boardId={param(p, 'boardId')} />),
  },
  {
    name: 'meeting',
    path: pattern('/b/:boardId/meeting'),
    render: (p) => later(<MeetingPage boardId={param(p, 'boardId')} />),
  },
  {
    name: 'workshop',
    path: pattern('/b/:boardId/workshop'),
    render: (p) => later(<WorkshopPage boardId={param(p, 'boardId')} />),
  },
  {
    name: 'workshopTemplate',
    path: pattern('/b/:boardId/workshop/templates/:templateId'),
    render: (p) =>
      later(
        <TemplateEditPage
          key={param(p, 'templateId')}
          boardId={param(p, 'boardId')}
          templateId={param(p, 'templateId')}
        />,
      ),
  },
  {
    name: 'workshopSessions',
    path: pattern('/b/:boardId/workshop/sessions'),
    render: (p) => later(<SessionsPage boardId={param(p, 'boardId')} />),
  },
  {
    name: 'workshopSession',
    path: pattern('/b/:boardId/workshop/sessions/:sessionId'),
    render: (p) =>
      later(<SessionResultsPage boardId={param(p, 'boardId')} sessionId={param(p, 'sessionId')} />),
  },
  {
    name: 'followUp',
    path: pattern('/b/:boardId/follow-up'),
    render: (p) => later(<FollowUpPage boardId={param(p, 'boardId')} />),
  },
  {
    name: 'followUpLive',
    path: pattern('/b/:boardId/follow-up/live'),
    render: (p) => later(<FollowUpLivePage boardId={param(p, 'boardId')} />),
  },
  {
    name: 'followUps',
    path: pattern('/b/:boardId/follow-ups'),
    render: (p) => later(<FollowUpsPage boardId={param(p, 'boardId')} />),
  },
  {
    name: 'followUpRead',
    path: pattern('/b/:boardId/follow-ups/:followUpId'),
    render: (p) =>
      later(
        <FollowUpReadPage
          key={param(p, 'followUpId')}
          boardId={param(p, 'boardId')}
          followUpId={param(p, 'followUpId')}
        />,
      ),
  },
  {
    name: 'analytics',
    path: pattern('/b/:boardId/analytics'),
    render: (p) => later(<AnalyticsPage boardId={param(p, 'boardId')} />),
  },
  { name: 'login', path: pattern('/login'), render: () => later(<LoginPage />) },
  { name: 'setup', path: pattern('/setup'), render: () => later(<SetupPage />) },
  { name: 'lead', path: pattern('/lead'), render: () => later(<LeadPage />) },
  {
    name: 'poster',
    path: pattern('/b/:boardId/poster'),
    render: (p) => later(<PosterPage boardId={param(p, 'boardId')} />),
  },
  { name: 'site', path: pattern('/site'), render: () => later(<SitePage />) },
  {
    name: 'triage',
    path: pattern('/b/:boardId/triage'),
    render: (p) => later(<TriagePage boardId={param(p, 'boardId')} />),
  },
  {
    name: 'boardSettings',
    path: pattern('/b/:boardId/settings'),
    render: (p) => later(<BoardSettingsPage boardId={param(p, 'boardId')} />),
  },
  { name: 'people', path: pattern('/admin/people'), render: () => later(<PeoplePage />) },
  { name: 'audit', path: pattern('/admin/audit'), render: () => later(<AuditPage />) },
];

/** The route a path (below APP_BASE) opens, or null for the home page. */
export function routeFor(path: string): (typeof ROUTES)[number] | null {
  return ROUTES.find((route) => route.path.test(path)) ?? null;
}

/** The phone app: wouter picks the page from the URL and keeps it in step with navigation. */
export function App({ ssrPath }: { ssrPath?: string } = {}) {
  return (
    <Router base={APP_BASE} {...(ssrPath === undefined ? {} : { ssrPath })}>
      <Switch>
        {ROUTES.map((route) => (
          <Route key={route.name} path={route.path}>
            {(params: Params) => route.render(params)}
          </Route>
        ))}
        <Route>{later(<HomePage />)}</Route>
      </Switch>
    </Router>
  );
}
