import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIOSK_VIEWPORT, PHONE_VIEWPORT } from './support/browser.js';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';
import { decodeQr } from './support/qr.js';
import { freePort, startServer } from './support/server.js';
import { KioskPage } from './pages/kiosk-page.js';
import { PhonePage, SWEDISH } from './pages/phone-page.js';

const fixture = useBrowserAndServer();

describe('a suggestion travels from a phone to the wall', () => {
  it('scans the kiosk QR code, posts from a phone, and sees it on the kiosk and another phone', async () => {
    const kioskContext = await fixture.browser.newContext({
      viewport: KIOSK_VIEWPORT,
      locale: 'sv-SE',
    });
    const kiosk = new KioskPage(await kioskContext.newPage());
    await kiosk.open(fixture.server.kioskUrl);
    await kiosk.heading('Hållbarhetstavla').waitFor();
    await kiosk.qrCode().waitFor();
    await kiosk.page.getByText('Live').waitFor();
    await kiosk.hasNoScrollbars();

    // Read the QR code off the wall the way a phone camera would.
    const joinUrl = decodeQr(await kiosk.page.screenshot());
    expect(joinUrl).toBe(fixture.server.joinUrl);

    const phoneContext = await fixture.browser.newContext({
      viewport: PHONE_VIEWPORT,
      locale: 'sv-SE',
      isMobile: true,
      hasTouch: true,
    });
    const phone = new PhonePage(await phoneContext.newPage());
    await phone.open(joinUrl ?? '');
    // The token is gone from the address bar: a clean board URL.
    expect(new URL(phone.page.url()).pathname).toMatch(/^\/m\/b\/[A-Za-z0-9_-]+$/);
    expect(phone.page.url()).not.toContain('/join/');
    const cookies = await phoneContext.cookies();
    expect(cookies.find((c) => c.name === 'tavla_device')).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
    });

    // A colleague's phone is open on the same board.
    const colleagueContext = await fixture.browser.newContext({
      viewport: PHONE_VIEWPORT,
      locale: 'en-GB',
    });
    const colleague = new PhonePage(await colleagueContext.newPage());
    await colleague.open(joinUrl ?? '');
    await colleague.page.getByRole('heading', { name: 'Suggestions on the board' }).waitFor();

    await phone.post(
      { text: 'Automatiska skjutdörrar till frysrummet', dimension: 'Ekologisk', name: 'Aino' },
      SWEDISH,
    );
    await phone.page.getByText('Tack! Ditt förslag finns nu på tavlan.').waitFor();
    await phone.listItem('Automatiska skjutdörrar till frysrummet').waitFor();

    await kiosk.waitForCard('Automatiska skjutdörrar till frysrummet');
    await expect
      .poll(() => kiosk.card('Automatiska skjutdörrar till frysrummet').getAttribute('class'))
      .toContain('card--fresh');
    await expect.poll(() => kiosk.column('Ny').locator('.column__count').textContent()).toBe('1');
    await colleague.listItem('Automatiska skjutdörrar till frysrummet').waitFor();
    // The colleague's phone speaks English: it follows the browser, not the board.
    await expect.poll(() => colleague.listItem('Automatiska').getByText('New').count()).toBe(1);

    await kiosk.page.screenshot({ path: `${ARTIFACTS}kiosk.png` });
    await phone.page.screenshot({ path: `${ARTIFACTS}phone.png`, fullPage: true });
    await Promise.all([kioskContext.close(), phoneContext.close(), colleagueContext.close()]);
  });

  it('shows nothing of the board without a valid display key', async () => {
    const context = await fixture.browser.newContext({ viewport: KIOSK_VIEWPORT });
    const page = await context.newPage();
    for (const url of [
      `${fixture.server.baseUrl}/board/`,
      `${fixture.server.baseUrl}/board/?key=wrong-key`,
    ]) {
      await page.goto(url);
      await page.getByText('saknar en giltig visningsnyckel').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(0);
    }
    await context.close();
  });

  it('keeps the board across a restart, and open screens recover by themselves', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tavla-e2e-restart-'));
    const port = String(await freePort());
    let running = await startServer({ DATA_DIR: dataDir, PORT: port });
    const kioskContext = await fixture.browser.newContext({ viewport: KIOSK_VIEWPORT });
    const kiosk = new KioskPage(await kioskContext.newPage());
    const phoneContext = await fixture.browser.newContext({
      viewport: PHONE_VIEWPORT,
      locale: 'en-US',
    });
    const phone = new PhonePage(await phoneContext.newPage());
    try {
      await kiosk.open(running.kioskUrl);
      await phone.open(running.joinUrl);
      await phone.post({ text: 'Switch the warehouse to LED lighting', dimension: 'Economic' });
      await kiosk.waitForCard('Switch the warehouse to LED lighting');
      const { kioskUrl, joinUrl } = running;

      // A clean shutdown: exit code 0, and the database closed (SQLite removes the WAL file
      // when the last connection closes). The wall keeps its data and says it is offline.
      expect(await running.stop()).toBe(0);
      expect(running.output()).not.toContain('did not close');
      expect(existsSync(join(dataDir, 'tavla.db'))).toBe(true);
      expect(existsSync(join(dataDir, 'tavla.db-wal'))).toBe(false);
      await kiosk.page.getByText(/Offline sedan \d\d:\d\d/).waitFor();
      await kiosk.waitForCard('Switch the warehouse to LED lighting');

      running = await startServer({ DATA_DIR: dataDir, PORT: port });
      expect(running.output()).not.toContain('Created the board');
      // The setup code is never printed again (only a pointer to `npm run setup-code`).
      expect(running.output()).not.toMatch(/\b[A-Z2-9]{4}(?:-[A-Z2-9]{4}){3}\b/);
      expect(running.kioskUrl).toBe(kioskUrl);
      expect(running.joinUrl).toBe(joinUrl);

      // Nobody touches the wall: it reconnects and shows what is posted after the restart.
      await kiosk.page.getByText('Live').waitFor({ timeout: 20_000 });
      await phone.page.getByText('Live').waitFor({ timeout: 20_000 });
      await phone.post({ text: 'Fix the leaking compressed-air hose', dimension: 'Ecological' });
      await kiosk.waitForCard('Fix the leaking compressed-air hose');
      expect(await kiosk.card('Switch the warehouse to LED lighting').count()).toBe(1);
    } finally {
      await Promise.all([kioskContext.close(), phoneContext.close()]);
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
    // Two server starts and the screens' reconnect back-off: give it room on a busy machine.
  }, 120_000);
});
