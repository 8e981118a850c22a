/**
 * Issue 14, people: an admin gives a lead another board and takes it away, disables the lead
 * (who has a page open and is signed out on it at once, without a reload), enables them again,
 * and reads the audit log of what was done.
 */
import { describe, expect, it } from 'vitest';
import { PHONE_VIEWPORT } from './support/browser.js';
import { LEAD, json, leadPhone } from './support/board-setup.js';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';

const fixture = useBrowserAndServer();

describe('people', () => {
  it('a disabled lead is signed out on an open page', async () => {
    const { browser, server } = fixture;
    const code = /\b([A-Z2-9]{4}(?:-[A-Z2-9]{4}){3})\b/.exec(server.output())?.[1] ?? '';
    const adminContext = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: PHONE_VIEWPORT,
      locale: 'en-US',
      isMobile: true,
    });
    const setup = await json<{ user: { boardIds: string[] } }>(
      await adminContext.request.post('/api/setup', {
        data: { code, username: 'maria', displayName: 'Maria Lind', password: 'admin password 1' },
      }),
    );
    const boardId = setup.user.boardIds[0] ?? '';
    await json(
      await adminContext.request.post('/api/admin/users', {
        data: { ...LEAD, boardIds: [boardId] },
      }),
    );
    await json(
      await adminContext.request.post('/api/admin/boards', {
        data: { name: 'Packing line', language: 'en' },
      }),
    );

    // The lead has the board open, live.
    const leadContext = await leadPhone(browser, server.baseUrl);
    const lead = await leadContext.newPage();
    await lead.goto(`/m/b/${boardId}`);
    await lead.getByText('Live').waitFor();
    // Gone if the page reloads: the sign-out must come without one.
    await lead.evaluate(() => {
      (window as unknown as { stillThisPage: boolean }).stillThisPage = true;
    });

    // The admin gives Erik the packing line, then takes it away again.
    const admin = await adminContext.newPage();
    await admin.goto('/m/lead');
    await admin.getByRole('link', { name: 'People →' }).click();
    await admin.getByRole('heading', { name: 'People' }).waitFor();
    const erik = admin.getByRole('listitem', { name: 'Erik Berg (erik)' });
    await erik.getByLabel('Add a board for Erik Berg').selectOption({ label: 'Packing line' });
    await erik.getByRole('button', { name: 'Add', exact: true }).click();
    const remove = erik.getByRole('button', { name: 'Remove Packing line from Erik Berg' });
    await remove.waitFor();
    await admin.screenshot({ path: `${ARTIFACTS}people.png`, fullPage: true });
    await remove.click();
    await remove.waitFor({ state: 'detached' });

    // Disabled: every session and socket of Erik ends at once.
    admin.once('dialog', (dialog) => void dialog.accept());
    await erik.getByRole('button', { name: 'Disable account' }).click();
    await erik.getByText('Disabled', { exact: true }).waitFor();
    await admin.screenshot({ path: `${ARTIFACTS}people-disabled.png`, fullPage: true });

    await lead.waitForURL(/\/m\/login\?ended=disabled$/);
    await lead.getByText('Kontot är avstängt. Fråga en administratör.').waitFor();
    expect(
      await lead.evaluate(
        () => (window as unknown as { stillThisPage?: boolean }).stillThisPage === true,
      ),
    ).toBe(true);
    await lead.screenshot({ path: `${ARTIFACTS}people-signed-out.png`, fullPage: true });
    expect((await leadContext.request.get('/api/auth/me')).status()).toBe(401);

    // Signing in is refused, in the lead's language, while the account is disabled …
    await lead.getByLabel('Användarnamn').fill(LEAD.username);
    await lead.getByLabel('Lösenord').fill(LEAD.password);
    await lead.getByRole('button', { name: 'Logga in' }).click();
    await expect
      .poll(async () => lead.getByRole('alert').allTextContents(), { timeout: 60_000 })
      .toContain('Kontot är avstängt. Fråga en administratör.');

    // … and works again once it is enabled.
    await erik.getByRole('button', { name: 'Enable account again' }).click();
    await erik.getByRole('button', { name: 'Disable account' }).waitFor();
    await lead.getByRole('button', { name: 'Logga in' }).click();
    await lead.getByRole('heading', { name: 'Erik Berg · Teamledare' }).waitFor();

    // The audit log says what was done, by board too.
    await admin.getByRole('link', { name: 'Log of changes →' }).click();
    const log = admin.getByRole('list', { name: 'Log of changes' });
    await log.getByText('Maria Lind disabled the account of Erik Berg').waitFor();
    await log.getByText('Maria Lind enabled the account of Erik Berg again').waitFor();
    await log.getByText('Maria Lind created a board').waitFor();
    await admin.screenshot({ path: `${ARTIFACTS}audit.png`, fullPage: true });
    await admin.getByLabel('Board').selectOption({ label: 'Packing line' });
    await log.getByText('Maria Lind removed Erik Berg as team lead of the board').waitFor();
    await expect.poll(async () => log.getByRole('listitem').count(), { timeout: 30_000 }).toBe(2);
    await admin.screenshot({ path: `${ARTIFACTS}audit-board.png`, fullPage: true });
    await Promise.all([adminContext.close(), leadContext.close()]);
    // Sign-ins hash with scrypt: on a busy machine they take a while.
  }, 240_000);
});
