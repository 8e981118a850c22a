import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';

type ManifestTransform = NonNullable<
  NonNullable<VitePWAOptions['workbox']>['manifestTransforms']
>[number];

/**
 * Only the first visit's files are precached (index.html, the scripts and styles it loads,
 * the icons): the phone app's lazily loaded pages are 600 kB more, which a phone on factory
 * Wi-Fi should not download before anyone opens them. They are cached as they are used.
 */
const firstVisitOnly =
  (app: string): ManifestTransform =>
  (entries) => {
    const html = readFileSync(
      fileURLToPath(new URL(`./${app}/dist/index.html`, import.meta.url)),
      'utf8',
    );
    const manifest = entries.filter(
      (entry) => !entry.url.startsWith('assets/') || html.includes(entry.url),
    );
    return { manifest, warnings: [] };
  };

/**
 * The service workers of the two apps (vite-plugin-pwa, Workbox's generateSW):
 * - the app shell is precached, so a phone or a wall screen opens with the server out of
 *   reach and shows what it kept in localStorage (the phone: the board and the outbox; the
 *   wall: its last board, "offline since");
 * - the built, content-hashed files (`assets/`) are kept once fetched (cache first: a name
 *   never changes content), at most 200 of them;
 * - a page load still goes to the network (the precached index.html only when that fails), so
 *   a new build is there at the next load, and nothing a URL carries (a wall's `?key=`) is
 *   written to a cache;
 * - nothing else is handled: the API, Socket.IO, photos and /join/ links (with their tokens)
 *   are never answered from, nor stored in, a cache;
 * - `autoUpdate`: a new service worker takes over at once (skipWaiting, clientsClaim) and
 *   drops the old build's precache, so a wall never stays on an old build.
 * It is registered by a small external script (`registerSW.js`, deferred, after `load`): the
 * CSP allows no inline script, and the first bundle does not grow.
 */
export function pwa(
  app: 'mobile-app' | 'board-app',
  base: '/m/' | '/board/',
  manifest: VitePWAOptions['manifest'],
) {
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: 'script-defer',
    scope: base,
    manifest,
    includeAssets: [],
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      ...(app === 'mobile-app' ? { manifestTransforms: [firstVisitOnly(app)] } : {}),
      navigateFallback: null,
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
      sourcemap: false,
      runtimeCaching: [
        // The site wall (board-app's second page) falls back to its own page, not the wall's.
        ...(app === 'board-app'
          ? [
              {
                urlPattern: ({ request, url }: { request: Request; url: URL }) =>
                  request.mode === 'navigate' && url.pathname.startsWith('/board/site/'),
                handler: 'NetworkOnly' as const,
                options: { precacheFallback: { fallbackURL: '/board/site/index.html' } },
              },
            ]
          : []),
        {
          urlPattern: ({ request }) => request.mode === 'navigate',
          handler: 'NetworkOnly',
          options: { precacheFallback: { fallbackURL: `${base}index.html` } },
        },
        {
          urlPattern: new RegExp(`^${base.replace(/\//g, '\\/')}assets\\/`),
          handler: 'CacheFirst',
          options: {
            cacheName: `tavla${base.replace(/\//g, '-')}assets`,
            expiration: { maxEntries: 200 },
          },
        },
      ],
    },
  });
}
