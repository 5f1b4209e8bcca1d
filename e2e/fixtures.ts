import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Fails the test with the list of WCAG 2 A/AA violations on the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, 'axe violations').toEqual([]);
}

/**
 * When every test's clock starts: a Tuesday morning (UTC), when no seeded hibernation schedule is asleep, so
 * statuses, ids made from the clock and "in N hours" texts are the same on every run at any hour.
 */
export const TEST_START = new Date('2026-11-24T10:00:00Z');

/**
 * Time is a test input. The demo backend runs in the page (MSW hands each request to the page's handlers),
 * so the page's clock is the backend's clock too: Playwright's `page.clock` fakes Date, which the demo
 * database reads (CREATING, deploy uploads, restarts, agents connecting are timestamps compared with it), and
 * the timers the console polls and backs off with. Installed, it keeps running at the normal pace; `advance()`
 * jumps ahead and fires the timers that came due, once, as after a laptop lid is reopened. So the poll that is
 * due runs at once and gets what the backend settled by then, as a person would see it at the next poll.
 * A demo-side clock offset would move the backend only: the test would still wait out the poll (or fake a
 * focus, which react-query's 10 s staleTime ignores). The clock is per browser context, so a second tab
 * shares it, and it keeps its time across reloads.
 *
 * Each test has a fresh browser context with empty storage, so the demo backend starts from the seed on the
 * test's first page load: no reset request and no extra page load before the test's own deep link.
 */
export const test = base.extend<{ demo: Page }>({
  demo: async ({ page }, use) => {
    await page.clock.install({ time: TEST_START });
    await use(page);
  },
});

/** Lets `ms` of time pass at once: the demo backend settles what is due and the console's due polls run. */
export async function advance(page: Page, ms: number) {
  await page.clock.fastForward(ms);
}

export { expect };
