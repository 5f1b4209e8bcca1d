// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SEED_IDS } from './seed';
import { call, contract, seenOperations, undocumentedAnswers, type Wire, setupDemoApi } from './testApi';

const demoDb = setupDemoApi();

const ORG = `/organizations/${SEED_IDS.organization}`;
const D = SEED_IDS.deployments;

describe('contract validator', () => {
  it('rejects a leaked internal field, a missing required field and a wrong enum', () => {
    const d = demoDb.toWire(demoDb.findDeployment(SEED_IDS.organization, D.salesEtlProd)!);
    const path = `/api/v1${ORG}/deployments/${D.salesEtlProd}`;
    expect(contract().check('GET', path, 200, d, 'x').ok).toBe(true);
    expect(
      contract()
        .check('GET', path, 200, { ...d, transition: { status: 'DEPLOYING' } }, 'x')
        .errors.join(),
    ).toMatch(/additional properties.*transition/);
    const { namespace: _n, ...missing } = d;
    expect(contract().check('GET', path, 200, missing, 'x').errors.join()).toMatch(/namespace/);
    expect(contract().check('GET', path, 200, { ...d, status: 'SLEEPY' }, 'x').ok).toBe(false);
    expect(contract().check('DELETE', path, 204, undefined, 'oops').ok).toBe(false);
  });
});

