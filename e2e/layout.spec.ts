import { test, expect, expectNoAxeViolations } from './fixtures';
import { ConsolePage, links } from './pages/ConsolePage';
import { paths } from '../src/shared/routes/paths';
import { SEED_IDS } from '../src/mocks/seed';

// Every page of the console, with what shows it has rendered (its main heading or table).
const PAGES: { name: string; url: string; heading: string | RegExp }[] = [
  { name: 'Workspaces', url: links.workspaces(), heading: 'Workspaces' },
  { name: 'Deployments list', url: links.deployments('Data Platform'), heading: 'Data Platform: Deployments' },
  { name: 'Create Deployment', url: links.createDeployment('Data Platform'), heading: /Create|New Deployment/ },
  ...(['overview', 'details', 'environment', 'deploys'] as const).map((tab) => ({
    name: `Deployment ${tab}`,
    url: links.deployment('Data Platform', 'sales-etl-prod', tab),
    heading: 'sales-etl-prod',
  })),
  { name: 'Hybrid overview', url: links.deployment('Analytics', 'clickstream-hybrid', 'overview'), heading: 'clickstream-hybrid' },
  { name: 'Remote Agents', url: links.deployment('Data Platform', 'edge-orchestrator-prod', 'remote-agents'), heading: 'edge-orchestrator-prod' },
  { name: 'Runtime releases', url: paths.runtimeReleases(SEED_IDS.organization), heading: 'Runtime releases' },
  { name: 'Tag composer', url: paths.runtimeReleases(SEED_IDS.organization, 'tag-composer'), heading: 'Runtime releases' },
  { name: 'Fleet', url: paths.runtimeReleases(SEED_IDS.organization, 'fleet'), heading: 'Runtime releases' },
  { name: 'Settings', url: paths.settings(), heading: /Settings|Connection/ },
  { name: 'Not found', url: '/no/such/page', heading: /not found/i },
];

const WIDTHS = [1280, 412];

for (const { name, url, heading } of PAGES) {
  test(`${name}: fits the screen at ${WIDTHS.join(' and ')} px, and passes axe in dark mode`, async ({ demo: page }) => {
    const ui = new ConsolePage(page);
    await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
    await page.goto(url);
    await ui.heading(heading).waitFor();
    // Loaded: no section still shows its spinner.
    await expect(page.getByRole('status').filter({ hasText: /^Loading.*…$/ })).toHaveCount(0);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      // Nothing makes the page scroll sideways: a wide table scrolls inside its own frame.
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { message: `${name} at ${width} px` })
        .toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'dark');
    await expectNoAxeViolations(page);
  });
}

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
