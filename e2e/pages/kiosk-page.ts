import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** The wall screen, as a viewer sees it. */
export class KioskPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  column(label: string): Locator {
    return this.page.getByRole('region', { name: label, exact: true });
  }

  /** A suggestion on the wall: a card of the board scene, or large in "new and done". */
  card(text: string): Locator {
    return this.page.locator('article.card, article.recent', { hasText: text });
  }

  qrCode(): Locator {
    return this.page.locator('img.qr__code');
  }

  connection(): Locator {
    return this.page.getByRole('status');
  }

  async waitForCard(text: string): Promise<void> {
    await this.card(text).waitFor({ state: 'visible', timeout: 10_000 });
  }

  async hasNoScrollbars(): Promise<void> {
    const overflow = await this.page.evaluate(() => ({
      x: document.documentElement.scrollWidth - window.innerWidth,
      y: document.documentElement.scrollHeight - window.innerHeight,
    }));
    expect(overflow).toEqual({ x: 0, y: 0 });
  }
}
