import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '../../../test/render';
import { demoDb, server } from '../../../test/server';
import { failing } from '../../../test/errors';
import { SEED_IDS } from '../../../mocks/seed';

const ORG = SEED_IDS.organization;
const tabPath = (deploymentId: string, search = '') => {
  const d = demoDb.state.deployments.find((x) => x.id === deploymentId)!;
  return `/organizations/${ORG}/workspaces/${d.workspaceId}/deployments/${deploymentId}/deploys${search}`;
};

describe('DeploysTab', () => {
  it('explains why the deploy that runs now cannot be rolled back to', async () => {
    renderRoute(tabPath(SEED_IDS.deployments.salesEtlProd));
    const table = await screen.findByRole('table', { name: 'Deploy history' });
    const live = within(table).getByText('Runs now').closest('tr')!;
    const rollback = within(live).getByRole('button', { name: 'Roll back' });
    expect(rollback).toBeDisabled();
    // The reason reaches screen readers as the disabled button's description, not only as text nearby.
    expect(rollback).toHaveAccessibleDescription('This deploy is what runs now.');
    expect(within(live).getByText('Deployed').closest('[aria-describedby]')).toHaveAccessibleDescription('Finished: its code was applied.');
    expect(within(table).getAllByRole('button', { name: /^Roll back to / }).length).toBeGreaterThan(0);
  });

  it('filters with the Type and Status selects and pages with the pager, all in the URL', async () => {
    const total = demoDb.state.deploys[SEED_IDS.deployments.salesEtlProd]!.length;
    expect(total).toBeGreaterThan(10);
    const { user, router } = renderRoute(tabPath(SEED_IDS.deployments.salesEtlProd));
    const table = await screen.findByRole('table', { name: 'Deploy history' });
    const rows = () => within(table).getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(10);
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(pages).toHaveTextContent(`1–10 of ${total}`);
    expect(within(pages).getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await user.click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(router.state.location.search).toBe('?page=2');
    await waitFor(() => expect(rows()).toHaveLength(total - 10));
    expect(within(pages).getByRole('button', { name: 'Next page' })).toBeDisabled();

    await user.selectOptions(within(pages).getByRole('combobox', { name: 'Rows per page' }), '25');
    expect(router.state.location.search).toBe('?pageSize=25');
    await waitFor(() => expect(rows()).toHaveLength(total));

    const filters = screen.getByRole('search', { name: 'Filter deploys' });
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Type' }), 'DAG-only');
    expect(router.state.location.search).toBe('?type=DAG_ONLY&pageSize=25');
    await waitFor(() => expect(rows().length).toBeLessThan(total));
    expect(rows().length).toBeGreaterThan(0);
    for (const row of rows()) expect(row).toHaveTextContent('DAG-only');
    expect(within(filters).getByRole('combobox', { name: 'Status' })).toHaveValue('');
  });

  it('reads filters and the page from the URL', async () => {
    renderRoute(tabPath(SEED_IDS.deployments.salesEtlProd, '?status=FAILED'));
    expect(await screen.findByText('No deploy matches these filters')).toBeInTheDocument();
  });

  it('opens an old link (0-based page, size) on the page it meant, and rewrites it in the one list convention', async () => {
    const total = demoDb.state.deploys[SEED_IDS.deployments.salesEtlProd]!.length;
    const { router } = renderRoute(tabPath(SEED_IDS.deployments.salesEtlProd, '?page=1&size=10&compare=x'));
    await screen.findByRole('table', { name: 'Deploy history' });
    expect(screen.getByRole('navigation', { name: 'Pages' })).toHaveTextContent(`11–${Math.min(20, total)} of ${total}`);
    await waitFor(() => expect(router.state.location.search).toBe('?compare=x&page=2'));
  });

  it('warns harder, and asks for a confirmation, before going back from Airflow 3 to Airflow 2', async () => {
    const id = SEED_IDS.deployments.dbtTransform;
    const base = { deploymentId: id, imageRepository: 'images.example/dbt', isDagDeployEnabled: true, type: 'IMAGE_AND_DAG', status: 'DEPLOYED' };
    const deploys = [
      {
        ...base,
        id: 'new',
        imageTag: 'deploy-new',
        astroRuntimeVersion: '3.1-2',
        airflowVersion: '3.1.0',
        createdAt: new Date(Date.now() - 3600_000).toISOString(),
      },
      {
        ...base,
        id: 'old',
        imageTag: 'deploy-old',
        astroRuntimeVersion: '12.4.0',
        airflowVersion: '2.10.5',
        createdAt: new Date(Date.now() - 86_400_000).toISOString(),
      },
    ];
    server.use(http.get('*/v1/organizations/:o/deployments/:d/deploys', () => HttpResponse.json({ deploys, totalCount: 2, offset: 0, limit: 1000 })));
    const { user } = renderRoute(tabPath(id));
    await user.click(await screen.findByRole('button', { name: /^Roll back to deploy-old/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Roll back to deploy-old?' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('This goes back from Airflow 3 to Airflow 2: 3.1-2 → 12.4.0');
    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'Back to Airflow 2');
    const confirm = within(dialog).getByRole('button', { name: 'Roll back' });
    expect(confirm).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: /Airflow 3 to Airflow 2 rollback is supported/ }));
    expect(confirm).toBeEnabled();
  });

  it('offers a retry when the history cannot be loaded', async () => {
    server.use(failing('get', '/organizations/:organizationId/deployments/:deploymentId/deploys', 500, 'Boom'));
    renderRoute(tabPath(SEED_IDS.deployments.salesEtlProd));
    const alerts = await screen.findAllByRole('alert');
    const alert = alerts.find((a) => a.textContent?.includes('Could not load the deploy history'))!;
    expect(alert).toHaveTextContent('Boom');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
  });
});
