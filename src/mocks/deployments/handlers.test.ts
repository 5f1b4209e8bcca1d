// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CREATE_MS, RESTART_MS } from '../lifecycle';
import { SEED_IDS } from '../seed';
import { call, useManualClock, type Wire, setupDemoApi } from '../testApi';

const demoDb = setupDemoApi();

const ORG = SEED_IDS.organization;
const BASE = `/organizations/${ORG}/deployments`;
const D = SEED_IDS.deployments;

/** A full update body that keeps everything as it is (update replaces the whole Deployment). */
function updateBodyFrom(d: Wire): Wire {
  return {
    type: d.type,
    name: d.name,
    description: d.description,
    workspaceId: d.workspaceId,
    executor: d.executor,
    isCicdEnforced: d.isCicdEnforced,
    isDagDeployEnabled: d.isDagDeployEnabled,
    isHighAvailability: d.isHighAvailability,
    schedulerSize: d.schedulerSize,
    contactEmails: d.contactEmails,
    workerQueues: d.workerQueues?.map(({ podCpu: _c, podMemory: _m, ...q }: Wire) => q),
    environmentVariables: d.environmentVariables.map(({ updatedAt: _u, ...e }: Wire) => e),
  };
}

const TUESDAY_MORNING = '2026-11-24T10:00:00Z';
const minimalCreate = {
  name: 'orders-etl',
  workspaceId: SEED_IDS.workspaces.sandbox,
  type: 'STANDARD',
  astroRuntimeVersion: '12.4.0',
  cloudProvider: 'AWS',
  region: 'us-east-1',
};

