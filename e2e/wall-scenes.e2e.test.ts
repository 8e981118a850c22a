import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIOSK_VIEWPORT, launchChromium } from './support/browser.js';

/**
 * The wall's method scenes (interest vote, analysis radars, materiality matrix), measured where
 * they are read: at 1920×1080 (and once at 4K) in Chromium, with realistic fixture data from
 * board-app's development preview page (served by Vite; no Tavla server is needed). Every
 * scene's text must be at least 28 px, running text 40 px and key figures 56 px; nothing may be
 * cut off or leave the screen, and no chart label may cover another. Screenshots are left in
 * e2e/artifacts for people to look at.
 */

const BOARD_APP = fileURLToPath(new URL('../board-app/', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

/** px at 1920 wide; the wall scales with its width. */
const SMALLEST = 28;
const RUNNING_TEXT = 40;
const KEY_FIGURE = 56;
const RUNNING_TEXT_SELECTORS = [
  '.vote__instruction',
  '.vote__hidden',
  '.scene__subtitle',
  '.scene__reason',
  '.matrix__basis',
  '.matrix__start-list li span',
  '.matrix__start-none',
  '.matrix__more',
  '.matrix__unplotted',
];
const KEY_FIGURE_SELECTORS = [
  '.vote__number',
  '.vote__label',
  '.radar__percent',
  '.radar__mean',
  '.scene__title',
];

interface TextReport {
  text: string;
  selector: string;
  /** The font size as drawn on the screen (SVG text scaled by its viewBox). */
  px: number;
  clipped: boolean;
  offScreen: boolean;
}

interface SceneReport {
  texts: TextReport[];
  running: TextReport[];
  figures: TextReport[];
  /** Chart labels that cover each other. */
  overlaps: string[];
}

let vite: ViteDevServer;
let browser: Browser;
let base: string;

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
  await browser.close();
  await vite.close();
});

async function openScene(page: Page, scene: string, lang: string, variant: string): Promise<void> {
  await page.goto(`${base}?scene=${scene}&lang=${lang}&variant=${variant}`);
  await page.locator(`section[data-scene="${scene}"]`).waitFor();
  await page.locator('img.qr__code').waitFor();
  // Let the arrival animations (the vote count's pop) finish before measuring.
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(document.getAnimations().map((animation) => animation.finished));
  });
}

function measure(page: Page, running: string[], figures: string[]): Promise<SceneReport> {
  return page.evaluate(
    ({ running, figures }) => {
      const drawnSize = (element: Element): number => {
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (element instanceof SVGGraphicsElement) {
          const ctm = element.getScreenCTM();
          return ctm ? size * Math.hypot(ctm.a, ctm.b) : size;
        }
        return size;
      };
      const describe = (element: Element): string =>
        `${element.tagName.toLowerCase()}.${(element.getAttribute('class') ?? '').replace(/ /g, '.')}`;
      const report = (element: Element): TextReport => {
        const rect = element.getBoundingClientRect();
        const html = element instanceof HTMLElement;
        return {
          text: element.textContent.trim().slice(0, 60),
          selector: describe(element),
          px: drawnSize(element),
          clipped:
            html &&
            (element.scrollWidth > element.clientWidth + 1 ||
              element.scrollHeight > element.clientHeight + 1) &&
            getComputedStyle(element).overflow !== 'visible',
          offScreen:
            rect.left < -1 ||
            rect.top < -1 ||
            rect.right > window.innerWidth + 1 ||
            rect.bottom > window.innerHeight + 1,
        };
      };
      const withOwnText = [...document.querySelectorAll('.kiosk *')].filter((element) =>
        [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
        ),
      );
      const overlaps: string[] = [];
      // Elements of one group (a spoke's percentage and name) may touch; of two, never.
      const apart = (elements: Element[], name: string) => {
        const rects = elements.map((e) => ({
          e,
          r: e.getBoundingClientRect(),
          group: e.closest('g'),
        }));
        for (const [i, a] of rects.entries()) {
          for (const b of rects.slice(i + 1)) {
            if (a.group === b.group) continue;
            const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
            const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
            if (w > 0.5 && h > 0.5) {
              overlaps.push(`${name}: "${a.e.textContent}" / "${b.e.textContent}"`);
            }
          }
        }
      };
      for (const radar of document.querySelectorAll('.radar')) {
        apart([...radar.querySelectorAll('.radar__label text')], 'radar');
      }
      apart(
        [...document.querySelectorAll('.matrix__label rect:first-child, .matrix__quadrant')],
        'matrix',
      );
      return {
        texts: withOwnText.map(report),
        running: running.flatMap((s) => [...document.querySelectorAll(s)].map(report)),
        figures: figures.flatMap((s) => [...document.querySelectorAll(s)].map(report)),
        overlaps,
      };
    },
    { running, figures },
  );
}

