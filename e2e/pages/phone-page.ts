import type { Locator, Page } from 'playwright-core';

export interface SuggestionInput {
  text: string;
  dimension: string;
  name?: string;
}

/** The phone app, driven the way an employee would: by labels and button names. */
export class PhonePage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async post(
    input: SuggestionInput,
    labels = ENGLISH,
    outcome: 'sent' | 'queued' = 'sent',
  ): Promise<void> {
    await this.page.getByLabel(labels.text).fill(input.text);
    await this.page.getByRole('radio', { name: input.dimension }).check();
    if (input.name) await this.page.getByLabel(labels.name).fill(input.name);
    await this.page.getByRole('button', { name: labels.submit }).click();
    // Done when the phone says so: the thank-you (typing clears it, so this one is new).
    // Typing the next suggestion before that could race the form's reset.
    await this.page.locator(`.feedback--${outcome}`).waitFor();
  }

  listItem(text: string): Locator {
    return this.page.getByRole('listitem').filter({ hasText: text });
  }

  feedback(): Locator {
    return this.page.locator('.feedback');
  }
}

export const ENGLISH = {
  text: 'Your suggestion',
  name: 'Your name (optional)',
  submit: 'Send suggestion',
};
export const SWEDISH = {
  text: 'Ditt förslag',
  name: 'Ditt namn (valfritt)',
  submit: 'Skicka förslag',
};
