import { describe, expect, it } from 'vitest';
import { KIOSK_VIEWPORT } from './support/browser.js';
import { adminWithLead, json, phoneContext } from './support/board-setup.js';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';

const fixture = useBrowserAndServer();

describe('board settings and archiving (issue 14)', () => {
  it('an admin switches a board to "name required" and archives it; an open phone and the wall follow live', async () => {
    const { browser, server } = fixture;
    const { admin, boardId } = await adminWithLead(browser, server);

    // An employee's phone, in English, on the board; the name is optional at first.
    const phoneCtx = await phoneContext(browser, server.baseUrl, 'en-US');
    const phone = await phoneCtx.newPage();
    await phone.goto(server.joinUrl);
    await phone.waitForURL(/\/m\/b\//);
    await phone.getByLabel('Your name (optional)').waitFor();

    // The wall screen, open all along.
    const wallCtx = await browser.newContext({ viewport: KIOSK_VIEWPORT });
    const wall = await wallCtx.newPage();
    await wall.goto(server.kioskUrl);
    await wall.locator('h1').first().waitFor();

    // The admin opens the board's settings on their phone and makes the name required.
    const adminPhoneCtx = await phoneContext(browser, server.baseUrl, 'en-US');
    await adminPhoneCtx.addCookies(
      (await admin.storageState()).cookies.map((cookie) => ({ ...cookie })),
    );
    const settings = await adminPhoneCtx.newPage();
    await settings.goto(`${server.baseUrl}/m/b/${boardId}/settings`);
    await settings.getByRole('heading', { name: 'Board settings' }).waitFor();
    await settings.getByLabel('Name required').check();
    // The save changes the board; the page re-reads its settings when that change arrives live.
    const reread = settings.waitForResponse(
      (response) =>
        response.url().endsWith(`/api/boards/${boardId}/settings`) &&
        response.request().method() === 'GET',
    );
    await settings.getByRole('button', { name: 'Save the settings' }).click();
    await settings.getByText('Saved. The wall and the phones follow at once.').waitFor();
    // "Saved" outlives that re-read, which starts the form afresh from what is stored.
    await reread;
    await settings.getByLabel('Name required').waitFor();
    expect(await settings.getByLabel('Name required').isChecked()).toBe(true);
    await settings.getByText('Saved. The wall and the phones follow at once.').waitFor({
      timeout: 2_000,
    });
    await settings.screenshot({ path: `${ARTIFACTS}board-settings-phone.png`, fullPage: true });

    // The phone's form follows without a reload: the name field is now required.
    const name = phone.getByLabel('Your name', { exact: true });
    await name.waitFor();
    expect(await name.getAttribute('required')).not.toBeNull();
    // Sending without a name is stopped on the phone, in its words.
    await phone.getByLabel('Your suggestion').fill('Close the freezer door automatically');
    await phone.getByRole('radio').first().check();
    await phone.getByRole('button', { name: 'Send' }).click();
    await phone.getByText('This board asks you to write your name.').waitFor();
    // And the server refuses one all the same (a phone with an old page, a script).
    const refused = await phoneCtx.request.post(`/api/boards/${boardId}/suggestions`, {
      data: {
        id: '00000000-0000-4000-8000-00000000e2e1',
        text: 'Close the freezer door automatically',
        dimension: 'ecological',
      },
    });
    expect(refused.status()).toBe(400);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      'author_name_required',
    );
    await phone.screenshot({ path: `${ARTIFACTS}board-settings-name-required.png` });

    // The admin archives the board.
    await settings.getByRole('button', { name: 'Archive the board' }).click();
    await settings.getByRole('button', { name: 'Yes, archive' }).click();
    await settings.getByText(/Archived since/).waitFor();

    // The phone shows the board read-only: no form, a line saying so.
    await phone.getByText('This board is archived. You can read it but not add to it.').waitFor();
    await expect(phone.getByRole('button', { name: 'Send' }).count()).resolves.toBe(0);
    await phone.screenshot({ path: `${ARTIFACTS}board-settings-archived-phone.png` });
    // The wall says it plainly (the board is Swedish).
    await wall.getByText('Arkiverad – kan bara läsas').waitFor();
    const size = await wall
      .getByText('Arkiverad – kan bara läsas')
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(40);
    await wall.screenshot({ path: `${ARTIFACTS}board-settings-archived-wall.png` });

    // Writes are refused while archived, by the server itself.
    const write = await phoneCtx.request.post(`/api/boards/${boardId}/suggestions`, {
      data: {
        id: '00000000-0000-4000-8000-00000000e2e2',
        text: 'Close the freezer door automatically',
        dimension: 'ecological',
        authorName: 'Anna',
      },
    });
    expect(write.status()).toBe(409);

    // Restored: the form is back on the phone, with the name required.
    await json(await admin.post(`/api/admin/boards/${boardId}/restore`));
    await phone.getByLabel('Your name', { exact: true }).waitFor();
    await expect(phone.getByText(/This board is archived/).count()).resolves.toBe(0);

    await Promise.all([phoneCtx.close(), wallCtx.close(), adminPhoneCtx.close()]);
    // Three browser contexts and a wall on a busy CI machine: more room than the default.
  }, 240_000);
});
