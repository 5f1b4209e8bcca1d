// @vitest-environment node
// The live-mode proxy, end to end: a real Vite dev server (and a preview server) carrying the plugin, in
// front of a small upstream HTTP server that records what reached it.
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { astroProxy, createAstroProxyHandler, parseUpstream, UPSTREAM_HEADER } from './astroProxy.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let upstream: Server;
let upstreamUrl: string;
let seen: Seen[] = [];
let dev: ViteDevServer;
let devUrl: string;
let previewServer: PreviewServer;
let previewUrl: string;
let logs: string[] = [];
let root: string;

const TOKEN = 'Bearer secret-token-123';

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

beforeAll(async () => {
  upstream = createHttpServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    if (req.url?.startsWith('/v1/missing')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ statusCode: 404, message: 'not here', requestId: 'up-1' }));
      return;
    }
    res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json; charset=utf-8', 'set-cookie': 'a=b' });
    res.end(JSON.stringify({ ok: true, method: req.method, url: req.url }));
  });
  upstreamUrl = await listen(upstream);

  root = mkdtempSync(join(tmpdir(), 'astro-proxy-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  const common = {
    configFile: false as const,
    root,
    logLevel: 'silent' as const,
    plugins: [astroProxy({ log: (line) => logs.push(line), timeoutMs: 5_000 })],
  };
  dev = await createServer({ ...common, server: { host: '127.0.0.1', port: 0, hmr: false, ws: false } });
  await dev.listen();
  devUrl = `http://127.0.0.1:${(dev.httpServer!.address() as AddressInfo).port}`;
  previewServer = await preview({ ...common, build: { outDir: root }, preview: { host: '127.0.0.1', port: 0 } });
  previewUrl = `http://127.0.0.1:${(previewServer.httpServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await dev?.close();
  await new Promise((resolve) => previewServer?.httpServer.close(resolve));
  await new Promise((resolve) => upstream?.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  seen = [];
  logs = [];
});

const live = (extra: Record<string, string> = {}) => ({
  [UPSTREAM_HEADER]: `${upstreamUrl}/v1`,
  authorization: TOKEN,
  ...extra,
});

describe('astroProxy on the dev server', () => {
  it('forwards method, path, query, body and the allowed headers, and streams the answer back', async () => {
    const response = await fetch(`${devUrl}/api/v1/organizations/o1/workspaces?limit=5&offset=10`, {
      method: 'POST',
      headers: live({
        'content-type': 'application/json',
        'x-api-version': '2024-10-01',
        cookie: 'session=do-not-forward',
      }),
      body: JSON.stringify({ name: 'ops' }),
    });

    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.json()).toEqual({ ok: true, method: 'POST', url: '/v1/organizations/o1/workspaces?limit=5&offset=10' });

    expect(seen).toHaveLength(1);
    const request = seen[0]!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/v1/organizations/o1/workspaces?limit=5&offset=10');
    expect(request.body).toBe('{"name":"ops"}');
    expect(request.headers.authorization).toBe(TOKEN);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['x-api-version']).toBe('2024-10-01');
    expect(request.headers.cookie).toBeUndefined();
    expect(request.headers[UPSTREAM_HEADER]).toBeUndefined();
  });

  it('forwards GET, PUT and DELETE, a trailing slash on the base URL, and upstream errors as they are', async () => {
    const get = await fetch(`${devUrl}/api/v1/organizations`, { headers: live({ [UPSTREAM_HEADER]: `${upstreamUrl}/v1/` }) });
    expect(get.status).toBe(200);
    const put = await fetch(`${devUrl}/api/v1/x/1`, { method: 'PUT', headers: live(), body: 'a=1' });
    expect(put.status).toBe(200);
    const del = await fetch(`${devUrl}/api/v1/x/1`, { method: 'DELETE', headers: live() });
    expect(del.status).toBe(200);
    const missing = await fetch(`${devUrl}/api/v1/missing`, { headers: live() });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ statusCode: 404, message: 'not here', requestId: 'up-1' });

    expect(seen.map((s) => `${s.method} ${s.url} ${s.body}`)).toEqual(['GET /v1/organizations ', 'PUT /v1/x/1 a=1', 'DELETE /v1/x/1 ', 'GET /v1/missing ']);
  });

  it('answers 400 in the Error shape when no upstream header is sent, saying demo mode is not running', async () => {
    const response = await fetch(`${devUrl}/api/v1/organizations`, { headers: { authorization: TOKEN } });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toEqual({ statusCode: 400, message: expect.any(String), requestId: expect.any(String) });
    expect(body.message).toMatch(/demo mode is not running/i);
    expect(body.message).toMatch(/live mode is not configured/i);
    expect(seen).toEqual([]);
  });

  it.each([
    ['plain http to a remote host', 'http://api.astronomer.io/v1'],
    ['another scheme', 'ftp://127.0.0.1/v1'],
    ['not a URL', 'api.astronomer.io'],
    ['credentials in the URL', 'https://user:pw@api.astronomer.io/v1'],
  ])('answers 400 for %s', async (_case, base) => {
    const response = await fetch(`${devUrl}/api/v1/organizations`, { headers: live({ [UPSTREAM_HEADER]: base }) });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ statusCode: 400, requestId: expect.stringMatching(/\S/) });
    expect(body.message).toMatch(/base URL/);
    expect(seen).toEqual([]);
  });

  it('answers 502 in the Error shape when the upstream cannot be reached, and never logs the token', async () => {
    const closed = createHttpServer();
    const deadUrl = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));

    const response = await fetch(`${devUrl}/api/v1/organizations?token=xyz`, {
      headers: live({ [UPSTREAM_HEADER]: `${deadUrl}/v1` }),
    });
    expect(response.status).toBe(502);
    const body = await response.json();
    expect(body).toEqual({ statusCode: 502, message: expect.stringMatching(/could not be reached/), requestId: expect.any(String) });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain('GET');
    expect(logs.join('\n')).not.toContain('secret-token-123');
    expect(logs.join('\n')).not.toContain('xyz');
  });

  it('leaves other paths to Vite', async () => {
    const response = await fetch(`${devUrl}/index.html`);
    expect(response.status).toBe(200);
    expect(seen).toEqual([]);
  });
});

describe('astroProxy on the preview server', () => {
  it('forwards live calls', async () => {
    const response = await fetch(`${previewUrl}/api/v1/organizations?x=1`, { headers: live() });
    expect(response.status).toBe(200);
    expect(seen.map((s) => [s.url, s.headers.authorization])).toEqual([['/v1/organizations?x=1', TOKEN]]);
  });

  it('answers 400 without the upstream header', async () => {
    const response = await fetch(`${previewUrl}/api/v1/organizations`);
    expect(response.status).toBe(400);
    expect((await response.json()).statusCode).toBe(400);
  });
});

describe('parseUpstream', () => {
  it.each([
    ['https://api.astronomer.io/v1', 'https://api.astronomer.io/v1'],
    ['https://api.astronomer.io/v1/', 'https://api.astronomer.io/v1'],
    ['http://localhost:8080/v1', 'http://localhost:8080/v1'],
    ['http://127.0.0.1:9000', 'http://127.0.0.1:9000'],
  ])('accepts %s', (header, base) => {
    expect(parseUpstream(header)).toEqual({ base });
  });

  it.each([undefined, '', 'http://example.com/v1', 'https://api.astronomer.io/v1?x=1', 'javascript:alert(1)'])('refuses %s', (header) => {
    expect(parseUpstream(header)).toHaveProperty('error');
  });
});

describe('a pinned upstream (FLIGHTDECK_UPSTREAM)', () => {
  it('ignores the browser header and adds the server token when the browser sends none', async () => {
    const handler = createAstroProxyHandler({ upstream: `${upstreamUrl}/v1`, token: 'server-held', log: (line) => logs.push(line) });
    const front = createHttpServer((req, res) => handler(req, res, () => res.end()));
    const frontUrl = await listen(front);
    try {
      const answer = await fetch(`${frontUrl}/organizations?limit=1`, { headers: { [UPSTREAM_HEADER]: 'https://evil.example.com/v1' } });
      expect(answer.status).toBe(200);
      expect(seen).toHaveLength(1);
      expect(seen[0]!.url).toBe('/v1/organizations?limit=1');
      expect(seen[0]!.headers.authorization).toBe('Bearer server-held');

      await fetch(`${frontUrl}/organizations`, { headers: { authorization: TOKEN } });
      expect(seen[1]!.headers.authorization).toBe(TOKEN);
    } finally {
      await new Promise((resolve) => front.close(resolve));
    }
  });
});
