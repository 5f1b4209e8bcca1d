import { setupServer } from 'msw/node';
import type { DemoDb, DemoDbOptions } from './db';
import { createDemoDb } from './demoDb';
import { createHandlers } from './handlers';

/** The demo API for Node (Vitest, scripts): an msw server over a fresh seeded database. */
export function createDemoServer(options: DemoDbOptions = {}): { server: ReturnType<typeof setupServer>; db: DemoDb } {
  const db = createDemoDb(options);
  return { server: setupServer(...createHandlers(db)), db };
}
