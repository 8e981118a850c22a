import { describe, expect, it } from 'vitest';
import { PHONE_VIEWPORT, KIOSK_VIEWPORT } from './support/browser.js';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';
import { decodeQr } from './support/qr.js';
import { KioskPage } from './pages/kiosk-page.js';

const fixture = useBrowserAndServer();

describe('an admin replaces a board’s links', () => {
  it('the wall’s QR code follows a new join token, and a new display key cuts the old wall off', async () => {
    const { server, browser } = fixture;
    const code = /\b([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})\b/.exec(server.output())?.[1];
    expect(code).toBeDefined();

    // The wall screen, showing the QR code with the first join URL.
    const wallContext = await browser.newContext({ viewport: KIOSK_VIEWPORT });
    const kiosk = new KioskPage(await wallContext.newPage());
    await kiosk.open(server.kioskUrl);
    await kiosk.qrCode().waitFor();
    expect(decodeQr(await kiosk.page.screenshot())).toBe(server.joinUrl);

    // The admin signs up with the printed code and opens the admin page.
    const adminContext = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: 'en-US' });
    const admin = await adminContext.newPage();
    await admin.goto(`${server.baseUrl}/m/setup`);
    await admin.getByLabel('One-time code').fill(code ?? '');
    await admin.getByLabel('Your name').fill('Maria Lind');
    await admin.getByLabel('Username').fill('maria');
    await admin.getByLabel('Password').fill('a long admin password');
    await admin.getByRole('button', { name: 'Create account' }).click();
    await admin.getByRole('heading', { name: 'Maria Lind · Admin' }).waitFor();

    // A new QR code, after confirming.
    await admin.getByRole('button', { name: 'New QR code' }).click();
    await admin.getByText(/Replace the QR code of/).waitFor();
    await admin.getByRole('button', { name: 'Yes, replace' }).click();
    const joinNotice = admin.getByRole('status').filter({ hasText: 'New link in the QR code:' });
    await joinNotice.waitFor();
    const newJoinUrl = (await joinNotice.locator('code').textContent()) ?? '';
    expect(newJoinUrl).toMatch(/\/join\/[A-Za-z0-9_-]{32}$/);
    expect(newJoinUrl).not.toBe(server.joinUrl);

    // The wall shows the new QR code without a reload.
    await kiosk.page.locator(`img.qr__code[alt="${newJoinUrl}"]`).waitFor({ timeout: 10_000 });
    expect(decodeQr(await kiosk.page.screenshot())).toBe(newJoinUrl);

    // An old printed QR code opens a friendly page in both languages.
    const phoneContext = await browser.newContext({ viewport: PHONE_VIEWPORT });
    const phone = await phoneContext.newPage();
    const old = await phone.goto(server.joinUrl);
    expect(old?.status()).toBe(410);
    await phone.getByText('This code was replaced', { exact: false }).waitFor();
    await phone.getByText('Den här koden har bytts ut', { exact: false }).waitFor();
    // The new one joins.
    await phone.goto(newJoinUrl);
    await phone.waitForURL(/\/m\/b\//);

    // A new screen link: the open wall with the old key stops showing the board at once.
    await admin.getByRole('button', { name: 'New screen link' }).click();
    await admin.getByText(/Replace the screen link of/).waitFor();
    await admin.getByRole('button', { name: 'Yes, replace' }).click();
    const kioskNotice = admin
      .getByRole('status')
      .filter({ hasText: 'New screen link, open it on the wall screen:' });
    await kioskNotice.waitFor();
    const newKioskUrl = (await kioskNotice.locator('code').textContent()) ?? '';
    expect(newKioskUrl).toMatch(/\/board\/\?key=/);

    await kiosk.page.getByText('This screen’s link was replaced.').waitFor({ timeout: 10_000 });
    await kiosk.page.getByText('Den här skärmens länk har bytts ut.').waitFor();
    await expect(kiosk.qrCode().count()).resolves.toBe(0);
    const size = await kiosk.page
      .getByText('This screen’s link was replaced.')
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(40);
    await kiosk.page.screenshot({ path: `${ARTIFACTS}kiosk-link-replaced.png` });

    // The new wall link shows the board, with the new QR code.
    await kiosk.open(newKioskUrl);
    await kiosk.page.locator(`img.qr__code[alt="${newJoinUrl}"]`).waitFor();

    await Promise.all([wallContext.close(), adminContext.close(), phoneContext.close()]);
  });
});
