import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import jsqr from 'jsqr';
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';
import { adminWithLead, json, leadPhone, phoneContext } from './support/board-setup.js';

const fixture = useBrowserAndServer();

/** Where the printed posters, as images, also go for people to look at. */
const SHOTS = '/tmp/poster-shots/';

/** A4 in PDF points (1/72 inch): 210 × 297 mm. */
const A4_POINTS = { width: (210 / 25.4) * 72, height: (297 / 25.4) * 72 };
/** How many pixels a PDF point becomes in the rendered image. */
const SCALE = 2;
const PIXELS_PER_MM = (SCALE * 72) / 25.4;

interface Point {
  x: number;
  y: number;
}
interface Decoded {
  data: string;
  location: {
    topLeftCorner: Point;
    topRightCorner: Point;
    bottomLeftCorner: Point;
    bottomRightCorner: Point;
  };
}
type JsQR = (data: Uint8ClampedArray, width: number, height: number) => Decoded | null;
// jsqr is a CommonJS bundle: depending on the loader its function is the default export or
// sits one level further down (as in support/qr.ts, which gives only the text).
const loaded = jsqr as unknown as JsQR | { default: JsQR };
const jsQR: JsQR = typeof loaded === 'function' ? loaded : loaded.default;

interface PrintedPoster {
  pages: number;
  /** The page's size in points. */
  width: number;
  height: number;
  /** Every text on the page, whitespace removed (the address is printed in groups). */
  text: string;
  /** The QR code read from the rendered page, as a phone's camera would. */
  decoded: string;
  /** The code's printed side (outer edges of its finder patterns), in millimetres. */
  codeMm: number;
}

/**
 * Reads a printed PDF the way a person with a phone would: pdf.js draws the first page to an
 * image (on @napi-rs/canvas, the canvas pdf.js uses in Node, as the report's test does), jsQR
 * finds and decodes the code in it, and its corners give the code's size on paper.
 */
async function readPoster(pdf: Buffer, name: string): Promise<PrintedPoster> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const page = await document.getPage(1);
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const content = await page.getTextContent();
  const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
  const viewport = page.getViewport({ scale: SCALE });
  const factory = document.canvasFactory as {
    create: (
      width: number,
      height: number,
    ) => {
      canvas: HTMLCanvasElement & { toBuffer: (type: string) => Buffer };
      context: CanvasRenderingContext2D;
    };
  };
  const { canvas, context } = factory.create(viewport.width, viewport.height);
  await page.render({ canvas, viewport }).promise;
  const file = `${ARTIFACTS}${name}.png`;
  writeFileSync(file, canvas.toBuffer('image/png'));
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(file, `${SHOTS}${name}.png`);
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  const result = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  const pages = document.numPages;
  await document.destroy();
  expect(result, `no QR code found in ${name}`).not.toBeNull();
  const corners = result?.location;
  const side = (a: Point | undefined, b: Point | undefined) =>
    a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  const codePixels = Math.min(
    side(corners?.topLeftCorner, corners?.topRightCorner),
    side(corners?.topLeftCorner, corners?.bottomLeftCorner),
  );
  return {
    pages,
    width: x1 - x0,
    height: y1 - y0,
    text: text.replace(/\s+/g, ''),
    decoded: result?.data ?? '',
    codeMm: codePixels / PIXELS_PER_MM,
  };
}