function expectReadable(report: SceneReport, scale: number) {
  const small = report.texts.filter((t) => t.px < SMALLEST * scale - 0.05);
  expect(small, 'text under 28 px').toEqual([]);
  expect(
    report.running.filter((t) => t.px < RUNNING_TEXT * scale - 0.05),
    'running text',
  ).toEqual([]);
  expect(
    report.figures.filter((t) => t.px < KEY_FIGURE * scale - 0.05),
    'key figures',
  ).toEqual([]);
  expect(
    report.texts.filter((t) => t.clipped),
    'cut off',
  ).toEqual([]);
  expect(
    report.texts.filter((t) => t.offScreen),
    'off the screen',
  ).toEqual([]);
  expect(report.overlaps, 'labels over labels').toEqual([]);
}

const CASES: [scene: string, lang: string, variant: string][] = [
  ['vote', 'sv', 'default'],
  ['vote', 'en', 'one'],
  ['vote', 'sv', 'many'],
  ['analysis', 'sv', 'default'],
  ['analysis', 'en', 'default'],
  ['analysis', 'en', 'nulls'],
  ['analysis', 'sv', 'first'],
  ['analysis', 'en', 'missing'],
  ['matrix', 'sv', 'default'],
  ['matrix', 'en', 'default'],
  ['matrix', 'sv', 'median'],
  ['matrix', 'en', 'median'],
  ['matrix', 'en', 'dense'],
  ['matrix', 'sv', 'missing'],
];

describe('the wall’s method scenes at 1920×1080', () => {
  it.each(CASES)('%s (%s, %s) is readable from five metres', async (scene, lang, variant) => {
    const page = await browser.newPage({ viewport: KIOSK_VIEWPORT });
    try {
      await openScene(page, scene, lang, variant);
      await page.screenshot({ path: `${ARTIFACTS}wall-${scene}-${lang}-${variant}.png` });
      const report = await measure(page, RUNNING_TEXT_SELECTORS, KEY_FIGURE_SELECTORS);
      expect(report.texts.length).toBeGreaterThan(3);
      if (scene !== 'vote' && variant !== 'missing') {
        expect(report.figures.length).toBeGreaterThan(scene === 'analysis' ? 15 : 0);
      }
      expectReadable(report, 1);
    } finally {
      await page.close();
    }
  });

  it('shows the same layout, only sharper, on a 4K screen', async () => {
    const page = await browser.newPage({ viewport: { width: 3840, height: 2160 } });
    try {
      await openScene(page, 'analysis', 'sv', 'nulls');
      await page.screenshot({ path: `${ARTIFACTS}wall-analysis-sv-nulls-4k.png` });
      expectReadable(await measure(page, RUNNING_TEXT_SELECTORS, KEY_FIGURE_SELECTORS), 2);
      await openScene(page, 'matrix', 'sv', 'default');
      await page.screenshot({ path: `${ARTIFACTS}wall-matrix-sv-default-4k.png` });
      expectReadable(await measure(page, RUNNING_TEXT_SELECTORS, KEY_FIGURE_SELECTORS), 2);
    } finally {
      await page.close();
    }
  });
});
