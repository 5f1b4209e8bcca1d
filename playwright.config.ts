import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from './scripts/browser.mjs';

// Debian's chromium, else CHROMIUM_PATH; with neither, Playwright uses its own download (scripts/browser.mjs).
const executablePath = findBrowser();
const CI = Boolean(process.env.CI);
// E2E_PORT lets several runs (e.g. parallel work on one machine) use their own build and server.
const PORT = Number(process.env.E2E_PORT ?? 4174);
const OUT_DIR = PORT === 4174 ? 'dist-demo' : `dist-e2e-${PORT}`;
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: CI,
  // At least two, even on a 2-core machine (where Playwright's default is one): a test spends much of its time
  // waiting on the browser, so two side by side finish sooner there too.
  workers: CI ? 2 : Math.max(2, Math.floor(availableParallelism() / 2)),
  // No retries: a test that passes only on its second try is failing, and the race must be found.
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // The production build with the demo backend in it, served by vite preview (bound to 127.0.0.1 by
  // vite.config.ts).
  webServer: {
    command: `node node_modules/vite/bin/vite.js build --mode demo --outDir ${OUT_DIR} && node node_modules/vite/bin/vite.js preview --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 180_000,
  },
});
