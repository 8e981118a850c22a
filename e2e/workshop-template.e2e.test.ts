import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { WorkshopTemplateList } from '@tavla/shared';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';
import { adminWithLead, json, leadPhone } from './support/board-setup.js';

const fixture = useBrowserAndServer();

describe('a workshop template (issue 12)', () => {
  it('a lead copies the built-in template and gives its first slide a photo from the phone', async () => {
    const { browser, server } = fixture;
    const { boardId } = await adminWithLead(browser, server);
    const context = await leadPhone(browser, server.baseUrl);
    const copy = await json<{ id: string }>(
      await context.request.post(`/api/boards/${boardId}/workshop/templates`, {
        data: { fromTemplateId: 'builtin-sustainability-sv', name: 'Vår workshop' },
      }),
    );
    const page = await context.newPage();
    await page.goto(`/m/b/${boardId}/workshop/templates/${copy.id}`);
    await page.getByText('Välj ett foto').first().waitFor();
    const camera = await sharp({
      create: { width: 1600, height: 1200, channels: 3, background: 'teal' },
    })
      .jpeg()
      .toBuffer();
    await page
      .locator('.photo-pick input')
      .first()
      .setInputFiles({ name: 'doors.jpg', mimeType: 'image/jpeg', buffer: camera });
    await page.locator('.photo-preview img').first().waitFor();
    await page.locator('.photo-preview').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}workshop-template-photo.png` });
    await page.getByRole('button', { name: /Spara/ }).first().click();

    const slidePhotos = async () => {
      const list = await json<WorkshopTemplateList>(
        await context.request.get(`/api/boards/${boardId}/workshop/templates`),
      );
      const saved = list.templates.find((template) => template.id === copy.id);
      return (saved?.activities ?? []).flatMap((a) => (a.kind === 'slide' ? [a.photoId] : []));
    };
    await expect.poll(async () => (await slidePhotos())[0]).toMatch(/^[A-Za-z0-9_-]{8,}$/);
    const [photoId] = await slidePhotos();
    // The photo is served where the wall and the phones look for it.
    const served = await context.request.get(`/photos/${photoId ?? ''}.webp`);
    expect([served.status(), served.headers()['content-type']]).toEqual([200, 'image/webp']);
  }, 120_000);
});
