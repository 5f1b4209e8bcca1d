// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDemoDb } from './demoDb';
import { CREATE_MS } from './lifecycle';
import type { DeploymentStatus } from './model';
import { SEED_CREATING_MS, SEED_IDS } from './seed';
import { call, useManualClock, setupDemoApi } from './testApi';

const demoDb = setupDemoApi();

const ORG = SEED_IDS.organization;
const D = SEED_IDS.deployments;
const SEEDED_SECRETS = ['sn0w-Pr0d-2026!', 'sk_live_51Acme00000000000000', 'dbt-Pr0d-2026', 'r3dis-F3ast', 'SharedAccessKey=xyz'];

describe('demo database', () => {
  it('seeds one organization, four workspaces and fifteen deployments in every status', () => {
    const db = createDemoDb({ now: () => new Date('2026-11-22T10:00:00Z') });
    expect(db.state.organizations.map((o) => o.id)).toEqual([ORG]);
    expect(db.state.workspaces.map((w) => w.name)).toEqual(['Data Platform', 'Analytics', 'ML Engineering', 'Sandbox']);
    expect(db.state.deployments).toHaveLength(15);
    const statuses = new Set(db.state.deployments.map((d) => db.toWire(d).status));
    expect([...statuses].sort()).toEqual<DeploymentStatus[]>(['CREATING', 'DEPLOYING', 'HEALTHY', 'HIBERNATING', 'UNHEALTHY', 'UNKNOWN']);
    expect(new Set(db.state.deployments.map((d) => d.type))).toEqual(new Set(['STANDARD', 'DEDICATED', 'HYBRID']));
    expect(new Set(db.state.deployments.map((d) => d.executor))).toEqual(new Set(['CELERY', 'KUBERNETES', 'ASTRO']));
    expect(db.state.clusters.map((c) => `${c.type}/${c.cloudProvider}`)).toEqual(['DEDICATED/AWS', 'DEDICATED/GCP', 'HYBRID/AZURE']);
    for (const d of db.state.deployments) {
      const count = db.state.deploys[d.id]!.length;
      if (d.id === D.financeReporting) expect(count).toBe(0);
      else expect(count).toBeGreaterThanOrEqual(5);
      expect(d.id).toMatch(/^c[0-9a-z]{24}$/);
    }
  });

  it('builds the same seed for the same clock', () => {
    const now = () => new Date('2026-11-22T10:00:00Z');
    expect(createDemoDb({ now }).serialize()).toBe(createDemoDb({ now }).serialize());
  });

  it('keeps secret values out of serialize() but remembers that they are set', () => {
    const json = demoDb.serialize();
    for (const secret of SEEDED_SECRETS) expect(json).not.toContain(secret);
    const state = JSON.parse(json);
    const prod = state.deployments.find((d: { id: string }) => d.id === D.salesEtlProd);
    expect(prod.environmentVariables.find((e: { key: string }) => e.key === 'SNOWFLAKE_PASSWORD')).toEqual({
      key: 'SNOWFLAKE_PASSWORD',
      isSecret: true,
      hasSecretValue: true,
      updatedAt: expect.any(String),
    });
  });

  it('after load(), a secret stays set and an update that omits its value keeps it', async () => {
    expect(demoDb.load(demoDb.serialize())).toBe(true);
    expect(demoDb.secretValue(D.salesEtlProd, 'SNOWFLAKE_PASSWORD')).toBeUndefined();
    const d = (await call('GET', `/organizations/${ORG}/deployments/${D.salesEtlProd}`)).body;
    const updated = await call('POST', `/organizations/${ORG}/deployments/${D.salesEtlProd}`, {
      body: {
        type: d.type,
        name: d.name,
        workspaceId: d.workspaceId,
        executor: d.executor,
        isCicdEnforced: d.isCicdEnforced,
        isDagDeployEnabled: d.isDagDeployEnabled,
        isHighAvailability: d.isHighAvailability,
        schedulerSize: d.schedulerSize,
        environmentVariables: [{ key: 'SNOWFLAKE_PASSWORD', isSecret: true }],
      },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.environmentVariables).toEqual([{ key: 'SNOWFLAKE_PASSWORD', isSecret: true, updatedAt: expect.any(String) }]);
    expect(JSON.parse(demoDb.serialize()).deployments.find((x: { id: string }) => x.id === D.salesEtlProd).environmentVariables[0].hasSecretValue).toBe(true);
  });

  it('continues the id sequence after a reload, so new ids never collide', async () => {
    const first = await call('POST', `/organizations/${ORG}/workspaces`, { body: { name: 'One' } });
    const saved = demoDb.serialize();
    const other = createDemoDb();
    expect(other.load(saved)).toBe(true);
    const ids = new Set([first.body.id, other.newId(), other.newId()]);
    expect(ids.size).toBe(3);
    expect(other.state.workspaces.some((w) => w.id === first.body.id)).toBe(true);
  });

  it('refuses unusable saved state and keeps its own', () => {
    const db = createDemoDb();
    const before = db.serialize();
    expect(db.load('{not json')).toBe(false);
    expect(db.load(JSON.stringify({ version: 99 }))).toBe(false);
    expect(db.serialize()).toBe(before);
  });

  it('reset() throws away changes and restores the seed and its secrets', async () => {
    await call('DELETE', `/organizations/${ORG}/deployments/${D.legacyReporting}`);
    await call('PUT', '/x-demo/faults', { body: { latencyMs: 0, errorRate: 0 } });
    expect(demoDb.state.deployments).toHaveLength(14);
    expect((await call('POST', '/x-demo/reset')).status).toBe(204);
    expect(demoDb.state.deployments).toHaveLength(15);
    expect(demoDb.secretValue(D.salesEtlProd, 'SNOWFLAKE_PASSWORD')).toBe('sn0w-Pr0d-2026!');
  });

  it('moves the seeded CREATING deployment to HEALTHY after its window, without timers', () => {
    const clock = useManualClock(demoDb);
    const creating = () => demoDb.toWire(demoDb.findDeployment(ORG, D.financeReporting)!);
    expect(creating().status).toBe('CREATING');
    clock.advance(SEED_CREATING_MS - 1);
    demoDb.advance();
    expect(creating().status).toBe('CREATING');
    clock.advance(1);
    demoDb.advance();
    expect(creating()).toMatchObject({ status: 'HEALTHY', statusReason: 'Deployment created' });
    expect(CREATE_MS).toBeLessThan(SEED_CREATING_MS);
  });

  describe('on its default clock', () => {
    afterEach(() => vi.useRealTimers());

    // e2e relies on this: Playwright's page.clock fakes the page's Date, and so moves the in-page backend too.
    it('reads Date whenever it looks at the time, so faking Date moves the whole backend', () => {
      vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-24T10:00:00Z') });
      const db = createDemoDb();
      const status = () => {
        db.advance();
        return db.toWire(db.findDeployment(ORG, D.financeReporting)!).status;
      };
      expect(status()).toBe('CREATING');
      vi.setSystemTime(Date.now() + SEED_CREATING_MS);
      expect(status()).toBe('HEALTHY');
    });
  });
});
