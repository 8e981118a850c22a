import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { KioskPage } from './pages/kiosk-page.js';
import { KIOSK_VIEWPORT } from './support/browser.js';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';
import { adminWithLead, json, leadPhone, phoneContext } from './support/board-setup.js';

const fixture = useBrowserAndServer();

const WELL_1 = 'Vi höll ordning vid packbordet hela månaden';
const WELL_2 = 'Nya lampor i lagret sparar ström';
const BETTER = 'Tavelmötet börjar för sent på måndagar';
const ACTION = 'Flytta tavelmötet till 07:15';

/** A calendar day `days` after today, on this machine (the phone's day). */
function dayFrom(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** A phone writes one note of a kind on the live page and waits until it is taken. */
async function writeNote(phone: Page, kind: 'Gick bra' | 'Kan bli bättre', text: string) {
  await phone.getByRole('button', { name: kind, exact: true }).click();
  await phone.getByRole('textbox', { name: kind }).fill(text);
  await phone.getByRole('button', { name: 'Skicka lappen' }).click();
  await phone.getByRole('status').filter({ hasText: 'Skickat.' }).waitFor();
  // What this device wrote shows on it (and nowhere else before the vote).
  await phone.getByRole('region', { name: 'Det du har skrivit' }).getByText(text).waitFor();
}

/** A phone taps a note to give it a vote, and waits until the set is saved. */
async function vote(phone: Page, text: string) {
  await phone.getByRole('button', { name: text }).click();
  await expect
    .poll(() => phone.getByRole('button', { name: text }).getAttribute('aria-pressed'))
    .toBe('true');
  await phone.locator('.fu-save').filter({ hasText: 'Skickat.' }).waitFor();
}

describe('the follow-up on the phone and the wall (issue 13)', () => {
  it('a lead runs a monthly follow-up with three phones: two write "went well", one "do better", they vote, an action with a due date is decided and appears on the wall, and the kept record and the report show it all', async () => {
    const { browser, server } = fixture;
    const { boardId } = await adminWithLead(browser, server);
    const lead = await (await leadPhone(browser, server.baseUrl)).newPage();
    const kiosk = new KioskPage(
      await (await browser.newContext({ viewport: KIOSK_VIEWPORT })).newPage(),
    );
    const wall = kiosk.page;
    await kiosk.open(server.kioskUrl);
    await wall.locator('main[data-scene="board"]').waitFor();
    const live = wall.locator('section[data-scene="follow_up_live"]');

    const phones: Page[] = [];
    for (let i = 0; i < 3; i += 1) {
      const phone = await (await phoneContext(browser, server.baseUrl)).newPage();
      await phone.goto(server.joinUrl);
      await phone.waitForURL(/\/m\/b\//);
      phones.push(phone);
    }
    const [first, second, third] = phones as [Page, Page, Page];

    // The lead finds the follow-up among the board's tools and starts a monthly one.
    await lead.goto(`/m/b/${boardId}`);
    await lead.getByRole('navigation').getByRole('link', { name: 'Uppföljning' }).click();
    await lead.waitForURL(`**/m/b/${boardId}/follow-up`);
    await lead.getByRole('heading', { name: 'Starta en uppföljning' }).waitFor();
    await lead.getByText('Som månadens, och dessutom varje mål').waitFor();
    await lead.getByRole('button', { name: 'Starta · Månadsuppföljning' }).click();
    // The follow-up takes the wall over.
    await live.waitFor();

    // (1) Actions from last time: none on a new board.
    await lead.getByText('Steg 1 av 5').waitFor();
    await lead.getByRole('heading', { name: 'Åtgärder från förra gången' }).waitFor();
    await lead.getByText('Inga åtgärder från förra gången.').waitFor();
    // No card on the phones while the lead is in a step of their own.
    await first.getByRole('heading', { level: 1 }).waitFor();
    expect(await first.locator('.fu-card').count()).toBe(0);
    await lead.getByRole('button', { name: 'Nästa →' }).click();

    // (3) Write: each phone is shown a card to the live page.
    await lead.getByText('Steg 2 av 5').waitFor();
    for (const phone of phones) {
      await phone.getByRole('link', { name: /Uppföljning pågår/ }).click();
      await phone.waitForURL(`**/m/b/${boardId}/follow-up/live`);
      await phone
        .getByRole('heading', { name: 'Skriv vad som gick bra och vad som kan bli bättre' })
        .waitFor();
    }
    await writeNote(first, 'Gick bra', WELL_1);
    await writeNote(second, 'Gick bra', WELL_2);
    await writeNote(third, 'Kan bli bättre', BETTER);
    // The lead sees the counts, not the texts.
    await lead.getByText('3 lappar från 3 enheter').waitFor();
    await lead.getByText('2 gick bra · 1 kan bli bättre').waitFor();
    expect(await lead.getByText(WELL_1).count()).toBe(0);
    // The wall counts the notes and keeps their texts to itself while people write.
    await expect
      .poll(() => live.locator('.fu-write__line').textContent())
      .toMatch(/3\s*lappar\s*från 3 enheter/);
    expect(await live.getByText(WELL_1).count()).toBe(0);
    await first.screenshot({ path: `${ARTIFACTS}follow-up-phone-write.png`, fullPage: true });
    await lead.screenshot({ path: `${ARTIFACTS}follow-up-lead-write.png`, fullPage: true });
    await lead.getByRole('button', { name: 'Nästa →' }).click();

    // (3b) Vote: the phones move on by themselves and show every note.
    await lead.getByText('Steg 3 av 5').waitFor();
    for (const phone of phones) {
      await phone.getByRole('heading', { name: 'Rösta på lapparna' }).waitFor();
      await phone.getByText('3 av 3 röster kvar').waitFor();
    }
    await vote(first, WELL_1);
    await first.getByText('2 av 3 röster kvar').waitFor();
    await vote(first, BETTER);
    await vote(second, WELL_1);
    await vote(third, WELL_1);
    await vote(third, WELL_2);
    // A second tap takes a vote back.
    await third.getByRole('button', { name: WELL_2 }).click();
    await third.getByText('2 av 3 röster kvar').waitFor();
    await third.locator('.fu-save').filter({ hasText: 'Skickat.' }).waitFor();
    await lead.getByText('3 enheter har röstat').waitFor();
    // The lead sees every note, in two groups, each with a hide button.
    await lead.locator('.fu-group--went_well').getByText(WELL_2).waitFor();
    await lead.locator('.fu-group--do_better').getByText(BETTER).waitFor();
    // From the vote on, the wall shows the notes.
    await live.getByText(WELL_1).waitFor();
    await live.getByText(BETTER).waitFor();
    await wall.screenshot({ path: `${ARTIFACTS}follow-up-wall-vote.png` });
    await first.screenshot({ path: `${ARTIFACTS}follow-up-phone-vote.png`, fullPage: true });
    await lead.screenshot({ path: `${ARTIFACTS}follow-up-lead-vote.png`, fullPage: true });
    await lead.getByRole('button', { name: 'Nästa →' }).click();

    // (4) New actions: the vote's result first, most voted first.
    await lead.getByText('Steg 4 av 5').waitFor();
    const result = lead.locator('.fu-result .fu-group--went_well .fu-note');
    await result.first().getByText(WELL_1).waitFor();
    await expect.poll(() => result.first().textContent()).toContain('3 röster');
    await lead.locator('.fu-result').getByText('1 röst', { exact: true }).first().waitFor();
    // The phones watch the wall in the lead's steps.
    await first.getByText('Titta på tavlan: teamledaren går igenom ”Nya åtgärder”.').waitFor();
    const due = dayFrom(10);
    await lead.getByRole('textbox', { name: 'Åtgärd' }).fill(ACTION);
    await lead.getByRole('textbox', { name: 'Ansvarig' }).fill('Erik');
    await lead.getByLabel('Klart senast').fill(due);
    await lead.getByRole('button', { name: 'Lägg till åtgärden' }).click();
    const decided = lead.locator('.fu-action').filter({ hasText: ACTION });
    await decided.waitFor();
    await decided.getByText('Ansvarig: Erik').waitFor();
    await decided.getByText(/I tid/).waitFor();
    // The decided action is on the wall, with its owner.
    await live.getByText(ACTION).waitFor();
    await live.getByText('Erik', { exact: false }).first().waitFor();
    await wall.screenshot({ path: `${ARTIFACTS}follow-up-wall-actions.png` });
    await lead.getByRole('button', { name: 'Nästa →' }).click();

    // (5) What did we learn.
    await lead.getByText('Steg 5 av 5').waitFor();
    await lead
      .getByRole('textbox', { name: 'En mening: vad lärde vi oss?' })
      .fill('Korta möten vid tavlan fungerar');
    await lead.getByRole('button', { name: 'Spara' }).click();
    await lead.getByRole('status').filter({ hasText: 'Sparat.' }).waitFor();

    // End: the next follow-up's date (a month on by default), then the kept record.
    await lead.getByRole('button', { name: 'Avsluta →' }).click();
    const nextDate = lead.getByLabel('Nästa uppföljning');
    expect(await nextDate.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await lead.getByRole('button', { name: 'Avsluta uppföljningen' }).click();
    await lead.getByText('Uppföljningen är sparad.').waitFor();
    const record = lead.locator('article.fu-record');
    await record.getByText(WELL_1).waitFor();
    await record.getByText(BETTER).waitFor();
    await record.getByText(ACTION).waitFor();
    await record.getByText('Korta möten vid tavlan fungerar').waitFor();
    await record.getByText('3 enheter skrev, 3 röstade').waitFor();
    await lead.screenshot({ path: `${ARTIFACTS}follow-up-lead-record.png`, fullPage: true });
    await first.getByText('Uppföljningen är klar. Tack för att du var med!').waitFor();

    // The wall goes back to its cycle; its follow-up scene shows the open action, green (due
    // in ten days) with its word, and what we learned.
    await live.waitFor({ state: 'detached' });
    await json(
      await lead.request.put(`/api/boards/${boardId}/wall-view`, {
        data: { view: 'follow_up', minutes: 15 },
      }),
    );
    const scene = wall.locator('section[data-scene="follow_up"]');
    await scene.getByText(ACTION).waitFor();
    await scene.getByText('I tid').first().waitFor();
    await scene.getByText('Korta möten vid tavlan fungerar').waitFor();
    await wall.screenshot({ path: `${ARTIFACTS}follow-up-wall-scene.png` });

    // The kept follow-ups list it, with the open action, and read it back.
    await lead.getByRole('link', { name: 'Sparade uppföljningar →' }).click();
    await lead.waitForURL(`**/m/b/${boardId}/follow-ups`);
    const kept = lead.locator('.fu-kept__item');
    await kept.getByText('Korta möten vid tavlan fungerar').waitFor();
    await kept.getByText('3 lappar · 1 ny åtgärd').waitFor();
    await lead.getByText('Ingen puls med minst 5 svar än.').waitFor();
    await lead
      .locator('.fu-part')
      .filter({ hasText: 'Öppna åtgärder' })
      .getByText(ACTION)
      .waitFor();
    await lead.screenshot({ path: `${ARTIFACTS}follow-up-lead-kept.png`, fullPage: true });
    await kept.getByRole('link').click();
    await lead.waitForURL(/\/follow-ups\/[^/]+$/);
    await lead.locator('article.fu-record').getByText(WELL_2).waitFor();

    // The report shows the follow-up: went well, do better, the action, what we learned.
    await lead.goto(`/m/b/${boardId}/report`);
    for (const text of [WELL_1, WELL_2, BETTER, ACTION, 'Korta möten vid tavlan fungerar']) {
      await lead.getByText(text, { exact: false }).first().waitFor();
    }

    // The roadmap's step 7 leads to the follow-up.
    await lead.goto(`/m/b/${boardId}/roadmap`);
    const step7 = lead.locator('.roadmap__step').filter({ hasText: '7. Uppföljning' });
    await step7.waitFor();
    expect(await step7.getByRole('link').first().getAttribute('href')).toBe(
      `/m/b/${boardId}/follow-up`,
    );
  }, 240_000);
});
