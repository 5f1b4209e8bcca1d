// @vitest-environment node
// The production server end to end: the app listening on 127.0.0.1 (through @hono/node-server, as in
// production) over a small built console, in front of an upstream HTTP server that records what reached it.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { UPSTREAM_HEADER } from '../src/shared/lib/liveUpstream.ts';
import { createApp, type ServerConfig } from './app.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const TOKEN = 'secret-token-123';
const ASSET = '/assets/index-AbCd1234.js';

let dist: string;
let upstream: Server;
let upstreamUrl: string;
let seen: Seen[] = [];
let logs: string[] = [];
const servers: ServerType[] = [];

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

/** The app on its own port; the log goes to `logs`. */
function start(config: Partial<ServerConfig> = {}): Promise<string> {
  const app = createApp({ distDir: dist, upstreams: [`${upstreamUrl}/v1`], log: (line) => logs.push(line), ...config });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, ({ port }) => resolve(`http://127.0.0.1:${port}`));
    servers.push(server);
  });
}

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'flightdeck-server-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head><title>Flightdeck</title></head><body><div id="root"></div></body></html>');
  writeFileSync(join(dist, ASSET), `export const rows = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `row ${i}`))};`);
  writeFileSync(join(dist, 'mockServiceWorker.js'), 'self.addEventListener("fetch", () => {});');

  upstream = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    if (req.url?.startsWith('/v1/hang')) return; // never answers
    if (req.url?.startsWith('/v1/moved')) {
      res.writeHead(302, { location: 'https://elsewhere.example.com/v1/organizations' }).end();
      return;
    }
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ statusCode: 401, message: 'bad token', requestId: 'up-401' }));
      return;
    }
    res.writeHead(req.method === 'POST' ? 201 : 200, {
      'content-type': 'application/json; charset=utf-8',
      'set-cookie': 'a=b',
      'access-control-allow-origin': '*',
    });
    res.end(JSON.stringify({ ok: true, url: req.url }));
  });
  upstreamUrl = await listen(upstream);
});

