// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEMO_STORAGE_KEY, createDemoSaver, openDemoDb, saveDemoDb } from './persistence';
import { SEED_IDS } from './seed';

function memoryStore(limit = Infinity) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (v.length > limit) throw new DOMException('quota', 'QuotaExceededError');
      items.set(k, v);
    },
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('demo persistence', () => {
  it('restores saved changes after a reload, with secrets still set but never stored', () => {
    const store = memoryStore();
    const first = openDemoDb(store, '');
    first.state.workspaces[0]!.name = 'Renamed';
    expect(saveDemoDb(first, store)).toBe(true);
    const saved = store.items.get(DEMO_STORAGE_KEY)!;
    expect(saved).not.toContain('sn0w-Pr0d-2026!');

    const second = openDemoDb(store, '');
    expect(second.state.workspaces[0]!.name).toBe('Renamed');
    const prod = second.toWire(second.findDeployment(SEED_IDS.organization, SEED_IDS.deployments.salesEtlProd)!);
    expect(prod.environmentVariables?.find((e) => e.key === 'SNOWFLAKE_PASSWORD')).toEqual({
      key: 'SNOWFLAKE_PASSWORD',
      isSecret: true,
      updatedAt: expect.any(String),
    });
    expect(
      second.state.deployments.find((d) => d.id === SEED_IDS.deployments.salesEtlProd)!.environmentVariables.find((e) => e.key === 'SNOWFLAKE_PASSWORD')!
        .hasSecretValue,
    ).toBe(true);
  });

  it('takes faults from the URL only, never from saved state', () => {
    const store = memoryStore();
    const db = openDemoDb(store, '?demoLatency=800&demoErrorRate=0.5');
    expect(db.state.faults).toEqual({ latencyMs: 800, errorRate: 0.5 });
    saveDemoDb(db, store);
    expect(openDemoDb(store, '').state.faults).toEqual({ latencyMs: 0, errorRate: 0 });
  });

  it('drops unreadable saved state and starts from the seed', () => {
    const store = memoryStore();
    store.items.set(DEMO_STORAGE_KEY, '{"version":0}');
    const db = openDemoDb(store, '');
    expect(db.state.deployments).toHaveLength(15);
    expect(JSON.parse(store.items.get(DEMO_STORAGE_KEY)!)).not.toEqual({ version: 0 });
  });

  it('saves a fresh seed at once, so a reload or a second tab later shows the same data', () => {
    const store = memoryStore();
    const first = openDemoDb(store, '', { now: () => new Date('2026-11-24T10:00:00Z') });
    const later = openDemoDb(store, '', { now: () => new Date('2026-11-24T10:07:31Z') });
    const wire = (db: typeof first) => db.state.deployments.map((d) => db.toWire(d));
    expect(wire(later)).toEqual(wire(first));
    expect(later.state.deployments.map((d) => [d.name, d.imageTag, d.createdAt])).toEqual(
      first.state.deployments.map((d) => [d.name, d.imageTag, d.createdAt]),
    );
  });

  it('reports a save that does not fit instead of throwing', () => {
    const db = openDemoDb(memoryStore(), '');
    expect(saveDemoDb(db, memoryStore(1000))).toBe(false);
  });

  it('stops serialising a state that did not fit until the state is replaced, and drops the stale copy', () => {
    const store = memoryStore(200_000);
    const db = openDemoDb(store, '');
    let tooBig = 0;
    const save = createDemoSaver(db, store, () => tooBig++);
    save();
    expect(store.items.has(DEMO_STORAGE_KEY)).toBe(true);

    const deployments = db.state.deployments;
    for (let i = 0; i < 40; i++) deployments.push(...deployments.slice(0, 15).map((d) => ({ ...d, id: `${d.id}-${i}` })));
    let serialised = 0;
    const serialize = db.serialize.bind(db);
    db.serialize = () => (serialised++, serialize());
    save();
    save();
    save();
    expect(serialised).toBe(1);
    expect(tooBig).toBe(1);
    // A reload would otherwise bring back the state from before the writes that did not fit.
    expect(store.items.has(DEMO_STORAGE_KEY)).toBe(false);

    db.reset();
    save();
    expect(serialised).toBe(2);
    expect(store.items.has(DEMO_STORAGE_KEY)).toBe(true);
  });
});

describe('two demo tabs', () => {
  const prod = SEED_IDS.deployments.salesEtlProd;
  const org = SEED_IDS.organization;

  it("a save in one tab keeps the other tab's secret values that it did not change", () => {
    const store = memoryStore();
    const a = openDemoDb(store, '');
    const b = openDemoDb(store, '');
    a.setSecretValue(prod, 'SNOWFLAKE_PASSWORD', 'typed-in-a');
    b.findDeployment(org, prod)!.description = 'changed in b';
    saveDemoDb(b, store);

    a.load(store.items.get(DEMO_STORAGE_KEY)!, { keepUnchangedSecrets: true });
    expect(a.findDeployment(org, prod)!.description).toBe('changed in b');
    expect(a.secretValue(prod, 'SNOWFLAKE_PASSWORD')).toBe('typed-in-a');
  });

  it('forgets a secret value that the other tab replaced, since only that tab knows the new one', () => {
    const store = memoryStore();
    const a = openDemoDb(store, '');
    const b = openDemoDb(store, '');
    a.setSecretValue(prod, 'SNOWFLAKE_PASSWORD', 'typed-in-a');
    const secret = b.findDeployment(org, prod)!.environmentVariables.find((e) => e.key === 'SNOWFLAKE_PASSWORD')!;
    secret.updatedAt = new Date(Date.parse(secret.updatedAt) + 60_000).toISOString();
    b.setSecretValue(prod, 'SNOWFLAKE_PASSWORD', 'typed-in-b');
    saveDemoDb(b, store);

    a.load(store.items.get(DEMO_STORAGE_KEY)!, { keepUnchangedSecrets: true });
    expect(a.secretValue(prod, 'SNOWFLAKE_PASSWORD')).toBeUndefined();
    expect(store.items.get(DEMO_STORAGE_KEY)).not.toContain('typed-in');
  });
});
