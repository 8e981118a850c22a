import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { KIOSK_VIEWPORT, PHONE_VIEWPORT } from './support/browser.js';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';
import { adminWithLead, json } from './support/board-setup.js';

const fixture = useBrowserAndServer();

/** Answered "no" / 0 throughout (0 %); every other category "yes" / 4 (100 %). */
const WEAK = new Set(['energy_climate', 'chemicals_waste', 'resource_costs', 'health_safety']);
/** One "don't know" in a strong category: left out of its score, but counted and shown. */
const DONT_KNOW_IN = 'emissions';

/** The dots of three phones (category → dots): energy 6 (the most), health 5, skills 3, … */
const DOTS: Record<string, number>[] = [
  { energy_climate: 3, health_safety: 2 },
  { energy_climate: 2, health_safety: 2, emissions: 1 },
  { energy_climate: 1, health_safety: 1, skills_development: 3 },
];

/** Answers every question of the category on screen and waits until each is saved. */
async function answerCategory(page: Page, weak: boolean, dontKnowFirst: boolean) {
  const questions = page.locator('.question');
  await questions.first().waitFor();
  const count = await questions.count();
  for (let i = 0; i < count; i += 1) {
    const question = questions.nth(i);
    const name =
      dontKnowFirst && i === 0
        ? /^Vet inte/
        : weak
          ? /^(Nej|0\s*Inte påbörjat)/
          : /^(Ja|4\s*Mäts och förbättras)/;
    await question.getByRole('button', { name }).click();
  }
  await expect.poll(() => page.locator('.answer[aria-pressed="true"]').count()).toBe(count);
  await expect.poll(() => page.locator('.save-line--saved').count()).toBe(count);
}

