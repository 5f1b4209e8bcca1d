// @vitest-environment node
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockApiServer } from './mock-api.ts';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createMockApiServer({ log: false });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('npm run mock-api', () => {
  it('answers the Organizations list envelope, as curl would see it', async () => {
    const answer = await fetch(`${base}/organizations`, { headers: { Authorization: 'Bearer demo' } });
    expect(answer.status).toBe(200);
    const body = await answer.json();
    expect(body).toMatchObject({ totalCount: 1, offset: 0, limit: 20 });
    expect(body.organizations[0]).toMatchObject({ name: 'Acme Data' });
  });

  it('refuses a call without a token, and unknown paths, in the API error shape', async () => {
    const unauthorized = await fetch(`${base}/organizations`);
    expect(unauthorized.status).toBe(401);
    expect(await unauthorized.json()).toMatchObject({ statusCode: 401, requestId: expect.any(String) });
    const missing = await fetch(`${base.replace('/v1', '')}/nope`, { headers: { Authorization: 'Bearer demo' } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ statusCode: 404, message: expect.stringContaining('GET /nope') });
  });

  it('takes request bodies: creating a Workspace answers 200 with it', async () => {
    const orgs = await (await fetch(`${base}/organizations`, { headers: { Authorization: 'Bearer demo' } })).json();
    const created = await fetch(`${base}/organizations/${orgs.organizations[0].id}/workspaces`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo', 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'From curl' }),
    });
    expect(created.status).toBe(200);
    expect(await created.json()).toMatchObject({ name: 'From curl' });
  });
});
