import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { KIOSK_VIEWPORT, PHONE_VIEWPORT } from './support/browser.js';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';
import { KioskPage } from './pages/kiosk-page.js';
import { PhonePage, SWEDISH } from './pages/phone-page.js';

const fixture = useBrowserAndServer();

describe('status workflow, live', () => {
  it('a lead moves an employee’s suggestion to In progress and Done; kiosk and author see it live', async () => {
    // Set-up through the API: the admin (with the printed code) creates a lead for the board.
    const code = /\b([A-Z2-9]{4}(?:-[A-Z2-9]{4}){3})\b/.exec(fixture.server.output())?.[1] ?? '';
    const adminContext = await fixture.browser.newContext({ baseURL: fixture.server.baseUrl });
    const setup = await adminContext.request.post('/api/setup', {
      data: { code, username: 'maria', displayName: 'Maria', password: 'admin password 1' },
    });
    expect(setup.status()).toBe(201);
    const boardId = ((await setup.json()) as { user: { boardIds: string[] } }).user.boardIds[0];
    const lead = await adminContext.request.post('/api/admin/users', {
      data: {
        username: 'erik',
        displayName: 'Erik Berg',
        password: 'erik password 1',
        boardIds: [boardId],
      },
    });
    expect(lead.status()).toBe(201);

    const kioskContext = await fixture.browser.newContext({ viewport: KIOSK_VIEWPORT });
    const kiosk = new KioskPage(await kioskContext.newPage());
    await kiosk.open(fixture.server.kioskUrl);

    const authorContext = await fixture.browser.newContext({
      viewport: PHONE_VIEWPORT,
      locale: 'sv-SE',
      isMobile: true,
    });
    const author = new PhonePage(await authorContext.newPage());
    await author.open(fixture.server.joinUrl);
    const text = 'Automatiska skjutdörrar till frysrummet';
    await author.post({ text, dimension: 'Ekologisk', name: 'Aino' }, SWEDISH);
    await kiosk.waitForCard(text);
    for (const other of ['Ståmattor vid packstation 4', 'Stäng av tryckluften över helgen']) {
      await author.post({ text: other, dimension: 'Social' }, SWEDISH);
      await kiosk.waitForCard(other);
    }

    const leadContext = await fixture.browser.newContext({
      viewport: PHONE_VIEWPORT,
      locale: 'en-GB',
      isMobile: true,
    });
    const leadPage = await leadContext.newPage();
    await leadPage.goto(`${fixture.server.baseUrl}/m/login`);
    await leadPage.getByLabel('Username').fill('erik');
    await leadPage.getByLabel('Password').fill('erik password 1');
    await leadPage.getByRole('button', { name: 'Sign in' }).click();
    await leadPage.getByRole('link', { name: 'Open the board' }).click();
    await leadPage.getByRole('link', { name: text }).click();
    await leadPage.getByRole('heading', { name: 'Change status' }).waitFor();
    // The wall cycles through its scenes; the lead puts the board on it while the team watches
    // the columns ("show on wall").
    const shown = await leadContext.request.put(
      `${fixture.server.baseUrl}/api/boards/${boardId}/wall-view`,
      { data: { view: 'board', minutes: 15 } },
    );
    expect(shown.status()).toBe(200);

    await leadPage.getByLabel('New status').selectOption({ label: 'In progress' });
    await leadPage.getByLabel('Comment (optional)').fill('Ordered from the supplier');
    await leadPage.getByRole('button', { name: 'Save status' }).click();
    await leadPage.getByText('New → In progress').waitFor();
    await leadPage.screenshot({ path: `${ARTIFACTS}lead-status.png`, fullPage: true });

    // Live on the wall (Pågår column) and on the author's phone (a notice).
    await kiosk.column('Pågår').locator('article.card', { hasText: text }).waitFor();
    expect(await kiosk.column('Ny').locator('article.card', { hasText: text }).count()).toBe(0);
    await author.page.getByText(`Ditt förslag ”${text}” är nu: Pågår`).waitFor();
    await author.listItem(text).getByText('Pågår').waitFor();

    // A second lead change moves the card on: the author is told again and the wall celebrates Done.
    await author.post({ text: 'LED-belysning i lagret', dimension: 'Ekonomisk' }, SWEDISH);
    await leadPage.getByLabel('New status').selectOption({ label: 'Done' });
    await leadPage.getByRole('button', { name: 'Save status' }).click();
    await kiosk.page.getByText('Klart!').waitFor();
    await kiosk.column('Klar').locator('article.card', { hasText: text }).waitFor();
    await author.page.getByText(`Ditt förslag ”${text}” är nu: Klar`).waitFor();
    await author.page.getByRole('button', { name: /My suggestions|Mina förslag/ }).click();
    await author.page.screenshot({ path: `${ARTIFACTS}author.png`, fullPage: true });

    // The author follows the timeline on their phone.
    await author.page.getByRole('link', { name: `Ditt förslag ”${text}” är nu: Klar` }).click();
    await author.page.getByText('Pågår → Klar').waitFor();
    await author.page.getByText('Ordered from the supplier').waitFor();

    await kiosk.page.getByText('Klart!').waitFor({ state: 'detached', timeout: 15_000 });
    await leadPage.goto(`${fixture.server.baseUrl}/m/b/${boardId}`);
    await leadPage.getByRole('link', { name: 'Ståmattor vid packstation 4' }).click();
    await leadPage.getByLabel('New status').selectOption({ label: 'Planned' });
    await leadPage.getByRole('button', { name: 'Save status' }).click();
    await kiosk.column('Planerad').locator('article.card').first().waitFor();
    await kiosk.page.screenshot({ path: `${ARTIFACTS}kiosk-columns.png` });
    await Promise.all([
      adminContext.close(),
      kioskContext.close(),
      authorContext.close(),
      leadContext.close(),
    ]);
  });

  it('"me too" and comments show up live, with exact counts', async () => {
    const kioskContext = await fixture.browser.newContext({ viewport: KIOSK_VIEWPORT });
    const kiosk = new KioskPage(await kioskContext.newPage());
    await kiosk.open(fixture.server.kioskUrl);
    const authorContext = await fixture.browser.newContext({
      viewport: PHONE_VIEWPORT,
      locale: 'en-US',
    });
    const author = new PhonePage(await authorContext.newPage());
    await author.open(fixture.server.joinUrl);
    const text = 'Collect the pallet wrap for recycling';
    await author.post({ text, dimension: 'Ecological' });
    await kiosk.waitForCard(text);
    // Your own suggestion has no "me too" button.
    expect(
      await author
        .listItem(text)
        .getByRole('button', { name: /Me too/ })
        .count(),
    ).toBe(0);

    const colleagueContext = await fixture.browser.newContext({
      viewport: PHONE_VIEWPORT,
      locale: 'en-US',
    });
    const colleague = new PhonePage(await colleagueContext.newPage());
    await colleague.open(fixture.server.joinUrl);
    const metoo = colleague.listItem(text).getByRole('button', { name: /Me too/ });
    await metoo.click();
    await expect.poll(() => metoo.getAttribute('aria-pressed')).toBe('true');
    await kiosk
      .card(text)
      .getByLabel('1 agree')
      .or(kiosk.card(text).getByLabel('1 håller med'))
      .waitFor();
    await author.listItem(text).getByText('1 agree').waitFor();

    // Toggling back takes the vote away again, everywhere.
    await metoo.click();
    await author.listItem(text).getByText('0 agree').waitFor();
    await metoo.click();
    await author.listItem(text).getByText('1 agree').waitFor();
    // It survives a reload: the server remembers this phone's vote.
    await colleague.page.reload();
    await expect
      .poll(() =>
        colleague
          .listItem(text)
          .getByRole('button', { name: /Me too/ })
          .getAttribute('aria-pressed'),
      )
      .toBe('true');

    await colleague.page.getByRole('link', { name: text }).click();
    await colleague.page.getByLabel('Your comment').fill('We could bale it next to the dock');
    await colleague.page.getByRole('button', { name: 'Send comment' }).click();
    await colleague.page.getByText('We could bale it next to the dock').waitFor();
    await kiosk
      .card(text)
      .getByLabel(/^1 (comments|kommentarer)$/)
      .waitFor();
    await author.listItem(text).locator('a.comments-link', { hasText: '1' }).waitFor();
    await kiosk.page.screenshot({ path: `${ARTIFACTS}kiosk-tallies.png` });
    await Promise.all([kioskContext.close(), authorContext.close(), colleagueContext.close()]);
  });

  it('a phone photo is shrunk before upload and shows as a thumbnail on the wall', async () => {
    // A 12-megapixel camera photo with detail, so it does not compress to nothing.
    const noise = Buffer.alloc(4000 * 3000 * 3);
    for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 2654435761) >>> 24;
    const file = join(mkdtempSync(join(tmpdir(), 'tavla-photo-')), 'camera.jpg');
    await sharp(noise, { raw: { width: 4000, height: 3000, channels: 3 } })
      .jpeg({ quality: 92 })
      .toFile(file);
    const originalBytes = statSync(file).size;

    const kioskContext = await fixture.browser.newContext({ viewport: KIOSK_VIEWPORT });
    const kiosk = new KioskPage(await kioskContext.newPage());
    await kiosk.open(fixture.server.kioskUrl);
    const phoneContext = await fixture.browser.newContext({
      viewport: PHONE_VIEWPORT,
      locale: 'en-US',
    });
    const phone = new PhonePage(await phoneContext.newPage());
    await phone.open(fixture.server.joinUrl);

    // Record what the phone app hands to fetch() for the photo upload (CDP does not expose
    // Blob request bodies).
    await phone.page.evaluate(() => {
      const original = window.fetch.bind(window);
      const record = globalThis as unknown as { photoBytes?: number };
      window.fetch = (input, init) => {
        if (
          init?.method === 'PUT' &&
          (typeof input === 'string'
            ? input
            : input instanceof URL
              ? input.href
              : input.url
          ).endsWith('/photo') &&
          init.body instanceof Blob
        ) {
          record.photoBytes = init.body.size;
        }
        return original(input, init);
      };
    });
    const uploaded = () =>
      phone.page.evaluate(() => (globalThis as unknown as { photoBytes?: number }).photoBytes ?? 0);
    await phone.page.getByLabel('Add a photo (optional)').setInputFiles(file);
    await phone.page.getByRole('img', { name: 'The photo that goes with it' }).waitFor();
    await phone.post({ text: 'Oil on the floor by press 3', dimension: 'Social' });
    await phone.page.getByText('Thank you! Your suggestion is on the board now.').waitFor();

    const thumb = kiosk.card('Oil on the floor by press 3').locator('img.card__thumb');
    await thumb.waitFor();
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
    const uploadedBytes = await uploaded();
    expect(uploadedBytes).toBeGreaterThan(0);
    expect(uploadedBytes).toBeLessThan(originalBytes / 4);
    console.log(`12 MP photo: ${originalBytes} bytes on disk, ${uploadedBytes} bytes uploaded`);
    await kiosk.page.screenshot({ path: `${ARTIFACTS}kiosk-photo.png` });
    await Promise.all([kioskContext.close(), phoneContext.close()]);
  });

  it('a photo picked just before tapping send goes with that suggestion, never the next', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tavla-photo-')), 'leak.jpg');
    await sharp({
      create: { width: 1200, height: 900, channels: 3, background: { r: 40, g: 120, b: 200 } },
    })
      .jpeg()
      .toFile(file);
    const kioskContext = await fixture.browser.newContext({ viewport: KIOSK_VIEWPORT });
    const kiosk = new KioskPage(await kioskContext.newPage());
    await kiosk.open(fixture.server.kioskUrl);
    const phoneContext = await fixture.browser.newContext({
      viewport: PHONE_VIEWPORT,
      locale: 'en-US',
    });
    // A slow phone: shrinking the photo waits until the test lets it go, so the tap on send
    // lands while the photo is still being prepared (deterministically, without sleeps).
    await phoneContext.addInitScript(() => {
      const gate = globalThis as unknown as { releasePhoto?: () => void };
      const released = new Promise<void>((resolve) => (gate.releasePhoto = resolve));
      const original = window.createImageBitmap.bind(window);
      window.createImageBitmap = async (image: ImageBitmapSource, options?: ImageBitmapOptions) => {
        await released;
        return original(image, options);
      };
    });
    const phone = new PhonePage(await phoneContext.newPage());
    await phone.open(fixture.server.joinUrl);

    const withPhoto = 'Dripping valve under the paint line';
    await phone.page.getByLabel('Your suggestion').fill(withPhoto);
    await phone.page.getByRole('radio', { name: 'Ecological' }).check();
    await phone.page.getByLabel('Add a photo (optional)').setInputFiles(file);
    await phone.page.getByRole('button', { name: 'Send suggestion' }).click();
    // The send waits for the photo and says so.
    await phone.page.getByRole('button', { name: 'Preparing the photo …' }).waitFor();
    await phone.page.screenshot({ path: `${ARTIFACTS}phone-photo-preparing.png` });
    expect(await kiosk.page.getByText(withPhoto).count()).toBe(0);
    await phone.page.evaluate(() =>
      (globalThis as unknown as { releasePhoto: () => void }).releasePhoto(),
    );
    await phone.page.locator('.feedback--sent').waitFor();

    const next = 'Label the recycling bins in Swedish and Arabic';
    await phone.post({ text: next, dimension: 'Social' });
    await kiosk.card(next).waitFor();
    await kiosk.card(withPhoto).locator('img.card__thumb').waitFor();
    expect(await kiosk.card(next).locator('img.card__thumb').count()).toBe(0);
    await Promise.all([kioskContext.close(), phoneContext.close()]);
  });
});
