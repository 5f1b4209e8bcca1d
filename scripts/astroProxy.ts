// Live-mode proxy for the Vite dev and preview servers.
//
// The browser client always calls same-origin /api/v1/... . In demo mode the mock service worker answers
// and nothing reaches this server. In live mode the client adds `x-flightdeck-upstream: <Astro API base
// URL>` and `Authorization: Bearer …`, and this middleware forwards the call to `${upstream}${rest}`,
// because browsers cannot call the Astro API cross-origin. Errors are answered in the Astro Error shape
// ({statusCode, message, requestId}) so the client shows them like any API error.
//
// The Authorization header is forwarded, never logged.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import type { Plugin } from 'vite';

import { API_PREFIX, UPSTREAM_HEADER, parseUpstream } from '../src/shared/lib/liveUpstream.ts';

export { UPSTREAM_HEADER, parseUpstream };
/** Request headers passed on to the upstream, as they came. Nothing else (cookies, host...) is. */
const FORWARDED_HEADERS = ['authorization', 'content-type', 'x-api-version'] as const;
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const UPSTREAM_TIMEOUT_MS = 60_000;

export interface AstroProxyOptions {
  /** Where to report failures (never given secrets). Defaults to console.warn. */
  log?: (line: string) => void;
  /** Upstream timeout in milliseconds. */
  timeoutMs?: number;
  /**
   * Pins the upstream on the server (env FLIGHTDECK_UPSTREAM): the browser's header is then ignored, so the
   * server forwards to this one API only. Used by the benchmark, and by teams that host one console.
   */
  upstream?: string;
  /** Token the server adds when the browser sends none (env FLIGHTDECK_TOKEN); only with a pinned upstream. */
  token?: string;
}

type Next = (error?: unknown) => void;
type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

export function astroProxy(options: AstroProxyOptions = {}): Plugin {
  const handler = createAstroProxyHandler(options);
  return {
    name: 'flightdeck:astro-proxy',
    // Registered before Vite's own middlewares, so /api/v1 never falls through to the SPA fallback.
    configureServer(server) {
      server.middlewares.use(API_PREFIX, handler);
    },
    configurePreviewServer(server) {
      server.middlewares.use(API_PREFIX, handler);
    },
  };
}

/**
 * The middleware, for mounting at API_PREFIX: `req.url` is the remainder after the prefix
 * (connect strips it), e.g. `/organizations/o1/deployments?page=2`.
 */
export function createAstroProxyHandler({
  log = (line) => console.warn(line),
  timeoutMs = UPSTREAM_TIMEOUT_MS,
  upstream = process.env.FLIGHTDECK_UPSTREAM,
  token = process.env.FLIGHTDECK_TOKEN,
}: AstroProxyOptions = {}): Middleware {
  return (req, res, next) => {
    proxy(req, res, log, timeoutMs, upstream ? { upstream, token } : undefined).catch(next);
  };
}

async function proxy(req: IncomingMessage, res: ServerResponse, log: (line: string) => void, timeoutMs: number, pinned?: { upstream: string; token?: string }) {
  const parsed = parseUpstream(pinned?.upstream ?? req.headers[UPSTREAM_HEADER]);
  if ('error' in parsed) return sendError(res, 400, parsed.error);
  const upstream = parsed.base;

  const rest = req.url && req.url !== '/' ? req.url : '';
  const target = `${upstream}${rest.startsWith('/') || rest.startsWith('?') ? rest : `/${rest}`}`;

  const headers = new Headers();
  for (const name of FORWARDED_HEADERS) {
    const value = req.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  if (pinned?.token && !headers.has('authorization')) headers.set('authorization', `Bearer ${pinned.token}`);

  const method = (req.method ?? 'GET').toUpperCase();
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const read = await readBody(req);
    if (read === null) return sendError(res, 413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
    if (read.length > 0) body = new Uint8Array(read);
  }

  // Stop the upstream call when the browser goes away or the upstream hangs.
  const abort = new AbortController();
  const onClose = () => {
    if (!res.writableFinished) abort.abort();
  };
  res.on('close', onClose);
  const signal = AbortSignal.any([abort.signal, AbortSignal.timeout(timeoutMs)]);

  let answer: Response;
  try {
    answer = await fetch(target, { method, headers, body, signal });
  } catch (error) {
    if (abort.signal.aborted) return;
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    // Only method and URL: headers (the token) never reach the log.
    log(`[astro-proxy] ${method} ${redactQuery(target)} failed: ${timedOut ? 'timed out' : reason(error)}`);
    return sendError(
      res,
      timedOut ? 504 : 502,
      timedOut
        ? `The live API at ${new URL(upstream).host} did not answer within ${Math.round(timeoutMs / 1000)} s.`
        : `The live API at ${new URL(upstream).host} could not be reached (${reason(error)}). Check the base URL in Settings and your network.`,
    );
  }

  res.statusCode = answer.status;
  if (answer.statusText) res.statusMessage = answer.statusText;
  const contentType = answer.headers.get('content-type');
  if (contentType) res.setHeader('content-type', contentType);
  res.setHeader('cache-control', 'no-store');
  if (!answer.body || method === 'HEAD') {
    res.end();
    return;
  }
  Readable.fromWeb(answer.body as NodeWebStream<Uint8Array>)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** The whole request body, or null when it is larger than MAX_BODY_BYTES. */
async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function sendError(res: ServerResponse, statusCode: number, message: string) {
  const requestId = `flightdeck-proxy-${randomUUID()}`;
  res.statusCode = statusCode;
  res.setHeader('content-type', 'application/json');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify({ statusCode, message, requestId }));
}

function reason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error) return (cause as NodeJS.ErrnoException).code ?? cause.message;
  return String(cause);
}

function redactQuery(url: string): string {
  const i = url.indexOf('?');
  return i === -1 ? url : `${url.slice(0, i)}?…`;
}
