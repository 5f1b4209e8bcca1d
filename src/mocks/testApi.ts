/**
 * Test-only: calls the demo API through the shared msw server and checks every answer against the
 * contract, so no test can receive a body the contract does not allow.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { ContractValidator } from './contractValidator';
import type { DemoDb } from './db';
import { createDemoServer } from './node';

const API_BASE = 'http://demo.test/api/v1';

/**
 * Starts a demo API server for this test file (node-environment tests get none from setup.ts) and
 * re-seeds it, on the real clock, after each test. Returns its database.
 */
export function setupDemoApi(): DemoDb {
  const { server, db } = createDemoServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    db.setClock(() => new Date());
    db.reset();
  });
  afterAll(() => server.close());
  return db;
}

let validator: ContractValidator | undefined;
export function contract(): ContractValidator {
  return (validator ??= new ContractValidator());
}

/** Operations answered during this test run (`GET /organizations/{organizationId} 200`). */
export const seenOperations = new Set<string>();
/** Error answers whose status the contract does not list for that operation. */
export const undocumentedAnswers = new Set<string>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked against the contract, tests then read fields freely
export type Wire = Record<string, any>;

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
  text: string;
}

export interface CallOptions {
  body?: unknown;
  /** `null` sends no Authorization header. */
  token?: string | null;
  query?: Record<string, string | number | Array<string | number>>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read fields freely; the contract check vouches for the shape
export async function call<T = any>(method: string, path: string, options: CallOptions = {}): Promise<ApiAnswer<T>> {
  const url = new URL(`${API_BASE}${path}`);
  for (const [key, value] of Object.entries(options.query ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(v));
  }
  const headers: Record<string, string> = {};
  if (options.token !== null) headers.Authorization = `Bearer ${options.token ?? 'demo-token'}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const text = await response.text();
  // NDJSON (the audit export) is many JSON documents: the contract check reads it from the text.
  const ndjson = response.headers.get('content-type') === 'application/octet-stream';
  const body = text && !ndjson ? JSON.parse(text) : undefined;
  const check = contract().check(method, url.pathname, response.status, body, text);
  if (!check.ok) {
    throw new Error(`Answer to ${method} ${url.pathname} (${response.status}) breaks the contract (${check.operation}):\n  ${check.errors.join('\n  ')}`);
  }
  seenOperations.add(check.operation);
  if (check.undocumented) undocumentedAnswers.add(check.operation);
  return { status: response.status, body: body as T, text };
}

export interface ManualClock {
  now: () => Date;
  advance: (ms: number) => void;
}

/** Puts `db` on a hand-driven clock and re-seeds it at that time, so lifecycle tests need no sleeps. */
export function useManualClock(db: { setClock(now: () => Date): void; reset(): void }, start = '2026-11-22T10:00:00Z'): ManualClock {
  let t = Date.parse(start);
  const clock = { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
  db.setClock(clock.now);
  db.reset();
  return clock;
}
