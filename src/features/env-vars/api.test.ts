// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fromServer, toRequestVars } from './domain/envDiff';
import { SEED_IDS } from '../../mocks/seed';
import { call, setupDemoApi, useManualClock } from '../../mocks/testApi';
import type { Deployment } from '../../shared/api/types';
import { toUpdateRequest } from '../deployments';

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
    const saved = await call<Deployment>('POST', `${BASE}/${id}`, { body: toUpdateRequest(before, { environmentVariables: vars }) });
    expect(saved.status).toBe(200);
    expect(settings(saved.body)).toEqual(settings(before));
    expect(saved.body.environmentVariables).toEqual(before.environmentVariables);
  });

  it('sends back a hibernation override in force and the workload identity, so a variables save ends neither', async () => {
    const d = (await call<Deployment>('GET', `${BASE}/${SEED_IDS.deployments.salesEtlProd}`)).body;
    const awake: Deployment = {
      ...d,
      isDevelopmentMode: true,
      effectiveWorkloadIdentity: 'arn:aws:iam::123456789012:role/etl',
      scalingSpec: { hibernationSpec: { override: { isActive: true, isHibernating: false, overrideUntil: '2030-01-01T18:00:00Z' } } },
    };
    const body = toUpdateRequest(awake, { environmentVariables: [] });
    expect(body.workloadIdentity).toBe('arn:aws:iam::123456789012:role/etl');
    expect('scalingSpec' in body && body.scalingSpec).toEqual({
      hibernationSpec: { override: { isHibernating: false, overrideUntil: '2030-01-01T18:00:00Z' } },
    });
  });

  it('a changed variable restarts the Deployment (DEPLOYING, then HEALTHY) and keeps untouched secrets', async () => {
    const clock = useManualClock(db);
    const id = SEED_IDS.deployments.salesEtlProd;
    const before = (await call<Deployment>('GET', `${BASE}/${id}`)).body;
    const vars = toRequestVars([...fromServer(before.environmentVariables), { key: 'NEW_FLAG', isSecret: false, value: 'on' }]);
    const saved = await call<Deployment>('POST', `${BASE}/${id}`, { body: toUpdateRequest(before, { environmentVariables: vars }) });
    expect(saved.body.status).toBe('DEPLOYING');
    expect(db.secretValue(id, 'SNOWFLAKE_PASSWORD')).toBe('sn0w-Pr0d-2026!');
    expect(db.secretValue(id, 'STRIPE_API_KEY')).toBe('sk_live_51Acme00000000000000');
    clock.advance(60_000);
    expect((await call<Deployment>('GET', `${BASE}/${id}`)).body.status).toBe('HEALTHY');
  });

  it('the demo secret check tells whether a stored secret still holds a value, never revealing it', async () => {
    const id = SEED_IDS.deployments.salesEtlProd;
    const check = (key: string, value: string) => call('POST', `/x-demo/deployments/${id}/secret-check`, { body: { key, value } });
    expect((await check('SNOWFLAKE_PASSWORD', 'sn0w-Pr0d-2026!')).body).toEqual({ key: 'SNOWFLAKE_PASSWORD', state: 'SET', matches: true });
    expect((await check('SNOWFLAKE_PASSWORD', 'guess')).body).toEqual({ key: 'SNOWFLAKE_PASSWORD', state: 'SET', matches: false });
    expect((await check('LOG_LEVEL', 'INFO')).body).toEqual({ key: 'LOG_LEVEL', state: 'NOT_SECRET', matches: false });
    const blanked = { ...(await call<Deployment>('GET', `${BASE}/${id}`)).body };
    const vars = toRequestVars(fromServer(blanked.environmentVariables)).map((v) => (v.key === 'STRIPE_API_KEY' ? { ...v, value: '' } : v));
    await call('POST', `${BASE}/${id}`, { body: toUpdateRequest(blanked, { environmentVariables: vars }) });
    expect((await check('STRIPE_API_KEY', '')).body.state).toBe('EMPTY');
  });

  it('generates variables up to a count for scale checks', async () => {
    const id = SEED_IDS.deployments.dataQuality;
    expect((await call('POST', `/x-demo/deployments/${id}/generate-variables`, { body: { count: 1000 } })).status).toBe(204);
    const vars = (await call<Deployment>('GET', `${BASE}/${id}`)).body.environmentVariables!;
    expect(vars).toHaveLength(1000);
    expect(vars.filter((v) => v.isSecret).every((v) => v.value === undefined)).toBe(true);
  });
});
