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
  await catchUpdateCheckFailures();
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

/**
 * On start, msw asks the browser to check the registered worker for an update (`registration.update()`) and
 * drops the promise. When that check cannot fetch the script (offline, a server restarting, a reload or a
 * second tab cutting it short) the page logs "Uncaught (in promise) TypeError: Failed to update a
 * ServiceWorker". Nothing is wrong then: the registered worker goes on serving, and the browser checks again on
 * a later navigation. So the check of each registration msw will find gets a handler that says so quietly.
 * The registration objects are the same ones msw gets (the browser keeps one per registration and page).
 */
async function catchUpdateCheckFailures() {
  const registrations = await navigator.serviceWorker.getRegistrations();
  for (const registration of registrations) {
    const update = registration.update.bind(registration);
    registration.update = () =>
      update().catch((error: unknown) => {
        console.info(`[demo api] the mock worker's update check failed; the registered worker keeps serving (${String(error)})`);
        return registration;
      });
  }
}
