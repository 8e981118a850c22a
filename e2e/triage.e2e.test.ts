import { copyFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';
import { KIOSK_VIEWPORT } from './support/browser.js';
import { adminWithLead, json, leadPhone, phoneContext } from './support/board-setup.js';
import { KioskPage } from './pages/kiosk-page.js';

const fixture = useBrowserAndServer();

/** Where the screenshots people look at for issue 14's triage list also go. */
const SHOTS = '/tmp/triage-shots/';

async function shot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: `${ARTIFACTS}${name}`, fullPage });
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(`${ARTIFACTS}${name}`, `${SHOTS}${name}`);
}

const ECOLOGICAL = [
  'Stäng av kompressorn på helgerna när frysen är tom',
  'Automatiska skjutdörrar till frysrummet så att kylan stannar inne',
  'Byt till LED-lampor i lagret och på lastkajen',
];
const SOCIAL = ['Fler sittplatser i fikarummet', 'Bättre belysning vid lastkajen på kvällarna'];

describe('the lead’s triage list (issue 14)', () => {
  it('a lead filters, bulk-moves three suggestions and the wall follows; a hide is undone', async () => {
    const { browser, server } = fixture;
    const { boardId } = await adminWithLead(browser, server);
    const leadContext = await leadPhone(browser, server.baseUrl);

    const colleague = await phoneContext(browser, server.baseUrl);
    await (await colleague.newPage()).goto(server.joinUrl);
    for (const [text, dimension] of [
      ...ECOLOGICAL.map((text) => [text, 'ecological'] as const),
      ...SOCIAL.map((text) => [text, 'social'] as const),
    ]) {
      await json(
        await colleague.request.post(`/api/boards/${boardId}/suggestions`, {
          data: { id: crypto.randomUUID(), text, dimension },
        }),
      );
    }

    // The lead puts the board's columns on the wall while the team watches ("show on wall"),
    // so the wall does not turn to another scene in the middle.
    const shown = await leadContext.request.put(`/api/boards/${boardId}/wall-view`, {
      data: { view: 'board', minutes: 15 },
    });
    expect(shown.status()).toBe(200);

    // The wall is open at 1920×1080 and shows all five as new.
    const kioskContext = await browser.newContext({ viewport: KIOSK_VIEWPORT });
    const kiosk = new KioskPage(await kioskContext.newPage());
    await kiosk.open(server.kioskUrl);
    // (A machine under load takes a while to draw the first board, so a longer wait.)
    await kiosk
      .column('Ny')
      .locator('.column__count', { hasText: /^5$/ })
      .waitFor({ timeout: 40_000 });

    // The lead opens the list from the board page's lead bar and filters it to one dimension.
    const lead = await leadContext.newPage();
    await lead.goto(`/m/b/${boardId}`);
    await lead.getByRole('link', { name: 'Gå igenom förslag' }).click();
    await lead.waitForURL(/\/triage$/);
    await lead.getByText('5 förslag').waitFor();
    await lead.getByLabel('Område').selectOption({ label: 'Ekologisk' });
    await lead.waitForURL(/\/triage\?dimension=ecological$/);
    await lead.getByText('3 förslag').waitFor();
    const cards = lead.locator('.triage-card');
    expect(await cards.count()).toBe(3);

    // The filters live in the URL: a reload keeps them, back undoes the last one.
    await lead.getByLabel('Sortera').selectOption({ label: 'Äldst först' });
    await lead.waitForURL(/dimension=ecological&sort=oldest$/);
    await expect.poll(() => cards.first().textContent()).toContain(ECOLOGICAL[0]);
    await lead.reload();
    await lead.getByText('3 förslag').waitFor();
    expect(await lead.getByLabel('Område').inputValue()).toBe('ecological');
    expect(await lead.getByLabel('Sortera').inputValue()).toBe('oldest');
    await lead.goBack();
    await lead.waitForURL(/\/triage\?dimension=ecological$/);
    await lead.getByText('3 förslag').waitFor();
    expect(await lead.getByLabel('Sortera').inputValue()).toBe('newest');

    // Select the three (large check targets) and move them to Planned in one go.
    for (const text of ECOLOGICAL) {
      await lead.getByRole('checkbox', { name: new RegExp(text.slice(0, 30)) }).check();
    }
    await lead.getByText('3 valda').waitFor();
    await shot(lead, 'triage-phone-selected.png');
    await lead.getByLabel('Flytta till').selectOption({ label: 'Planerad' });
    await lead.getByRole('button', { name: 'Flytta', exact: true }).click();
    await lead.getByText('3 förslag har flyttats till Planerad.').waitFor();
    await shot(lead, 'triage-phone-moved.png');

    // The wall follows: all three in the Planned column, none left as new.
    for (const text of ECOLOGICAL) {
      await kiosk.column('Planerad').locator('article.card', { hasText: text }).waitFor();
    }
    expect(
      await kiosk.column('Ny').locator('article.card', { hasText: ECOLOGICAL[0] }).count(),
    ).toBe(0);
    await kiosk.page.screenshot({ path: `${ARTIFACTS}triage-wall.png` });
    copyFileSync(`${ARTIFACTS}triage-wall.png`, `${SHOTS}triage-wall.png`);

    // Hide one with a reason, and undo it right after.
    await lead.getByLabel('Område').selectOption({ label: 'Social' });
    await lead.getByText('2 förslag').waitFor();
    await lead.getByRole('checkbox', { name: new RegExp(SOCIAL[0]?.slice(0, 20) ?? '') }).check();
    await lead.getByRole('button', { name: 'Dölj …' }).click();
    await lead.getByLabel('Varför döljs de? (loggas)').fill('Fel tavla');
    await lead.getByRole('button', { name: 'Dölj de valda' }).click();
    await lead.getByText('1 förslag har dolts.').waitFor();
    await lead.getByText('1 förslag', { exact: true }).waitFor();
    await lead.getByRole('button', { name: 'Ångra' }).click();
    await lead.getByText('Visas igen.').waitFor();
    await lead.getByText('2 förslag').waitFor();

    await Promise.all([kioskContext.close(), leadContext.close(), colleague.close()]);
  }, 240_000);
});
