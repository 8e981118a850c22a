import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIOSK_VIEWPORT, launchChromium } from './support/browser.js';
import {
  expectReadable,
  measureWall,
  WALL_FIGURES,
  WALL_RUNNING_TEXT,
  type WallReport,
} from './support/wall-measure.js';

/**
 * Every scene of the wall, measured where it is read: at 1920×1080 (and at 4K) in Chromium,
 * with the hard case from board-app's development preview page (served by Vite; no Tavla
 * server is needed for states the server may not make yet): 40 suggestions with long texts and
 * long names, 5 goals with large values and long units, three announcements, a live workshop
 * on each kind of activity, and the method's vote, radars and matrix. In every scene no text is
 * under 28 px, running text is at least 40 px and key figures 56 px; no figure, target or unit
 * is cut (scroll and client sizes, and every clipping box around it); nothing leaves the
 * screen; no chart label covers another; no character needs a font the kiosk may lack; and
 * the QR code and the connection state are in sight. Screenshots are left in e2e/artifacts.
 */

const BOARD_APP = fileURLToPath(new URL('../board-app/', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

let vite: ViteDevServer;
let browser: Browser;
let base: string;
/**
 * One context (and page) per screen size for every case: the preview's modules come from the
 * Vite dev server one by one, so a fresh context per case would fetch them all again.
 */
const screens = new Map<number, { context: BrowserContext; page: Page }>();

async function pageAt(width: number, height: number): Promise<Page> {
  let screen = screens.get(width);
  if (!screen) {
    const context = await browser.newContext({ viewport: { width, height } });
    screen = { context, page: await context.newPage() };
    screens.set(width, screen);
  }
  return screen.page;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  vite = await createServer({
    root: BOARD_APP,
    configFile: `${BOARD_APP}vite.config.ts`,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
  });
  await vite.listen();
  const { port } = vite.httpServer?.address() as AddressInfo;
  base = `http://127.0.0.1:${port}/board/wall-preview.html`;
  browser = await launchChromium();
});

afterAll(async () => {
  for (const { context } of screens.values()) await context.close();
  await browser.close();
  await vite.close();
});

interface Case {
  scene: string;
  lang: 'sv' | 'en';
  variant?: string;
  activity?: string;
  /** The live follow-up's view (scene follow_up_live). */
  step?: string;
  page?: number;
  extra?: string;
}

function url(c: Case): string {
  const params = new URLSearchParams({
    scene: c.scene,
    lang: c.lang,
    variant: c.variant ?? 'default',
    activity: c.activity ?? 'poll',
    step: c.step ?? 'write',
    page: String(c.page ?? 0),
  });
  return `${base}?${params.toString()}${c.extra ?? ''}`;
}

function name(c: Case): string {
  return [
    c.scene,
    c.lang,
    c.variant,
    c.activity,
    c.step,
    c.page ? `p${c.page}` : '',
    c.extra ? 'over' : '',
  ]
    .filter(Boolean)
    .join('-');
}

async function open(page: Page, c: Case): Promise<void> {
  await page.goto(url(c));
  await page.locator(`.kiosk[data-scene="${c.scene}"]`).waitFor();
  await page.locator('img.qr__code').waitFor();
  // Let the arrival animations (a count's pop, a spotlight) finish before measuring.
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(
      document
        .getAnimations()
        // Not the spotlight's or the celebration's slow fade: it is measured while it shows.
        .filter((animation) => {
          const timing = animation.effect?.getTiming();
          return timing?.iterations !== Infinity && Number(timing?.duration) <= 2000;
        })
        .map((animation) => animation.finished.catch(() => undefined)),
    );
  });
}