/** The poster page as a lead prints it: print media, the browser's "Save as PDF" on A4. */
async function printPoster(page: Page, name: string): Promise<PrintedPoster> {
  await page.locator('.poster-code__svg').waitFor();
  await page.screenshot({ path: `${ARTIFACTS}${name}-screen.png`, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.poster-tools').isVisible()).toBe(false);
  // Nothing of the poster is cut off at the page's edge.
  const overflow = await page
    .locator('.poster-sheet')
    .evaluate((sheet) => sheet.scrollHeight - sheet.clientHeight);
  expect(overflow, `${name} overflows its page by ${overflow} px`).toBeLessThanOrEqual(1);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  writeFileSync(`${ARTIFACTS}${name}.pdf`, pdf);
  const printed = await readPoster(pdf, name);
  // Exactly one A4 page, portrait, and a code of at least 10 cm a side on it.
  expect(printed.pages).toBe(1);
  expect(Math.abs(printed.width - A4_POINTS.width)).toBeLessThan(1);
  expect(Math.abs(printed.height - A4_POINTS.height)).toBeLessThan(1);
  expect(printed.codeMm).toBeGreaterThanOrEqual(100);
  return printed;
}

/** A phone nobody used yet opens a URL (a decoded QR code); answers the page and its context. */
async function freshPhoneOpens(
  browser: Browser,
  baseUrl: string,
  url: string,
): Promise<{ context: BrowserContext; page: Page; status: number | undefined }> {
  const context = await phoneContext(browser, baseUrl);
  const page = await context.newPage();
  const response = await page.goto(url);
  return { context, page, status: response?.status() };
}

describe('the QR poster (issue 14)', () => {
  it('prints to one A4 page whose QR code, decoded from the PDF, joins a phone; a new code makes a new poster and the old one stops joining', async () => {
    const { browser, server } = fixture;
    const { admin, boardId } = await adminWithLead(browser, server);
    const boardName = (
      await json<{ boards: { board: { id: string; name: string } }[] }>(
        await admin.get('/api/boards/managed'),
      )
    ).boards.find((b) => b.board.id === boardId)?.board.name;
    expect(boardName).toBeTruthy();

    // The lead opens the poster from the lead page, in the board's language (Swedish).
    const leadContext = await leadPhone(browser, server.baseUrl);
    const lead = await leadContext.newPage();
    await lead.goto('/m/lead');
    await lead.getByRole('link', { name: /QR-affisch att skriva ut/ }).click();
    await lead.waitForURL(new RegExp(`/m/b/${boardId}/poster$`));
    await lead.getByRole('heading', { name: boardName ?? '', exact: true }).waitFor();
    await lead.getByText('QR-koden har inte bytts sedan tavlan skapades.').waitFor();
    await lead.getByRole('button', { name: 'Skriv ut' }).waitFor();
    await lead.getByRole('img', { name: `QR-kod till ${boardName ?? ''}` }).waitFor();
    for (const step of ['Skanna', 'Skriv', 'Skicka']) {
      await lead.locator('.poster-step__title', { hasText: step }).waitFor();
    }

    const swedish = await printPoster(lead, 'poster-sv');
    expect(swedish.decoded).toBe(server.joinUrl);
    // The address for those who type is the very URL the code holds.
    expect(swedish.text).toContain(server.joinUrl);
    expect(swedish.text).toContain('Skanna');
    expect(swedish.text).toContain('Skicka');

    // A phone that never saw the board scans the printed code and lands on the board.
    const first = await freshPhoneOpens(browser, server.baseUrl, swedish.decoded);
    await first.page.waitForURL(new RegExp(`/m/b/${boardId}$`));
    await first.page.getByRole('heading', { name: boardName ?? '', exact: true }).waitFor();
    await first.page.getByLabel('Ditt förslag').waitFor();
    await first.context.close();

    // An admin replaces the QR code where the links are managed, and is told the paper must go.
    const adminContext = await phoneContext(browser, server.baseUrl);
    await json(
      await adminContext.request.post('/api/auth/login', {
        data: { username: 'maria', password: 'admin password 1' },
      }),
    );
    const adminPage = await adminContext.newPage();
    await adminPage.goto('/m/lead');
    await adminPage.getByRole('button', { name: 'Ny QR-kod' }).click();
    await adminPage.getByRole('button', { name: 'Ja, byt' }).click();
    const oldPoster = adminPage
      .getByRole('alert')
      .filter({ hasText: 'Den gamla affischen fungerar inte längre – skriv ut en ny.' });
    await oldPoster.waitFor();
    await adminPage.screenshot({ path: `${ARTIFACTS}poster-rotated-lead-page.png` });
    await oldPoster.getByRole('link', { name: 'Skriv ut den nya QR-affischen →' }).click();
    await adminPage.waitForURL(new RegExp(`/m/b/${boardId}/poster$`));
    await adminPage.getByText(/^QR-koden byttes .+ fungerar inte längre/).waitFor();

    // The new poster, printed in English this time (the other language is a choice away).
    await adminPage.getByRole('radio', { name: 'English' }).check();
    await adminPage.waitForURL(/\?lang=en$/);
    await adminPage.getByRole('img', { name: `QR code for ${boardName ?? ''}` }).waitFor();
    const english = await printPoster(adminPage, 'poster-en');
    expect(english.decoded).not.toBe(swedish.decoded);
    expect(english.decoded).toMatch(/\/join\/[A-Za-z0-9_-]{32}$/);
    expect(english.text).toContain(english.decoded);
    expect(english.text).toContain('Scan');
    expect(english.text).toContain('Thiscodeisvalidfrom');

    // The new code joins a fresh phone; the old printed one no longer does.
    const second = await freshPhoneOpens(browser, server.baseUrl, english.decoded);
    await second.page.waitForURL(new RegExp(`/m/b/${boardId}$`));
    await second.page.getByRole('heading', { name: boardName ?? '', exact: true }).waitFor();
    await second.context.close();
    const stale = await freshPhoneOpens(browser, server.baseUrl, swedish.decoded);
    expect(stale.status).toBe(410);
    await stale.page.getByText('Den här koden har bytts ut', { exact: false }).waitFor();
    expect(new URL(stale.page.url()).pathname).not.toMatch(/^\/m\/b\//);
    expect((await stale.context.cookies()).map((cookie) => cookie.name)).not.toContain(
      'tavla_device',
    );
    await stale.context.close();

    // A board with the longest name allowed, in English: still one page, still a code to scan.
    const longName =
      'Monteringslinje 3 – kvällsskiftet, packning och lastkaj vid norra lagret, hall B';
    expect(longName).toHaveLength(80);
    const long = await json<{ board: { id: string } }>(
      await adminContext.request.post('/api/admin/boards', {
        data: { name: longName, language: 'en' },
      }),
    );
    // Replaced once, so it says since when the code is valid: the fullest poster there is.
    const longUrl = (
      await json<{ joinUrl: string }>(
        await adminContext.request.post(`/api/admin/boards/${long.board.id}/join-token`),
      )
    ).joinUrl;
    await adminPage.goto(`/m/b/${long.board.id}/poster`);
    await adminPage.getByRole('heading', { name: longName, exact: true }).waitFor();
    expect(await adminPage.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    const longPoster = await printPoster(adminPage, 'poster-long-name');
    expect(longPoster.decoded).toBe(longUrl);
    expect(longPoster.text).toContain('Thiscodeisvalidfrom');

    await Promise.all([leadContext.close(), adminContext.close()]);
  }, 300_000);
});
