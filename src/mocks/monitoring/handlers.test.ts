// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SEED_IDS } from '../seed';
import { call, setupDemoApi, useManualClock, type Wire } from '../testApi';

const demoDb = setupDemoApi();

const ORG = SEED_IDS.organization;
const D = SEED_IDS.deployments;
const logs = (id: string) => `/organizations/${ORG}/deployments/${id}/logs`;
const level = (raw: string) => /\} (INFO|WARNING|ERROR) - /.exec(raw)?.[1];

describe('GET …/logs (GetDeploymentLogs)', () => {
  it('answers the same lines for the same clock, newest first, only from the sources asked for', async () => {
    useManualClock(demoDb);
    const first = await call('GET', logs(D.salesEtlProd), { query: { sources: ['scheduler', 'worker'], limit: 1000 } });
    const again = await call('GET', logs(D.salesEtlProd), { query: { sources: ['scheduler', 'worker'], limit: 1000 } });
    expect(first.status).toBe(200);
    expect(first.body.results.length).toBeGreaterThan(100);
    expect(again.body.results).toEqual(first.body.results);
    const times = first.body.results.map((e: Wire) => e.timestamp);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(first.body.results.map((e: Wire) => e.source))).toEqual(new Set(['scheduler', 'worker']));
    expect(first.body.results[0].raw).toMatch(/^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000\] \{[a-z_]+\.py:\d+\} (INFO|WARNING|ERROR) - /);
  });

  it('keeps writing lines as the clock moves', async () => {
    const clock = useManualClock(demoDb);
    const before = await call('GET', logs(D.salesEtlProd), { query: { sources: 'scheduler', limit: 1 } });
    clock.advance(5 * 60_000);
    const after = await call('GET', logs(D.salesEtlProd), { query: { sources: 'scheduler', limit: 1 } });
    expect(after.body.results[0].timestamp).toBeGreaterThan(before.body.results[0].timestamp);
  });

  it("writes an unhealthy Deployment's scheduler errors, with its status reason", async () => {
    useManualClock(demoDb);
    const { body } = await call('GET', logs(D.dataQuality), { query: { sources: 'scheduler', searchText: 'ERROR', limit: 1000 } });
    expect(body.results.length).toBeGreaterThan(30);
    expect(body.results.every((e: Wire) => level(e.raw) === 'ERROR')).toBe(true);
    expect(body.results.some((e: Wire) => e.raw.includes('OOMKilled'))).toBe(true);
    const healthy = await call('GET', logs(D.salesEtlProd), { query: { sources: 'scheduler', searchText: 'heartbeat missed', limit: 1000 } });
    expect(healthy.body.results).toEqual([]);
  });

  it('shows a deploy as image pull and restart lines, on every component', async () => {
    const clock = useManualClock(demoDb);
    const created = await call('POST', `/organizations/${ORG}/deployments/${D.salesEtlProd}/deploys`, { body: { type: 'IMAGE_AND_DAG' } });
    clock.advance(60_000);
    const { body } = await call('GET', logs(D.salesEtlProd), {
      query: { sources: ['scheduler', 'worker', 'triggerer'], searchText: created.body.id, limit: 100 },
    });
    expect(
      body.results
        .filter((e: Wire) => e.raw.includes('Pulling image'))
        .map((e: Wire) => e.source)
        .sort(),
    ).toEqual(['scheduler', 'triggerer', 'worker']);
  });

  it('writes nothing while a Deployment hibernates', async () => {
    const clock = useManualClock(demoDb);
    const path = `/organizations/${ORG}/deployments/${D.analyticsDev}/hibernation-override`;
    expect((await call('POST', path, { body: { isHibernating: true } })).status).toBe(200);
    const slept = clock.now().getTime();
    clock.advance(20 * 60_000);
    const { body } = await call('GET', logs(D.analyticsDev), { query: { sources: ['scheduler', 'triggerer'], limit: 1000 } });
    expect(body.results.length).toBeGreaterThan(0);
    expect(Math.max(...body.results.map((e: Wire) => e.timestamp * 1000))).toBeLessThanOrEqual(slept);
  });

  it('reads Airflow 3 components: the API server and DAG processor instead of the webserver', async () => {
    useManualClock(demoDb);
    const all = ['scheduler', 'triggerer', 'worker', 'webserver', 'dag-processor', 'apiserver'];
    const a3 = await call('GET', logs(D.dbtTransform), { query: { sources: all, limit: 5000 } });
    const a2 = await call('GET', logs(D.dataQuality), { query: { sources: all, limit: 5000 } });
    const sources = (answer: Wire) => [...new Set(answer.body.results.map((e: Wire) => e.source))].sort();
    expect(sources(a3)).toEqual(['apiserver', 'dag-processor', 'scheduler', 'triggerer', 'worker']);
    expect(sources(a2)).toEqual(['scheduler', 'triggerer', 'webserver', 'worker']);
  });

  it('matches whole words, and a trailing * any ending', async () => {
    useManualClock(demoDb);
    const search = async (searchText: string) =>
      (await call('GET', logs(D.salesEtlProd), { query: { sources: 'scheduler', searchText, range: 86_400, limit: 5000 } })).body.results as Wire[];
    expect(await search('heartbe')).toEqual([]);
    const wild = await search('heartbe*');
    expect(wild.length).toBeGreaterThan(0);
    expect(wild.every((e) => /heartbe/i.test(e.raw))).toBe(true);
    expect((await search('Heartbeat recorded')).length).toBe(wild.filter((e) => e.raw.includes('Heartbeat recorded')).length);
  });

  it('pages one search by searchId and offset, though the clock moves, and stops short on the last page', async () => {
    const clock = useManualClock(demoDb);
    const query = { sources: ['scheduler', 'worker'], range: 7200, maxNumResults: 250 };
    const first = await call('GET', logs(D.salesEtlProd), { query: { ...query, limit: 100 } });
    expect(first.body).toMatchObject({ offset: 0, limit: 100, resultCount: 100, maxNumResults: 250 });
    clock.advance(10 * 60_000);
    const pages = [first.body];
    for (let offset = 100; pages.at(-1)!.resultCount === 100; offset += 100) {
      pages.push((await call('GET', logs(D.salesEtlProd), { query: { ...query, limit: 100, offset, searchId: first.body.searchId } })).body);
    }
    expect(pages.map((p) => p.resultCount)).toEqual([100, 100, 50]);
    const fresh = await call('GET', logs(D.salesEtlProd), { query: { ...query, limit: 250 } });
    expect(fresh.body.results[0].timestamp).toBeGreaterThan(first.body.results[0].timestamp);
    const paged = pages.flatMap((p) => p.results);
    expect(new Set(paged.map((e: Wire) => e.raw)).size).toBe(250);
  });

  it('reads an absolute window, and refuses a bad query with the field', async () => {
    useManualClock(demoDb);
    const window = { startDate: '2026-11-22T09:00:00Z', endDate: '2026-11-22T09:10:00Z' };
    const { body } = await call('GET', logs(D.salesEtlProd), { query: { sources: 'scheduler', ...window, limit: 1000 } });
    expect(body.results.length).toBeGreaterThan(10);
    expect(body.results.every((e: Wire) => e.timestamp * 1000 >= Date.parse(window.startDate) && e.timestamp * 1000 < Date.parse(window.endDate))).toBe(true);

    const refused = async (query: Record<string, string | number | string[]>) => (await call('GET', logs(D.salesEtlProd), { query })).body.fieldErrors[0].field;
    expect(await refused({})).toBe('sources');
    expect(await refused({ sources: 'kubelet' })).toBe('sources');
    expect(await refused({ sources: 'scheduler', startDate: window.startDate })).toBe('endDate');
    expect(await refused({ sources: 'scheduler', range: 10 })).toBe('range');
  });
});
