import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { appConfig } from '../vite.shared.js';
import { pwa } from '../vite.pwa.js';

// The wall is not installed (no manifest); its service worker keeps the page shell, so a
// screen that reloads while the server is down still shows its last board.
const shared = appConfig('/board/', [pwa('board-app', '/board/', false)]);

// Two pages: the board's wall (index.html) and the site wall (site/index.html, served at
// /board/site/), each with its own entry, so the site wall adds nothing to the wall's bundle.
export default defineConfig({
  ...shared,
  build: {
    ...shared.build,
    rollupOptions: {
      input: {
        wall: fileURLToPath(new URL('./index.html', import.meta.url)),
        site: fileURLToPath(new URL('./site/index.html', import.meta.url)),
      },
    },
  },
});
