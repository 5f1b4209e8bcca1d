/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { astroProxy } from './scripts/astroProxy.ts';
import { muiWithoutCssVars } from './scripts/muiWithoutCssVars.ts';
import { reactRouterProduction } from './scripts/reactRouterProduction.ts';

// Every module the entry needs at start ('$initial': imported statically, directly or not) goes into one
// chunk: a first visit then downloads the shell in one request instead of a dozen small shared chunks (each a
// round trip on a slow link, six at a time over HTTP/1.1). Modules only lazy routes use are split as rolldown
// decides. package.json's `sideEffects` lets a feature's index.ts re-export its pages' components without
// pulling them into the shell.
export default defineConfig({
  plugins: [react(), astroProxy(), reactRouterProduction(), muiWithoutCssVars()],
  build: {
    rolldownOptions: {
      // @emotion/react imports it bare (`import 'hoist-non-react-statics'`) and its package does not say it has
      // no side effects, so it and its own copy of react-is stayed in the shell though only withTheme uses it.
      treeshake: { moduleSideEffects: [{ test: /node_modules\/hoist-non-react-statics\//, sideEffects: false }] },
      output: { codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }] } },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'api/**/*.test.ts', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
    testTimeout: 30_000,
    // Worker threads start faster than child processes: about 15 % off the suite here (200 s against 235 s).
    pool: 'threads',
  },
});
