import { describe, expect, it } from 'vitest';
import { PHONE_VIEWPORT } from './support/browser.js';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';

const fixture = useBrowserAndServer();

describe('team leads and admins', () => {
  it('creates the admin with the printed setup code, who creates a lead who signs in', async () => {
    const code = /\b([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})\b/.exec(
      fixture.server.output(),
    )?.[1];
    expect(code).toBeDefined();

    const adminContext = await fixture.browser.newContext({
      viewport: PHONE_VIEWPORT,
      locale: 'en-US',
    });
    const admin = await adminContext.newPage();
    await admin.goto(`${fixture.server.baseUrl}/m/login`);
    await admin.getByRole('link', { name: 'First start? Create the admin' }).click();
    await admin.getByLabel('One-time code').fill(code ?? '');
    await admin.getByLabel('Your name').fill('Maria Lind');
    await admin.getByLabel('Username').fill('maria');
    await admin.getByLabel('Password').fill('a long admin password');
    await admin.getByRole('button', { name: 'Create account' }).click();
    await admin.getByRole('heading', { name: 'Maria Lind · Admin' }).waitFor();
    await admin.getByText('Hållbarhetstavla').first().waitFor();

    // The admin creates a team lead for the board.
    // (The page also has a "New admin" form with the same field names.)
    const leadForm = admin.locator('form', {
      has: admin.getByRole('button', { name: 'Create team lead' }),
    });
    await leadForm.getByLabel('Name', { exact: true }).fill('Erik Berg');
    await leadForm.getByLabel('Username').fill('erik');
    await leadForm.getByLabel('Password', { exact: true }).fill('erik password 1');
    await leadForm.getByRole('checkbox', { name: 'Hållbarhetstavla' }).check();
    await leadForm.getByRole('button', { name: 'Create team lead' }).click();
    await admin.getByText('Erik Berg').waitFor();
    await admin.screenshot({ path: `${ARTIFACTS}admin.png`, fullPage: true });

    const leadContext = await fixture.browser.newContext({
      viewport: PHONE_VIEWPORT,
      locale: 'sv-SE',
    });
    const lead = await leadContext.newPage();
    await lead.goto(`${fixture.server.baseUrl}/m/login`);
    await lead.getByLabel('Användarnamn').fill('erik');
    await lead.getByLabel('Lösenord').fill('wrong password');
    await lead.getByRole('button', { name: 'Logga in' }).click();
    await lead.getByText('Fel användarnamn eller lösenord.').waitFor();
    await lead.getByLabel('Lösenord').fill('erik password 1');
    await lead.getByRole('button', { name: 'Logga in' }).click();
    await lead.getByRole('heading', { name: 'Erik Berg · Teamledare' }).waitFor();
    await lead.getByRole('link', { name: 'Öppna tavlan' }).click();
    await lead.getByRole('heading', { name: 'Hållbarhetstavla' }).waitFor();
    await lead.getByText('Live').waitFor();

    // The admin signs the lead out everywhere; the lead's next visit needs a new sign-in.
    await admin.getByRole('button', { name: 'Sign out everywhere' }).click();
    await admin.getByText('Saved.').waitFor();
    await lead.goto(`${fixture.server.baseUrl}/m/lead`);
    await lead.waitForURL(/\/m\/login$/);
    await Promise.all([adminContext.close(), leadContext.close()]);
  });
});
