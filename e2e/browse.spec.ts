import { ConsolePage } from './pages/ConsolePage';
import { advance, expect, expectNoAxeViolations, test } from './fixtures';

test.describe('browse the Organization', () => {
  test('Organization -> Workspace -> Deployment, each page accessible', async ({ demo: page }) => {
    const console = new ConsolePage(page);
    await console.openWorkspaces();
    await expect(page.getByText('Demo mode')).toBeVisible();
    await expect(console.workspacesTable().getByRole('row')).toHaveCount(5);
    await expectNoAxeViolations(page);

    await console.openWorkspace('Data Platform');
    await expect(console.deploymentRows().first()).toBeVisible();
    await expectNoAxeViolations(page);

    const first = console.deploymentRows().first().getByRole('link').first();
    const name = (await first.textContent())!;
    await first.click();
    await expect(console.heading(name)).toBeVisible();
    await expect(page.getByText('Docker image', { exact: true })).toBeVisible();
    await expect(page.getByText('DAG bundle version', { exact: true })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Data Platform');
    await expectNoAxeViolations(page);
  });

  test("a Deployment's tabs switch in the page, each accessible", async ({ demo: page }) => {
    await new ConsolePage(page).openDeployment('Data Platform', 'sales-etl-prod');
    await page.getByRole('tab', { name: 'Deploy history' }).click();
    await expect(page.getByRole('table', { name: 'Deploy history' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('tab', { name: 'Environment' }).click();
    await expect(page.getByRole('table', { name: 'Environment variables' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('filters live in the URL and survive a reload', async ({ demo: page }) => {
    const console = new ConsolePage(page);
    await console.openDeployments('Data Platform');
    await console.chooseFilter('Status', 'Healthy');
    await page.getByRole('searchbox', { name: 'Search' }).fill('e');
    await expect(page).toHaveURL(/status=HEALTHY/);
    await expect(page).toHaveURL(/q=e/);
    // The same Deployments, by name: a reload before any change rebuilds the demo seed at the new time, so
    // times in the rows (image tags) move on.
    const names = console.deploymentRows().getByRole('link');
    const before = await names.allTextContents();
    expect(before.length).toBeGreaterThan(0);

    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('e');
    await expect(console.filterChip('Status', 'Healthy')).toHaveAttribute('aria-pressed', 'true');
    await expect(names).toHaveText(before);
  });

  test('create a Workspace with bad input first, then delete it', async ({ demo: page }) => {
    const console = new ConsolePage(page);
    await console.openWorkspaces();
    await page.getByRole('button', { name: 'Workspace', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Create Workspace' });
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Written before the name');
    await dialog.getByRole('button', { name: 'Create Workspace' }).click();
    await expect(dialog.getByText('Name is required.')).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await expectNoAxeViolations(page);

    await dialog.getByRole('textbox', { name: 'Name' }).fill('x'.repeat(51));
    await expect(dialog.getByText('Name must be at most 50 characters.')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Name' }).fill('E2E Workspace');
    await expect(dialog.getByRole('textbox', { name: 'Description' })).toHaveValue('Written before the name');
    await dialog.getByRole('button', { name: 'Create Workspace' }).click();
    await expect(console.workspacesTable().getByRole('link', { name: 'E2E Workspace' })).toBeVisible();

    await page.getByRole('button', { name: 'Delete E2E Workspace' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete E2E Workspace?' });
    await expect(confirm.getByRole('button', { name: 'Delete Workspace' })).toBeDisabled();
    await confirm.getByRole('textbox', { name: 'Type E2E Workspace to confirm' }).fill('E2E Workspace');
    await confirm.getByRole('button', { name: 'Delete Workspace' }).click();
    await expect(console.workspacesTable().getByRole('link', { name: 'E2E Workspace' })).toHaveCount(0);
  });

  test('a failing server gets an honest error and a retry, and nothing typed is lost', async ({ demo: page }) => {
    const console = new ConsolePage(page);
    await console.openWorkspaces();
    await console.setDemoFaults(1);
    await page.getByRole('button', { name: 'Workspace', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Create Workspace' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Survives Failure');
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Typed before the outage');
    await dialog.getByRole('button', { name: 'Create Workspace' }).click();

    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('Could not create the Workspace');
    await expect(alert).toContainText(/Request ID/);
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Survives Failure');
    await expect(dialog.getByRole('textbox', { name: 'Description' })).toHaveValue('Typed before the outage');

    await console.setDemoFaults(0);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(console.workspacesTable().getByRole('link', { name: 'Survives Failure' })).toBeVisible();
  });

  test('faults set from the URL make the demo API fail, and the console says so', async ({ demo: page }) => {
    let failures = 0;
    page.on('response', (response) => {
      if (/\/api\/v1\/organizations(\?|$)/.test(response.url())) failures++;
    });
    await page.goto('/?demoErrorRate=1');
    const alert = page.getByRole('alert');
    // The console first retries with backoff (shared/api/errors.ts: waits of at most 8 s, each set once the
    // attempt before it failed), three times, then tells the truth. Each wait passes at once, once its attempt
    // has failed: moving time before that would move it past nothing.
    for (let attempt = 1; attempt <= 3; attempt++) {
      await expect.poll(() => failures).toBeGreaterThanOrEqual(attempt);
      await advance(page, 8_000);
    }
    await expect(alert.filter({ hasText: 'Could not load your Organizations' })).toHaveCount(1);
    await expect(alert).toContainText(/Injected fault/);
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an unknown address shows the 404 page', async ({ demo: page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('on a phone the Deployments list fits the screen; the table scrolls inside its frame', async ({ demo: page }) => {
    await page.setViewportSize({ width: 412, height: 860 });
    const console = new ConsolePage(page);
    await console.openDeployments('Data Platform');
    await expect(console.deploymentRows().first()).toBeVisible();
    await expect(page.getByRole('button', { name: /theme/i })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);
    await expectNoAxeViolations(page);
  });

  test('on a phone the navigation is a modal drawer: focus stays in it, Escape closes it and focus returns', async ({ demo: page }) => {
    await page.setViewportSize({ width: 412, height: 860 });
    const console = new ConsolePage(page);
    await console.openWorkspaces();
    const menu = console.navigationButton();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');

    await menu.click();
    const drawer = console.navigationDrawer();
    await expect(drawer).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(menu).toHaveAttribute('aria-controls', (await drawer.getAttribute('id'))!);
    await expectNoAxeViolations(page);
    const stops = (await drawer.getByRole('link').count()) + 1; // the links and the close button
    for (let i = 0; i <= stops; i++) {
      await page.keyboard.press('Tab');
      await expect(drawer.locator(':focus')).toHaveCount(1);
    }

    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(menu).toBeFocused();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');

    await menu.click();
    await drawer.getByRole('link', { name: 'Settings' }).click();
    await expect(console.heading('Settings')).toBeVisible();
    await expect(drawer).toBeHidden();
  });
});
