import type { DemoDb, DemoDbOptions } from './db';
import { createDemoDb } from './demoDb';

export const DEMO_STORAGE_KEY = 'flightdeck.demo.v1';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Faults from the page URL, e.g. `?demoLatency=800&demoErrorRate=0.5`; absent or invalid values are ignored. */
export function faultsFromSearch(search: string): { latencyMs?: number; errorRate?: number } {
  const params = new URLSearchParams(search);
  const latency = Number(params.get('demoLatency'));
  const errorRate = Number(params.get('demoErrorRate'));
  return {
    ...(params.has('demoLatency') && Number.isFinite(latency) ? { latencyMs: Math.min(10_000, Math.max(0, Math.round(latency))) } : {}),
    ...(params.has('demoErrorRate') && Number.isFinite(errorRate) ? { errorRate: Math.min(1, Math.max(0, errorRate)) } : {}),
  };
}

/**
 * The demo database as the visitor left it (or the seed), with faults taken only from the URL: a saved
 * error rate must not keep breaking the demo after a reload. Unreadable saved state is dropped.
 *
 * A fresh seed is saved at once: it is built at the clock's "now" (timestamps, image tags, what is still
 * CREATING), so rebuilding it on every reload, or in each new tab, would show different data each time.
 */
export function openDemoDb(store: KeyValueStore, search: string, options?: DemoDbOptions): DemoDb {
  const db = createDemoDb(options);
  const saved = store.getItem(DEMO_STORAGE_KEY);
  const restored = saved !== null && db.load(saved);
  if (!restored) {
    store.removeItem(DEMO_STORAGE_KEY);
    saveDemoDb(db, store);
  }
  db.state.faults = { latencyMs: 0, errorRate: 0, ...faultsFromSearch(search) };
  return db;
}

/** Saves the state (never secret values); false when it does not fit, e.g. after x-demo/scale. */
export function saveDemoDb(db: DemoDb, store: KeyValueStore): boolean {
  try {
    store.setItem(DEMO_STORAGE_KEY, db.serialize());
    return true;
  } catch {
    return false;
  }
}

/**
 * Saves after each write, but once the state did not fit it stops serialising (megabytes per write after
 * x-demo/scale) until the whole state is replaced by a reset or a load; the saved copy is dropped then, so
 * a reload starts from the seed instead of an older state. `onTooBig` runs once per such state.
 */
export function createDemoSaver(db: DemoDb, store: KeyValueStore, onTooBig: () => void = () => {}): () => void {
  let tooBigIn: number | undefined;
  return () => {
    if (tooBigIn === db.generation) return;
    if (saveDemoDb(db, store)) return;
    tooBigIn = db.generation;
    store.removeItem(DEMO_STORAGE_KEY);
    onTooBig();
  };
}
