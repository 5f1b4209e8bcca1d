import { test, expect, expectNoAxeViolations } from './fixtures';
import { ConsolePage, links } from './pages/ConsolePage';

// Issue 13 item 13: names that repeat are warned about as they are typed and told apart where they are listed.
test('a second Deployment named like another is warned about, then told apart in the list and the breadcrumb', async ({ demo: page }) => {
  const console = new ConsolePage(page);
  await page.goto(links.createDeployment('Data Platform'));
  await console.heading('Create a Deployment').waitFor();
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await name.fill('sales-etl-prod');
  await expect(name).toHaveAccessibleDescription(/A Deployment in this Workspace is already named “sales-etl-prod”/);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Create Deployment' }).click();

  await console.heading('sales-etl-prod').waitFor();
  const here = page.getByRole('navigation', { name: 'Breadcrumb' }).locator('[aria-current="page"]');
  await expect(here).toHaveText(/^sales-etl-prod \(ID\s…\u2060?[a-z0-9]{4,}\)$/);
  const label = await here.textContent();

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Data Platform' }).click();
  const repeats = page.getByRole('table', { name: 'Deployments' }).getByRole('link', { name: /^sales-etl-prod \(ID/ });
  await expect(repeats).toHaveCount(2);
  await expect(repeats.filter({ hasText: label! })).toHaveCount(1);
});

test('a second Workspace named like another is warned about, then told apart in the switcher', async ({ demo: page }) => {
  const console = new ConsolePage(page);
  await console.openWorkspaces();
  await page.getByRole('button', { name: 'Workspace', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Workspace' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('data platform');
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(/already named “Data Platform”/);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Create Workspace' }).click();
  await expect(dialog).toBeHidden();

  const options = page.getByRole('combobox', { name: 'Workspace' }).getByRole('option');
  await expect(options.filter({ hasText: /^data platform \(ID\s…\u2060?[a-z0-9]{4,}\)$/i })).toHaveCount(2);
});

// Issue 13 item 20, "hints stack on the list": a status hint kept open by focus and the one under the pointer
// piled up over the rows. One shows at a time, at both widths.
for (const width of [1280, 412]) {
  test(`status hints on the Deployments list show one at a time at ${width} px`, async ({ demo: page }) => {
    // Tall enough for both badges without scrolling: a scroll closes a tip anyway, which would hide a stack.
    await page.setViewportSize({ width, height: 1400 });
    await page.goto(links.deployments('Data Platform'));
    const table = page.getByRole('table', { name: 'Deployments' });
    await table.waitFor();
    // Keyboard focus keeps one badge's hint open; the pointer then rests on another badge.
    await table.getByText('Unhealthy', { exact: true }).focus();
    await expect(page.getByRole('tooltip')).toHaveCount(1);
    const unknown = table.getByText('Unknown', { exact: true });
    await unknown.hover();
    await expect(page.getByRole('tooltip')).toHaveCount(1);
    await expect(page.locator(`[id="${await unknown.getAttribute('aria-describedby')}"]`)).toBeVisible();
  });
}
