import { defineConfig } from 'vite';
import { appConfig } from '../vite.shared.js';
import { pwa } from '../vite.pwa.js';

// The wall is not installed (no manifest); its service worker keeps the page shell, so a
// screen that reloads while the server is down still shows its last board.
export default defineConfig(appConfig('/board/', [pwa('board-app', '/board/', false)]));
