import { expect, test } from '@playwright/test';
import { LIVE_URL, MOCK_API_UPSTREAM } from './server-ports';

// The production build (no demo backend in it) on the production server, whose one allowed upstream is the
// demo API over HTTP (npm run mock-api): live mode end to end, through the pinned proxy.
test.use({ baseURL: LIVE_URL });

test('live mode: Settings offers the allowed API, the console lists its Workspaces, and another API is refused', async ({ page }) => {
  await page.goto('/settings');
  await expect(page.getByRole('radio', { name: /Live/ })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'API base URL' })).toHaveValue(MOCK_API_UPSTREAM);
  await page.getByRole('textbox', { name: 'API token' }).fill('e2e-live-token');
  await page.getByRole('button', { name: 'Connect' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Workspaces', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Data Platform' })).toBeVisible();
  await expect(page.getByText('Demo mode')).toBeHidden();

  const refused = await page.evaluate(() =>
    fetch('/api/v1/organizations', { headers: { 'x-flightdeck-upstream': 'https://api.astronomer.io/v1', authorization: 'Bearer e2e-live-token' } }).then(
      async (r) => ({ status: r.status, body: await r.json() }),
    ),
  );
  expect(refused).toMatchObject({ status: 403, body: { statusCode: 403, message: expect.stringContaining('forwards only to') } });
});
