import { createDemoServer } from '../mocks/node';

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
