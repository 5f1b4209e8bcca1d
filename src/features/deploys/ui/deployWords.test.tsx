import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../../test/render';
import { demoDb, server } from '../../../test/server';
import { SEED_IDS } from '../../../mocks/seed';

const ORG = SEED_IDS.organization;
const id = SEED_IDS.deployments.dbtTransform;
const at = (tab: string) => {
  const d = demoDb.state.deployments.find((x) => x.id === id)!;
  return `/organizations/${ORG}/workspaces/${d.workspaceId}/deployments/${id}/${tab}`;
};
const base = { deploymentId: id, imageRepository: 'images.example/dbt', isDagDeployEnabled: true, status: 'DEPLOYED' };
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();

function serveDeploys(deploys: object[]) {
  server.use(
    http.get('*/v1/organizations/:o/deployments/:d/deploys', () => HttpResponse.json({ deploys, totalCount: deploys.length, offset: 0, limit: 1000 })),
  );
}

describe('words that match the state', () => {
  it('a DAG-only deploy in progress waits for the DAGs, not for an image', async () => {
    const d = demoDb.state.deployments.find((x) => x.id === id)!;
    server.use(http.get('*/v1/organizations/:o/deployments/:d', () => HttpResponse.json({ ...d, status: 'DEPLOYING' })));
    serveDeploys([
      { ...base, id: 'dags', type: 'DAG_ONLY', status: 'INITIALIZED', imageTag: d.imageTag, createdAt: hoursAgo(0.01) },
      { ...base, id: 'live', type: 'IMAGE_AND_DAG', imageTag: d.imageTag, createdAt: hoursAgo(5) },
    ]);
    renderRoute(at('overview'));
    const field = await screen.findByText(/waiting for the DAGs/);
    expect(field).not.toHaveTextContent('image');
  });

  it('rolling back the Runtime on the same Airflow version does not warn that metadata is erased', async () => {
    const airflow = demoDb.state.deployments.find((x) => x.id === id)!.airflowVersion;
    serveDeploys([
      { ...base, id: 'new', type: 'IMAGE_AND_DAG', imageTag: 'deploy-new', astroRuntimeVersion: '3.1-2', airflowVersion: airflow, createdAt: hoursAgo(1) },
      { ...base, id: 'old', type: 'IMAGE_AND_DAG', imageTag: 'deploy-old', astroRuntimeVersion: '3.1-1', airflowVersion: airflow, createdAt: hoursAgo(24) },
    ]);
    demoDb.state.deployments.find((x) => x.id === id)!.astroRuntimeVersion = '3.1-2';
    const { user } = renderRoute(at('deploys'));
    await user.click(await screen.findByRole('button', { name: /^Roll back to deploy-old/ }));
    const alert = within(await screen.findByRole('dialog', { name: 'Roll back to deploy-old?' })).getByRole('alert');
    expect(alert).toHaveTextContent('This downgrades Astro Runtime: 3.1-2 → 3.1-1');
    expect(alert).toHaveTextContent(`Airflow stays at ${airflow}, so the metadata database keeps all its data.`);
    expect(alert).not.toHaveTextContent('erased');
  });
});
