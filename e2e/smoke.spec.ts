import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The whole pipeline in one test: the demo build serves, the mock service worker takes over, the app
// lands on the first Organization's Workspaces page, and that page passes axe.
test('the demo build opens on the Workspaces page, served by the mock service worker', async ({ page }) => {
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1, name: 'Workspaces', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/organizations\/[^/]+\/workspaces/);
  const workerUrl = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
  expect(workerUrl).toMatch(/mockServiceWorker\.js$/);

  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(violations.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});
