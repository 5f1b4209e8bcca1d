import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '../test/render';
import { demoDb } from '../test/server';
import { SEED_IDS } from '../mocks/seed';
import { paths } from '../shared/routes/paths';

// Issue 13 item 13: the API takes a name another Workspace, or another Deployment of the Workspace, has.
// The console warns as the name is typed, and tells repeats apart wherever they are listed.

const ORG = SEED_IDS.organization;
const W = SEED_IDS.workspaces;
const D = SEED_IDS.deployments;
const COPY_ID = 'clzzcopy0000000000000dup9';
/** "name (ID …tail)", with the no-break space and word joiner that keep it on one line. */
const labelled = (name: string, tail: string) => `${name} (ID\u00a0…\u2060${tail})`;

function addWorkspaceCopy(name: string) {
  const analytics = demoDb.state.workspaces.find((w) => w.id === W.analytics)!;
  demoDb.state.workspaces.push({ ...structuredClone(analytics), id: COPY_ID, name });
}

function addDeploymentCopy() {
  const prod = demoDb.state.deployments.find((d) => d.id === D.salesEtlProd)!;
  demoDb.state.deployments.push({ ...structuredClone(prod), id: COPY_ID, namespace: 'copied-namespace-0001' });
  demoDb.state.deploys[COPY_ID] = [];
}

describe('names that repeat', () => {
  it('tells two Workspaces of one name apart in the list, the switcher and the breadcrumb', async () => {
    addWorkspaceCopy('analytics');
    const { router } = renderRoute(paths.workspaces(ORG));
    const seeded = labelled('Analytics', W.analytics.slice(-4));
    const copy = labelled('analytics', 'dup9');
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('link', { name: seeded })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: copy })).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: `Edit ${copy}` })).toBeInTheDocument();
    // Names that no other Workspace has stay as they are.
    expect(within(table).getByRole('link', { name: 'Data Platform' })).toBeInTheDocument();

    const switcher = screen.getByRole('combobox', { name: 'Workspace' });
    await waitFor(() =>
      expect(
        within(switcher)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toContain(copy),
    );
    expect(
      within(switcher)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toContain(seeded);

    await router.navigate(paths.deployments(ORG, COPY_ID));
    const trail = await screen.findByRole('navigation', { name: 'Breadcrumb' });
    await waitFor(() => expect(trail.querySelector('[aria-current="page"]')?.textContent).toBe(copy));
  });

  it('tells two Deployments of one name apart in the list and the breadcrumb', async () => {
    addDeploymentCopy();
    const { router } = renderRoute(paths.deployments(ORG, W.dataPlatform));
    const table = await screen.findByRole('table', { name: 'Deployments' });
    const seeded = labelled('sales-etl-prod', D.salesEtlProd.slice(-4));
    expect(within(table).getByRole('link', { name: seeded })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: labelled('sales-etl-prod', 'dup9') })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'sales-etl-staging' })).toBeInTheDocument();

    await router.navigate(paths.deployment(ORG, W.dataPlatform, D.salesEtlProd));
    const trail = await screen.findByRole('navigation', { name: 'Breadcrumb' });
    await waitFor(() => expect(trail.querySelector('[aria-current="page"]')?.textContent).toBe(seeded));
  });

  it('warns at the name field, as it is typed, that another Deployment of the Workspace has the name', async () => {
    const { user } = renderRoute(paths.createDeployment(ORG, W.dataPlatform));
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.type(name, 'Sales-ETL-prod');
    await waitFor(() =>
      expect(name).toHaveAccessibleDescription(/A Deployment in this Workspace is already named “sales-etl-prod”\. You can still use the name/),
    );
    await user.clear(name);
    await user.type(name, 'sales-etl-prod-2');
    await waitFor(() => expect(name).not.toHaveAccessibleDescription(/already named/));
    // A warning, not an error: the field is not marked invalid.
    expect(name).not.toHaveAttribute('aria-invalid');
  });

  it('warns in the Workspace form, leaving out the Workspace being renamed', async () => {
    const { user } = renderRoute(paths.workspaces(ORG));
    await user.click(await screen.findByRole('button', { name: 'Workspace' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.type(name, 'data platform');
    expect(name).toHaveAccessibleDescription(/A Workspace in this Organization is already named “Data Platform”/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('button', { name: 'Edit Data Platform' }));
    const edit = within(await screen.findByRole('dialog')).getByRole('textbox', { name: 'Name' });
    expect(edit).toHaveValue('Data Platform');
    expect(edit).not.toHaveAccessibleDescription(/already named/);
  });
});

describe('an image tag that does not exist yet', () => {
  it('says so in the Deployments list, instead of a dash', async () => {
    renderRoute(paths.deployments(ORG, W.analytics));
    const table = await screen.findByRole('table', { name: 'Deployments' });
    const row = within(table).getByRole('link', { name: 'finance-reporting' }).closest('tr')!;
    expect(within(row).getByText('No image deployed yet')).toBeInTheDocument();
    expect(row.querySelector('code')).toBeNull();
  });
});
