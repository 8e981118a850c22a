import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { KIOSK_VIEWPORT, launchChromium, PHONE_VIEWPORT } from './support/browser.js';
import { ARTIFACTS } from './support/fixture.js';
import { startServer, type RunningServer } from './support/server.js';
import { KioskPage } from './pages/kiosk-page.js';
import { ENGLISH, PhonePage } from './pages/phone-page.js';

/** Waits until a service worker controls the page (it claims the page once it is active). */
async function controlledBy(page: Page): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
  return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
}

/** Every URL the page's origin keeps in Cache Storage (the service workers' caches). */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
}

/** What a cache must never hold: answers of the API or Socket.IO, join tokens, display keys. */
const FORBIDDEN_IN_CACHE = /\/api\/|\/socket\.io\/|\/join\/|[?&]key=/;

describe('the apps work offline (service workers, vite-plugin-pwa)', () => {
  let browser: Browser;
  let server: RunningServer;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('serves an installable manifest whose icons load', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.joinUrl);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/m/manifest.webmanifest');
    const response = await page.request.get(`${server.baseUrl}${href ?? ''}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/application\/manifest\+json/);
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      scope: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'Tavla',
      short_name: 'Tavla',
      start_url: '/m/',
      scope: '/m/',
      display: 'standalone',
      theme_color: '#1f6f43',
    });
    // What Chrome wants to offer "Install": 192 and 512 px icons, and a maskable one.
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of manifest.icons) {
      const image = await page.request.get(`${server.baseUrl}${icon.src}`);
      expect(image.status(), icon.src).toBe(200);
      expect(image.headers()['content-type']).toBe('image/png');
      const meta = await sharp(await image.body()).metadata();
      expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
    }
    await context.close();
  });

  it('opens the phone app offline to its last board and its outbox', async () => {
    const context: BrowserContext = await browser.newContext({
      viewport: PHONE_VIEWPORT,
      locale: 'en-US',
    });
    const phone = new PhonePage(await context.newPage());
    await phone.open(server.joinUrl);
    await phone.page.getByText('Live').waitFor();
    const boardUrl = phone.page.url();
    expect(await controlledBy(phone.page)).toBe(`${server.baseUrl}/m/sw.js`);
    const registration = await phone.page.evaluate(async () => {
      const ready = await navigator.serviceWorker.ready;
      return { scope: ready.scope, script: ready.active?.scriptURL };
    });
    expect(registration).toEqual({
      scope: `${server.baseUrl}/m/`,
      script: `${server.baseUrl}/m/sw.js`,
    });

    await phone.post({ text: 'Sweep the swarf bins before the weekend', dimension: 'Social' });
    await phone.listItem('Sweep the swarf bins before the weekend').waitFor();
    // The board is saved a second after it changes; what a phone opened later will show.
    await expect
      .poll(() =>
        phone.page.evaluate(() =>
          Object.keys(localStorage).some(
            (key) =>
              key.startsWith('tavla:board:') &&
              (localStorage.getItem(key) ?? '').includes('Sweep the swarf bins'),
          ),
        ),
      )
      .toBe(true);

    await context.setOffline(true);
    await phone.post(
      { text: 'Written offline: a drip tray under press 4', dimension: 'Economic' },
      ENGLISH,
      'queued',
    );
    // No network at all: the page comes from the service worker, the board from the phone.
    await phone.page.reload();
    expect(phone.page.url()).toBe(boardUrl);
    await phone.page
      .getByRole('heading', { level: 1 })
      .filter({ hasNotText: /Loading|Laddar/ })
      .waitFor();
    await phone.listItem('Sweep the swarf bins before the weekend').waitFor();
    const waiting = phone.page.getByRole('region', { name: 'Waiting to send' });
    await waiting.getByText('Written offline: a drip tray under press 4').waitFor();
    await phone.page.getByText('Offline', { exact: true }).waitFor();
    await phone.page.screenshot({ path: `${ARTIFACTS}pwa-phone-offline.png`, fullPage: true });

    // Nothing the server says, and no join token, was kept by the service worker.
    const cached = await cachedUrls(phone.page);
    expect(cached.some((url) => new URL(url).pathname === '/m/index.html')).toBe(true);
    expect(cached.filter((url) => FORBIDDEN_IN_CACHE.test(url))).toEqual([]);
    // The API is not answered from a cache while offline.
    const apiOffline = await phone.page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'answered';
      } catch {
        return 'failed';
      }
    }, `${server.baseUrl}/api/health`);
    expect(apiOffline).toBe('failed');

    // The network is back: the outbox sends, the board is live again.
    await context.setOffline(false);
    await phone.page.getByText('Live').waitFor({ timeout: 20_000 });
    await expect.poll(() => waiting.count(), { timeout: 20_000 }).toBe(0);
    await phone.listItem('Written offline: a drip tray under press 4').waitFor();
    await context.close();
  });

  it('reloads the wall with the server down and shows the last board, "offline since"', async () => {
    const phoneContext = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: 'en-US' });
    const phone = new PhonePage(await phoneContext.newPage());
    await phone.open(server.joinUrl);
    await phone.post({ text: 'Label the compressed-air valves', dimension: 'Ecological' });
    await phoneContext.close();

    const context = await browser.newContext({ viewport: KIOSK_VIEWPORT });
    const kiosk = new KioskPage(await context.newPage());
    await kiosk.open(server.kioskUrl);
    await kiosk.waitForCard('Label the compressed-air valves');
    expect(await controlledBy(kiosk.page)).toBe(`${server.baseUrl}/board/sw.js`);
    await expect
      .poll(() =>
        kiosk.page.evaluate(() =>
          (localStorage.getItem('tavla:wall') ?? '').includes('Label the compressed-air valves'),
        ),
      )
      .toBe(true);
    // The display key is not written down, nor the join token.
    const saved = await kiosk.page.evaluate(() => localStorage.getItem('tavla:wall') ?? '');
    const displayKey = new URL(server.kioskUrl).searchParams.get('key') ?? 'missing';
    const joinToken = server.joinUrl.split('/join/')[1] ?? 'missing';
    expect(saved).not.toContain(displayKey);
    expect(saved).not.toContain(joinToken);

    await server.stop();
    const offline = kiosk.page.locator('.connection--offline');
    await offline.waitFor({ timeout: 20_000 });
    const before = await offline.innerText();
    expect(before).toMatch(/^Offline (sedan|since) \d{2}:\d{2}$/);

    // A reload (the nightly one, a power blip) with the server still down.
    await kiosk.page.reload();
    await kiosk.waitForCard('Label the compressed-air valves');
    await offline.waitFor({ timeout: 20_000 });
    // Since when the server has been gone, not since the reload.
    expect(await offline.innerText()).toBe(before);
    const size = await offline.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(40);
    await kiosk.page.screenshot({ path: `${ARTIFACTS}pwa-wall-offline.png` });
    expect((await cachedUrls(kiosk.page)).filter((url) => FORBIDDEN_IN_CACHE.test(url))).toEqual(
      [],
    );
    await context.close();
  });
});
