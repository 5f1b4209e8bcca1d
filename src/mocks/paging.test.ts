// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SEED_IDS } from './seed';
import { call, setupDemoApi } from './testApi';

setupDemoApi();

const ORG = SEED_IDS.organization;
const W = SEED_IDS.workspaces;

describe('list endpoints', () => {
  it('lists organizations in the envelope with defaults offset 0, limit 20', async () => {
    const { status, body } = await call('GET', '/organizations');
    expect(status).toBe(200);
    expect(body).toMatchObject({ totalCount: 1, offset: 0, limit: 20 });
    expect(body.organizations[0]).toMatchObject({ id: ORG, name: 'Acme Data' });
  });

  it('reads one organization and the signed-in user', async () => {
    expect((await call('GET', `/organizations/${ORG}`)).body.name).toBe('Acme Data');
    const self = await call('GET', '/users/self');
    expect(self.body).toMatchObject({ status: 'ACTIVE', organizationId: ORG });
  });

  it('lists workspaces sorted by name by default and filters by repeated ids and exact names', async () => {
    const all = await call('GET', `/organizations/${ORG}/workspaces`);
    expect(all.body.workspaces.map((w: { name: string }) => w.name)).toEqual(['Analytics', 'Data Platform', 'ML Engineering', 'Sandbox']);
    const byIds = await call('GET', `/organizations/${ORG}/workspaces`, { query: { workspaceIds: [W.sandbox, W.analytics] } });
    expect(byIds.body.workspaces.map((w: { id: string }) => w.id).sort()).toEqual([W.analytics, W.sandbox].sort());
    const byName = await call('GET', `/organizations/${ORG}/workspaces`, { query: { names: 'Analytic' } });
    expect(byName.body.totalCount).toBe(0);
  });

  it('filters deployments by workspace, id and name together (AND)', async () => {
    const inDataPlatform = await call('GET', `/organizations/${ORG}/deployments`, { query: { workspaceIds: W.dataPlatform } });
    expect(inDataPlatform.body.totalCount).toBe(7);
    expect(inDataPlatform.body.deployments.every((d: { workspaceId: string }) => d.workspaceId === W.dataPlatform)).toBe(true);

    const twoWorkspaces = await call('GET', `/organizations/${ORG}/deployments`, { query: { workspaceIds: [W.analytics, W.mlEngineering] } });
    expect(twoWorkspaces.body.totalCount).toBe(8);

    const andCombined = await call('GET', `/organizations/${ORG}/deployments`, {
      query: { workspaceIds: W.analytics, names: ['sales-etl-prod', 'customer-360'] },
    });
    expect(andCombined.body.deployments.map((d: { name: string }) => d.name)).toEqual(['customer-360']);

    const byIds = await call('GET', `/organizations/${ORG}/deployments`, {
      query: { deploymentIds: [SEED_IDS.deployments.salesEtlProd, SEED_IDS.deployments.ingestStripe] },
    });
    expect(byIds.body.deployments.map((d: { name: string }) => d.name)).toEqual(['ingest-stripe', 'sales-etl-prod']);

    const partialName = await call('GET', `/organizations/${ORG}/deployments`, { query: { names: 'sales' } });
    expect(partialName.body.totalCount).toBe(0);
  });

  it('pages deployments with offset and limit and reports the total', async () => {
    const first = await call('GET', `/organizations/${ORG}/deployments`, { query: { limit: 4 } });
    const second = await call('GET', `/organizations/${ORG}/deployments`, { query: { limit: 4, offset: 4 } });
    const all = await call('GET', `/organizations/${ORG}/deployments`, { query: { limit: 100 } });
    expect(first.body).toMatchObject({ totalCount: 15, offset: 0, limit: 4 });
    expect(first.body.deployments).toHaveLength(4);
    expect(second.body).toMatchObject({ totalCount: 15, offset: 4, limit: 4 });
    const names = (r: typeof all) => r.body.deployments.map((d: { name: string }) => d.name);
    expect([...names(first), ...names(second)]).toEqual(names(all).slice(0, 8));
    const defaults = await call('GET', `/organizations/${ORG}/deployments`);
    expect(defaults.body.limit).toBe(20);
    const beyond = await call('GET', `/organizations/${ORG}/deployments`, { query: { offset: 40 } });
    expect(beyond.body).toMatchObject({ deployments: [], totalCount: 15, offset: 40 });
  });

  it('sorts deployments by name, createdAt and updatedAt in both directions', async () => {
    const names = async (sorts: string) =>
      (await call('GET', `/organizations/${ORG}/deployments`, { query: { sorts, limit: 100 } })).body.deployments as Array<{
        name: string;
        createdAt: string;
        updatedAt: string;
      }>;
    const asc = await names('name:asc');
    const desc = await names('name:desc');
    expect(asc.map((d) => d.name)).toEqual([...asc.map((d) => d.name)].sort());
    expect(desc.map((d) => d.name)).toEqual(asc.map((d) => d.name).reverse());
    for (const field of ['createdAt', 'updatedAt'] as const) {
      const up = (await names(`${field}:asc`)).map((d) => Date.parse(d[field]));
      const down = (await names(`${field}:desc`)).map((d) => Date.parse(d[field]));
      expect(up).toEqual([...up].sort((a, b) => a - b));
      expect(down).toEqual([...down].sort((a, b) => b - a));
    }
  });

  it('answers 400 with fieldErrors for an unknown sort or a bad page size', async () => {
    const badSort = await call('GET', `/organizations/${ORG}/deployments`, { query: { sorts: 'status:asc' } });
    expect(badSort.status).toBe(400);
    expect(badSort.body.fieldErrors[0]).toMatchObject({ field: 'sorts[0]', code: 'oneof' });
    const badLimit = await call('GET', `/organizations/${ORG}/workspaces`, { query: { limit: 5000 } });
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.fieldErrors).toEqual([expect.objectContaining({ field: 'limit', code: 'max' })]);
    const negative = await call('GET', `/organizations/${ORG}/clusters`, { query: { offset: -1 } });
    expect(negative.body.fieldErrors).toEqual([expect.objectContaining({ field: 'offset', code: 'min' })]);
  });

  it('lists clusters with name and provider filters', async () => {
    const all = await call('GET', `/organizations/${ORG}/clusters`);
    expect(all.body.clusters.map((c: { name: string }) => c.name)).toEqual(['acme-aws-prod', 'acme-azure-hybrid', 'acme-gcp-analytics']);
    const gcp = await call('GET', `/organizations/${ORG}/clusters`, { query: { provider: 'GCP' } });
    expect(gcp.body.clusters).toEqual([expect.objectContaining({ type: 'DEDICATED', cloudProvider: 'GCP' })]);
    const one = await call('GET', `/organizations/${ORG}/clusters/${SEED_IDS.clusters.azureHybrid}`);
    expect(one.body).toMatchObject({ type: 'HYBRID', cloudProvider: 'AZURE' });
  });
});

describe('auth and unknown ids', () => {
  it('answers 401 in the Error shape without a bearer token', async () => {
    for (const token of [null, '']) {
      const { status, body } = await call('GET', `/organizations/${ORG}/deployments`, { token });
      expect(status).toBe(401);
      expect(body).toMatchObject({ statusCode: 401, message: expect.stringMatching(/Authorization/) });
      expect(body.requestId).toMatch(/^req_/);
    }
  });

  it('answers 404 for unknown organization, workspace, deployment, deploy and cluster ids', async () => {
    const paths = [
      '/organizations/nope',
      '/organizations/nope/workspaces',
      `/organizations/${ORG}/workspaces/nope`,
      `/organizations/${ORG}/deployments/nope`,
      `/organizations/${ORG}/deployments/${SEED_IDS.deployments.salesEtlProd}/deploys/nope`,
      `/organizations/${ORG}/clusters/nope`,
    ];
    for (const path of paths) {
      const { status, body } = await call('GET', path);
      expect(status, path).toBe(404);
      expect(body.message).toMatch(/nope was not found/);
    }
  });
});