afterEach(async () => {
  // Keep-alive connections of answers a test did not read would hold close() for seconds.
  await Promise.all(
    servers.splice(0).map((server) => {
      (server as Server).closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

afterAll(async () => {
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
  rmSync(dist, { recursive: true, force: true });
});

beforeEach(() => {
  seen = [];
  logs = [];
});

const live = (base: string, extra: Record<string, string> = {}) => ({ [UPSTREAM_HEADER]: base, authorization: `Bearer ${TOKEN}`, ...extra });

describe('the live-mode proxy', () => {
  it('refuses, in the Astro error shape, a request that names an upstream outside the allow-list', async () => {
    const origin = await start();
    for (const other of ['https://evil.example.com/v1', `${upstreamUrl}/v2`, 'http://localhost:1/v1']) {
      const response = await fetch(`${origin}/api/v1/organizations`, { headers: live(other) });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        statusCode: 403,
        message: expect.stringContaining(`forwards only to ${upstreamUrl}/v1`),
        requestId: expect.stringMatching(/\S/),
      });
    }
    const none = await fetch(`${origin}/api/v1/organizations`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(none.status).toBe(400);
    expect((await none.json()).message).toMatch(/demo mode is not running/i);
    expect(seen).toEqual([]);
  });

  it('forwards to an allowed upstream: method, path, query, body, the Authorization header and nothing else', async () => {
    const origin = await start();
    const response = await fetch(`${origin}/api/v1/organizations/o1/workspaces?limit=5`, {
      method: 'POST',
      headers: live(`${upstreamUrl}/v1/`, { 'content-type': 'application/json', 'x-api-version': '2024-10-01', cookie: 'session=1' }),
      body: JSON.stringify({ name: 'ops' }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ok: true, url: '/v1/organizations/o1/workspaces?limit=5' });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).toBeNull();

    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/v1/organizations/o1/workspaces?limit=5', body: '{"name":"ops"}' });
    expect(seen[0]!.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', 'x-api-version': '2024-10-01' });
    expect(seen[0]!.headers.cookie).toBeUndefined();
    expect(seen[0]!.headers[UPSTREAM_HEADER]).toBeUndefined();
  });

  it('answers an upstream redirect as it is instead of following it off the allow-list', async () => {
    const origin = await start();
    const response = await fetch(`${origin}/api/v1/moved`, { headers: live(`${upstreamUrl}/v1`), redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBeNull();
    expect(seen.map((s) => s.url)).toEqual(['/v1/moved']);
  });

  it('refuses a body over the limit with 413 before it reaches the upstream', async () => {
    const origin = await start({ maxBodyBytes: 1024 });
    const response = await fetch(`${origin}/api/v1/organizations`, { method: 'POST', headers: live(`${upstreamUrl}/v1`), body: 'x'.repeat(1025) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ statusCode: 413, message: expect.stringContaining('1024 bytes') });
    const small = await fetch(`${origin}/api/v1/organizations`, { method: 'POST', headers: live(`${upstreamUrl}/v1`), body: 'x'.repeat(1024) });
    expect(small.status).toBe(201);
    expect(seen.map((s) => s.body.length)).toEqual([1024]);
  });

  it('gives up on an upstream that does not answer in time with 504', async () => {
    const origin = await start({ upstreamTimeoutMs: 1 });
    const response = await fetch(`${origin}/api/v1/hang`, { headers: live(`${upstreamUrl}/v1`) });
    expect(response.status).toBe(504);
    expect((await response.json()).message).toMatch(/did not answer/);
  });

  it('never writes the token to its output, whatever the outcome', async () => {
    const printed: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
    }
    try {
      const closed = createServer();
      const deadUrl = await listen(closed);
      await new Promise((resolve) => closed.close(resolve));
      const origin = await start({ upstreams: [`${upstreamUrl}/v1`, `${deadUrl}/v1`], upstreamTimeoutMs: 1_000, maxBodyBytes: 16 });
      const outcomes = await Promise.all([
        fetch(`${origin}/api/v1/organizations?token=${TOKEN}`, { headers: live(`${upstreamUrl}/v1`) }),
        fetch(`${origin}/api/v1/organizations`, { headers: live(`${upstreamUrl}/v1`, { authorization: `Bearer ${TOKEN}-wrong` }) }),
        fetch(`${origin}/api/v1/organizations`, { headers: live('https://evil.example.com/v1') }),
        fetch(`${origin}/api/v1/organizations`, { headers: live(`${deadUrl}/v1`) }),
        fetch(`${origin}/api/v1/organizations`, { method: 'POST', headers: live(`${upstreamUrl}/v1`), body: TOKEN.repeat(2) }),
      ]);
      expect(outcomes.map((r) => r.status)).toEqual([200, 401, 403, 502, 413]);
    } finally {
      vi.restoreAllMocks();
    }
    const output = [...logs, ...printed].join('\n');
    expect(logs).toEqual(expect.arrayContaining([expect.stringMatching(/^GET \/api\/v1\/organizations 502/), expect.stringMatching(/could not|failed/)]));
    expect(output).not.toContain(TOKEN);
  });
});

describe('the built console', () => {
  it('answers every console route with index.html, not cached, carrying the allow-list for Settings', async () => {
    const origin = await start({ upstreams: [`${upstreamUrl}/v1`, 'https://api.astronomer.io/v1'] });
    for (const path of ['/', '/organizations/o1/workspaces', '/settings?returnTo=/x', '/no/such/page']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const html = await response.text();
      expect(html).toContain('<div id="root">');
      expect(html).toContain(`<meta name="flightdeck-upstreams" content="${upstreamUrl}/v1 https://api.astronomer.io/v1" />`);
    }
  });

  it('serves hashed assets as immutable and compressed, and a missing one as 404, not index.html', async () => {
    const origin = await start();
    const asset = await fetch(`${origin}${ASSET}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(await asset.text()).toContain('row 199');

    const missing = await fetch(`${origin}/assets/index-Gone0000.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<div id="root">');

    const worker = await fetch(`${origin}/mockServiceWorker.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect(worker.headers.get('content-type')).toMatch(/javascript/);
  });

  it('sends the security headers: a CSP without inline scripts, no framing, nosniff, no referrer', async () => {
    const origin = await start();
    for (const path of ['/', ASSET, '/healthz', '/api/v1/organizations']) {
      const { headers } = await fetch(`${origin}${path}`);
      const csp = headers.get('content-security-policy') ?? '';
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'));
      expect(scriptSrc?.trim()).toBe("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("worker-src 'self'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('answers the health check, and unknown API paths in the Astro error shape', async () => {
    const origin = await start();
    const health = await fetch(`${origin}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const other = await fetch(`${origin}/api/v2/organizations`);
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ statusCode: 404 });
  });
});
