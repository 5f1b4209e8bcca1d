// Idle requests on a settled Deployments list, visible and then hidden. The page runs on Playwright's fake
// clock (page.clock: Date, timers, requestAnimationFrame), so minutes of the page's time pass in seconds:
// every poll the app schedules fires as it would, and its requests go to the real server. Between steps the
// bench waits until no request is in flight, so a poll scheduled after a response is not skipped.
//
// "Hidden" is document.visibilityState = 'hidden' plus a visibilitychange event, which is what the page (and
// TanStack Query's focusManager) sees when its tab goes to the background. Chrome's own hiding can't be had in
// headless mode, and CDP's Page.setWebLifecycleState 'frozen' would stop every timer, proving nothing.
import { trackApi } from './navigation.mjs';

function setHidden(hidden) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
}

const path = (request) => new URL(request.url()).pathname.replace(/^\/api\/v1\/organizations\/[^/]+/, '') + new URL(request.url()).search;

/** url: a Workspace's Deployments list; windowMs: page time per phase; stepMs: page time per step. */
export async function measureIdle(browser, { url, windowMs = 5 * 60_000, stepMs = 5_000 }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.clock.install();
    const api = trackApi(page);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.getByRole('table', { name: 'Deployments' }).getByRole('row').nth(1).waitFor({ timeout: 60_000 });
    await api.quiet();
    const statuses = await page.getByRole('table', { name: 'Deployments' }).getByRole('row').count();
    const loadRequests = api.all.length;

    const phase = async (name) => {
      const from = api.all.length;
      const started = Date.now();
      for (let t = 0; t < windowMs; t += stepMs) {
        await page.clock.runFor(stepMs);
        await api.quiet();
      }
      const requests = api.all.slice(from).map(path);
      return {
        phase: name,
        pageMs: windowMs,
        realMs: Date.now() - started,
        requests: requests.length,
        perMinute: (requests.length * 60_000) / windowMs,
        paths: requests,
      };
    };

    const visible = await phase('visible');
    await page.evaluate(setHidden, true);
    const hidden = await phase('hidden');
    const backFrom = api.all.length;
    await page.evaluate(setHidden, false);
    await page.clock.runFor(1_000);
    await api.quiet();
    return {
      url: new URL(url).pathname,
      rowsShown: statuses - 1,
      loadRequests,
      visible,
      hidden,
      // On return the app may refresh what went stale meanwhile: one burst, not a poll.
      onReturn: { requests: api.all.length - backFrom, paths: api.all.slice(backFrom).map(path) },
    };
  } finally {
    await context.close();
  }
}
