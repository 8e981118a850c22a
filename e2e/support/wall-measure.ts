import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * Measures the wall as it is drawn (shared by the preview-driven and the server-driven wall
 * tests). At 1920×1080 (scale 1): nothing under 28 px, running text ≥ 40 px, key figures
 * ≥ 56 px; 4K doubles every size.
 */
export const SMALLEST = 28;
export const RUNNING_TEXT = 40;
export const KEY_FIGURE = 56;

export const WALL_RUNNING_TEXT = [
  '.kiosk__scene-name',
  '.column__header h2',
  '.card__text',
  '.qr__call',
  '.goal__head h3',
  '.goal__foot',
  '.recent__text',
  '.recent__meta',
  '.notice-card__title',
  '.notice-card__text',
  '.notice-card__meeting',
  '.notice-side__no-ack',
  '.ack__label',
  '.wk__title',
  '.wk__text',
  '.wk-note',
  '.wk-cloud__word',
  '.wk-bar__option',
  '.wk-option',
  '.wk-idea__text',
  '.wk-scale__ends',
  '.big-count__label',
  '.spotlight__text',
  '.celebration__text',
  '.vote__instruction',
  '.vote__hidden',
  '.scene__subtitle',
  '.scene__reason',
  '.matrix__basis',
  '.matrix__start-list li span',
  '.matrix__start-none',
  '.matrix__more',
  '.matrix__unplotted',
  '.action__due',
  '.action__text',
  '.action__meta',
  '.fu-note',
  '.fu-learning__text',
  '.fu-part__of',
  '.fu-notes__title',
  '.fu-sticky__text',
  '.fu-top__text',
  '.fu-write__label',
  '.fu-count__label',
  '.fu-learning-live',
  '.fu-pulse__questions li',
  '.mt-count__label',
  '.mt-list__title',
  '.mt-row__text',
  '.mt-row__title',
  '.mt-row__to',
  '.mt-row__days',
];

export const WALL_FIGURES = [
  '[data-figure]',
  '.column__count',
  '.goal__percent',
  '.recent__kind',
  '.recent__who',
  '.spotlight__kind',
  '.vote__number',
  '.vote__label',
  '.radar__percent',
  '.radar__mean',
  '.scene__title',
  '.fu-write__number',
  '.fu-count__number',
  '.fu-part__count',
  '.mt-count__number',
];

export interface TextReport {
  text: string;
  selector: string;
  /** The font size as drawn on the screen (SVG text scaled by its viewBox). */
  px: number;
  /** Its text is cut (scrolls inside a box that hides it), and it may not be. */
  clipped: boolean;
  offScreen: boolean;
}

export interface WallReport {
  texts: TextReport[];
  running: TextReport[];
  figures: TextReport[];
  /** Figures, targets and units (data-figure, data-unit) cut by themselves or a box around. */
  cutFigures: string[];
  /** Chart labels that cover each other. */
  overlaps: string[];
  /** Characters a kiosk without emoji or symbol fonts could not draw. */
  oddGlyphs: string[];
  /** The QR code and the connection state, in sight (on screen and not covered). */
  qrInSight: boolean;
  connectionInSight: boolean;
  cards: number;
  goals: number;
  /** Actions (step 7), notes of a follow-up, rows of the meeting's lists. */
  actions: number;
  notes: number;
  rows: number;
}

