import { createDemoServer } from '../mocks/node';
import { SEED_IDS } from '../mocks/seed';

const demo = createDemoServer();

/** The msw server the page tests share; `setup.ts` starts it and resets it after each test. */
export const server = demo.server;
/** The database behind `server`, for tests that set faults, the clock or state directly. */
export const demoDb = demo.db;

/** Back to the seed data, real clock and no faults. */
export function resetDemoDb(): void {
  demoDb.setClock(() => new Date());
  demoDb.reset();
}

/**
 * Every request the app makes from now on, as "METHOD path?query" below /v1 with the seed's Organization and
 * Data Platform Workspace ids written ORG and WS. Stop with `server.events.removeAllListeners()`.
 */
export function recordRequests(): string[] {
  const seen: string[] = [];
  const { organization, workspaces } = SEED_IDS;
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    seen.push(`${request.method} ${url.pathname.replace(/.*\/v1/, '')}${url.search}`.replaceAll(organization, 'ORG').replaceAll(workspaces.dataPlatform, 'WS'));
  });
  return seen;
}
