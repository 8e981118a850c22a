import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KIOSK_VIEWPORT, PHONE_VIEWPORT } from './support/browser.js';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';
import { freePort, startServer } from './support/server.js';
import { KioskPage } from './pages/kiosk-page.js';
import { ENGLISH, PhonePage } from './pages/phone-page.js';

const fixture = useBrowserAndServer();
const KIOSK_INDEX = fileURLToPath(new URL('../board-app/dist/index.html', import.meta.url));

describe('a wall screen left alone', () => {
  it('reloads itself when the server comes back with a new build', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tavla-build-'));
    const port = String(await freePort());
    const original = readFileSync(KIOSK_INDEX);
    let server = await startServer({ DATA_DIR: dataDir, PORT: port });
    const context = await fixture.browser.newContext({ viewport: KIOSK_VIEWPORT });
    const kiosk = new KioskPage(await context.newPage());
    try {
      await kiosk.open(server.kioskUrl);
      await kiosk.page.getByText('Live').waitFor();
      // Mark this page load; a reload wipes the mark.
      await kiosk.page.evaluate(
        () => ((globalThis as unknown as { loadMark?: number }).loadMark = 1),
      );
      await server.stop();

      appendFileSync(KIOSK_INDEX, '\n<!-- a new build -->\n');
      server = await startServer({ DATA_DIR: dataDir, PORT: port });
      await expect
        .poll(
          () =>
            kiosk.page.evaluate(
              () => (globalThis as unknown as { loadMark?: number }).loadMark ?? 0,
            ),
          {
            timeout: 30_000,
          },
        )
        .toBe(0);
      await kiosk.page.getByText('Live').waitFor();
    } finally {
      writeFileSync(KIOSK_INDEX, original);
      await context.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('reports a heartbeat with its heap size that leads can see', async () => {
    const { browser, server } = fixture;
    const context = await browser.newContext({ viewport: KIOSK_VIEWPORT });
    const kiosk = new KioskPage(await context.newPage());
    await kiosk.open(server.kioskUrl);
    await kiosk.page.getByText('Live').waitFor();

    const code = /\b([A-Z2-9]{4}(?:-[A-Z2-9]{4}){3})\b/.exec(server.output())?.[1] ?? '';
    const admin = (await browser.newContext({ baseURL: server.baseUrl })).request;
    const setup = await admin.post('/api/setup', {
      data: { code, username: 'maria', displayName: 'Maria', password: 'admin password 1' },
    });
    const boardId =
      ((await setup.json()) as { user: { boardIds: string[] } }).user.boardIds[0] ?? '';
    await expect
      .poll(async () => {
        const response = await admin.get(`/api/boards/${boardId}/displays`);
        return ((await response.json()) as { displays: { heapBytes: number | null }[] }).displays;
      })
      .toEqual([expect.objectContaining({ heapBytes: expect.any(Number) as number })]);
    await context.close();
  });

  describe('a phone on weak Wi-Fi', () => {
    it('keeps posts made offline and sends each exactly once when the network is back', async () => {
      const { browser, server } = fixture;
      const kioskContext = await browser.newContext({ viewport: KIOSK_VIEWPORT });
      const kiosk = new KioskPage(await kioskContext.newPage());
      await kiosk.open(server.kioskUrl);
      const phoneContext = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: 'en-US' });
      const phone = new PhonePage(await phoneContext.newPage());
      await phone.open(server.joinUrl);
      await phone.page.getByText('Live').waitFor();

      await phoneContext.setOffline(true);
      await phone.post({ text: 'Offline idea number one', dimension: 'Social' }, ENGLISH, 'queued');
      await phone.post(
        { text: 'Offline idea number two', dimension: 'Economic' },
        ENGLISH,
        'queued',
      );
      const waiting = phone.page
        .getByRole('region', { name: 'Waiting to send' })
        .getByRole('listitem');
      await expect.poll(() => waiting.count()).toBe(2);
      expect(await kiosk.card('Offline idea').count()).toBe(0);
      await phone.page.screenshot({ path: `${ARTIFACTS}phone-offline.png`, fullPage: true });

      await phoneContext.setOffline(false);
      await kiosk.waitForCard('Offline idea number one');
      await kiosk.waitForCard('Offline idea number two');
      await expect.poll(() => waiting.count(), { timeout: 15_000 }).toBe(0);
      expect(await kiosk.card('Offline idea number one').count()).toBe(1);
      expect(await kiosk.card('Offline idea number two').count()).toBe(1);
      await Promise.all([kioskContext.close(), phoneContext.close()]);
    });

    it('keeps a queued post across closing the browser tab', async () => {
      const { browser, server } = fixture;
      const context = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: 'en-US' });
      const phone = new PhonePage(await context.newPage());
      await phone.open(server.joinUrl);
      await phone.page.getByText('Live').waitFor();
      const boardUrl = phone.page.url();
      await context.setOffline(true);
      await phone.post(
        { text: 'Written in the cellar without signal', dimension: 'Social' },
        ENGLISH,
        'queued',
      );
      await phone.page.close();
      await context.setOffline(false);
      const again = new PhonePage(await context.newPage());
      await again.open(boardUrl);
      await again.listItem('Written in the cellar without signal').getByText('New').waitFor();
      await context.close();
    });
  });
});
