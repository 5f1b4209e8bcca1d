import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from './scripts/browser.mjs';
import { LIVE_PORT, LIVE_URL, MOCK_API_PORT, MOCK_API_UPSTREAM, PORT } from './e2e/server-ports.ts';

// Debian's chromium, else CHROMIUM_PATH; with neither, Playwright uses its own download (scripts/browser.mjs).
const executablePath = findBrowser();
const CI = Boolean(process.env.CI);
const OUT_DIR = PORT === 4174 ? 'dist-demo' : `dist-e2e-${PORT}`;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const vite = 'node node_modules/vite/bin/vite.js';
const tsx = 'node node_modules/tsx/dist/cli.mjs';

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
  // Every server is the production one (server/), bound to 127.0.0.1: the build with the demo backend in it,
  // and for e2e/server-live.spec.ts the live-only build forwarding to the demo API as its one allowed upstream.
  webServer: [
    {
      command: `${vite} build --mode demo --outDir ${OUT_DIR} && ${tsx} server/main.ts`,
      env: { PORT: String(PORT), HOST: '127.0.0.1', FLIGHTDECK_DIST: OUT_DIR },
      url: `${BASE_URL}/healthz`,
      reuseExistingServer: !CI,
      timeout: 180_000,
    },
    {
      command: `${tsx} scripts/mock-api.ts`,
      env: { PORT: String(MOCK_API_PORT) },
      // 401 without a token: up.
      url: `${MOCK_API_UPSTREAM}/organizations`,
      reuseExistingServer: !CI,
    },
    {
      command: `${vite} build --outDir dist-e2e-live-${LIVE_PORT} && ${tsx} server/main.ts`,
      env: { PORT: String(LIVE_PORT), HOST: '127.0.0.1', FLIGHTDECK_DIST: `dist-e2e-live-${LIVE_PORT}`, FLIGHTDECK_UPSTREAMS: MOCK_API_UPSTREAM },
      url: `${LIVE_URL}/healthz`,
      reuseExistingServer: !CI,
      timeout: 180_000,
    },
  ],
});
