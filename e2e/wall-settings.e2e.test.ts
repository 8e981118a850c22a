import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { BoardSnapshot } from '@tavla/shared';
import { PHONE_VIEWPORT } from './support/browser.js';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';
import { adminWithLead, json } from './support/board-setup.js';

const fixture = useBrowserAndServer();
/** Screenshots of the wall settings, also left here for people to look at. */
const SHOTS = '/tmp/wall-settings-shots/';

/** What the phone's screen shows (390×844), and the whole page. */
async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const dir of [ARTIFACTS, SHOTS]) {
    await page.screenshot({ path: `${dir}${name}.png` });
    await page.screenshot({ path: `${dir}${name}-full.png`, fullPage: true });
  }
}

/** A scene's row on the wall settings page, by its name. */
const row = (page: Page, name: string) =>
  page.locator('.wall-scene').filter({ has: page.getByText(name, { exact: true }) });

describe('the wall settings on the phone (issue 12)', () => {
  it('a lead turns a scene off, changes seconds and the order, saves, and puts goals on the wall now', async () => {
    const { browser, server } = fixture;
    const { boardId } = await adminWithLead(browser, server);
    const signedIn = async (locale: string): Promise<BrowserContext> => {
      const context = await browser.newContext({
        baseURL: server.baseUrl,
        viewport: PHONE_VIEWPORT,
        locale,
        isMobile: true,
      });
      await json(
        await context.request.post('/api/auth/login', {
          data: { username: 'erik', password: 'erik password 1' },
        }),
      );
      return context;
    };
    const leadContext = await signedIn('sv-SE');
    const wallState = async () =>
      (await json<BoardSnapshot>(await leadContext.request.get(`/api/boards/${boardId}/snapshot`)))
        .method?.wall;

    // The lead bar on the board leads to the wall settings.
    const lead = await leadContext.newPage();
    await lead.goto(`/m/b/${boardId}`);
    await lead.getByRole('navigation').getByRole('link', { name: 'Väggskärmen' }).click();
    await lead.waitForURL(/\/wall$/);
    await lead.getByRole('heading', { name: 'Väggskärmen' }).waitFor();
    await lead.getByText('Väggskärmen växlar mellan vyerna.').waitFor();
    await lead.getByText('Ett varv: 3 min 5 s').waitFor();
    expect(await lead.locator('.wall-scene__name').allInnerTexts()).toEqual([
      'Tavlan',
      'Målen',
      'Nytt och klart',
      'Det som gäller nu',
      'Nulägesanalysen',
      'Väsentlighetsmatrisen',
      'Uppföljning och åtgärder',
    ]);
    const save = lead.getByRole('button', { name: 'Spara växlingen' });
    expect(await save.isDisabled()).toBe(true);

    // "New and done" off, goals 30 → 45 s and first.
    await row(lead, 'Nytt och klart').getByRole('checkbox').uncheck();
    await row(lead, 'Nytt och klart').getByText('Visas inte').waitFor();
    await lead.getByRole('button', { name: 'Längre tid för Målen' }).click();
    await row(lead, 'Målen').getByText('45 s').waitFor();
    await lead.getByRole('button', { name: 'Flytta Målen upp' }).click();
    await lead.getByText('Ett varv: 2 min 55 s').waitFor();
    await lead.getByText('Ändringarna är inte sparade än.').waitFor();
    expect((await lead.locator('.wall-scene__name').allInnerTexts()).slice(0, 2)).toEqual([
      'Målen',
      'Tavlan',
    ]);
    await shot(lead, 'wall-settings-edited');
    await save.click();
    await lead.getByText('Sparat.').waitFor();

    // The server holds the new cycle, the one the wall follows.
    expect((await wallState())?.cycle).toEqual([
      { scene: 'goals', seconds: 45 },
      { scene: 'board', seconds: 40 },
      { scene: 'announcements', seconds: 25 },
      { scene: 'analysis', seconds: 20 },
      { scene: 'matrix', seconds: 20 },
      { scene: 'follow_up', seconds: 25 },
    ]);
    // Opened again, the page shows what was saved.
    await lead.reload();
    await lead.getByText('Ett varv: 2 min 55 s').waitFor();
    expect(await row(lead, 'Nytt och klart').getByRole('checkbox').isChecked()).toBe(false);
    expect(await save.isDisabled()).toBe(true);

    // "Show now": goals on the wall for 15 minutes, then back to the cycle.
    const before = Date.now();
    await row(lead, 'Målen').getByRole('button', { name: 'Visa nu' }).click();
    await lead.getByText('Visa Målen på väggskärmen i:').waitFor();
    await shot(lead, 'wall-settings-show-for');
    await row(lead, 'Målen').getByRole('button', { name: '15 min' }).click();
    await lead.getByText(/^Väggskärmen visar Målen till \d\d:\d\d\.$/).waitFor();
    const shown = await wallState();
    expect(shown?.view).toBe('goals');
    const until = Date.parse(shown?.until ?? '');
    expect(until - before).toBeGreaterThanOrEqual(15 * 60_000 - 1000);
    expect(until - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    await shot(lead, 'wall-settings-showing');
    await lead.getByRole('button', { name: 'Tillbaka till växlingen' }).click();
    await lead.getByText('Väggskärmen växlar mellan vyerna.').waitFor();
    expect((await wallState())?.view).toBe('cycle');

    // The last scene that is on cannot be turned off.
    for (const name of [
      'Tavlan',
      'Det som gäller nu',
      'Nulägesanalysen',
      'Väsentlighetsmatrisen',
      'Uppföljning och åtgärder',
    ])
      await row(lead, name).getByRole('checkbox').uncheck();
    await lead.getByText('Minst en vy måste visas.').waitFor();
    expect(await row(lead, 'Målen').getByRole('checkbox').isDisabled()).toBe(true);
    await lead.getByText('Ett varv: 45 s').waitFor();

    // In English too.
    const english = await (await signedIn('en-GB')).newPage();
    await english.goto(`/m/b/${boardId}/wall`);
    await english.getByText('One round: 2 min 55 s').waitFor();
    await shot(english, 'wall-settings-en');

    // A phone that is no lead is told the page is for leads, and cannot change the cycle.
    const phoneContext = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: PHONE_VIEWPORT,
      locale: 'sv-SE',
      isMobile: true,
    });
    const phone = await phoneContext.newPage();
    await phone.goto(server.joinUrl);
    await phone.waitForURL(/\/m\/b\//);
    await phone.goto(`/m/b/${boardId}/wall`);
    await phone.getByText('Den här sidan är för tavlans teamledare.').waitFor();
    const refused = await phoneContext.request.put(`/api/boards/${boardId}/wall-cycle`, {
      data: { cycle: [{ scene: 'matrix', seconds: 10 }] },
    });
    expect(refused.status()).toBe(401);
    expect((await wallState())?.cycle[0]).toEqual({ scene: 'goals', seconds: 45 });
  }, 180_000); // three sign-ins and two pages, on a busy 2-core machine
});