export function measureWall(page: Page, running: string[], figures: string[]): Promise<WallReport> {
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
      const hides = (element: Element) => getComputedStyle(element).overflow !== 'visible';
      const report = (element: Element): TextReport => {
        const rect = element.getBoundingClientRect();
        const html = element instanceof HTMLElement;
        // Running text marked data-clamped may end in an ellipsis; nothing else may be cut.
        const mayClamp = element.closest('[data-clamped]') !== null;
        return {
          text: element.textContent.trim().slice(0, 60),
          selector: describe(element),
          px: drawnSize(element),
          clipped:
            html &&
            !mayClamp &&
            (element.scrollWidth > element.clientWidth + 1 ||
              element.scrollHeight > element.clientHeight + 1) &&
            hides(element),
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

      // A figure, a target or a unit is never cut: not by itself (scroll > client, an
      // ellipsis), nor by any box around it that hides what overflows.
      const cutFigures: string[] = [];
      for (const element of document.querySelectorAll('[data-figure], [data-unit]')) {
        const rect = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        const label = `${describe(element)} "${element.textContent.trim()}"`;
        if (
          element instanceof HTMLElement &&
          style.display !== 'inline' &&
          (element.scrollWidth > element.clientWidth + 1 ||
            element.scrollHeight > element.clientHeight + 1)
        ) {
          cutFigures.push(
            `${label}: scroll ${element.scrollWidth}×${element.scrollHeight} > client ${element.clientWidth}×${element.clientHeight}`,
          );
        }
        for (let box = element.parentElement; box; box = box.parentElement) {
          if (!hides(box)) continue;
          const outer = box.getBoundingClientRect();
          if (
            rect.left < outer.left - 1 ||
            rect.right > outer.right + 1 ||
            rect.top < outer.top - 1 ||
            rect.bottom > outer.bottom + 1
          ) {
            cutFigures.push(`${label}: outside ${describe(box)}`);
          }
        }
      }

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
      apart([...document.querySelectorAll('.wk-cloud__word')], 'cloud');

      // Latin letters (with Swedish and other accents), digits, Latin-1 punctuation and the
      // general punctuation DejaVu Sans has (dashes, quotes, ellipsis, the soft hyphen).
      const allowed = /^[\u0020-\u007e\u00a0-\u024f\u2010-\u2027\u2030-\u205e]$/u;
      const oddGlyphs = [
        ...new Set(
          Array.from(document.querySelector('.kiosk')?.textContent ?? '').filter(
            (char) => char.trim() !== '' && !allowed.test(char),
          ),
        ),
      ];

      const inSight = (selector: string) => {
        const element = document.querySelector(selector);
        if (!element) return false;
        const r = element.getBoundingClientRect();
        if (r.width === 0 || r.left < 0 || r.top < 0) return false;
        if (r.right > window.innerWidth || r.bottom > window.innerHeight) return false;
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return top !== null && (top === element || element.contains(top));
      };

      return {
        texts: withOwnText.map(report),
        running: running.flatMap((s) => [...document.querySelectorAll(s)].map(report)),
        figures: figures.flatMap((s) => [...document.querySelectorAll(s)].map(report)),
        cutFigures,
        overlaps,
        oddGlyphs,
        qrInSight: inSight('img.qr__code'),
        connectionInSight: inSight('.connection'),
        cards: document.querySelectorAll('article.card').length,
        goals: document.querySelectorAll('article.goal').length,
        actions: document.querySelectorAll('li.action').length,
        notes: document.querySelectorAll('li.fu-sticky').length,
        rows: document.querySelectorAll('li.mt-row').length,
      };
    },
    { running, figures },
  );
}

export function expectReadable(report: WallReport, scale: number): void {
  const small = report.texts.filter((t) => t.px < SMALLEST * scale - 0.05);
  expect(small, 'text under 28 px').toEqual([]);
  expect(
    report.running.filter((t) => t.px < RUNNING_TEXT * scale - 0.05),
    'running text under 40 px',
  ).toEqual([]);
  expect(
    report.figures.filter((t) => t.px < KEY_FIGURE * scale - 0.05),
    'key figures under 56 px',
  ).toEqual([]);
  expect(report.cutFigures, 'a figure, target or unit cut').toEqual([]);
  expect(
    report.texts.filter((t) => t.clipped),
    'cut off',
  ).toEqual([]);
  expect(
    report.texts.filter((t) => t.offScreen),
    'off the screen',
  ).toEqual([]);
  expect(report.overlaps, 'labels over labels').toEqual([]);
  expect(report.oddGlyphs, 'characters that need an emoji or symbol font').toEqual([]);
  expect(report.qrInSight, 'the QR code in sight').toBe(true);
  expect(report.connectionInSight, 'the connection state in sight').toBe(true);
}
