// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fromServer, toRequestVars } from '../../domain/envDiff';
import { SEED_IDS } from '../../mocks/seed';
import { call, setupDemoApi, useManualClock } from '../../mocks/testApi';
import type { Deployment } from '../types';
import { toUpdateRequest } from './environment';

const db = setupDemoApi();
const BASE = `/organizations/${SEED_IDS.organization}/deployments`;
const ALL = Object.values(SEED_IDS.deployments);

/** What an environment-only save must leave alone: everything but the timestamps of the change. */
function settings(d: Deployment) {
  const { updatedAt: _u, updatedBy: _b, status: _s, statusReason: _r, scalingStatus: _h, environmentVariables: _e, ...rest } = d;
  return rest;
}

describe('toUpdateRequest', () => {
  it.each(ALL)('keeps every setting of seeded Deployment %s when only variables are saved', async (id) => {
    const before = (await call<Deployment>('GET', `${BASE}/${id}`)).body;
    const vars = toRequestVars(fromServer(before.environmentVariables));
    const saved = await call<Deployment>('POST', `${BASE}/${id}`, { body: toUpdateRequest(before, vars) });
    expect(saved.status).toBe(200);
    expect(settings(saved.body)).toEqual(settings(before));
    expect(saved.body.environmentVariables).toEqual(before.environmentVariables);
  });

  it('a changed variable restarts the Deployment (DEPLOYING, then HEALTHY) and keeps untouched secrets', async () => {
    const clock = useManualClock(db);
    const id = SEED_IDS.deployments.salesEtlProd;
    const before = (await call<Deployment>('GET', `${BASE}/${id}`)).body;
    const vars = toRequestVars([...fromServer(before.environmentVariables), { key: 'NEW_FLAG', isSecret: false, value: 'on' }]);
    const saved = await call<Deployment>('POST', `${BASE}/${id}`, { body: toUpdateRequest(before, vars) });
    expect(saved.body.status).toBe('DEPLOYING');
    expect(db.secretValue(id, 'SNOWFLAKE_PASSWORD')).toBe('sn0w-Pr0d-2026!');
    expect(db.secretValue(id, 'STRIPE_API_KEY')).toBe('sk_live_51Acme00000000000000');
    clock.advance(60_000);
    expect((await call<Deployment>('GET', `${BASE}/${id}`)).body.status).toBe('HEALTHY');
  });
});
