import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BUILTIN_TEMPLATE_IDS } from '@tavla/shared/workshop-template';
import { adminWithLead, json, leadPhone, phoneContext } from './support/board-setup.js';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';

/**
 * The phone app passes axe (axe-core, injected into each page) with no serious or critical
 * violation, on every page of its route table, each opened as who uses it (an employee, a
 * lead, an admin, or nobody signed in) on a board with content. The table is read from
 * App.tsx, so a new page fails this test until it is listed here.
 */
const fixture = useBrowserAndServer();
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const APP_SOURCE = readFileSync(new URL('../mobile-app/src/App.tsx', import.meta.url), 'utf8');

/** The names in the phone's ROUTES table, as the source has them. */
function routeNames(): string[] {
  const table = APP_SOURCE.slice(APP_SOURCE.indexOf('export const ROUTES'));
  const body = table.slice(0, table.indexOf('\n];'));
  return [...body.matchAll(/\bname: '(\w+)'/g)].map((match) => match[1] ?? '');
}

type Who = 'employee' | 'lead' | 'admin' | 'nobody';
interface Ids {
  boardId: string;
  suggestionId: string;
  hiddenId: string;
  goalId: string;
  roundId: string;
  templateId: string;
  sessionId: string;
  followUpId: string;
}

/** Every route of the table: who opens it, and where. */
const PAGES: Record<string, { who: Who; path: (ids: Ids) => string }> = {
  board: { who: 'employee', path: (i) => `/m/b/${i.boardId}` },
  suggestion: { who: 'employee', path: (i) => `/m/b/${i.boardId}/s/${i.suggestionId}` },
  goals: { who: 'employee', path: (i) => `/m/b/${i.boardId}/goals` },
  newGoal: { who: 'lead', path: (i) => `/m/b/${i.boardId}/goals/new` },
  goal: { who: 'employee', path: (i) => `/m/b/${i.boardId}/goals/${i.goalId}` },
  roadmap: { who: 'lead', path: (i) => `/m/b/${i.boardId}/roadmap` },
  report: { who: 'lead', path: (i) => `/m/b/${i.boardId}/report` },
  analysis: { who: 'lead', path: (i) => `/m/b/${i.boardId}/analysis` },
  analysisQuestions: { who: 'admin', path: (i) => `/m/b/${i.boardId}/analysis/questions` },
  analysisResults: {
    who: 'lead',
    path: (i) => `/m/b/${i.boardId}/analysis/${i.roundId}/results`,
  },
  analysisForm: {
    who: 'lead',
    path: (i) => `/m/b/${i.boardId}/analysis/${i.roundId}/energy_climate`,
  },
  vote: { who: 'employee', path: (i) => `/m/b/${i.boardId}/vote` },
  matrix: { who: 'lead', path: (i) => `/m/b/${i.boardId}/matrix` },
  wall: { who: 'lead', path: (i) => `/m/b/${i.boardId}/wall` },
  announcements: { who: 'employee', path: (i) => `/m/b/${i.boardId}/announcements` },
  meeting: { who: 'lead', path: (i) => `/m/b/${i.boardId}/meeting` },
  workshop: { who: 'lead', path: (i) => `/m/b/${i.boardId}/workshop` },
  workshopTemplate: {
    who: 'lead',
    path: (i) => `/m/b/${i.boardId}/workshop/templates/${i.templateId}`,
  },
  workshopSessions: { who: 'lead', path: (i) => `/m/b/${i.boardId}/workshop/sessions` },
  workshopSession: {
    who: 'lead',
    path: (i) => `/m/b/${i.boardId}/workshop/sessions/${i.sessionId}`,
  },
  followUp: { who: 'lead', path: (i) => `/m/b/${i.boardId}/follow-up` },
  followUpLive: { who: 'employee', path: (i) => `/m/b/${i.boardId}/follow-up/live` },
  followUps: { who: 'lead', path: (i) => `/m/b/${i.boardId}/follow-ups` },
  followUpRead: { who: 'lead', path: (i) => `/m/b/${i.boardId}/follow-ups/${i.followUpId}` },
  analytics: { who: 'lead', path: (i) => `/m/b/${i.boardId}/analytics` },
  login: { who: 'nobody', path: () => '/m/login' },
  setup: { who: 'nobody', path: () => '/m/setup' },
  lead: { who: 'admin', path: () => '/m/lead' },
  // Issue 14: the poster, the site, triage, a board's settings, people and the audit log.
  poster: { who: 'lead', path: (i) => `/m/b/${i.boardId}/poster` },
  site: { who: 'admin', path: () => '/m/site' },
  triage: { who: 'lead', path: (i) => `/m/b/${i.boardId}/triage` },
  boardSettings: { who: 'lead', path: (i) => `/m/b/${i.boardId}/settings` },
  people: { who: 'admin', path: () => '/m/admin/people' },
  audit: { who: 'admin', path: () => '/m/admin/audit' },
};

