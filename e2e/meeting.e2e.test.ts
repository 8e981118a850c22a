import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { APIRequestContext, Page } from 'playwright-core';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';
import { adminWithLead, json, leadPhone, phoneContext } from './support/board-setup.js';
import { PhonePage, SWEDISH } from './pages/phone-page.js';

const fixture = useBrowserAndServer();

/** Where the screenshots people look at for issue 13's board meeting also go. */
const SHOTS = '/tmp/meeting-shots/';
const DAY = 24 * 60 * 60 * 1000;

async function shot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: `${ARTIFACTS}${name}`, fullPage });
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(`${ARTIFACTS}${name}`, `${SHOTS}${name}`);
}

async function post(
  phone: APIRequestContext,
  boardId: string,
  text: string,
  dimension: string,
): Promise<string> {
  const created = await json<{ id: string }>(
    await phone.post(`/api/boards/${boardId}/suggestions`, {
      data: { id: crypto.randomUUID(), text, dimension },
    }),
  );
  return created.id;
}

describe('the weekly board meeting (issue 13, step 7)', () => {
  it('a lead starts a meeting, sees a phone’s new suggestion marked new, decides a waiting one with one tap, and the board follows', async () => {
    const { browser, server } = fixture;
    const { boardId } = await adminWithLead(browser, server);
    const leadContext = await leadPhone(browser, server.baseUrl);

    // The board's history: a goal (nothing measured yet), suggestions from two phones, two of
    // them posted long ago and still waiting for a decision, one already planned.
    const today = new Date().toISOString().slice(0, 10);
    const goal = await json<{ id: string }>(
      await leadContext.request.post(`/api/boards/${boardId}/goals`, {
        data: {
          title: 'Mindre energi per producerad enhet',
          description: 'Energin är vår största kostnad.',
          dimension: 'ecological',
          focusArea: '',
          metric: 'Energi per enhet',
          unit: 'kWh',
          baselineValue: 12,
          baselineDate: new Date(Date.now() - 60 * DAY).toISOString().slice(0, 10),
          targetValue: 9,
          direction: 'decrease',
          deadline: new Date(Date.now() + 80 * DAY).toISOString().slice(0, 10),
          responsible: 'Erik Berg',
          achievableConfirmed: true,
          achievableNote: '',
        },
      }),
    );
    await json(
      await leadContext.request.put(`/api/boards/${boardId}/goals/${goal.id}/state`, {
        data: { state: 'active' },
      }),
    );
    const colleague = await phoneContext(browser, server.baseUrl);
    await (await colleague.newPage()).goto(server.joinUrl);
    const waitingId = await post(
      colleague.request,
      boardId,
      'Automatiska skjutdörrar till frysrummet så att kylan stannar inne',
      'ecological',
    );
    const olderId = await post(
      colleague.request,
      boardId,
      'Bättre belysning vid lastkajen på kvällarna',
      'social',
    );
    const plannedId = await post(
      colleague.request,
      boardId,
      'Sortera wellpapp separat vid packstation 2',
      'economic',
    );
    await json(
      await leadContext.request.put(`/api/boards/${boardId}/suggestions/${plannedId}/status`, {
        data: { status: 'planned' },
      }),
    );
    await json(
      await leadContext.request.post(`/api/boards/${boardId}/goals/${goal.id}/measurements`, {
        data: { value: 10.4, date: today },
      }),
    );
    // Two of them were posted 12 and 9 days ago, the goal has been active for a month, and an
    // action of the last follow-up is past its date (the follow-up that decides actions is
    // another part of the issue).
    const db = new Database(join(server.dataDir, 'tavla.db'));
    db.prepare('UPDATE goals SET state_changed_at = ? WHERE id = ?').run(
      new Date(Date.now() - 30 * DAY).toISOString(),
      goal.id,
    );
    const setCreated = db.prepare('UPDATE suggestions SET created_at = ? WHERE id = ?');
    setCreated.run(new Date(Date.now() - 12 * DAY).toISOString(), waitingId);
    setCreated.run(new Date(Date.now() - 9 * DAY).toISOString(), olderId);
    db.prepare(
      `INSERT INTO actions (id, board_id, text, owner, due_date, state, created_at)
       VALUES ('e2e-action-0001', ?, 'Byt tätningslisten på frysrumsdörren', 'Anna', ?, 'open', ?)`,
    ).run(
      boardId,
      new Date(Date.now() - 3 * DAY).toISOString().slice(0, 10),
      new Date(Date.now() - 30 * DAY).toISOString(),
    );
    db.close();

    // An employee's phone has the board open.
    const employee = new PhonePage(await (await phoneContext(browser, server.baseUrl)).newPage());
    await employee.open(server.joinUrl);
    await employee.page.waitForURL(/\/m\/b\//);
    await employee.listItem('Automatiska skjutdörrar').waitFor();

    // The lead opens the meeting from the lead page and starts it.
    const lead = await leadContext.newPage();
    await lead.goto('/m/lead');
    await lead
      .getByRole('link', { name: /Tavelmöte/ })
      .first()
      .click();
    await lead.waitForURL(/\/meeting$/);
    await lead.getByRole('button', { name: 'Starta tavelmöte' }).click();
    await lead.getByText(/Tavelmöte pågår sedan/).waitFor();
    await lead.getByRole('button', { name: 'Avsluta' }).waitFor();

    // Every phone learns of it: the board page shows the live meeting's card.
    const card = employee.page.getByRole('link', { name: /Tavelmöte pågår/ });
    await card.waitFor();
    await shot(employee.page, 'meeting-card.png');

    // A phone posts a suggestion; the lead's list shows it at once, marked new.
    await employee.post(
      { text: 'Stäng av kompressorn på helgerna när frysen är tom', dimension: 'Ekologisk' },
      SWEDISH,
    );
    const newItem = lead
      .locator('.meeting-section')
      .filter({ hasText: 'Nya förslag' })
      .getByRole('listitem')
      .filter({ hasText: 'Stäng av kompressorn' });
    await newItem.waitFor();
    await expect(newItem.locator('.meeting-mark').textContent()).resolves.toBe('NY');

    // The bottleneck: the two old suggestions, oldest first, with their days.
    const waiting = lead.locator('.meeting-section').filter({ hasText: 'Väntar på beslut' });
    await expect(
      waiting
        .getByRole('listitem')
        .evaluateAll((items) =>
          items.map((item) => item.querySelector('.item__text a')?.textContent),
        ),
    ).resolves.toEqual([
      'Automatiska skjutdörrar till frysrummet så att kylan stannar inne',
      'Bättre belysning vid lastkajen på kvällarna',
    ]);
    await waiting.getByText('Har väntat 12 dagar').waitFor();
    // The goal measured since then changed status (at risk then, on track now); the overdue
    // action is listed.
    const goalLine = lead
      .locator('.meeting-section')
      .filter({ hasText: 'Mål som bytt läge' })
      .getByRole('listitem');
    await expect(goalLine.locator('.goal-status').allTextContents()).resolves.toEqual([
      'Risk',
      'I fas',
    ]);
    await lead.getByText('Byt tätningslisten på frysrumsdörren').waitFor();
    await shot(lead, 'meeting-lead.png');
    await shot(lead, 'meeting-lead-full.png', true);

    // One tap decides the oldest: it leaves the bottleneck and shows as changed.
    const doors = waiting.getByRole('listitem').filter({ hasText: 'Automatiska skjutdörrar' });
    await doors.getByRole('button', { name: 'Planerad' }).click();
    await expect.poll(() => waiting.getByRole('listitem').count(), { timeout: 10_000 }).toBe(1);
    const changed = lead
      .locator('.meeting-section')
      .filter({ hasText: 'Bytt status' })
      .getByRole('listitem')
      .filter({ hasText: 'Automatiska skjutdörrar' });
    await changed.getByText('ÄNDRAD').waitFor();
    await expect(changed.locator('.chip').allTextContents()).resolves.toEqual(['Ny', 'Planerad']);

    // "Not doing" asks for its reason first.
    const light = waiting.getByRole('listitem').filter({ hasText: 'Bättre belysning' });
    await light.getByRole('button', { name: 'Görs inte …' }).click();
    await light
      .getByLabel(/Varför görs det inte/)
      .fill('Lastkajen byggs om i vår, då kommer ny belysning');
    await light.getByRole('button', { name: 'Spara' }).click();
    await lead.getByText(/Inga förslag har väntat mer än 7 dagar/).waitFor();

    // The board follows: the employee's phone shows the new status.
    await employee.listItem('Automatiska skjutdörrar').getByText('Planerad').waitFor();

    // The employee reads the same list, without the lead's buttons.
    await card.click();
    await employee.page.waitForURL(/\/meeting$/);
    await employee.page.getByText('Stäng av kompressorn på helgerna').waitFor();
    await employee.page.getByText('Teamledaren går igenom listan').waitFor();
    await expect(employee.page.getByRole('button', { name: 'Planerad' }).count()).resolves.toBe(0);
    await shot(employee.page, 'meeting-phone.png');

    // The wall's view of the same review, with its display key.
    const key = new URL(server.kioskUrl).searchParams.get('key') ?? '';
    const wallReview = await json<{ meeting: { id: string } | null; newSuggestions: unknown[] }>(
      await colleague.request.get(`/api/boards/${boardId}/meeting`, {
        headers: { 'x-display-key': key },
      }),
    );
    expect(wallReview.meeting).not.toBeNull();
    // Posted in the window (the last 7 days): the planned one and the one posted just now.
    expect(wallReview.newSuggestions).toHaveLength(2);

    // The lead sets the weekly meeting: Tuesday 09:30, 15 minutes; every screen learns it.
    await lead.getByLabel('Veckodag').selectOption({ label: 'tisdag' });
    await lead.getByLabel('Klockan').fill('09:30');
    await lead.getByLabel('Minuter').fill('15');
    await lead.getByRole('button', { name: 'Spara tiden' }).click();
    await lead.getByText('tisdag kl. 09:30, 15 minuter').waitFor();

    // Ending it takes the card away from every phone.
    await lead.getByRole('button', { name: 'Avsluta' }).click();
    await lead.getByRole('button', { name: 'Starta tavelmöte' }).waitFor();
    await employee.page.goto(`/m/b/${boardId}`);
    await employee.listItem('Automatiska skjutdörrar').waitFor();
    await expect(
      employee.page.getByRole('link', { name: /Tavelmöte pågår/ }).count(),
    ).resolves.toBe(0);
  }, 180_000);
});
