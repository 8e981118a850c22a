import { defineConfig } from 'vitest/config';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const shared = fileURLToPath(new URL('./shared/src/', import.meta.url));
// Tests run against shared's TypeScript source, so they never need a build of it.
const alias = [
  { find: /^@tavla\/shared$/, replacement: `${shared}index.ts` },
  { find: /^@tavla\/shared\/(.*)$/, replacement: `${shared}$1.ts` },
];

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores, which on a 2-core machine runs every
    // file one after another. Two workers, shared by every project: the e2e files too, which
    // mostly wait on Chromium and a server. (A project with one worker would run after all the
    // others, in a group of its own: Vitest 4's groupSpecs.) Every e2e file has its own server,
    // port, data directory and browser, so two can run side by side.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { resolve: { alias }, test: { name: 'shared', root: './shared', environment: 'node' } },
      {
        resolve: { alias },
        // Password hashing runs scrypt at OWASP strength (~0.3 s each) on purpose: give the
        // account tests (and the fixtures that create accounts before them) room on a busy
        // 2-core machine.
        test: {
          name: 'server',
          root: './server',
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      { resolve: { alias }, test: { name: 'board-app', root: './board-app', environment: 'node' } },
      {
        resolve: { alias },
        test: { name: 'mobile-app', root: './mobile-app', environment: 'node' },
      },
      // Deterministic checks of the built apps (bundle budgets); `npm test` builds first.
      { resolve: { alias }, test: { name: 'scripts', root: './scripts', environment: 'node' } },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          root: './e2e',
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