describe('deployment create', () => {
  it('creates a deployment that is CREATING, then HEALTHY once its time has passed', async () => {
    const clock = useManualClock(demoDb);
    const created = await call('POST', BASE, { body: { ...minimalCreate, environmentVariables: [{ key: 'API_KEY', value: 'k-123', isSecret: true }] } });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      name: 'orders-etl',
      status: 'CREATING',
      executor: 'CELERY',
      airflowVersion: '2.10.5',
      runtimeVersion: '12.4.0',
      workspaceName: 'Sandbox',
      imageTag: '',
      workerQueues: [expect.objectContaining({ name: 'default', isDefault: true, astroMachine: 'A5' })],
    });
    expect(created.body.environmentVariables).toEqual([{ key: 'API_KEY', isSecret: true, updatedAt: expect.any(String) }]);

    clock.advance(CREATE_MS - 1);
    expect((await call('GET', `${BASE}/${created.body.id}`)).body.status).toBe('CREATING');
    clock.advance(1);
    expect((await call('GET', `${BASE}/${created.body.id}`)).body.status).toBe('HEALTHY');
  });

  it('defaults an Airflow 3 deployment to the Astro executor and takes placement from the cluster', async () => {
    const { body } = await call('POST', BASE, {
      body: {
        name: 'af3',
        workspaceId: SEED_IDS.workspaces.sandbox,
        type: 'DEDICATED',
        clusterId: SEED_IDS.clusters.gcpDedicated,
        astroRuntimeVersion: '3.1-2',
      },
    });
    expect(body).toMatchObject({ executor: 'ASTRO', airflowVersion: '3.1.0', cloudProvider: 'GCP', region: 'us-central1', clusterName: 'acme-gcp-analytics' });
  });

  it('answers 400 with dotted field paths for invalid worker queues, runtime and emails', async () => {
    const { status, body } = await call('POST', BASE, {
      body: {
        ...minimalCreate,
        astroRuntimeVersion: '1.0.0',
        contactEmails: ['ok@acme.example', 'not-an-email'],
        workerQueues: [
          { name: 'default', isDefault: true, minWorkerCount: 1, maxWorkerCount: 5, workerConcurrency: 5, astroMachine: 'A5' },
          { name: 'High_Mem', isDefault: false, minWorkerCount: 3, maxWorkerCount: 2, workerConcurrency: 500, astroMachine: 'A10' },
        ],
      },
    });
    expect(status).toBe(400);
    expect(body.fieldErrors).toEqual([expect.objectContaining({ field: 'contactEmails[1]', code: 'email' })]);

    const semantic = await call('POST', BASE, {
      body: {
        ...minimalCreate,
        astroRuntimeVersion: '1.0.0',
        workerQueues: [{ name: 'High_Mem', isDefault: false, minWorkerCount: 3, maxWorkerCount: 2, workerConcurrency: 500, astroMachine: 'A10' }],
      },
    });
    const fields = semantic.body.fieldErrors.map((e: Wire) => `${e.field}:${e.code}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'astroRuntimeVersion:oneof',
        'workerQueues[0].name:format',
        'workerQueues[0].maxWorkerCount:min',
        'workerQueues[0].workerConcurrency:max',
        'workerQueues:required',
      ]),
    );
  });

  it('refuses hibernation schedules outside development mode and bad cron in it', async () => {
    useManualClock(demoDb, TUESDAY_MORNING);
    const schedules = [{ hibernateAtCron: '0 19 * * 1-5', wakeAtCron: '0 7 * *', isEnabled: true }];
    const notDev = await call('POST', BASE, { body: { ...minimalCreate, scalingSpec: { hibernationSpec: { schedules } } } });
    expect(notDev.body.fieldErrors.map((e: Wire) => e.field)).toEqual(
      expect.arrayContaining(['scalingSpec.hibernationSpec', 'scalingSpec.hibernationSpec.schedules[0].wakeAtCron']),
    );
    const dev = await call('POST', BASE, {
      body: { ...minimalCreate, isDevelopmentMode: true, scalingSpec: { hibernationSpec: { schedules: [{ ...schedules[0], wakeAtCron: '0 7 * * 1-5' }] } } },
    });
    expect(dev.status).toBe(200);
    expect(dev.body.scalingSpec.hibernationSpec.schedules).toHaveLength(1);
    expect(dev.body.scalingStatus.hibernationStatus).toMatchObject({ isHibernating: false });
  });

  it('answers 400 for an unknown workspace and for a dedicated deployment without a cluster', async () => {
    const ws = await call('POST', BASE, { body: { ...minimalCreate, workspaceId: 'nope' } });
    expect(ws.body.fieldErrors).toEqual([expect.objectContaining({ field: 'workspaceId', code: 'notfound' })]);
    const dedicated = await call('POST', BASE, { body: { name: 'x', workspaceId: SEED_IDS.workspaces.sandbox, type: 'DEDICATED' } });
    expect(dedicated.body.fieldErrors).toEqual([expect.objectContaining({ field: 'clusterId', code: 'required' })]);
    const missing = await call('POST', BASE, { body: { type: 'STANDARD' } });
    expect(missing.body.fieldErrors.map((e: Wire) => `${e.field}:${e.code}`).sort()).toEqual(['name:required', 'workspaceId:required']);
  });
});

describe('deployment update', () => {
  it('never returns secret values and keeps a secret sent without a value', async () => {
    const before = (await call('GET', `${BASE}/${D.salesEtlProd}`)).body;
    const secret = before.environmentVariables.find((e: Wire) => e.key === 'SNOWFLAKE_PASSWORD');
    expect(secret).toEqual({ key: 'SNOWFLAKE_PASSWORD', isSecret: true, updatedAt: expect.any(String) });
    expect(JSON.stringify(before)).not.toContain('sn0w-Pr0d-2026!');

    const body = updateBodyFrom(before);
    body.environmentVariables = [
      { key: 'SNOWFLAKE_PASSWORD', isSecret: true },
      { key: 'STRIPE_API_KEY', isSecret: true, value: 'sk_live_rotated' },
      { key: 'NEW_FLAG', isSecret: false, value: 'on' },
    ];
    const updated = await call('POST', `${BASE}/${D.salesEtlProd}`, { body });
    expect(updated.status).toBe(200);
    expect(updated.body.environmentVariables.map((e: Wire) => e.key)).toEqual(['SNOWFLAKE_PASSWORD', 'STRIPE_API_KEY', 'NEW_FLAG']);
    expect(updated.body.environmentVariables.find((e: Wire) => e.key === 'SNOWFLAKE_PASSWORD').updatedAt).toBe(secret.updatedAt);
    expect(JSON.stringify(updated.body)).not.toContain('sk_live_rotated');
    expect(demoDb.secretValue(D.salesEtlProd, 'SNOWFLAKE_PASSWORD')).toBe('sn0w-Pr0d-2026!');
    expect(demoDb.secretValue(D.salesEtlProd, 'STRIPE_API_KEY')).toBe('sk_live_rotated');
  });

  it('refuses to turn a secret back into plain text or to add a secret without a value', async () => {
    const body = updateBodyFrom((await call('GET', `${BASE}/${D.salesEtlProd}`)).body);
    body.environmentVariables = [
      { key: 'SNOWFLAKE_PASSWORD', isSecret: false, value: 'visible' },
      { key: 'BRAND_NEW_SECRET', isSecret: true },
    ];
    const { status, body: error } = await call('POST', `${BASE}/${D.salesEtlProd}`, { body });
    expect(status).toBe(400);
    expect(error.fieldErrors.map((e: Wire) => `${e.field}:${e.code}`)).toEqual([
      'environmentVariables[0].isSecret:immutable',
      'environmentVariables[1].value:required',
    ]);
  });

  it('restarts (DEPLOYING) when the scheduler size changes, but not for a rename', async () => {
    const clock = useManualClock(demoDb);
    const current = (await call('GET', `${BASE}/${D.marketingAttribution}`)).body;
    const renamed = await call('POST', `${BASE}/${D.marketingAttribution}`, { body: { ...updateBodyFrom(current), name: 'attribution' } });
    expect(renamed.body).toMatchObject({ name: 'attribution', status: 'HEALTHY' });

    const resized = await call('POST', `${BASE}/${D.marketingAttribution}`, { body: { ...updateBodyFrom(renamed.body), schedulerSize: 'LARGE' } });
    expect(resized.body).toMatchObject({ status: 'DEPLOYING', schedulerSize: 'LARGE', schedulerCpu: '4', schedulerMemory: '8Gi' });
    expect(resized.body.statusReason).toBe('Applying new settings: scheduler size');
    clock.advance(RESTART_MS);
    expect((await call('GET', `${BASE}/${D.marketingAttribution}`)).body.status).toBe('HEALTHY');
  });

  it('keeps queue ids, refuses renaming a queue and drops queues for the Kubernetes executor', async () => {
    const current = (await call('GET', `${BASE}/${D.salesEtlProd}`)).body;
    const body = updateBodyFrom(current);
    body.workerQueues[1].name = 'renamed';
    const renamed = await call('POST', `${BASE}/${D.salesEtlProd}`, { body });
    expect(renamed.body.fieldErrors).toEqual([expect.objectContaining({ field: 'workerQueues[1].name', code: 'immutable' })]);

    const k8s = await call('POST', `${BASE}/${D.salesEtlProd}`, { body: { ...updateBodyFrom(current), executor: 'KUBERNETES', workerQueues: undefined } });
    expect(k8s.status).toBe(200);
    expect(k8s.body.workerQueues).toBeUndefined();
  });

  it('requires the full body on update', async () => {
    const { status, body } = await call('POST', `${BASE}/${D.salesEtlProd}`, {
      body: { type: 'STANDARD', name: 'x', workspaceId: SEED_IDS.workspaces.dataPlatform },
    });
    expect(status).toBe(400);
    expect(body.fieldErrors.map((e: Wire) => e.field).sort()).toEqual(
      ['environmentVariables', 'executor', 'isCicdEnforced', 'isDagDeployEnabled', 'isHighAvailability', 'schedulerSize'].sort(),
    );
  });

  it('deletes a deployment with 204 and forgets it', async () => {
    const deleted = await call('DELETE', `${BASE}/${D.legacyReporting}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await call('GET', `${BASE}/${D.legacyReporting}`)).status).toBe(404);
    expect((await call('GET', `${BASE}/${D.legacyReporting}/deploys`)).status).toBe(404);
  });
});

