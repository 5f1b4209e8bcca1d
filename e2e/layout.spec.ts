import { test, expect } from './fixtures';
import { ConsolePage, links } from './pages/ConsolePage';

// Every page's fit at 1280 and 412 px is checked by the page walk in a11y.spec.ts, in the same visit as its axe run.

test('the worker queue row gives each field its share: the worker type stays readable', async ({ demo: page }) => {
  const ui = new ConsolePage(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(links.deployment('Data Platform', 'sales-etl-prod', 'details'));
  await ui.heading('sales-etl-prod').waitFor();
  const type = await page.getByRole('combobox', { name: 'Queue 1 worker type' }).boundingBox();
  const name = await page.getByRole('textbox', { name: 'Queue 1 name' }).boundingBox();
  // Both are 2 of the row's 7 shares; it squeezed to 40 px while the name took 220.
  expect(type!.width).toBeGreaterThan(name!.width * 0.8);
});
