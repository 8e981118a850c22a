import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { appConfig } from '../vite.shared.js';

const shared = appConfig('/board/');

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