/** More views worth a look besides one per route: other people on the same pages. */
const MORE: { name: string; who: Who; path: (ids: Ids) => string }[] = [
  { name: 'home', who: 'employee', path: () => '/m/' },
  { name: 'board as lead', who: 'lead', path: (i) => `/m/b/${i.boardId}` },
  { name: 'board as admin', who: 'admin', path: (i) => `/m/b/${i.boardId}` },
  { name: 'suggestion as lead', who: 'lead', path: (i) => `/m/b/${i.boardId}/s/${i.suggestionId}` },
  { name: 'hidden suggestion', who: 'employee', path: (i) => `/m/b/${i.boardId}/s/${i.hiddenId}` },
  { name: 'lead page as lead', who: 'lead', path: () => '/m/lead' },
  { name: 'workshop as employee', who: 'employee', path: (i) => `/m/b/${i.boardId}/workshop` },
  { name: 'settings as admin', who: 'admin', path: (i) => `/m/b/${i.boardId}/settings` },
  {
    name: 'hidden suggestions in triage',
    who: 'lead',
    path: (i) => `/m/b/${i.boardId}/triage?hidden=true`,
  },
];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string }[];
}

/** Opens a page, waits until it has settled (no lazy fallback left) and runs axe on it. */
async function audit(page: Page, url: string): Promise<AxeViolation[]> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => {
    const fallback = [...document.querySelectorAll('main')].some(
      (main) => main.textContent.trim() === '…',
    );
    const root = document.getElementById('root');
    return root !== null && root.childElementCount > 0 && !fallback;
  });
  if ((await page.evaluate(() => typeof (window as { axe?: unknown }).axe)) === 'undefined') {
    // Evaluated through the DevTools protocol: the app's CSP rightly forbids inline scripts.
    await page.evaluate(AXE_SOURCE);
  }
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return (result.violations as AxeViolation[]).filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
}

