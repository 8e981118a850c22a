import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.js';
import { startServer, type RunningServer } from './server.js';

/** Where specs leave screenshots for people to look at (ignored by git). */
export const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;

/**
 * One Chromium and one freshly started real server per spec file, stopped afterwards.
 * Read `browser` and `server` inside tests (they are set in beforeAll).
 */
export function useBrowserAndServer(): {
  readonly browser: Browser;
  readonly server: RunningServer;
} {
  const state: { browser?: Browser; server?: RunningServer } = {};
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    state.browser = await launchChromium();
    state.server = await startServer();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.stop();
  });
  return {
    get browser() {
      if (!state.browser) throw new Error('browser not started yet');
      return state.browser;
    },
    get server() {
      if (!state.server) throw new Error('server not started yet');
      return state.server;
    },
  };
}
