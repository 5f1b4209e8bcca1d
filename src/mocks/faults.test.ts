// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { faultsFromSearch } from './persistence';
import { SEED_IDS } from './seed';
import { call, setupDemoApi } from './testApi';

const demoDb = setupDemoApi();

describe('fault injection', () => {
  it('reads and sets faults through /x-demo/faults, validating the ranges', async () => {
    expect((await call('GET', '/x-demo/faults', { token: null })).body).toEqual({ latencyMs: 0, errorRate: 0 });
    const bad = await call('PUT', '/x-demo/faults', { body: { latencyMs: -5, errorRate: 2 } });
    expect(bad.status).toBe(400);
    expect(bad.body.fieldErrors.map((e: { field: string }) => e.field).sort()).toEqual(['errorRate', 'latencyMs']);
    expect((await call('PUT', '/x-demo/faults', { body: { latencyMs: 0, errorRate: 1 } })).body).toEqual({ latencyMs: 0, errorRate: 1 });
  });

  it('fails every API call with a 500 at error rate 1, but never the demo controls', async () => {
    demoDb.state.faults = { latencyMs: 0, errorRate: 1 };
    for (const path of ['/organizations', `/organizations/${SEED_IDS.organization}/deployments`]) {
      const { status, body } = await call('GET', path);
      expect(status).toBe(500);
      expect(body).toMatchObject({ statusCode: 500, message: expect.stringMatching(/^Injected fault \(demo\): /) });
    }
    expect((await call('GET', '/x-demo/faults')).status).toBe(200);
    demoDb.state.faults = { latencyMs: 0, errorRate: 0 };
    expect((await call('GET', '/organizations')).status).toBe(200);
  });

  it('delays answers by the configured latency', async () => {
    demoDb.state.faults = { latencyMs: 150, errorRate: 0 };
    const started = performance.now();
    expect((await call('GET', '/organizations')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('reads faults from page URL parameters, clamped to the allowed ranges', () => {
    expect(faultsFromSearch('?demoLatency=800&demoErrorRate=0.5')).toEqual({ latencyMs: 800, errorRate: 0.5 });
    expect(faultsFromSearch('?demoLatency=99999&demoErrorRate=7')).toEqual({ latencyMs: 10_000, errorRate: 1 });
    expect(faultsFromSearch('?demoLatency=abc')).toEqual({});
    expect(faultsFromSearch('')).toEqual({});
  });
});
