import { describe, expect, it } from 'vitest';
import { KIOSK_VIEWPORT, PHONE_VIEWPORT } from './support/browser.js';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';
import { adminWithLead, json } from './support/board-setup.js';
import { KioskPage } from './pages/kiosk-page.js';

const fixture = useBrowserAndServer();

const GOALS = [
  {
    title: 'Mindre energi per producerad enhet',
    dimension: 'ecological',
    metric: 'Energi per enhet',
    unit: 'kWh',
    baselineValue: 12,
    targetValue: 9,
    direction: 'decrease',
    values: [11.6, 11.1, 10.7],
  },
  {
    title: 'Mindre restavfall',
    dimension: 'ecological',
    metric: 'Restavfall per vecka',
    unit: 'kg',
    baselineValue: 400,
    targetValue: 250,
    direction: 'decrease',
    values: [390, 385],
  },
  {
    title: 'Lägre kassation i pressen',
    dimension: 'economic',
    metric: 'Kasserade detaljer',
    unit: '%',
    baselineValue: 4.2,
    targetValue: 2,
    direction: 'decrease',
    values: [3.1, 2.6],
  },
  {
    title: 'All personal utbildad i hållbarhet',
    dimension: 'social',
    metric: 'Andel utbildade',
    unit: '%',
    baselineValue: 20,
    targetValue: 100,
    direction: 'increase',
    values: [30, 34],
  },
] as const;

