import { describe, expect, it } from 'vitest';
import { KIOSK_VIEWPORT } from './support/browser.js';
import { adminWithLead, json, leadPhone, phoneContext } from './support/board-setup.js';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';
import { KioskPage } from './pages/kiosk-page.js';
import { PhonePage } from './pages/phone-page.js';

const fixture = useBrowserAndServer();

describe('an employee’s own suggestions', () => {
  it('the author edits, then withdraws a suggestion and it leaves the wall; a hidden one shows its reason to its author only', async () => {
    const { browser, server } = fixture;
    const { boardId } = await adminWithLead(browser, server);
    const lead = await leadPhone(browser, server.baseUrl, 'en-GB');
    // The board scene stays on the wall while the team watches.
    await json(
      await lead.request.put(`/api/boards/${boardId}/wall-view`, {
        data: { view: 'board', minutes: 15 },
      }),
    );
    const kioskContext = await browser.newContext({ viewport: KIOSK_VIEWPORT });
    const kiosk = new KioskPage(await kioskContext.newPage());
    await kiosk.open(server.kioskUrl);

    const authorContext = await phoneContext(browser, server.baseUrl, 'en-GB');
    const author = new PhonePage(await authorContext.newPage());
    await author.open(server.joinUrl);
    const first = 'Turn the fans off at lunch';
    await author.post({ text: first, dimension: 'Ecological', name: 'Aino' });
    await kiosk.waitForCard(first);

    // Edit: new words, another dimension, no name. The wall follows.
    const page = author.page;
    await page.getByRole('link', { name: first }).click();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edited = 'Turn the fans off at lunch and over the weekend';
    await page.getByLabel('Your suggestion').fill(edited);
    await page.getByRole('radio', { name: 'Economic' }).check();
    await page.getByLabel('Your name (optional)').fill('');
    await page.screenshot({ path: `${ARTIFACTS}employee-edit-form.png`, fullPage: true });
    await page.getByRole('button', { name: 'Save the change' }).click();
    await page.getByText('Your change is saved and shows on the board.').waitFor();
    await page.locator('.detail__text', { hasText: edited }).waitFor();
    await kiosk.waitForCard(edited);
    await expect(kiosk.card(edited).textContent()).resolves.not.toContain('Aino');

    // Withdraw: asked once more, then gone from the phone's list and from the wall.
    await page.getByRole('button', { name: 'Withdraw the suggestion' }).click();
    await page.getByRole('button', { name: 'Yes, withdraw' }).click();
    await page.waitForURL(`${server.baseUrl}/m/b/${boardId}`);
    await page.getByRole('heading', { name: 'Suggestions on the board' }).waitFor();
    await kiosk.card(edited).waitFor({ state: 'detached', timeout: 10_000 });
    expect(await author.listItem(edited).count()).toBe(0);
    await kiosk.page.screenshot({ path: `${ARTIFACTS}employee-withdrawn-wall.png` });

    // A lead hides another of the author's suggestions: the author sees it was hidden, and why.
    const second = 'Put the name of the night shift lead on the board';
    await author.post({ text: second, dimension: 'Social' });
    await kiosk.waitForCard(second);
    const snapshot = await json<{ suggestions: { id: string; text: string }[] }>(
      await lead.request.get(`/api/boards/${boardId}/snapshot`),
    );
    const hiddenId = snapshot.suggestions.find((s) => s.text === second)?.id ?? '';
    const reason = 'Names a colleague: write about the work, not the person';
    const hidden = await lead.request.post(`/api/boards/${boardId}/suggestions/${hiddenId}/hide`, {
      data: { reason },
    });
    expect(hidden.status()).toBe(204);
    const list = page.getByRole('region', { name: 'Hidden by a team lead' });
    await list.getByText(`Reason: ${reason}`).waitFor();
    await kiosk.card(second).waitFor({ state: 'detached', timeout: 10_000 });
    await list.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}employee-hidden-list.png` });
    await list.getByRole('link', { name: second }).click();
    await page.getByText(`Reason: ${reason}`).waitFor();
    await page.getByText('Only you see this. The suggestion is not on the board.').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}employee-hidden-reason.png`, fullPage: true });

    // Nobody else is told: another phone of the board sees no such suggestion.
    const otherContext = await phoneContext(browser, server.baseUrl, 'en-GB');
    const other = await otherContext.newPage();
    await other.goto(server.joinUrl);
    await other.getByRole('heading', { name: 'Suggestions on the board' }).waitFor();
    await other.goto(`${server.baseUrl}/m/b/${boardId}/s/${hiddenId}`);
    await other.getByText('This suggestion does not exist (any more).').waitFor();
    expect(await other.getByText(reason).count()).toBe(0);
    expect(await other.getByRole('region', { name: 'Hidden by a team lead' }).count()).toBe(0);

    for (const context of [kioskContext, authorContext, otherContext, lead]) await context.close();
  }, 300_000);

  it('a file that is not a picture is refused next to the photo button, and not attached', async () => {
    const { browser, server } = fixture;
    const context = await phoneContext(browser, server.baseUrl, 'en-GB');
    const page = await context.newPage();
    await page.goto(server.joinUrl);
    const input = page.locator('input[type="file"]');
    expect(await input.getAttribute('capture')).toBeNull();
    expect(await input.getAttribute('accept')).toBe('image/*');
    await input.setInputFiles({
      name: 'minutes.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 not a picture'),
    });
    await page.getByText('That file is not a picture. Choose a photo.').waitFor();
    expect(await page.locator('.photo-preview').count()).toBe(0);
    await context.close();
  });
});
