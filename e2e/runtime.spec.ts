import { test, expect, expectNoAxeViolations } from './fixtures';
import { ConsolePage } from './pages/ConsolePage';
import { SEED_IDS } from '../src/mocks/seed';
import { paths } from '../src/shared/routes/paths';

const releases = (search = '') => paths.runtimeReleases(SEED_IDS.organization, 'releases', search);
const composer = () => paths.runtimeReleases(SEED_IDS.organization, 'tag-composer');

test.describe('Runtime releases', () => {
  test('composes a FROM line for an Airflow 2 and an Airflow 3 Runtime, each from its registry, and copies it', async ({ demo: page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const ui = new ConsolePage(page);
    await page.goto(composer());
    await ui.heading('Runtime releases').waitFor();
    const composed = page.getByRole('status', { name: 'Composed FROM line' });

    await page.getByRole('combobox', { name: 'Runtime' }).selectOption('12.4.0');
    await page.getByRole('combobox', { name: 'Python' }).selectOption('3.12');
    await page.getByRole('checkbox', { name: 'Slim' }).check();
    await expect(composed.locator('code')).toHaveText('FROM quay.io/astronomer/astro-runtime:12.4.0-python-3.12-slim');
    await composed.getByRole('button', { name: 'Copy FROM line' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('FROM quay.io/astronomer/astro-runtime:12.4.0-python-3.12-slim');
    // The choices are the link: a reload shows the same line.
    await page.reload();
    await expect(composed.locator('code')).toHaveText('FROM quay.io/astronomer/astro-runtime:12.4.0-python-3.12-slim');

    await page.getByRole('combobox', { name: 'Runtime' }).selectOption('3.1-2');
    await page.getByRole('combobox', { name: 'Python' }).selectOption('');
    await page.getByRole('checkbox', { name: 'Slim' }).uncheck();
    await page.getByRole('checkbox', { name: /Base/ }).check();
    await expect(composed.locator('code')).toHaveText('FROM astrocrpublic.azurecr.io/runtime:3.1-2-base');
    await composed.getByRole('button', { name: 'Copy FROM line' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('FROM astrocrpublic.azurecr.io/runtime:3.1-2-base');
    await expectNoAxeViolations(page);
  });

  test('refuses an impossible combination with the reason', async ({ demo: page }) => {
    const ui = new ConsolePage(page);
    await page.goto(composer());
    await ui.heading('Runtime releases').waitFor();
    await page.getByRole('combobox', { name: 'Runtime' }).selectOption('10.9.0');
    await page.getByRole('checkbox', { name: 'Slim' }).check();
    await page.getByRole('radio', { name: 'UBI9 (RHEL)' }).check();
    const refusal = page.getByRole('alert');
    await expect(refusal).toContainText('Slim images exist from Runtime 11; 10.9.0 has none.');
    await expect(refusal).toContainText('UBI9 images start at Runtime 11.13.0 and 12.3.0.');
    await expect(page.getByRole('button', { name: 'Copy FROM line' })).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Runtime' }).selectOption('11.0.0');
    await page.getByRole('checkbox', { name: 'Slim' }).uncheck();
    await page.getByRole('radio', { name: 'Debian' }).check();
    await expect(refusal).toContainText('Runtime 11.0.0 was yanked');
    await expectNoAxeViolations(page);
  });

  test('reads a pasted FROM line with the variants in the other order, and says what it is and what to move to', async ({ demo: page }) => {
    const ui = new ConsolePage(page);
    await page.goto(composer());
    await ui.heading('Runtime releases').waitFor();
    await page.getByRole('textbox', { name: 'FROM line' }).fill('FROM quay.io/astronomer/astro-runtime:11.18.0-slim-python-3.11');
    const reading = page.getByRole('status', { name: 'Reading' });
    await expect(reading).toContainText('Astro Runtime 11.18.0 (Airflow 2.9.3), Debian, Python 3.11, slim');
    await expect(reading).toContainText('Lifecycle: Past maintenance.');
    await expect(reading).toContainText('not in the documented order');
    await expect(reading.locator('code').first()).toHaveText('FROM quay.io/astronomer/astro-runtime:11.18.0-python-3.11-slim');
    await expectNoAxeViolations(page);

    await page.getByRole('textbox', { name: 'FROM line' }).fill('FROM quay.io/astronomer/astro-runtime:3.0-7-python-3.12');
    await expect(reading).toContainText('Airflow 3 Runtimes are published at astrocrpublic.azurecr.io/runtime');
    await expect(reading).toContainText('Lifecycle: Maintained.');
    await expect(reading).toContainText('No newer patch of this line is in the catalogue.');
  });

  test('lists every Runtime with its lifecycle and Deployments, filtered by the URL', async ({ demo: page }) => {
    const ui = new ConsolePage(page);
    await page.goto(releases());
    await ui.heading('Runtime releases').waitFor();
    const table = page.getByRole('table', { name: 'Runtime releases' });
    const row = (version: string) =>
      table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${version.replaceAll('.', '\\.')}`) }) });
    await expect(row('11.0.0')).toContainText('Yanked');
    await expect(row('11.0.0')).toContainText('not offered by the API');
    await expect(row('11.18.0')).toContainText('Past maintenance');
    await expect(row('11.18.0')).toContainText('Oct 31, 2025');
    await expect(row('3.1-2')).toContainText('Maintained');
    await expect(row('3.1-2')).toContainText('derived');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Airflow 3' }).click();
    await page.getByRole('button', { name: 'Supported only' }).click();
    await expect(page).toHaveURL(/airflow=3/);
    await expect(page).toHaveURL(/show=supported/);
    const versions = await table.getByRole('rowheader').allTextContents();
    expect(versions.length).toBeGreaterThan(0);
    expect(versions.every((v) => /^3\.\d+-\d+/.test(v))).toBe(true);
    await page.goto(releases('airflow=2&show=supported'));
    await expect(row('11.0.0')).toHaveCount(0);
    await expect(row('12.4.0')).toHaveCount(1);
  });
});

test.describe('Upgrade planner', () => {
  const overview = (deploymentId: string, workspaceId: string, search = '') => `${paths.deployment(SEED_IDS.organization, workspaceId, deploymentId)}${search}`;

  test('warns on a Runtime past maintenance, offers the right targets, and refuses a downgrade with the rollback link', async ({ demo: page }) => {
    const ui = new ConsolePage(page);
    await page.goto(overview(SEED_IDS.deployments.dataQuality, SEED_IDS.workspaces.dataPlatform));
    await ui.heading('data-quality-checks').waitFor();
    const notice = page.getByRole('region', { name: 'Runtime lifecycle' });
    await expect(notice).toContainText('Past maintenance');
    await expect(notice.getByRole('alert')).toContainText('Runtime 10.9.0 is past its end of maintenance');
    await notice.getByRole('link', { name: 'Plan an upgrade' }).click();

    const dialog = page.getByRole('dialog', { name: 'Upgrade data-quality-checks' });
    await expect(page).toHaveURL(/\?upgrade=plan$/);
    const targets = dialog.getByRole('list', { name: 'Upgrade targets' });
    await expect(targets.getByRole('heading', { level: 3 })).toHaveText(['Runtime 12.4.0', 'Runtime 11.18.0', 'Runtime 3.1-2', 'Runtime 3.0-7']);
    const airflow3 = targets.getByRole('article', { name: 'Runtime 3.1-2' });
    await expect(airflow3).toContainText('needs Runtime 13.7.0 or later; this Deployment runs 10.9.0');
    await expect(airflow3).toContainText('Airflow 2.8.4 → 3.1.0');
    await expect(airflow3.locator('code').first()).toHaveText('FROM astrocrpublic.azurecr.io/runtime:3.1-2');
    const minor = targets.getByRole('article', { name: 'Runtime 12.4.0' });
    await expect(minor.locator('code')).toHaveText(['FROM quay.io/astronomer/astro-runtime:12.4.0', `astro deploy ${SEED_IDS.deployments.dataQuality}`]);
    await expectNoAxeViolations(page);

    await dialog.getByRole('combobox', { name: 'Runtime version' }).selectOption('9.22.0');
    const check = dialog.getByRole('status', { name: 'Version check' });
    await expect(check).toContainText('Refused: Runtime 9.22.0 is older than 10.9.0');
    await expectNoAxeViolations(page);
    // The planner with the checked version is a link: a reload shows the same refusal.
    await page.reload();
    await expect(check).toContainText('Refused: Runtime 9.22.0 is older than 10.9.0');
    await check.getByRole('link', { name: 'Roll back from the deploy history' }).click();
    await expect(page).toHaveURL(paths.deployment(SEED_IDS.organization, SEED_IDS.workspaces.dataPlatform, SEED_IDS.deployments.dataQuality, 'deploys'));
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('warns on a yanked Runtime and offers the latest patch of its line', async ({ demo: page }) => {
    const ui = new ConsolePage(page);
    await page.goto(overview(SEED_IDS.deployments.clickstreamHybrid, SEED_IDS.workspaces.dataPlatform));
    await ui.heading('clickstream-hybrid').waitFor();
    const notice = page.getByRole('region', { name: 'Runtime lifecycle' });
    await expect(notice.getByRole('alert')).toContainText('Runtime 11.0.0 was yanked');
    await notice.getByRole('link', { name: 'Plan an upgrade' }).click();
    const targets = page.getByRole('dialog', { name: 'Upgrade clickstream-hybrid' }).getByRole('list', { name: 'Upgrade targets' });
    await expect(targets.getByRole('article', { name: 'Runtime 11.18.0' })).toContainText('Latest patch of the 11.x line');
    await expectNoAxeViolations(page);
  });
});

test.describe('Runtime fleet', () => {
  const fleet = (search = '') => paths.runtimeReleases(SEED_IDS.organization, 'fleet', search);

  test('filtered to past maintenance, the fleet matrix lists exactly the Deployments whose versions are past it', async ({ demo: page }) => {
    const ui = new ConsolePage(page);
    await page.goto(fleet('sort=name'));
    await ui.heading('Runtime releases').waitFor();
    const table = page.getByRole('table', { name: 'Fleet' });
    await expect(page.getByRole('status').filter({ hasText: 'Deployments' })).toHaveText('15 Deployments');
    await page.getByRole('button', { name: 'Past maintenance' }).click();
    await expect(page).toHaveURL(/[?&]show=past-maintenance/);
    await expect(page.getByRole('status').filter({ hasText: 'Deployments' })).toHaveText('4 of 15 Deployments match');
    const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!, tr.querySelectorAll('td')[1]!.textContent!]));
    const versions: Record<string, string> = Object.fromEntries(shown.map(([name, runtime]) => [name, runtime!.match(/^[\d.-]+\d/)![0]]));
    expect(versions).toEqual({ 'clickstream-hybrid': '11.0.0', 'data-quality-checks': '10.9.0', 'ingest-stripe': '11.18.0', 'legacy-reporting': '9.22.0' });
    await expectNoAxeViolations(page);

    // Each of those versions is past its end of maintenance on the releases table, and the Deployments run them.
    await page.goto(releases());
    const releasesTable = page.getByRole('table', { name: 'Runtime releases' });
    for (const version of Object.values(versions)) {
      await expect(
        releasesTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${version.replaceAll('.', '\\.')}`) }) }),
      ).toContainText(/ended \d+ days? ago/);
    }
    await page.goto(paths.deployments(SEED_IDS.organization, SEED_IDS.workspaces.dataPlatform));
    for (const name of ['data-quality-checks', 'ingest-stripe', 'legacy-reporting']) {
      await expect(page.getByRole('row').filter({ hasText: name })).toContainText(versions[name]!);
    }
  });
});