describe('every contract operation answers within its schema', () => {
  it('walks all endpoints, each response validated by call()', async () => {
    await call('GET', '/organizations');
    await call('GET', ORG);
    await call('GET', '/users/self');

    const ws = (await call('POST', `${ORG}/workspaces`, { body: { name: 'Contract' } })).body;
    await call('GET', `${ORG}/workspaces`);
    await call('GET', `${ORG}/workspaces/${ws.id}`);
    await call('POST', `${ORG}/workspaces/${ws.id}`, { body: { name: 'Contract 2', description: 'd', cicdEnforcedDefault: true } });

    const dep = (
      await call('POST', `${ORG}/deployments`, {
        body: {
          name: 'contract-dev',
          workspaceId: ws.id,
          type: 'STANDARD',
          astroRuntimeVersion: '12.4.0',
          isDevelopmentMode: true,
          environmentVariables: [{ key: 'S', isSecret: true, value: 'v' }],
        },
      })
    ).body as Wire;
    await call('GET', `${ORG}/deployments`, { query: { workspaceIds: ws.id } });
    await call('GET', `${ORG}/deployments/${dep.id}`);
    await call('POST', `${ORG}/deployments/${dep.id}`, {
      body: {
        type: 'STANDARD',
        name: 'contract-dev',
        workspaceId: ws.id,
        executor: 'CELERY',
        isCicdEnforced: false,
        isDagDeployEnabled: true,
        isHighAvailability: false,
        schedulerSize: 'SMALL',
        environmentVariables: [{ key: 'S', isSecret: true }],
      },
    });
    await call('POST', `${ORG}/deployments/${dep.id}/hibernation-override`, { body: { isHibernating: true } });
    await call('DELETE', `${ORG}/deployments/${dep.id}/hibernation-override`);
    await call('GET', `${ORG}/deployment-options`);
    await call('GET', `${ORG}/deployment-options`, { query: { deploymentType: 'HYBRID' } });

    const deploys = `${ORG}/deployments/${D.salesEtlProd}/deploys`;
    const deploy = (
      await call('POST', deploys, {
        body: { type: 'IMAGE_AND_DAG', git: { provider: 'GENERIC', remoteUrl: 'https://git.example/a.git', commitSha: 'abc123' } },
      })
    ).body;
    await call('GET', deploys);
    await call('GET', `${deploys}/${deploy.id}`);
    await call('POST', `${deploys}/${deploy.id}/finalize`, { body: { dagTarballVersion: '2026-11-22T10:00:28.1809730Z' } });
    await call('POST', `${deploys}/${deploy.id}/rollback`, { body: {} });
    await call('POST', `${ORG}/deployments/${D.dbtTransform}/deploys`, {
      body: { type: 'BUNDLE', bundleType: 'dbt', bundleMountPath: '/usr/local/airflow/dbt' },
    });

    const tokens = `${ORG}/deployments/${D.edgeOrchestrator}/agent-tokens`;
    const token = (await call('POST', tokens, { body: { name: 'contract' } })).body;
    await call('GET', tokens);
    await call('GET', `${tokens}/${token.id}`);
    await call('DELETE', `${tokens}/${token.id}`);

    await call('GET', `${ORG}/clusters`);
    await call('GET', `${ORG}/clusters/${SEED_IDS.clusters.awsDedicated}`);

    await call('GET', `${ORG}/deployments/${D.salesEtlProd}/logs`, { query: { sources: ['scheduler', 'worker'], limit: 50 } });
    const audit = await call('GET', `${ORG}/audit-logs`);
    expect(audit.text.trim().split('\n').length).toBeGreaterThan(3);

    const agents = `${ORG}/deployments/${D.edgeOrchestrator}/remote-agents`;
    const agent = (await call('GET', agents)).body.agents[0];
    await call('POST', `${agents}/${agent.id}/cordon`);
    await call('POST', `${agents}/${agent.id}/uncordon`);
    await call('DELETE', `${agents}/${agent.id}`);

    await call('GET', '/x-demo/faults');
    await call('PUT', '/x-demo/faults', { body: { latencyMs: 0, errorRate: 0 } });
    await call('POST', '/x-demo/scale', { body: { deployments: 25, workspaceId: ws.id } });
    await call('GET', `${ORG}/deployments`, { query: { workspaceIds: ws.id, limit: 100 } });
    await call('POST', `/x-demo/deployments/${D.customer360}/simulate-deploy`, { body: { type: 'DAG_ONLY' } });
    await call('POST', `/x-demo/deployments/${D.mlInferenceEdge}/simulate-agents`, { body: { outcome: 'HEALTHY' } });
    await call('POST', `/x-demo/deployments/${D.salesEtlProd}/secret-check`, { body: { key: 'SNOWFLAKE_PASSWORD', value: 'guess' } });
    await call('POST', `/x-demo/deployments/${D.dataQuality}/generate-variables`, { body: { count: 40 } });
    await call('GET', `${ORG}/deployments/${D.mlInferenceEdge}/remote-agents`);

    await call('DELETE', `${ORG}/deployments/${dep.id}`);
    await call('GET', `${ORG}/deployments`, { query: { limit: 1000 } }).then(async ({ body }) => {
      for (const d of body.deployments.filter((x: Wire) => x.workspaceId === ws.id)) await call('DELETE', `${ORG}/deployments/${d.id}`);
    });
    await call('DELETE', `${ORG}/workspaces/${ws.id}`);
    await call('POST', '/x-demo/reset');

    const succeeded = new Set([...seenOperations].filter((op) => /\s2\d\d$/.test(op)).map((op) => op.replace(/\s\S+$/, '')));
    expect(
      contract()
        .operations()
        .filter((op) => !succeeded.has(op)),
    ).toEqual([]);
  });

  it('answers every seeded list and item within the schema', async () => {
    const { body } = await call('GET', `${ORG}/deployments`, { query: { limit: 100 } });
    for (const d of body.deployments as Wire[]) {
      await call('GET', `${ORG}/deployments/${d.id}`);
      const history = (await call('GET', `${ORG}/deployments/${d.id}/deploys`, { query: { limit: 100 } })).body.deploys;
      for (const deploy of history) await call('GET', `${ORG}/deployments/${d.id}/deploys/${deploy.id}`);
      await call('GET', `${ORG}/deployments/${d.id}/agent-tokens`);
      await call('GET', `${ORG}/deployments/${d.id}/remote-agents`);
    }
    expect(body.deployments).toHaveLength(15);
  });

  it('answers errors in the Error shape, noting statuses the contract does not list', async () => {
    await call('GET', `${ORG}/deployments`, { token: null });
    await call('GET', `${ORG}/deployments/nope`);
    await call('GET', '/organizations/nope/deployments');
    await call('POST', `${ORG}/deployments`, { body: { name: '' } });
    await call('POST', `${ORG}/deployments/${D.salesEtlProd}/deploys/nope/finalize`, { body: {} });
    await call('GET', '/organizations/x/no-such-thing');
    await call('POST', `${ORG}/deployments/${D.salesEtlProd}/hibernation-override`, { body: { isHibernating: true } });
    expect([...undocumentedAnswers].sort()).toEqual([
      'GET (not in contract) 404',
      'GET /organizations/{organizationId}/deployments 404',
      'POST /organizations/{organizationId}/deployments/{deploymentId}/deploys/{deployId}/finalize 404',
    ]);
  });
});
