import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'e2e/artifacts/**', 'bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Fastify's async handlers and plugins are idiomatic even when they do not await.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['board-app/src/**/*.{ts,tsx}', 'mobile-app/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The contract package stands alone: it may not reach into the server or the apps.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tavla/server', '@tavla/board-app', '@tavla/mobile-app', '@tavla/scripts'],
              message: 'shared imports nothing from the other workspaces.',
            },
            {
              group: ['../../*', '**/server/**', '**/board-app/**', '**/mobile-app/**'],
              message: 'shared imports nothing from the other workspaces.',
            },
            {
              group: [
                'react',
                'react-dom',
                'socket.io',
                'socket.io-client',
                'fastify',
                'better-sqlite3',
              ],
              message: 'shared stays framework-free.',
            },
          ],
        },
      ],
    },
  },
  { files: ['eslint.config.js'], extends: [tseslint.configs.disableTypeChecked] },
  {
    files: ['**/*.test.ts', 'e2e/**/*.ts', 'server/src/test-support/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
