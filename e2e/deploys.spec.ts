import { SIMULATED_UPLOAD_MS } from '../src/mocks/deploys/deployFlow';
import { RESTART_MS } from '../src/mocks/lifecycle';
import { DeploysPage } from './pages/DeploysPage';
import { advance, expect, expectNoAxeViolations, test } from './fixtures';

test.describe('deploys', () => {
  test('an image deploy shows current -> desired on the overview and the badge, then lands in the history', async ({ demo: page }) => {
    const deploys = new DeploysPage(page);
    await deploys.openDeployment('Data Platform', 'sales-etl-prod');
    const before = (await deploys.currentImageTag().textContent())!;

    await deploys.tab('Deploy history').click();
    await deploys.simulate('Image and DAGs');
    const newest = deploys.rows().first();
    await expect(newest).toContainText('Initialized');
    await expect(newest).toContainText('API token');
    const newTag = (await newest.locator('td').nth(5).textContent())!.trim();
    expect(before).not.toContain(newTag);

    await deploys.tab('Overview').click();
    await expect(deploys.field('Docker image').getByLabel(`desired ${newTag}`)).toBeVisible();
    await expect(deploys.field('Deploy in progress')).toContainText(/Image and DAGs started .* by API token github-actions-deploy/);
    await expect(deploys.field('Astro Runtime')).toContainText('12.4.0 (Airflow 2.10.5)');
    await deploys.statusBadge('Deploying').hover();
    await expect(page.getByRole('tooltip')).toContainText(`Image and DAGs deploy; image ${before.split(':').pop()} → ${newTag}`);
    await expect(page.getByRole('tooltip')).toContainText('started by API token github-actions-deploy');
    await expectNoAxeViolations(page);

    // The pretend CLI finishes its upload and finalizes; then the Deployment restarts onto the new image.
    await advance(page, SIMULATED_UPLOAD_MS + RESTART_MS);
    await expect(deploys.statusBadge('Healthy')).toBeVisible();
    await expect(deploys.currentImageTag()).toContainText(newTag);
    await deploys.tab('Deploy history').click();
    await expect(deploys.rows().first()).toContainText('Deployed');
    await expect(deploys.rows().first()).toContainText(newTag);
    await expect(deploys.rows().first()).toContainText('Runs now');
  });

  test('a DAG-only deploy changes only the DAG bundle version', async ({ demo: page }) => {
    const deploys = new DeploysPage(page);
    await deploys.openDeployment('Data Platform', 'sales-etl-prod');
    const image = (await deploys.currentImageTag().textContent())!;
    const bundle = (await deploys.currentBundle().textContent())!;

    await deploys.tab('Deploy history').click();
    await deploys.simulate('DAG-only');
    await deploys.tab('Overview').click();
    await expect(deploys.statusBadge('Deploying')).toBeVisible();
    await advance(page, SIMULATED_UPLOAD_MS);
    const desired = deploys.field('DAG bundle version').getByLabel(/^desired /);
    await expect(desired).toBeVisible();
    await expect(deploys.field('Docker image').getByLabel(/^desired /)).toHaveCount(0);
    const newBundle = (await desired.textContent())!;
    expect(newBundle).not.toBe(bundle);

    await advance(page, RESTART_MS);
    await expect(deploys.statusBadge('Healthy')).toBeVisible();
    await expect(deploys.currentBundle()).toHaveText(newBundle);
    await expect(deploys.currentImageTag()).toHaveText(image);
  });

  test('roll back to an older deploy: a downgrade warns, the description is checked, a new rollback row appears', async ({ demo: page }) => {
    const deploys = new DeploysPage(page);
    await deploys.openDeployment('Data Platform', 'sales-etl-prod', 'deploys');
    const live = deploys.rows().filter({ hasText: 'Runs now' });
    await expect(live.getByRole('button', { name: 'Roll back' })).toBeDisabled();
    await expect(live).toContainText('This deploy is what runs now.');

    const target = deploys.rows().filter({ hasText: '12.1.1' }).filter({ hasText: 'Image and DAGs' }).first();
    const targetTag = (await target.locator('td').nth(5).textContent())!.trim();
    await target.getByRole('button', { name: /^Roll back to / }).click();
    const dialog = page.getByRole('dialog', { name: `Roll back to ${targetTag}?` });
    await expect(dialog.getByRole('alert')).toContainText('This downgrades Astro Runtime: 12.4.0 → 12.1.1');
    await expect(dialog.getByRole('table', { name: 'What rolls back' })).toContainText('Astro Runtime version');
    await expect(dialog.getByRole('table', { name: 'What stays as it is' })).toContainText('Environment variables');
    await expectNoAxeViolations(page);

    const description = dialog.getByRole('textbox', { name: 'Description' });
    await dialog.getByRole('button', { name: 'Roll back' }).click();
    await expect(dialog.getByText('Say why you roll back; the description is required.')).toBeVisible();
    await description.fill('x'.repeat(501));
    await expect(dialog.getByText('Description must be at most 500 characters.')).toBeVisible();
    await expect(description).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByRole('button', { name: 'Roll back' }).click();
    await expect(dialog).toBeVisible();
    await expect(description).toHaveValue('x'.repeat(501));
    await expectNoAxeViolations(page);

    await description.fill('Revert: the orders sensor broke the nightly run');
    await dialog.getByRole('button', { name: 'Roll back' }).click();
    await expect(dialog).toBeHidden();
    const rollback = deploys.rows().first();
    await expect(rollback).toContainText('Rollback');
    await expect(rollback).toContainText('Revert: the orders sensor broke the nightly run');
    await expect(rollback.getByRole('link', { name: `to ${targetTag}` })).toBeVisible();
    await expect(deploys.statusBadge('Deploying')).toBeVisible();

    await rollback.getByRole('link', { name: `to ${targetTag}` }).click();
    await expect(page).toHaveURL(/focus=/);
    await expect(deploys.history().locator('tr[aria-current="true"]')).toContainText(targetTag);

    await deploys.tab('Overview').click();
    await expect(deploys.currentImageTag()).toContainText(targetTag);
    await expect(deploys.field('Astro Runtime')).toContainText('12.1.1');
  });

  test('filter and page the history; the filter survives a reload', async ({ demo: page }) => {
    const deploys = new DeploysPage(page);
    await deploys.openDeployment('Data Platform', 'sales-etl-prod', 'deploys');
    await expect(deploys.history()).toBeVisible();
    await expect(deploys.rows()).toHaveCount(10);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(deploys.rows()).toHaveCount(2);
    await page.getByRole('button', { name: 'Previous page' }).click();

    await deploys.chooseFilter('Type', 'DAG-only');
    await expect(page).toHaveURL(/type=DAG_ONLY/);
    const dagOnly = deploys.rows();
    await expect(dagOnly.first()).toContainText('DAG-only');
    await expect(dagOnly.filter({ hasNotText: 'DAG-only' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Type' })).toHaveValue('DAG_ONLY');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(deploys.rows()).toHaveCount(10);
  });

  test('compare two deploys of the history; copy how to deploy', async ({ demo: page }) => {
    const deploys = new DeploysPage(page);
    await deploys.openDeployment('Data Platform', 'sales-etl-prod', 'deploys');
    await deploys.rows().nth(0).getByRole('checkbox').click();
    await deploys.rows().nth(7).getByRole('checkbox').click();
    const compare = page.getByRole('region', { name: 'Compare deploys' });
    await expect(compare.getByRole('table', { name: 'Changes between the two deploys' })).toContainText('Astro Runtime');
    await expect(compare).toContainText('upgrade');
    await expect(page).toHaveURL(/compare=/);
    await expectNoAxeViolations(page);

    const id = page.url().split('/deployments/')[1]!.split('/')[0]!;
    await page.getByRole('button', { name: 'How to deploy' }).click();
    await expect(page.getByText(`astro deploy ${id} --dags`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy the command: DAGs only' })).toBeVisible();
    await expect(page.getByLabel('GitHub Actions workflow', { exact: true })).toContainText(`deployment-id: ${id}`);
    await expectNoAxeViolations(page);
  });

  test("a hint in the history's first row shows whole above its scroll container, and Escape dismisses it", async ({ demo: page }) => {
    const deploys = new DeploysPage(page);
    await deploys.openDeployment('Data Platform', 'sales-etl-prod', 'deploys');
    const status = deploys
      .rows()
      .first()
      .getByText(/^(Deployed|Failed|Initialized)$/);
    await status.hover();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    // Whole inside the viewport, and on top where it is drawn: nothing (the table's scroll frame) covers it.
    const box = (await tip.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    const onTop = await tip.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return [
        [r.left + 2, r.top + 2],
        [r.right - 2, r.bottom - 2],
      ].every(([x, y]) => el.contains(document.elementFromPoint(x!, y!)));
    });
    expect(onTop).toBe(true);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
  });
});
