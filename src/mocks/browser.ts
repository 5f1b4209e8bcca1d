import { setupWorker } from 'msw/browser';
import type { DemoDb } from './db';
import { createHandlers } from './handlers';
import { DEMO_STORAGE_KEY, createDemoSaver, openDemoDb } from './persistence';

export interface DemoBackend {
  db: DemoDb;
  worker: ReturnType<typeof setupWorker>;
  /** Drops the saved state and restores the seed. */
  reset(): void;
}

/** Starts the in-browser demo API: restores saved state, applies URL faults, registers the worker. */
export async function startDemoBackend({ search }: { search: string }): Promise<DemoBackend> {
  const db = openDemoDb(localStorage, search);
  const onChange = createDemoSaver(db, localStorage, () => console.warn('[demo api] demo state is too big to save; changes will not survive a reload'));
  const worker = setupWorker(...createHandlers(db, { onChange }));
  // Each tab runs its own backend; when another tab of this console saves the demo data, take it over,
  // so two tabs act like two people on one server. Secret values stay in the tab that set them, and a save
  // in the other tab keeps those it did not change.
  window.addEventListener('storage', (event) => {
    if (event.key === DEMO_STORAGE_KEY && event.newValue) db.load(event.newValue, { keepUnchangedSecrets: true });
  });
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return {
    db,
    worker,
    reset() {
      db.reset();
      localStorage.removeItem(DEMO_STORAGE_KEY);
    },
  };
}
