import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderRoute } from '../../../../test/render';
import { demoDb } from '../../../../test/server';
import { SEED_IDS } from '../../../../mocks/seed';

const overview = (id: string) => {
  const d = demoDb.state.deployments.find((x) => x.id === id)!;
  return `/organizations/${SEED_IDS.organization}/workspaces/${d.workspaceId}/deployments/${id}/overview`;
};

describe('Open Airflow', () => {
  it('is not offered as a link while the Deployment hibernates, and says why', async () => {
    renderRoute(overview(SEED_IDS.deployments.analyticsDev));
    await screen.findByRole('heading', { level: 1, name: 'analytics-sandbox-dev' });
    expect(screen.queryByRole('link', { name: /Open Airflow/ })).not.toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Open Airflow' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription('Airflow is not running while the Deployment hibernates. Wake it up first.');
  });

  it('opens Airflow in a new tab when it runs', async () => {
    renderRoute(overview(SEED_IDS.deployments.salesEtlProd));
    await screen.findByRole('heading', { level: 1, name: 'sales-etl-prod' });
    expect(screen.getByRole('link', { name: /Open Airflow/ })).toHaveAttribute('target', '_blank');
  });
});