const CASES: Case[] = [
  { scene: 'board', lang: 'sv' },
  { scene: 'board', lang: 'en', page: 1 },
  { scene: 'board', lang: 'sv', page: 3 },
  { scene: 'board', lang: 'en', variant: 'empty' },
  { scene: 'goals', lang: 'sv' },
  { scene: 'goals', lang: 'en' },
  { scene: 'goals', lang: 'sv', page: 1 },
  { scene: 'goals', lang: 'en', variant: 'empty' },
  { scene: 'recent', lang: 'sv' },
  { scene: 'recent', lang: 'en', page: 1 },
  { scene: 'recent', lang: 'sv', page: 2 },
  { scene: 'announcements', lang: 'sv' },
  { scene: 'announcements', lang: 'en', page: 1 },
  { scene: 'announcements', lang: 'sv', page: 2 },
  { scene: 'announcements', lang: 'en', variant: 'noEmployees' },
  { scene: 'announcements', lang: 'sv', variant: 'empty' },
  { scene: 'analysis', lang: 'sv' },
  { scene: 'analysis', lang: 'en', variant: 'nulls' },
  { scene: 'analysis', lang: 'sv', variant: 'first' },
  { scene: 'analysis', lang: 'en', variant: 'missing' },
  { scene: 'matrix', lang: 'sv' },
  { scene: 'matrix', lang: 'en', variant: 'median' },
  { scene: 'matrix', lang: 'en', variant: 'dense' },
  { scene: 'matrix', lang: 'sv', variant: 'missing' },
  { scene: 'vote', lang: 'sv' },
  { scene: 'vote', lang: 'en', variant: 'one' },
  { scene: 'vote', lang: 'sv', variant: 'many' },
  ...(
    ['slide', 'wordcloud', 'poll', 'pollHidden', 'scale', 'quiz', 'quizClosed', 'ideas'] as const
  ).flatMap((activity): Case[] => [
    { scene: 'workshop', lang: 'sv', activity },
    { scene: 'workshop', lang: 'en', activity },
  ]),
  { scene: 'workshop', lang: 'sv', activity: 'interest_vote' },
  // Step 7: the follow-up in the cycle (overdue, due-today and later actions, long texts and
  // owners, the learning, the next date, participation against a target), the board meeting
  // (more rows than one page), and the live follow-up in every step.
  { scene: 'follow_up', lang: 'sv' },
  { scene: 'follow_up', lang: 'en', page: 1 },
  { scene: 'follow_up', lang: 'sv', variant: 'many', page: 3 },
  { scene: 'follow_up', lang: 'en', variant: 'noEmployees' },
  { scene: 'follow_up', lang: 'sv', variant: 'empty' },
  { scene: 'meeting', lang: 'sv' },
  { scene: 'meeting', lang: 'en', page: 1 },
  { scene: 'meeting', lang: 'sv', page: 2 },
  { scene: 'meeting', lang: 'en', variant: 'first' },
  { scene: 'meeting', lang: 'sv', variant: 'empty' },
  ...(
    ['actions', 'goals', 'write', 'vote', 'voted', 'new_actions', 'learning', 'pulse'] as const
  ).flatMap((step): Case[] => [
    { scene: 'follow_up_live', lang: 'sv', step },
    { scene: 'follow_up_live', lang: 'en', step },
  ]),
  { scene: 'follow_up_live', lang: 'sv', step: 'vote', page: 2 },
  { scene: 'follow_up_live', lang: 'en', step: 'actions', variant: 'many', page: 1 },
  // Something new over a scene, and a celebration over another.
  { scene: 'board', lang: 'sv', extra: '&spotlight=1' },
  { scene: 'goals', lang: 'en', extra: '&celebrate=1' },
];