describe('hibernation override', () => {
  const path = (id: string) => `${BASE}/${id}/hibernation-override`;

  it('is refused for a deployment that is not in development mode', async () => {
    const { status, body } = await call('POST', path(D.salesEtlProd), { body: { isHibernating: true } });
    expect(status).toBe(400);
    expect(body.message).toMatch(/not in development mode/);
  });

  it('hibernates a development deployment and wakes it again', async () => {
    // A weekday morning, when the seeded weeknight schedules keep both development Deployments awake.
    const clock = useManualClock(demoDb, TUESDAY_MORNING);
    const until = new Date(clock.now().getTime() + 3_600_000).toISOString();
    const set = await call('POST', path(D.churnModelDev), { body: { isHibernating: true, overrideUntil: until } });
    expect(set.body).toEqual({ isActive: true, isHibernating: true, overrideUntil: until });
    const asleep = (await call('GET', `${BASE}/${D.churnModelDev}`)).body;
    expect(asleep.status).toBe('HIBERNATING');
    expect(asleep.scalingStatus.hibernationStatus).toMatchObject({ isHibernating: true, nextEventType: 'WAKE', nextEventAt: until });

    clock.advance(3_600_000);
    expect((await call('GET', `${BASE}/${D.churnModelDev}`)).body.status).toBe('HEALTHY');

    const seeded = (await call('GET', `${BASE}/${D.analyticsDev}`)).body;
    expect(seeded.status).toBe('HIBERNATING');
    expect((await call('DELETE', path(D.analyticsDev))).status).toBe(204);
    expect((await call('GET', `${BASE}/${D.analyticsDev}`)).body.status).toBe('HEALTHY');
  });

  it('hibernates and wakes on the schedule, and says when the next event is', async () => {
    // Sunday: the seeded weeknight schedule hibernated churn-model-dev on Friday evening.
    const clock = useManualClock(demoDb, '2026-11-22T10:00:00Z');
    const sunday = (await call('GET', `${BASE}/${D.churnModelDev}`)).body;
    expect(sunday).toMatchObject({ status: 'HIBERNATING', statusReason: 'Hibernating on schedule' });
    expect(sunday.scalingStatus.hibernationStatus).toEqual({
      isHibernating: true,
      reason: 'Following the hibernation schedule',
      nextEventType: 'WAKE',
      nextEventAt: '2026-11-23T07:00:00Z',
    });
    clock.advance(21 * 3_600_000);
    const monday = (await call('GET', `${BASE}/${D.churnModelDev}`)).body;
    expect(monday.status).toBe('HEALTHY');
    expect(monday.scalingStatus.hibernationStatus).toMatchObject({ isHibernating: false, nextEventType: 'HIBERNATE', nextEventAt: '2026-11-23T19:00:00Z' });
  });

  it('rejects an override that ends in the past', async () => {
    const { body } = await call('POST', path(D.churnModelDev), { body: { isHibernating: true, overrideUntil: '2001-01-01T00:00:00Z' } });
    expect(body.fieldErrors).toEqual([expect.objectContaining({ field: 'overrideUntil', code: 'min' })]);
  });
});