describe('the method on the phone and the wall (issue 11)', () => {
  it('a lead fills in all three forms and sees the scores; phones vote while the wall counts; the matrix suggests a goal', async () => {
    const { browser, server } = fixture;
    const { boardId } = await adminWithLead(browser, server);
    const leadContext = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: PHONE_VIEWPORT,
      locale: 'sv-SE',
      isMobile: true,
    });
    await json(
      await leadContext.request.post('/api/auth/login', {
        data: { username: 'erik', password: 'erik password 1' },
      }),
    );
    const lead = await leadContext.newPage();
    const wall = await (await browser.newContext({ viewport: KIOSK_VIEWPORT })).newPage();
    await wall.goto(server.kioskUrl);
    await wall.locator('main[data-scene="board"]').waitFor();

    // The roadmap leads to the analysis; a round starts with this year's name.
    await lead.goto(`/m/b/${boardId}/roadmap`);
    await lead.getByRole('heading', { name: '2. Nulägesanalys' }).waitFor();
    await lead.screenshot({ path: `${ARTIFACTS}method-roadmap-start.png`, fullPage: true });
    await lead.goto(`/m/b/${boardId}/analysis`);
    expect(await lead.getByLabel('Namn').inputValue()).toBe(
      `Nulägesanalys ${new Date().getFullYear()}`,
    );
    await lead.getByRole('button', { name: 'Starta' }).click();

    // Fifteen categories, one per screen, every answer saved as it is tapped.
    for (let n = 1; n <= 15; n += 1) {
      await lead.getByText(`kategori ${n} av 15`).waitFor();
      const categoryId = new URL(lead.url()).pathname.split('/').at(-1) ?? '';
      await answerCategory(lead, WEAK.has(categoryId), categoryId === DONT_KNOW_IN);
      if (n === 1) {
        await lead.screenshot({ path: `${ARTIFACTS}method-analysis-form.png` });
      }
      if (n < 15) await lead.getByRole('link', { name: /Nästa/ }).click();
    }
    await lead.getByRole('button', { name: 'Avsluta omgången' }).click();
    await lead.getByText('Alla frågor är besvarade.').waitFor();
    await lead.getByRole('button', { name: 'Ja, avsluta' }).click();

    // The results: the known scores, the "don't know", the weakest three.
    await lead.waitForURL(/\/results$/);
    const bar = (name: string) => lead.locator('.bar').filter({ hasText: name });
    await bar('Energi & klimat').getByText('0 %').waitFor();
    await bar('Transporter & inköp').getByText('100 %').waitFor();
    await bar('Utsläpp').getByText('1 vet inte').waitFor();
    const value = await bar('Utsläpp').locator('.bar__value').innerText();
    expect(value.replace(/\s/g, ' ')).toBe('100 %');
    const weakest = await lead.locator('.weak__name strong').allInnerTexts();
    expect(weakest).toEqual(['Energi & klimat', 'Kemikalier & avfall', 'Resurskostnader']);
    await lead.screenshot({ path: `${ARTIFACTS}method-results.png`, fullPage: true });

    // "Show on wall": the wall's radar shows this round, then the board again.
    await lead.getByRole('button', { name: /Visa på väggskärmen/ }).click();
    await wall.locator('section[data-scene="analysis"]').waitFor();
    await wall.screenshot({ path: `${ARTIFACTS}method-wall-analysis.png` });
    await lead.getByRole('button', { name: 'Tillbaka till växlingen' }).click();
    await wall.locator('main[data-scene="board"]').waitFor();

    // Three phones join; the lead opens the vote and every phone is asked at once.
    await lead.goto(`/m/b/${boardId}/vote`);
    const phones: Page[] = [];
    for (let i = 0; i < DOTS.length; i += 1) {
      const context = await browser.newContext({
        baseURL: server.baseUrl,
        viewport: PHONE_VIEWPORT,
        locale: 'sv-SE',
        isMobile: true,
      });
      const phone = await context.newPage();
      await phone.goto(server.joinUrl);
      await phone.waitForURL(/\/m\/b\//);
      phones.push(phone);
    }
    await lead.getByRole('button', { name: 'Öppna intresseomröstning' }).click();
    const voters = lead.locator('.big-number strong');
    await expect.poll(() => voters.innerText()).toBe('0');
    // The wall switches to the vote at once and counts the devices that voted, live.
    const wallVoters = wall.locator('section[data-scene="vote"] .vote__number');
    await expect.poll(() => wallVoters.innerText()).toBe('0');
    for (const [i, phone] of phones.entries()) {
      await phone.getByRole('link', { name: /Intresseomröstning: placera dina 5 prickar/ }).click();
      await phone.getByText('5 prickar kvar').waitFor();
      for (const [categoryName, count] of Object.entries(DOTS[i] ?? {})) {
        const name = {
          energy_climate: 'Energi & klimat',
          health_safety: 'Hälsa & säkerhet',
          emissions: 'Utsläpp',
          skills_development: 'Kompetensutveckling',
        }[categoryName];
        for (let k = 0; k < count; k += 1) {
          await phone.getByRole('button', { name: `Lägg en prick på ${name}` }).click();
        }
      }
      await phone.locator('.dots-head .save-line--saved').waitFor();
      if (i === 0) await phone.screenshot({ path: `${ARTIFACTS}method-vote-phone.png` });
      // The lead and the wall see the count, never the results.
      await expect.poll(() => voters.innerText()).toBe(String(i + 1));
      await expect.poll(() => wallVoters.innerText()).toBe(String(i + 1));
    }
    await lead.screenshot({ path: `${ARTIFACTS}method-vote-lead.png` });
    await lead.getByRole('button', { name: 'Stäng omröstningen' }).click();
    await lead.getByRole('button', { name: 'Ja, stäng' }).click();
    for (const phone of phones) await phone.getByText('Omröstningen är stängd. Tack!').waitFor();

    // The wall shows the matrix, with where to start beside it.
    await wall.locator('section[data-scene="matrix"]').waitFor();
    expect((await wall.locator('.matrix__start-list li').allInnerTexts()).sort()).toEqual([
      'Energi & klimat',
      'Hälsa & säkerhet',
    ]);
    await wall.screenshot({ path: `${ARTIFACTS}method-wall-matrix.png` });

    // The matrix: high need and high interest are where to start.
    await phones[0]?.getByRole('link', { name: /Se matrisen/ }).click();
    await phones[0]?.locator('.matrix__chart').waitFor();
    await lead.goto(`/m/b/${boardId}/matrix`);
    const quadrant = (name: string) =>
      lead.locator('.quadrant').filter({ has: lead.getByRole('heading', { name }) });
    await quadrant('Börja här').waitFor();
    expect(await quadrant('Börja här').locator('strong').allInnerTexts()).toEqual([
      'Energi & klimat',
      'Hälsa & säkerhet',
    ]);
    expect(await quadrant('Snabba vinster').locator('strong').allInnerTexts()).toEqual([
      'Kompetensutveckling',
    ]);
    await lead.screenshot({ path: `${ARTIFACTS}method-matrix.png`, fullPage: true });

    // A goal draft from "Start here" remembers where it came from.
    await quadrant('Börja här')
      .getByRole('link', { name: /Gör ett målutkast/ })
      .first()
      .click();
    await lead.waitForURL(/\/goals\/new\?/);
    expect(await lead.getByLabel('Fokusområde (valfritt)').inputValue()).toBe('Energi & klimat');
    expect(await lead.getByLabel('Del av hållbarheten').inputValue()).toBe('ecological');
    await lead.getByLabel('Mål (kort och tydligt)').fill('Mindre energi per producerad enhet');
    await lead.getByRole('button', { name: 'Spara målet' }).click();
    await lead.getByRole('heading', { name: 'Mindre energi per producerad enhet' }).waitFor();
    const { goals } = await json<{
      goals: { title: string; origin: { categoryId: string } | null }[];
    }>(await leadContext.request.get(`/api/boards/${boardId}/goals`));
    expect(goals.map((g) => [g.title, g.origin?.categoryId])).toEqual([
      ['Mindre energi per producerad enhet', 'energy_climate'],
    ]);

    await lead.goto(`/m/b/${boardId}/roadmap`);
    await lead.locator('.roadmap__step--done').nth(1).waitFor();
    await lead.screenshot({ path: `${ARTIFACTS}method-roadmap.png`, fullPage: true });
  }, 240_000); // sixty answers tapped one by one, on a busy 2-core machine
});
