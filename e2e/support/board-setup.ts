import { expect } from 'vitest';
import type { APIRequestContext, APIResponse, Browser } from 'playwright-core';
import { PHONE_VIEWPORT } from './browser.js';
import type { RunningServer } from './server.js';

/** A response's JSON, after checking it succeeded (its body is the message when not). */
export async function json<T>(response: APIResponse): Promise<T> {
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

/** The team lead every spec signs in as. */
export const LEAD = { username: 'erik', displayName: 'Erik Berg', password: 'erik password 1' };

/**
 * A fresh server's first admin (made with the setup code the server printed) and the lead Erik
 * on its first board: the admin's request context and the board's id.
 */
export async function adminWithLead(
  browser: Browser,
  server: RunningServer,
): Promise<{ admin: APIRequestContext; boardId: string }> {
  const code = /\b([A-Z2-9]{4}(?:-[A-Z2-9]{4}){3})\b/.exec(server.output())?.[1] ?? '';
  const admin = (await browser.newContext({ baseURL: server.baseUrl })).request;
  const setup = await json<{ user: { boardIds: string[] } }>(
    await admin.post('/api/setup', {
      data: { code, username: 'maria', displayName: 'Maria', password: 'admin password 1' },
    }),
  );
  const boardId = setup.user.boardIds[0] ?? '';
  await json(await admin.post('/api/admin/users', { data: { ...LEAD, boardIds: [boardId] } }));
  return { admin, boardId };
}

/** A phone's browser context (390×844, touch), in Swedish unless told. */
export function phoneContext(browser: Browser, baseURL: string, locale = 'sv-SE') {
  return browser.newContext({ baseURL, viewport: PHONE_VIEWPORT, locale, isMobile: true });
}

/** A phone context signed in as the lead Erik. */
export async function leadPhone(browser: Browser, baseURL: string, locale = 'sv-SE') {
  const context = await phoneContext(browser, baseURL, locale);
  await json(
    await context.request.post('/api/auth/login', {
      data: { username: LEAD.username, password: LEAD.password },
    }),
  );
  return context;
}
