// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEMO_STORAGE_KEY, openDemoDb, saveDemoDb } from './persistence';
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
    expect(prod.environmentVariables?.find((e) => e.key === 'SNOWFLAKE_PASSWORD')).toEqual({ key: 'SNOWFLAKE_PASSWORD', isSecret: true, updatedAt: expect.any(String) });
    expect(second.state.deployments.find((d) => d.id === SEED_IDS.deployments.salesEtlProd)!.environmentVariables.find((e) => e.key === 'SNOWFLAKE_PASSWORD')!.hasSecretValue).toBe(true);
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
    expect(store.items.has(DEMO_STORAGE_KEY)).toBe(false);
  });

  it('reports a save that does not fit instead of throwing', () => {
    const db = openDemoDb(memoryStore(), '');
    expect(saveDemoDb(db, memoryStore(1000))).toBe(false);
  });
});
