import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Fails the test with the list of WCAG 2 A/AA violations on the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, 'axe violations').toEqual([]);
}

/** Every test starts from the demo seed: reset through the demo backend's own control endpoint. */
export const test = base.extend<{ demo: Page }>({
  demo: async ({ page }, use) => {
    await page.goto('/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.evaluate(() => fetch('/api/v1/x-demo/reset', { method: 'POST' }));
    await use(page);
  },
});

export { expect };