async function seed(): Promise<{ ids: Ids; contexts: Record<Who, BrowserContext> }> {
  const { browser, server } = fixture;
  const { admin, boardId } = await adminWithLead(browser, server);
  const lead = await leadPhone(browser, server.baseUrl, 'en-GB');
  const employee = await phoneContext(browser, server.baseUrl, 'en-GB');
  const adminPhone = await phoneContext(browser, server.baseUrl, 'en-GB');
  await json(
    await adminPhone.request.post('/api/auth/login', {
      data: { username: 'maria', password: 'admin password 1' },
    }),
  );
  const nobody = await phoneContext(browser, server.baseUrl, 'en-GB');
  await employee.request.get(server.joinUrl);
  const url = (path: string) => `/api/boards/${boardId}${path}`;

  const goal = await json<{ id: string }>(
    await lead.request.post(url('/goals'), {
      data: {
        title: 'Less energy per unit',
        description: 'Energy is our largest cost and emission source.',
        dimension: 'ecological',
        focusArea: '',
        metric: 'Energy per unit',
        unit: 'kWh',
        baselineValue: 12,
        baselineDate: '2026-09-01',
        targetValue: 9,
        direction: 'decrease',
        deadline: '2027-06-30',
        responsible: 'Erik',
        achievableConfirmed: true,
        achievableNote: '',
      },
    }),
  );
  await json(await lead.request.put(url(`/goals/${goal.id}/state`), { data: { state: 'active' } }));
  const post = async (text: string, dimension: string) =>
    json<{ id: string }>(
      await employee.request.post(url('/suggestions'), {
        data: { id: crypto.randomUUID(), text, dimension, authorName: 'Aino' },
      }),
    );
  const suggestion = await post('Automatic sliding doors on the freezer room', 'ecological');
  const moved = await post('Standing mats at packing station 4', 'social');
  await post('Switch off the compressed air over the weekend', 'economic');
  const hidden = await post('Something a lead will hide', 'social');
  await json(
    await lead.request.put(url(`/suggestions/${moved.id}/status`), {
      data: { status: 'in_progress', note: 'Ordered' },
    }),
  );
  expect(
    (
      await lead.request.post(url(`/suggestions/${hidden.id}/hide`), {
        data: { reason: 'Names a colleague' },
      })
    ).status(),
  ).toBe(204);
  await json(
    await employee.request.post(url(`/suggestions/${moved.id}/comments`), {
      data: { id: crypto.randomUUID(), text: 'Yes please, my back hurts' },
    }),
  );
  const round = await json<{ id: string }>(
    await lead.request.post(url('/analysis/rounds'), { data: { name: 'Analysis 2026' } }),
  );
  const template = await json<{ id: string }>(
    await lead.request.post(url('/workshop/templates'), {
      data: { fromTemplateId: BUILTIN_TEMPLATE_IDS.en },
    }),
  );
  const session = await json<{ sessionId: string; index: number }>(
    await lead.request.post(url('/workshop/sessions'), {
      data: { templateId: BUILTIN_TEMPLATE_IDS.en },
    }),
  );
  // A past session (a live one would take phones to the clicker).
  await json(
    await lead.request.post(url('/workshop/current/control'), {
      data: { action: 'end', index: session.index },
    }),
  );
  const followUp = await json<{ id: string }>(
    await lead.request.post(url('/follow-ups'), { data: { kind: 'monthly' } }),
  );
  await admin.dispose();
  return {
    ids: {
      boardId,
      suggestionId: suggestion.id,
      hiddenId: hidden.id,
      goalId: goal.id,
      roundId: round.id,
      templateId: template.id,
      sessionId: session.sessionId,
      followUpId: followUp.id,
    },
    contexts: { employee, lead, admin: adminPhone, nobody },
  };
}

describe('accessibility of the phone app (axe)', () => {
  it('every page in the route table has no serious or critical violation', async () => {
    const names = routeNames();
    expect(names.length).toBeGreaterThan(20);
    // A page added to ROUTES must be added here too, with who opens it.
    expect(names.filter((name) => !(name in PAGES))).toEqual([]);
    expect(Object.keys(PAGES).filter((name) => !names.includes(name))).toEqual([]);

    const { ids, contexts } = await seed();
    // One page per person, reused from page to page.
    const pages = {} as Record<Who, Page>;
    for (const who of Object.keys(contexts) as Who[]) pages[who] = await contexts[who].newPage();
    const views = [
      ...names.map((name) => ({
        name,
        ...(PAGES[name] ?? { who: 'nobody' as const, path: () => '' }),
      })),
      ...MORE,
    ];
    const found: string[] = [];
    for (const view of views) {
      const url = `${fixture.server.baseUrl}${view.path(ids)}`;
      const violations = await audit(pages[view.who], url).catch((error: unknown) => {
        throw new Error(`${view.name} (${view.who}) at ${url}: ${String(error)}`);
      });
      for (const violation of violations) {
        found.push(
          `${view.name} (${view.who}): ${violation.impact ?? ''} ${violation.id} — ${violation.help} — ${violation.nodes
            .slice(0, 3)
            .map((node) => node.html)
            .join(' | ')}`,
        );
      }
    }
    console.log(`axe: ${views.length} views, ${found.length} serious or critical`, found);
    expect(found).toEqual([]);
    // The employee's list with the suggestion a lead hid, and why.
    await pages.employee.goto(`${fixture.server.baseUrl}/m/b/${ids.boardId}`);
    await pages.employee.getByRole('region', { name: 'Hidden by a team lead' }).waitFor();
    await pages.employee.screenshot({ path: `${ARTIFACTS}a11y-board.png`, fullPage: true });
    for (const context of Object.values(contexts)) await context.close();
  }, 600_000);
});
