import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import type { AdminBoard, Goal, Suggestion } from '@tavla/shared';
import { exampleGoalInput } from '@tavla/shared/testing/fixtures';
import { json, phoneContext } from './support/board-setup.js';
import { KIOSK_VIEWPORT, PHONE_VIEWPORT } from './support/browser.js';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';
import { KEY_FIGURE, RUNNING_TEXT, SMALLEST, measureWall } from './support/wall-measure.js';
import { ENGLISH, PhonePage } from './pages/phone-page.js';

const fixture = useBrowserAndServer();

const ADMIN = { username: 'maria', displayName: 'Maria Lind', password: 'admin password 1' };

/** The figure under a board's count ("New", "In progress", "Done, 30 days"). */
const count = (board: Locator, label: string) =>
  board.locator('.site-board__counts > div').filter({ hasText: label }).locator('dd');

describe('many boards, one site', () => {
  it('a site wall shows two boards live', async () => {
    const { browser, server } = fixture;
    const code = /\b([A-Z2-9]{4}(?:-[A-Z2-9]{4}){3})\b/.exec(server.output())?.[1] ?? '';

    // The admin, on a phone in English: the first board came with the server, a second one
    // (in English) is made now, with a goal and a number of employees on the first.
    const adminContext = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: PHONE_VIEWPORT,
      locale: 'en-US',
    });
    const api = adminContext.request;
    const setup = await json<{ user: { boardIds: string[] } }>(
      await api.post('/api/setup', { data: { code, ...ADMIN } }),
    );
    const firstId = setup.user.boardIds[0] ?? '';
    const second = await json<AdminBoard>(
      await api.post('/api/admin/boards', { data: { name: 'Packing line 7', language: 'en' } }),
    );
    await json(await api.put(`/api/boards/${firstId}/employees`, { data: { employees: 8 } }));
    const goal = await json<Goal>(
      await api.post(`/api/boards/${firstId}/goals`, { data: exampleGoalInput }),
    );
    await json(
      await api.put(`/api/boards/${firstId}/goals/${goal.id}/state`, {
        data: { state: 'active' },
      }),
    );
    await json(
      await api.post(`/api/boards/${firstId}/goals/${goal.id}/measurements`, {
        data: { value: 10.5, date: '2026-11-15' },
      }),
    );

    // The overview: both boards, and the site wall's settings below them.
    const admin = await adminContext.newPage();
    await admin.goto('/m/site');
    await admin.getByRole('heading', { name: 'All boards' }).waitFor();
    const cards = admin.locator('.site-card');
    await expect.poll(() => cards.count()).toBe(2);
    await admin.getByText('No screen yet').first().waitFor();
    await admin.screenshot({ path: `${ARTIFACTS}site-overview-phone.png`, fullPage: true });

    await admin.getByLabel('Heading on the screen').fill('Our factory');
    for (const box of await admin.locator('.site-check input[type="checkbox"]').all()) {
      await box.check();
    }
    await admin.getByRole('radio', { name: 'Side by side' }).check();
    await admin.getByLabel('The screen’s language').selectOption('en');
    await admin.getByRole('button', { name: 'Save the site wall' }).click();
    await admin.getByText('Saved. The screen shows it within seconds.').waitFor();
    const siteUrl = (await admin.locator('.site-form__link code').textContent()) ?? '';
    expect(siteUrl).toMatch(/\/board\/site\/\?key=[\w-]{32}$/);

    // The site wall at 1920×1080.
    const wallContext = await browser.newContext({ viewport: KIOSK_VIEWPORT });
    const wall = await wallContext.newPage();
    await wall.goto(siteUrl);
    await wall.getByRole('heading', { name: 'Our factory' }).waitFor();
    const firstBoard = wall.getByRole('article', { name: 'Hållbarhetstavla' });
    const secondBoard = wall.getByRole('article', { name: 'Packing line 7' });
    await firstBoard.waitFor();
    await secondBoard.waitFor();
    await wall.locator('.connection--live').waitFor();
    expect(await count(firstBoard, 'New').textContent()).toBe('0');
    expect(await count(secondBoard, 'New').textContent()).toBe('0');

    // A phone posts on each board; the open site wall shows both within seconds.
    const phones = await phoneContext(browser, server.baseUrl, 'en-US');
    const phone = new PhonePage(await phones.newPage());
    await phone.open(server.joinUrl);
    await phone.post(
      { text: 'Sliding doors on the freezer room', dimension: 'Ecological' },
      ENGLISH,
    );
    const otherPhones = await phoneContext(browser, server.baseUrl, 'en-US');
    const other = new PhonePage(await otherPhones.newPage());
    await other.open(second.joinUrl);
    await other.post(
      { text: 'Reuse the pallets from the supplier', dimension: 'Economic' },
      ENGLISH,
    );
    await expect.poll(() => count(firstBoard, 'New').textContent(), { timeout: 15_000 }).toBe('1');
    await expect.poll(() => count(secondBoard, 'New').textContent(), { timeout: 15_000 }).toBe('1');

    // The lead of the first board moves its suggestion to done: the site wall follows.
    const posted = await json<{ suggestions: Suggestion[] }>(
      await api.get(`/api/boards/${firstId}/snapshot`),
    );
    const doors = posted.suggestions.find((s) => s.text.startsWith('Sliding doors'));
    if (!doors) throw new Error('the posted suggestion is missing');
    await json(
      await api.put(`/api/boards/${firstId}/suggestions/${doors.id}/status`, {
        data: { status: 'done' },
      }),
    );
    await firstBoard
      .locator('.site-board__done')
      .getByText('Sliding doors on the freezer room')
      .waitFor({ timeout: 15_000 });
    expect(await count(firstBoard, 'New').textContent()).toBe('0');
    expect(await count(firstBoard, 'Done, 30 days').textContent()).toBe('1');
    // 1 contributing phone of 8 employees this quarter: 12.5 %.
    await firstBoard.getByText('12.5 %').waitFor();
    await firstBoard.getByText('50 %').waitFor();

    // Readable from 5 m: nothing under 28 px, running text ≥ 40 px, key figures ≥ 56 px,
    // nothing cut or off the screen.
    const report = await measureWall(
      wall,
      ['.site-goal__title', '.site-board__done p', '.site-board__participation p', '.site-muted'],
      ['.site-figure', '.site-goal__percent', '.site-board__name'],
    );
    expect(report.texts.filter((t) => t.px < SMALLEST - 0.05)).toEqual([]);
    expect(report.running.filter((t) => t.px < RUNNING_TEXT - 0.05)).toEqual([]);
    expect(report.figures.filter((t) => t.px < KEY_FIGURE - 0.05)).toEqual([]);
    expect(report.running.length).toBeGreaterThan(3);
    expect(report.figures.length).toBeGreaterThan(6);
    expect(report.texts.filter((t) => t.clipped)).toEqual([]);
    expect(report.texts.filter((t) => t.offScreen)).toEqual([]);
    expect(report.oddGlyphs).toEqual([]);
    expect(report.connectionInSight).toBe(true);
    await wall.screenshot({ path: `${ARTIFACTS}site-wall-1920.png` });

    // The first board's own wall screen comes on (it says it is alive when it connects); the
    // overview, on a desktop now, shows it live.
    const boardWall = await wallContext.newPage();
    await boardWall.goto(server.kioskUrl);
    await boardWall.locator('.connection--live').waitFor();
    await admin.setViewportSize({ width: 1280, height: 900 });
    await expect
      .poll(
        async () => {
          await admin.reload();
          await admin.locator('.site-card').first().waitFor();
          return admin.getByText('1 screen live').count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    await admin.screenshot({ path: `${ARTIFACTS}site-overview-desktop.png`, fullPage: true });

    // A phone that joined both boards chooses between them.
    await phone.open(second.joinUrl);
    await phone.page.goto('/m/');
    await phone.page.getByRole('heading', { name: 'Choose a board' }).waitFor();
    const choices = phone.page.locator('.chooser__board');
    await expect.poll(() => choices.count()).toBe(2);
    await phone.page.screenshot({ path: `${ARTIFACTS}site-chooser-phone.png` });
    await choices.filter({ hasText: 'Packing line 7' }).click();
    await phone.page.waitForURL(new RegExp(`/m/b/${second.board.id}$`));

    // A new key cuts the open site wall off; it says so in both languages.
    await admin.getByRole('button', { name: 'New screen link' }).click();
    await admin.getByRole('button', { name: 'Yes, replace' }).click();
    await admin.getByText('New link. Open it on the screen.').waitFor();
    await wall.getByText('This link was replaced', { exact: false }).waitFor({ timeout: 15_000 });
    await wall.getByText('Den här länken har bytts ut', { exact: false }).waitFor();
  }, 240_000);
});
