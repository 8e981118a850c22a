import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILTIN_TEMPLATES } from '@tavla/shared/workshop-template';
import { KioskPage } from './pages/kiosk-page.js';
import { PhonePage } from './pages/phone-page.js';
import { KIOSK_VIEWPORT } from './support/browser.js';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';
import { adminWithLead, json, leadPhone, phoneContext } from './support/board-setup.js';

const fixture = useBrowserAndServer();

/** The Swedish built-in template, the one a Swedish board's lead starts. */
const TEMPLATE = BUILTIN_TEMPLATES.find((template) => template.language === 'sv');
const IDEA = 'Sätt en timer på kompressorn i frysrummet så den vilar på natten';
const POLL = ['Ekologisk', 'Ekonomisk', 'Social'];

describe('the workshop and what now applies (issue 12)', () => {
  it('a lead runs the built-in template with three phones; the wall follows; an idea becomes a suggestion; two of three phones acknowledge', async () => {
    const { browser, server } = fixture;
    if (!TEMPLATE) throw new Error('no Swedish built-in template');
    const { boardId } = await adminWithLead(browser, server);
    const leadContext = await leadPhone(browser, server.baseUrl);
    const lead = await leadContext.newPage();

    const kiosk = new KioskPage(
      await (await browser.newContext({ viewport: KIOSK_VIEWPORT })).newPage(),
    );
    const wall = kiosk.page;
    await kiosk.open(server.kioskUrl);
    await wall.locator('main[data-scene="board"]').waitFor();

    // Three phones join the board.
    const phones: Page[] = [];
    for (let i = 0; i < 3; i += 1) {
      const phone = await (await phoneContext(browser, server.baseUrl)).newPage();
      await phone.goto(server.joinUrl);
      await phone.waitForURL(/\/m\/b\//);
      phones.push(phone);
    }
    const [first, second, third] = phones as [Page, Page, Page];

    // The lead starts the built-in Swedish template on the phone.
    await lead.goto(`/m/b/${boardId}/workshop`);
    await lead.getByRole('heading', { name: 'Starta en workshop' }).waitFor();
    const template = lead
      .locator('li.template')
      .filter({ hasText: TEMPLATE.name })
      .filter({ hasText: 'Inbyggd' })
      .filter({ hasText: 'SV' });
    await template.getByRole('button', { name: 'Starta', exact: true }).click();
    const remote = lead.getByRole('region', { name: 'Workshop: fjärrkontroll' });
    await remote.waitFor();

    const count = TEMPLATE.activities.length;
    for (const [index, activity] of TEMPLATE.activities.entries()) {
      if (index > 0) await remote.getByRole('button', { name: 'Nästa →' }).click();
      // The lead's remote, the wall and every phone are on this activity.
      await remote.getByText(`${index + 1} av ${count}`).waitFor();
      await wall.locator('div.kiosk[data-scene="workshop"]').waitFor();
      if (activity.kind === 'interest_vote') {
        await wall.locator('section[data-scene="vote"]').waitFor();
      } else {
        const scene = wall.locator(
          `section[data-scene="workshop"][data-activity="${activity.kind}"]`,
        );
        await scene.getByRole('heading', { level: 2, name: activity.title, exact: true }).waitFor();
        await scene.getByText(`Steg ${index + 1} av ${count}`).waitFor();
      }
      for (const phone of phones) {
        await phone.waitForURL(new RegExp(`/m/b/${boardId}/workshop$`));
        const clicker = phone.locator('article.clicker');
        await clicker
          .getByRole('heading', { level: 2, name: activity.title, exact: true })
          .waitFor();
        await clicker.getByText(`${index + 1} av ${count}`).waitFor();
      }
      if (index === 0) {
        await first.screenshot({ path: `${ARTIFACTS}workshop-phone-clicker-slide.png` });
        await lead.screenshot({ path: `${ARTIFACTS}workshop-phone-remote.png` });
      }

      if (activity.kind === 'wordcloud') {
        // Two phones write the same words in different case and spacing; they merge.
        const words: [Page, string][] = [
          [first, 'Mindre  spill'],
          [second, ' mindre spill '],
          [third, 'Trygghet'],
        ];
        for (const [phone, word] of words) {
          await phone.getByLabel('Ditt ord eller korta svar').fill(word);
          await phone.getByRole('button', { name: 'Skicka', exact: true }).click();
          await phone.getByText('Du kan skicka 2 svar till.').waitFor();
        }
        const cloud = wall.getByRole('list', { name: '3 ord' });
        await cloud.waitFor();
        await expect(
          cloud
            .locator('li')
            .evaluateAll((items) =>
              items.map((li) => [li.textContent, li.getAttribute('data-count')]).sort(),
            ),
        ).resolves.toEqual([
          ['Mindre spill', '2'],
          ['Trygghet', '1'],
        ]);
        await first.screenshot({ path: `${ARTIFACTS}workshop-phone-clicker-wordcloud.png` });
        await wall.screenshot({ path: `${ARTIFACTS}workshop-wall-wordcloud.png` });
      }

      if (activity.kind === 'poll') {
        const picks: [Page, string][] = [
          [first, 'Ekologisk'],
          [second, 'Ekologisk'],
          [third, 'Social'],
        ];
        for (const [phone, option] of picks) {
          const choice = phone.getByRole('group', { name: activity.title }).getByRole('button', {
            name: option,
          });
          await choice.click();
          await expect.poll(() => choice.getAttribute('aria-pressed')).toBe('true');
        }
        // Each phone hears how many answered, and still no results.
        for (const phone of phones) {
          await phone.getByText(/^3 enheter har svarat · Resultatet visas/).waitFor();
        }
        await first.screenshot({ path: `${ARTIFACTS}workshop-phone-clicker-poll.png` });
        // Hidden results: the wall says how many answered, and no counts.
        const scene = wall.locator('section[data-scene="workshop"][data-activity="poll"]');
        await scene
          .getByRole('status')
          .filter({ hasText: /^3\s*enheter har svarat$/ })
          .waitFor();
        await scene.getByText('Resultatet visas när ledaren visar det.').waitFor();
        await expect(scene.locator('.wk-bar').count()).resolves.toBe(0);
        await expect(scene.locator('.wk-option [data-clamped]').allInnerTexts()).resolves.toEqual(
          POLL,
        );
        await wall.screenshot({ path: `${ARTIFACTS}workshop-wall-poll-hidden.png` });
        await remote.getByText('3 av 3 enheter har svarat').waitFor();
        await remote.getByRole('button', { name: 'Visa resultatet' }).click();
        const bars = scene.locator('.wk-bar');
        await bars.first().waitFor();
        await expect(
          bars.evaluateAll((items) =>
            items.map((li) => [
              li.querySelector('.wk-bar__option')?.textContent,
              li.querySelector('.wk-bar__figure')?.textContent.replace(/\s/g, ' '),
            ]),
          ),
        ).resolves.toEqual([
          ['Ekologisk', '67 %'],
          ['Ekonomisk', '0 %'],
          ['Social', '33 %'],
        ]);
        await scene
          .getByRole('status')
          .filter({ hasText: /^3\s*enheter har svarat$/ })
          .waitFor();
        await wall.screenshot({ path: `${ARTIFACTS}workshop-wall-poll.png` });
      }

      if (activity.kind === 'interest_vote') {
        // The activity drives the board's real interest vote; ending the session would leave an
        // open vote open (it takes the wall over), so the lead closes it here, as on the remote.
        await remote.getByRole('button', { name: 'Stäng frågan' }).click();
        await remote.getByText('Stängd för svar').waitFor();
      }

      if (activity.kind === 'ideas') {
        await first.getByLabel('Din idé').fill(IDEA);
        await first.getByRole('radio', { name: 'Ekologisk' }).check();
        await first.getByRole('button', { name: 'Lägg upp idén' }).click();
        await first
          .locator('li.idea')
          .filter({ hasText: IDEA })
          .getByText('din', { exact: true })
          .waitFor();
        const upvote = second.getByRole('button', { name: `Rösta på: ${IDEA}` });
        await upvote.click();
        await expect.poll(() => upvote.getAttribute('aria-pressed')).toBe('true');
        await second.getByText('2 av 3 röster kvar').waitFor();
        await second.screenshot({ path: `${ARTIFACTS}workshop-phone-clicker-ideas.png` });
        const top = wall.locator('section[data-scene="workshop"] li.wk-idea').filter({
          hasText: IDEA,
        });
        await expect.poll(() => top.locator('.wk-idea__votes').textContent()).toBe('1');
        await wall.screenshot({ path: `${ARTIFACTS}workshop-wall-ideas.png` });
        const row = lead.locator('li.lead-idea').filter({ hasText: IDEA });
        await row.getByRole('button', { name: 'Gör till förslag' }).click();
        await row.getByText('✓ Förslag på tavlan').waitFor();
        await lead.screenshot({
          path: `${ARTIFACTS}workshop-phone-remote-ideas.png`,
          fullPage: true,
        });
      }
    }
    await remote.getByText('Det här är sista aktiviteten.').waitFor();

    // The lead ends the session: the wall goes back to its cycle, the phones to their board.
    await remote.getByRole('button', { name: 'Avsluta workshoppen' }).click();
    await lead.getByRole('alertdialog').getByRole('button', { name: 'Ja, avsluta' }).click();
    // Each phone says thank you, then goes back to its board by itself (after a few seconds).
    await Promise.all(
      phones.map((phone) =>
        phone.getByText('Workshoppen är slut. Tack för att du var med!').waitFor(),
      ),
    );
    await first.screenshot({ path: `${ARTIFACTS}workshop-phone-ended.png` });
    await wall.locator('div.kiosk:not([data-scene="workshop"])').waitFor();
    for (const phone of phones) {
      await phone.waitForURL(new RegExp(`/m/b/${boardId}$`));
      await phone.getByRole('button', { name: 'Skicka förslag' }).waitFor();
      await expect(phone.locator('a.workshop-card').count()).resolves.toBe(0);
    }
    // The idea is a suggestion on the board: on the phone and on the wall's board scene.
    await new PhonePage(first).listItem(IDEA).waitFor();
    await json(
      await lead.request.put(`/api/boards/${boardId}/wall-view`, {
        data: { view: 'board', minutes: 15 },
      }),
    );
    await kiosk.waitForCard(IDEA);
    await wall.screenshot({ path: `${ARTIFACTS}workshop-wall-board.png` });

    // What now applies: a routine asking for acknowledgement; two of three phones acknowledge.
    await lead.goto(`/m/b/${boardId}/announcements`);
    await lead.getByLabel('Sort').selectOption('routine');
    await lead.getByLabel('Rubrik').fill('Frysrummets dörrar stängs alltid');
    await lead
      .getByLabel('Text')
      .fill('De nya skjutdörrarna stänger sig själva. Ställ aldrig upp dem med en pall.');
    await lead.getByRole('button', { name: 'Publicera' }).click();
    await lead.locator('.notice-card').filter({ hasText: 'Frysrummets dörrar' }).waitFor();
    for (const phone of phones) {
      await phone.getByRole('button', { name: 'Jag har läst och förstått' }).waitFor();
    }
    for (const phone of [first, second]) {
      await phone.getByRole('button', { name: 'Jag har läst och förstått' }).click();
      await phone
        .getByRole('button', { name: 'Jag har läst och förstått' })
        .waitFor({ state: 'detached' });
    }
    await expect(
      third.getByRole('button', { name: 'Jag har läst och förstått' }).count(),
    ).resolves.toBe(1);
    await json(
      await lead.request.put(`/api/boards/${boardId}/wall-view`, {
        data: { view: 'announcements', minutes: 15 },
      }),
    );
    const announcement = wall.locator('section[data-scene="announcements"]');
    await announcement.getByText('Frysrummets dörrar stängs alltid').waitFor();
    const ack = announcement.locator('.ack');
    await expect.poll(() => ack.locator('.ack__count').textContent()).toBe('2');
    await ack.getByText('har kvitterat att de läst och förstått').waitFor();
    // The new suggestion's spotlight (held back while the workshop had the wall) passes first.
    await wall.locator('.spotlight').waitFor({ state: 'detached', timeout: 20_000 });
    await wall.screenshot({ path: `${ARTIFACTS}announcement-wall.png` });
  }, 240_000);
});