/** What each scene must show, so a scene that rendered nothing cannot pass. */
function expectContent(c: Case, report: WallReport): void {
  expect(report.texts.length).toBeGreaterThan(3);
  if (c.variant === 'empty' || c.variant === 'missing') return;
  const figures = report.figures.length;
  switch (c.scene) {
    case 'board':
      // Five counts, and three big cards per column on the first pages.
      expect(report.cards).toBeGreaterThanOrEqual(10);
      expect(figures).toBeGreaterThanOrEqual(5);
      break;
    case 'goals':
      expect(report.goals).toBe(c.page === 1 ? 2 : 3);
      expect(figures).toBeGreaterThanOrEqual(c.page === 1 ? 4 : 6);
      break;
    case 'announcements':
      // The third needs no acknowledgement: it has no count.
      if (c.page !== 2) expect(figures).toBeGreaterThan(0);
      break;
    case 'recent':
    case 'analysis':
      expect(figures).toBeGreaterThan(0);
      break;
    case 'workshop':
      if (c.activity !== 'slide') expect(figures).toBeGreaterThan(0);
      break;
    case 'follow_up':
      // Three actions on a full page, each with its due word; the participation figures.
      expect(report.actions).toBe(c.variant === 'many' && c.page === 3 ? 3 : c.page === 1 ? 2 : 3);
      if (c.variant !== 'noEmployees') expect(figures).toBeGreaterThanOrEqual(3);
      break;
    case 'meeting':
      // The four counts, and rows in both lists.
      expect(figures).toBeGreaterThanOrEqual(4);
      expect(report.rows).toBeGreaterThanOrEqual(4);
      break;
    case 'follow_up_live':
      if (c.step === 'actions' || c.step === 'new_actions') {
        expect(report.actions).toBeGreaterThan(0);
      }
      if (c.step === 'vote' || c.step === 'voted') expect(report.notes).toBeGreaterThanOrEqual(4);
      if (c.step === 'write' || c.step === 'vote' || c.step === 'pulse') {
        expect(figures).toBeGreaterThan(0);
      }
      if (c.step === 'goals') expect(report.goals).toBe(2);
      break;
  }
}

describe('the wall at 1920×1080, in every scene', () => {
  it.each(CASES.map((c) => [name(c), c] as const))(
    '%s is readable from five metres',
    async (label, c) => {
      const page = await pageAt(KIOSK_VIEWPORT.width, KIOSK_VIEWPORT.height);
      await open(page, c);
      await page.screenshot({ path: `${ARTIFACTS}wall-${label}.png` });
      const report = await measureWall(page, WALL_RUNNING_TEXT, WALL_FIGURES);
      expectContent(c, report);
      expectReadable(report, 1);
    },
  );
});

describe('the wall on a 4K screen', () => {
  it('shows the same layout, only sharper', async () => {
    const page = await pageAt(3840, 2160);
    {
      for (const c of [
        { scene: 'board', lang: 'sv' },
        { scene: 'goals', lang: 'sv' },
        { scene: 'workshop', lang: 'sv', activity: 'wordcloud' },
        { scene: 'analysis', lang: 'sv', variant: 'nulls' },
        { scene: 'matrix', lang: 'sv' },
      ] satisfies Case[]) {
        await open(page, c);
        await page.screenshot({ path: `${ARTIFACTS}wall-${name(c)}-4k.png` });
        const report = await measureWall(page, WALL_RUNNING_TEXT, WALL_FIGURES);
        expectContent(c, report);
        expectReadable(report, 2);
      }
    }
  });
});

describe('the wall on a 4K screen, step 7', () => {
  it.each(
    (
      [
        { scene: 'follow_up', lang: 'sv' },
        { scene: 'meeting', lang: 'sv' },
        ...(
          [
            'actions',
            'goals',
            'write',
            'vote',
            'voted',
            'new_actions',
            'learning',
            'pulse',
          ] as const
        ).map((step): Case => ({ scene: 'follow_up_live', lang: 'sv', step })),
      ] satisfies Case[]
    ).map((c) => [name(c), c] as const),
  )('%s shows the same layout, only sharper', async (label, c) => {
    const page = await pageAt(3840, 2160);
    await open(page, c);
    await page.screenshot({ path: `${ARTIFACTS}wall-${label}-4k.png` });
    const report = await measureWall(page, WALL_RUNNING_TEXT, WALL_FIGURES);
    expectContent(c, report);
    expectReadable(report, 2);
  });
});
