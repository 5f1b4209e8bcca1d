/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
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
const TEST_FILES = ['src/**/*.test.{ts,tsx}', 'api/**/*.test.ts', 'scripts/**/*.test.ts', 'server/**/*.test.ts'];
/** Test files that vi.mock a module, found by reading them so that a new one cannot be missed. */
const MOCKING_FILES = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.test\.tsx?$/.test(file) && readFileSync(join('src', file), 'utf8').includes('vi.mock('))
  .map((file) => join('src', file));

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
    testTimeout: 30_000,
    // Worker threads start faster than child processes: about 15 % off the suite here (200 s against 235 s).
    pool: 'threads',
    // Vitest leaves one core to its main thread, which has little to do once the modules are transformed: on 2
    // cores that is one worker for every test.
    maxWorkers: availableParallelism(),
    projects: [
      {
        // Files share one module cache: jsdom, MUI and the demo backend load once per worker, not once per
        // file, which halves the suite's CPU time. src/test/setup.ts resets the shared state after each test.
        extends: true,
        test: { name: 'shared', include: TEST_FILES, exclude: MOCKING_FILES, isolate: false },
      },
      // vi.mock replaces a module for one file only while that file has a module cache of its own.
      { extends: true, test: { name: 'isolated', include: MOCKING_FILES } },
    ],
  },
});
