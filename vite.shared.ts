import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { PluginOption, UserConfig } from 'vite';

const shared = fileURLToPath(new URL('./shared/src/', import.meta.url));

/**
 * Common Vite settings of the two apps: they compile shared's TypeScript source directly
 * (no build step for it), and are served by the Tavla server under `base`.
 */
export function appConfig(base: string, plugins: PluginOption[] = []): UserConfig {
  return {
    base,
    plugins: [react(), ...plugins],
    resolve: {
      alias: [
        { find: /^@tavla\/shared$/, replacement: `${shared}index.ts` },
        { find: /^@tavla\/shared\/(.*)$/, replacement: `${shared}$1.ts` },
        // React has useSyncExternalStore: wouter's shim of it (for React 16/17) stays out of
        // the phone's first bundle.
        {
          find: /^use-sync-external-store\/shim\/index\.js$/,
          replacement: fileURLToPath(
            new URL('./mobile-app/src/use-sync-external-store.ts', import.meta.url),
          ),
        },
      ],
    },
    build: {
      target: 'es2020',
      sourcemap: true,
      chunkSizeWarningLimit: 400,
      // No modulepreload polyfill in the entry: every browser the apps aim at (Chromium,
      // Android WebView, Safari ≥ 17, Firefox ≥ 115) preloads by itself, and one that does not
      // only fetches a lazy page's parts a moment later. It kept the phone's first bundle over
      // its budget.
      modulePreload: { polyfill: false },
    },
    server: {
      proxy: {
        '/api': 'http://127.0.0.1:8080',
        '/join': 'http://127.0.0.1:8080',
        '/socket.io': { target: 'ws://127.0.0.1:8080', ws: true },
      },
    },
  };
}
