import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { KIOSK_VIEWPORT, PHONE_VIEWPORT } from './support/browser.js';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';
import { freePort, startServer } from './support/server.js';
import { FaultProxy } from '../server/src/test-support/fault-proxy.js';
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

    it('keeps a photo, a "me too" and a comment made offline, and sends each once', async () => {
      const { browser, server } = fixture;
      const colleague = (await browser.newContext({ baseURL: server.baseUrl })).request;
      await colleague.get(server.joinUrl);
      const context = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: 'en-US' });
      const phone = new PhonePage(await context.newPage());
      await phone.open(server.joinUrl);
      await phone.page.getByText('Live').waitFor();
      const boardUrl = phone.page.url();
      const boardId = boardUrl.split('/').pop() ?? '';
      const idea = await colleague.post(`/api/boards/${boardId}/suggestions`, {
        data: { id: crypto.randomUUID(), text: 'Reuse the pallet wrap', dimension: 'ecological' },
      });
      const ideaId = ((await idea.json()) as { id: string }).id;
      await phone.listItem('Reuse the pallet wrap').waitFor();

      await context.setOffline(true);
      await phone
        .listItem('Reuse the pallet wrap')
        .getByRole('button', { name: /Me too/ })
        .click();
      await phone.listItem('Reuse the pallet wrap').getByText('Waiting to send').waitFor();
      const photo = join(mkdtempSync(join(tmpdir(), 'tavla-photo-')), 'valve.jpg');
      await sharp({
        create: { width: 800, height: 600, channels: 3, background: { r: 90, g: 60, b: 30 } },
      })
        .jpeg()
        .toFile(photo);
      await phone.page.getByLabel('Add a photo (optional)').setInputFiles(photo);
      await phone.page.getByRole('img', { name: 'The photo that goes with it' }).waitFor();
      await phone.post(
        { text: 'Leaking valve by line 2', dimension: 'Economic' },
        ENGLISH,
        'queued',
      );
      await phone.listItem('Leaking valve by line 2').getByText('Photo waiting to send').waitFor();
      await phone.page.screenshot({ path: `${ARTIFACTS}phone-offline-photo.png`, fullPage: true });

      // The browser is closed while offline; the photo waits in IndexedDB.
      await phone.page.close();
      await context.setOffline(false);
      const again = new PhonePage(await context.newPage());
      await again.open(boardUrl);
      const mine = again.listItem('Leaking valve by line 2');
      await mine.locator('img.item__photo').waitFor({ timeout: 15_000 });
      await expect
        .poll(() =>
          again
            .listItem('Reuse the pallet wrap')
            .getByRole('button', { name: /Me too/ })
            .getAttribute('aria-pressed'),
        )
        .toBe('true');

      // A comment written on an open page while offline.
      await again.page.goto(`${boardUrl}/s/${ideaId}`);
      await again.page.getByLabel('Your comment').waitFor();
      await context.setOffline(true);
      await again.page.getByLabel('Your comment').fill('We did this at the old site');
      await again.page.getByRole('button', { name: 'Send comment' }).click();
      await again.page.getByText('Waiting to send').waitFor();
      await context.setOffline(false);
      await expect
        .poll(() => again.page.getByText('Waiting to send').count(), { timeout: 15_000 })
        .toBe(0);

      const snapshot = await colleague.get(`/api/boards/${boardId}/snapshot`);
      const { suggestions } = (await snapshot.json()) as {
        suggestions: { text: string; votes: number; comments: number; photo: unknown }[];
      };
      expect(suggestions.filter((s) => s.text === 'Leaking valve by line 2')).toEqual([
        expect.objectContaining({ photo: expect.anything() as unknown }),
      ]);
      expect(suggestions.find((s) => s.text === 'Reuse the pallet wrap')).toMatchObject({
        votes: 1,
        comments: 1,
      });
      await context.close();
    });
  });

  it('a crash while a phone posts: the kiosk recovers and shows every post exactly once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tavla-crash-'));
    const port = String(await freePort());
    let server = await startServer({ DATA_DIR: dataDir, PORT: port });
    // The kiosk is wired to the server; the phone reaches it over weak Wi-Fi (the proxy).
    const wifi = new FaultProxy(Number(port));
    const wifiPort = await wifi.start();
    wifi.set('pass', 30);
    const kioskContext = await fixture.browser.newContext({ viewport: KIOSK_VIEWPORT });
    const phoneContext = await fixture.browser.newContext({
      viewport: PHONE_VIEWPORT,
      locale: 'en-US',
    });
    try {
      const kiosk = new KioskPage(await kioskContext.newPage());
      await kiosk.open(server.kioskUrl);
      const phone = new PhonePage(await phoneContext.newPage());
      await phone.open(server.joinUrl.replace(`:${port}/`, `:${String(wifiPort)}/`));
      await phone.page.getByText('Live').waitFor();
      await phone.post({ text: 'Posted before the crash', dimension: 'Social' });
      await kiosk.waitForCard('Posted before the crash');

      // This post lands on the server, but its answer is lost on the way back: the phone still
      // has it in the outbox when the server is killed.
      wifi.set('lose-replies');
      await phone.page.getByLabel(ENGLISH.text).fill('Stored, but the phone never heard back');
      await phone.page.getByRole('radio', { name: 'Economic' }).check();
      await phone.page.getByRole('button', { name: ENGLISH.submit }).click();
      await kiosk.waitForCard('Stored, but the phone never heard back');
      await server.kill();
      wifi.set('pass', 30);
      await phone.page.locator('.feedback--queued').waitFor();

      // While the server is down the kiosk keeps its cards and says it is offline.
      await kiosk.page.getByText(/Offline sedan/).waitFor();
      await phone.post(
        { text: 'Posted while the server was down', dimension: 'Ecological' },
        ENGLISH,
        'queued',
      );
      expect(await kiosk.card('Posted before the crash').count()).toBe(1);

      server = await startServer({ DATA_DIR: dataDir, PORT: port });
      const waiting = phone.page
        .getByRole('region', { name: 'Waiting to send' })
        .getByRole('listitem');
      await expect.poll(() => waiting.count(), { timeout: 30_000 }).toBe(0);
      await kiosk.page.getByText('Live').waitFor({ timeout: 15_000 });
      await kiosk.waitForCard('Posted while the server was down');
      for (const text of [
        'Posted before the crash',
        'Stored, but the phone never heard back',
        'Posted while the server was down',
      ]) {
        expect(await kiosk.card(text).count()).toBe(1);
        expect(await phone.listItem(text).count()).toBe(1);
      }
      await kiosk.page.screenshot({ path: `${ARTIFACTS}kiosk-after-crash.png` });
    } finally {
      await Promise.all([kioskContext.close(), phoneContext.close()]);
      await wifi.stop();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
