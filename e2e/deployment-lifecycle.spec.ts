import { CREATE_MS } from '../src/mocks/lifecycle';
import { ConsolePage, links } from './pages/ConsolePage';
import { DeploymentFormPage } from './pages/DeploymentFormPage';
import { advance, expect, expectNoAxeViolations, test } from './fixtures';

/** Opens the create form of a Workspace straight from its URL. */
async function openCreate(page: import('@playwright/test').Page, workspace = 'Sandbox') {
  await page.goto(links.createDeployment(workspace));
  await new ConsolePage(page).heading('Create a Deployment').waitFor();
  return new DeploymentFormPage(page);
}

async function openDeployment(page: import('@playwright/test').Page, workspace: string, name: string) {
  await new ConsolePage(page).openDeployment(workspace, name);
  return new DeploymentFormPage(page);
}

test.describe('Deployment lifecycle', () => {
  test('create a Celery Deployment with two queues and watch it turn healthy', async ({ demo: page }) => {
    const form = await openCreate(page);
    await expectNoAxeViolations(page);
    await form.field('Name').fill('orders-etl');
    await form.choose('Executor', 'Celery');
    await form.openAdvanced();
    await page.getByRole('button', { name: 'Add queue' }).click();
    await form.field('Queue 2 name').fill('heavy-jobs');
    await form.choose('Queue 2 worker type', /^A20/);
    await form.number('Queue 2 max workers').fill('4');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Create Deployment' }).click();

    const console = new ConsolePage(page);
    await expect(console.heading('orders-etl')).toBeVisible();
    await expect(form.badge('Creating')).toBeVisible();
    // Its toast shows first (and hides after 6 s, a timer set once it is shown); "healthy now" queues behind it.
    await expect(page.getByRole('status').filter({ hasText: 'Creating orders-etl.' })).toBeVisible();
    // No reload: the overview polls while the Deployment is CREATING, and the due poll sees it healthy.
    await advance(page, CREATE_MS);
    await expect(form.badge('Healthy')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'orders-etl is healthy now.' })).toBeVisible();
    const queues = page.getByRole('table', { name: 'Worker queues' });
    await expect(queues.getByRole('row')).toHaveCount(3);
    await expect(queues.getByRole('cell', { name: /^default/ })).toBeVisible();
    await expect(queues.getByRole('row', { name: /heavy-jobs/ })).toContainText('A20');
  });

  test('bad input gives errors at the fields', async ({ demo: page }) => {
    const form = await openCreate(page);
    await form.choose('Executor', 'Celery');
    await form.openAdvanced();
    await page.getByRole('button', { name: 'Add queue' }).click();
    await form.field('Queue 2 name').fill('Default_Q');
    await form.number('Queue 2 min workers').fill('5');
    await form.number('Queue 2 max workers').fill('2');
    await form.field('Contact emails').fill('ops@acme.example\nnot-an-email');
    await page.getByRole('switch', { name: 'Development mode' }).check();
    await page.getByRole('button', { name: 'Add custom schedule' }).click();
    await form.field('Schedule 1 hibernate at (cron, UTC)').fill('every night');
    await form.field('Schedule 1 wake at (cron, UTC)').fill('0 7 * * 1-5');
    await expect(page.getByText('At 07:00, Monday through Friday (UTC)')).toBeVisible();
    await page.getByRole('button', { name: 'Create Deployment' }).click();

    await expect(form.field('Name')).toHaveAccessibleDescription('Name is required.');
    await expect(form.field('Queue 2 name')).toHaveAccessibleDescription(/lowercase letters and hyphens only/);
    await expect(form.number('Queue 2 max workers')).toHaveAccessibleDescription('Max workers must be at least min workers (5).');
    await expect(form.field('Contact emails')).toHaveAccessibleDescription('"not-an-email" is not a valid email address.');
    await expect(form.field('Schedule 1 hibernate at (cron, UTC)')).toHaveAccessibleDescription(/Use 5 fields/);
    await expect(form.field('Name')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    // Fixing a field clears its error as you type.
    await form.field('Queue 2 name').fill('etl');
    await expect(form.field('Queue 2 name')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/deployments\/new$/);
  });

  test('a 500 on save keeps every value typed, and retry creates it', async ({ demo: page }) => {
    const form = await openCreate(page);
    await form.field('Name').fill('survives-outage');
    await form.field('Description').fill('Typed before the outage');
    await form.choose('Executor', 'Celery');
    await form.openAdvanced();
    await page.getByRole('button', { name: 'Add queue' }).click();
    await form.field('Queue 2 name').fill('reports');
    await form.field('Contact emails').fill('ops@acme.example');
    await new ConsolePage(page).setDemoFaults(1);
    await page.getByRole('button', { name: 'Create Deployment' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Could not create the Deployment' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(/Request ID/);
    await expect(form.field('Name')).toHaveValue('survives-outage');
    await expect(form.field('Description')).toHaveValue('Typed before the outage');
    await expect(form.field('Queue 2 name')).toHaveValue('reports');
    await expect(form.field('Contact emails')).toHaveValue('ops@acme.example');
    await expect(page.getByRole('combobox', { name: 'Executor' })).toHaveText('Celery');

    await new ConsolePage(page).setDemoFaults(0);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(new ConsolePage(page).heading('survives-outage')).toBeVisible();
  });

  test('edit the scheduler size: the review warns of the restart', async ({ demo: page }) => {
    const form = await openDeployment(page, 'Analytics', 'marketing-attribution');
    await form.menu('Edit settings');
    await expect(page.getByRole('tab', { name: 'Details', selected: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Astro Runtime' })).toHaveAttribute('aria-disabled', 'true');
    await expectNoAxeViolations(page);
    await form.choose('Scheduler size', /^Large/);
    await page.getByRole('button', { name: 'Review changes' }).click();

    const review = page.getByRole('dialog', { name: 'Review changes to marketing-attribution' });
    const changes = review.getByRole('list', { name: 'Changed settings' });
    await expect(changes.getByRole('listitem')).toHaveCount(1);
    await expect(changes).toContainText('Scheduler size');
    await expect(changes).toContainText(/Small\s*→\s*Large/);
    await expect(changes).toContainText('The scheduler and workers restart');
    await expectNoAxeViolations(page);
    await review.getByRole('button', { name: 'Save changes' }).click();
    await expect(review).toBeHidden();
    await expect(form.badge('Deploying')).toBeVisible();
    await expect(form.badge('Deploying')).toHaveAccessibleDescription(/Applying new settings: scheduler size/);
  });

  test('hibernate and wake a development Deployment', async ({ demo: page }) => {
    const form = await openDeployment(page, 'Analytics', 'analytics-sandbox-dev');
    await expect(form.badge('Hibernating')).toBeVisible();
    await form.menu('Wake up…');
    const wake = page.getByRole('dialog', { name: 'Wake up analytics-sandbox-dev' });
    await wake.getByRole('radio', { name: 'Until further notice' }).check();
    await expectNoAxeViolations(page);
    await wake.getByRole('button', { name: 'Wake up' }).click();
    await expect(form.badge('Healthy')).toBeVisible();

    await form.menu('Hibernate…');
    const sleep = page.getByRole('dialog', { name: 'Hibernate analytics-sandbox-dev' });
    await sleep.getByRole('radio', { name: 'Until a date and time' }).check();
    await expect(sleep.getByLabel('Wake up at (your time)')).not.toHaveValue('');
    await sleep.getByRole('button', { name: 'Hibernate' }).click();
    await expect(form.badge('Hibernating')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Settings' })).toContainText(/Hibernating · Wakes up .* \(in 1[12] hours\)/);
  });

  test('delete needs the typed name, then returns to the list', async ({ demo: page }) => {
    const form = await openDeployment(page, 'Analytics', 'finance-reporting');
    await form.menu('Delete Deployment…');
    const confirm = page.getByRole('dialog', { name: 'Delete finance-reporting?' });
    await expect(confirm).toContainText('environment variables');
    const button = confirm.getByRole('button', { name: 'Delete Deployment' });
    await expect(button).toBeDisabled();
    await confirm.getByRole('textbox', { name: 'Type finance-reporting to confirm' }).fill('finance');
    await expect(button).toBeDisabled();
    await expectNoAxeViolations(page);
    await confirm.getByRole('textbox', { name: 'Type finance-reporting to confirm' }).fill('finance-reporting');
    await button.click();
    const console = new ConsolePage(page);
    await expect(console.heading('Analytics: Deployments')).toBeVisible();
    await expect(console.deploymentsTable().getByRole('link', { name: 'finance-reporting' })).toHaveCount(0);
  });
});
