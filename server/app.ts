// The production server: the built console (dist/) and the live-mode proxy, as a Hono app. server/main.ts
// reads the environment and listens; tests call createApp() with their own config.
//
// The proxy differs from the dev server's (scripts/astroProxy.ts) in one way that matters when hosted: it
// forwards only to the upstreams in its configuration, whatever the browser names, so it is no open relay.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { proxy } from 'hono/proxy';
import { secureHeaders } from 'hono/secure-headers';
import { API_PREFIX, UPSTREAM_HEADER, UPSTREAMS_META, parseUpstream } from '../src/shared/lib/liveUpstream.ts';

export interface ServerConfig {
  /** The built console: index.html, assets/ and the public files. */
  distDir: string;
  /** Base URLs the proxy may forward to, as parseUpstream gives them (no trailing slash). */
  upstreams: string[];
  /** One line per request and per failure. It is never given a header, a body or a query string. */
  log?: (line: string) => void;
  /** How long an upstream call (its answer included) may take before the browser gets a 504; 60 s. */
  upstreamTimeoutMs?: number;
  /** The largest request body the proxy takes (413 beyond); 10 MB, as the dev server's proxy. */
  maxBodyBytes?: number;
}

/** Request headers passed on to the upstream, as they came. Nothing else (cookies, host...) is. */
const FORWARDED_HEADERS = ['authorization', 'content-type', 'x-api-version'] as const;
const IMMUTABLE = 'public, max-age=31536000, immutable';
// Built file names under /assets/ carry a content hash; everything else (index.html, the service worker, the
// favicon) keeps its name across releases, so the browser must ask each time whether it changed.
const REVALIDATE = 'no-cache';

// The built app has one external module script and no inline script, event handler or eval, so scripts come
// from 'self' only, and an injected inline script is refused. Styles need 'unsafe-inline': index.html carries
// its boot CSS inline (so no stylesheet request holds up the first paint) and emotion, MUI's style engine,
// inserts <style> elements at run time. A nonce would need emotion's cache to carry it and index.html to be
// rewritten per request; CSS cannot run script, so the exception is kept to style-src. The demo build's mock
// service worker is /mockServiceWorker.js: worker-src 'self'.
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function createApp({ distDir, upstreams, log = console.log, upstreamTimeoutMs = 60_000, maxBodyBytes = 10 * 1024 * 1024 }: ServerConfig): Hono {
  const indexHtml = withUpstreamsMeta(readFileSync(join(distDir, 'index.html'), 'utf8'), upstreams);
  const app = new Hono();

  app.use(async (c, next) => {
    const start = performance.now();
    await next();
    // The path only: a query string could carry anything, and headers carry the token.
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${Math.round(performance.now() - start)}ms`);
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      // Without includeSubDomains: a console on one host should not decide for its whole domain.
      strictTransportSecurity: 'max-age=15552000',
    }),
  );
  app.use(compress());

  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'cache-control': 'no-store' }));

  app.all(
    `${API_PREFIX}/*`,
    bodyLimit({ maxSize: maxBodyBytes, onError: (c) => astroError(c, 413, `The request body is larger than ${maxBodyBytes} bytes.`) }),
    (c) => forward(c, { upstreams, log, upstreamTimeoutMs }),
  );
  app.all('/api/*', (c) => astroError(c, 404, `No API here: the live-mode proxy answers ${API_PREFIX}/... only.`));

  app.use('/assets/*', serveStatic({ root: distDir, onFound: (_path, c) => c.header('cache-control', IMMUTABLE) }));
  // A missing hashed file is an old or broken link; index.html in its place would fail as a script anyway.
  app.get('/assets/*', (c) => c.text('Not found', 404, { 'cache-control': REVALIDATE }));

  const index = (c: Context) => c.html(indexHtml, 200, { 'cache-control': REVALIDATE });
  app.get('/', index);
  app.get('/index.html', index);
  app.use('*', serveStatic({ root: distDir, onFound: (_path, c) => c.header('cache-control', REVALIDATE) }));
  // Every other path is a console route (the router in the browser resolves it, including its own 404 page).
  app.get('*', index);

  app.onError((error, c) => {
    log(`${c.req.method} ${c.req.path} failed: ${error.name}`);
    return astroError(c, 500, 'The Flightdeck server failed on this request.');
  });
  return app;
}

async function forward(c: Context, { upstreams, log, upstreamTimeoutMs }: Required<Pick<ServerConfig, 'upstreams' | 'log' | 'upstreamTimeoutMs'>>) {
  const parsed = parseUpstream(c.req.header(UPSTREAM_HEADER));
  if ('error' in parsed) return astroError(c, 400, parsed.error);
  const upstream = parsed.base;
  if (!upstreams.includes(upstream)) {
    return astroError(c, 403, `This Flightdeck server forwards only to ${upstreams.join(', ')}, not to ${upstream}. Choose an allowed API in Settings.`);
  }

  const url = new URL(c.req.url);
  const target = `${upstream}${url.pathname.slice(API_PREFIX.length)}${url.search}`;
  const headers = new Headers();
  for (const name of FORWARDED_HEADERS) {
    const value = c.req.header(name);
    if (value !== undefined) headers.set(name, value);
  }
  const method = c.req.method;
  let answer: Response;
  try {
    answer = await proxy(target, {
      // Method and body from the browser's request; its headers are replaced by the forwarded ones above.
      raw: c.req.raw,
      headers,
      // A redirect is answered as it is, never followed: the server reaches the allowed upstreams only.
      redirect: 'manual',
      // Stop the upstream call when the browser goes away or the upstream hangs.
      signal: AbortSignal.any([c.req.raw.signal, AbortSignal.timeout(upstreamTimeoutMs)]),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    const host = new URL(upstream).host;
    log(`${method} ${c.req.path} -> ${host} failed: ${timedOut ? 'timed out' : reason(error)}`);
    return timedOut
      ? astroError(c, 504, `The live API at ${host} did not answer within ${Math.round(upstreamTimeoutMs / 1000)} s.`)
      : astroError(c, 502, `The live API at ${host} could not be reached (${reason(error)}).`);
  }
  // Only the body's type goes back: no cookies, no upstream caching or CORS headers.
  const out = new Headers({ 'cache-control': 'no-store' });
  const contentType = answer.headers.get('content-type');
  if (contentType) out.set('content-type', contentType);
  return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers: out });
}

/** An error in the Astro API's shape, so the console shows it like any API error. */
function astroError(c: Context, statusCode: 400 | 403 | 404 | 413 | 500 | 502 | 504, message: string) {
  return c.json({ statusCode, message, requestId: `flightdeck-server-${randomUUID()}` }, statusCode, { 'cache-control': 'no-store' });
}

function reason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error) return (cause as NodeJS.ErrnoException).code ?? cause.name;
  return 'unknown error';
}

/** index.html with the allow-list in a meta tag, for Settings to offer (see allowedUpstreams). */
function withUpstreamsMeta(html: string, upstreams: string[]): string {
  const content = upstreams.join(' ').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return html.replace('</head>', `<meta name="${UPSTREAMS_META}" content="${content}" />\n</head>`);
}
