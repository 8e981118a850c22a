import { defineConfig } from 'vite';
import { appConfig } from '../vite.shared.js';
import { pwa } from '../vite.pwa.js';

// Installable: "Add to home screen" opens the app full screen at /m/, offline too.
export default defineConfig(
  appConfig('/m/', [
    pwa('mobile-app', '/m/', {
      id: '/m/',
      name: 'Tavla',
      short_name: 'Tavla',
      description:
        'Hållbarhetstavlan: lämna förslag och följ dem. The sustainability board: post suggestions and follow them.',
      lang: 'sv',
      dir: 'ltr',
      start_url: '/m/',
      scope: '/m/',
      display: 'standalone',
      orientation: 'portrait',
      theme_color: '#1f6f43',
      background_color: '#f3f5f2',
      icons: [
        { src: '/m/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/m/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: '/m/icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    }),
  ]),
);
