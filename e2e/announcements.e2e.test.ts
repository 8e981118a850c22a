import { copyFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';
import { adminWithLead, leadPhone, phoneContext } from './support/board-setup.js';

const fixture = useBrowserAndServer();

/** Where the screenshots people look at for issue 12's announcements also go. */
const SHOTS = '/tmp/announcement-shots/';

async function shot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: `${ARTIFACTS}${name}`, fullPage });
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(`${ARTIFACTS}${name}`, `${SHOTS}${name}`);
}

describe('what now applies (issue 12, step 5)', () => {
  it('a lead publishes a routine that asks for acknowledgement; two of three phones acknowledge; the count says 2', async () => {
    const { browser, server } = fixture;
    const { boardId } = await adminWithLead(browser, server);
    const leadContext = await leadPhone(browser, server.baseUrl);
    const lead = await leadContext.newPage();

    // Three phones join the board.
    const phones: Page[] = [];
    for (let i = 0; i < 3; i += 1) {
      const phone = await (await phoneContext(browser, server.baseUrl)).newPage();
      await phone.goto(server.joinUrl);
      await phone.waitForURL(/\/m\/b\//);
      phones.push(phone);
    }

    // The lead sets the head count and publishes a routine from the roadmap's step 5.
    await lead.goto(`/m/b/${boardId}/roadmap`);
    await lead.getByRole('link', { name: /Meddela vad som gäller/ }).click();
    await lead.waitForURL(/\/announcements$/);
    await lead.getByLabel(/Antal anställda/).fill('40');
    await lead.getByRole('button', { name: 'Spara', exact: true }).click();
    await lead.locator('.employees-form').getByText('Sparat.').waitFor();
    await lead.getByLabel('Sort').selectOption('routine');
    await lead.getByLabel('Rubrik').fill('Frysrummets dörrar stängs alltid');
    await lead
      .getByLabel('Text')
      .fill(
        'De nya skjutdörrarna stänger sig själva. Ställ aldrig upp dem med en pall – kylan rinner ut och kompressorn går för fullt.',
      );
    await lead.getByLabel(/Fäst i antal dagar/).fill('7');
    // A photo, drawn in the browser: the phone shrinks it and uploads it for the board.
    const dataUrl = await lead.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 800;
      canvas.height = 500;
      const g = canvas.getContext('2d');
      if (!g) return '';
      g.fillStyle = '#cfe3f2';
      g.fillRect(0, 0, 800, 500);
      g.fillStyle = '#5b7fa6';
      g.fillRect(120, 80, 260, 400);
      g.fillRect(420, 80, 260, 400);
      g.fillStyle = '#ffd24d';
      g.fillRect(390, 60, 20, 440);
      return canvas.toDataURL('image/jpeg', 0.9);
    });
    await lead.locator('input[type="file"]').setInputFiles({
      name: 'dorrar.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from(dataUrl.split(',')[1] ?? '', 'base64'),
    });
    await lead.getByRole('button', { name: 'Ta bort fotot' }).waitFor();
    await lead.getByRole('button', { name: 'Publicera' }).click();
    const card = lead.locator('.notice-card').filter({ hasText: 'Frysrummets dörrar' });
    await card.getByText('0 av cirka 40 enheter har kvitterat').waitFor();

    // Every phone shows it at the top at once (live); two acknowledge.
    for (const phone of phones) {
      await phone.getByRole('button', { name: 'Jag har läst och förstått' }).waitFor();
    }
    await shot(phones[0] as Page, 'banner.png');
    for (const phone of phones.slice(0, 2)) {
      await phone.getByRole('button', { name: 'Jag har läst och förstått' }).click();
      await phone.getByRole('button', { name: 'Jag har läst och förstått' }).waitFor({
        state: 'detached',
      });
    }
    // The third still has it.
    await expect(
      (phones[2] as Page).getByRole('button', { name: 'Jag har läst och förstått' }).count(),
    ).resolves.toBe(1);

    // The lead's count follows live and says devices.
    await card.getByText('2 av cirka 40 enheter har kvitterat').waitFor();
    await lead.locator('.notice-card__meeting input').first().fill('12');
    await lead.getByRole('button', { name: 'Registrera' }).first().click();
    await card.getByText(/Tavelmöte .*: 12 närvarande/).waitFor();
    await shot(lead, 'lead-page.png', true);

    // The routines page: an acknowledged phone sees it as such.
    const first = phones[0] as Page;
    await first
      .getByRole('link', { name: /Rutiner och meddelanden/ })
      .first()
      .click();
    await first.getByRole('heading', { name: 'Rutiner som gäller' }).waitFor();
    await first.getByText('Du har kvitterat').waitFor();
    await expect(
      first.locator('.notice-card__photo').evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).resolves.toBeGreaterThan(0);
    await shot(first, 'routines-page.png', true);

    // The phone that did not acknowledge is asked on the page too.
    const third = phones[2] as Page;
    await third.goto(`/m/b/${boardId}/announcements`);
    await third.getByRole('heading', { name: 'Rutiner som gäller' }).waitFor();
    await third.getByRole('button', { name: 'Jag har läst och förstått' }).waitFor();
    await shot(third, 'routines-page-unacknowledged.png', true);

    // The roadmap's step 5 tells how far it got.
    await lead.goto(`/m/b/${boardId}/roadmap`);
    await lead.getByText('1 rutin gäller').waitFor();
    await shot(lead, 'roadmap.png', true);
    await lead.goto(`/m/b/${boardId}/announcements`);

    // A changed text asks every phone again.
    await card.getByRole('button', { name: 'Ändra' }).click();
    await lead
      .getByLabel('Text')
      .fill('Skjutdörrarna stänger sig själva. Anmäl en dörr som står öppen.');
    await lead.getByRole('button', { name: 'Spara ändringen' }).click();
    await card.getByText('0 av cirka 40 enheter har kvitterat').waitFor();
    const second = phones[1] as Page;
    await second.getByRole('button', { name: 'Jag har läst och förstått' }).waitFor();
    await second.getByText('Ändrad').waitFor();
  });
});