describe('goals', () => {
  it('a lead drafts a SMART goal, puts it up, records a measurement, and the wall’s bar moves', async () => {
    const { browser, server } = fixture;
    const { boardId } = await adminWithLead(browser, server);

    // Four goals set up through the API (with history), and a full board of suggestions.
    const lead = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: PHONE_VIEWPORT,
      locale: 'sv-SE',
      isMobile: true,
    });
    await json(
      await lead.request.post('/api/auth/login', {
        data: { username: 'erik', password: 'erik password 1' },
      }),
    );
    for (const goal of GOALS) {
      const { values, ...fields } = goal;
      const created = await json<{ id: string }>(
        await lead.request.post(`/api/boards/${boardId}/goals`, {
          data: {
            ...fields,
            description: 'Ett av teamets mål för året.',
            focusArea: '',
            baselineDate: '2026-08-01',
            deadline: '2027-06-30',
            responsible: 'Erik Berg',
            achievableConfirmed: true,
            achievableNote: '',
          },
        }),
      );
      await json(
        await lead.request.put(`/api/boards/${boardId}/goals/${created.id}/state`, {
          data: { state: 'active' },
        }),
      );
      for (const [i, value] of values.entries()) {
        await json(
          await lead.request.post(`/api/boards/${boardId}/goals/${created.id}/measurements`, {
            data: { value, date: `2026-${String(9 + i).padStart(2, '0')}-15` },
          }),
        );
      }
    }
    // Two employees' phones (one phone posting a dozen suggestions in seconds is what the
    // per-phone rate limit stops).
    const phones = [];
    for (let i = 0; i < 2; i += 1) {
      const phone = (await browser.newContext({ baseURL: server.baseUrl })).request;
      const joined = await phone.get(server.joinUrl, { maxRedirects: 0 });
      expect(joined.status()).toBe(302);
      phones.push(phone);
    }
    const statuses = [
      'new',
      'new',
      'new',
      'new',
      'under_review',
      'under_review',
      'planned',
      'planned',
      'in_progress',
      'in_progress',
      'done',
      'done',
      'new',
      'new',
    ];
    for (const [i, status] of statuses.entries()) {
      const suggestion = await json<{ id: string }>(
        await phones[i % 2]!.post(`/api/boards/${boardId}/suggestions`, {
          data: {
            id: crypto.randomUUID(),
            text: `Förslag nummer ${i + 1}: ${['Släck lamporna i lagret', 'Laga läckan i tryckluften', 'Sortera pappen', 'Ståmattor vid packningen'][i % 4]}`,
            dimension: (['ecological', 'economic', 'social'] as const)[i % 3],
          },
        }),
      );
      if (status !== 'new')
        await json(
          await lead.request.put(`/api/boards/${boardId}/suggestions/${suggestion.id}/status`, {
            data: { status },
          }),
        );
    }

    const kioskContext = await browser.newContext({ viewport: KIOSK_VIEWPORT });
    const kiosk = new KioskPage(await kioskContext.newPage());
    await kiosk.open(server.kioskUrl);
    // The wall cycles through its scenes; the lead puts the goals on it now.
    await json(
      await lead.request.put(`/api/boards/${boardId}/wall-view`, {
        data: { view: 'goals', minutes: 15 },
      }),
    );
    await kiosk.page.getByRole('region', { name: 'Våra mål' }).waitFor();

    // The fifth goal through the phone's SMART form.
    const page = await lead.newPage();
    await page.goto(`/m/b/${boardId}/goals/new`);
    await page.getByLabel('Mål (kort och tydligt)').fill('Färre arbetsskador');
    await page.getByLabel('Varför är det viktigt?').fill('Alla ska gå hem lika friska som de kom.');
    await page.getByLabel('Vad mäts?').fill('Rapporterade skador per kvartal');
    await expect.poll(() => page.locator('.smart__letter--met').count()).toBe(2); // S and R
    await page.screenshot({ path: `${ARTIFACTS}goal-form.png`, fullPage: true });
    await page.getByLabel('Enhet').fill('st');
    await page.getByLabel('Utgångsvärde').fill('8');
    await page.getByLabel('Utgångsdatum').fill('2026-08-01');
    await page.getByLabel('Målvärde').fill('2');
    await page.getByLabel('Vi bedömer att målet går att nå').check();
    await page.getByLabel('Del av hållbarheten').selectOption('social');
    await page.getByLabel('Klart senast').fill('2027-06-30');
    await expect.poll(() => page.locator('.smart__letter--met').count()).toBe(5);
    await page.getByRole('button', { name: 'Spara målet' }).click();
    await page.getByRole('heading', { name: 'Färre arbetsskador', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Sätt upp på tavlan' }).click();

    // Five goals take two pages (three big ones a page), turned by the wall itself: the new
    // one shows within the scene's time.
    const tile = kiosk.page.getByRole('article', { name: 'Färre arbetsskador' });
    await tile.waitFor({ timeout: 40_000 });
    const bar = tile.getByRole('progressbar');
    expect(await bar.getAttribute('aria-valuenow')).toBe('0');

    await page.getByLabel('Värde (st)').fill('5');
    await page.getByRole('button', { name: 'Spara mätvärdet' }).click();
    await expect
      .poll(() => bar.getAttribute('aria-valuenow', { timeout: 40_000 }), { timeout: 45_000 })
      .toBe('50');
    await tile.locator('.goal__value', { hasText: '5' }).waitFor({ timeout: 40_000 });
    await tile.locator('.goal__target-value', { hasText: '2' }).waitFor({ timeout: 40_000 });
    await kiosk.hasNoScrollbars();
    await kiosk.page.waitForTimeout(1300); // let the bar's CSS transition finish for the picture
    await kiosk.page.screenshot({ path: `${ARTIFACTS}kiosk-goals.png` });

    // A sixth goal does not fit on the wall.
    const sixth = await json<{ id: string }>(
      await lead.request.post(`/api/boards/${boardId}/goals`, {
        data: {
          title: 'Ett sjätte mål',
          description: 'Ett mål för mycket på tavlan.',
          dimension: 'economic',
          focusArea: '',
          metric: 'x',
          unit: 'st',
          baselineValue: 1,
          baselineDate: '2026-08-01',
          targetValue: 2,
          direction: 'increase',
          deadline: '2027-06-30',
          responsible: '',
          achievableConfirmed: true,
          achievableNote: '',
        },
      }),
    );
    const refused = await lead.request.put(`/api/boards/${boardId}/goals/${sixth.id}/state`, {
      data: { state: 'active' },
    });
    expect(refused.status()).toBe(409);
    await kioskContext.close();
    await lead.close();
  });
});
