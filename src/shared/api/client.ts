import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.gen';
import { ApiError } from './errors';
import { useConnection } from './connection';
import { API_PREFIX, UPSTREAM_HEADER } from '../lib/liveUpstream';

// Every call goes to the same-origin API_PREFIX. In demo mode the mock service worker answers it; in live
// mode the Flightdeck server (dev: scripts/astroProxy.ts, production: server/) proxies it to the upstream named
// in UPSTREAM_HEADER, because browsers cannot call the Astro API cross-origin.

/**
 * How long a call may go unanswered. A read is retried by the query policy; a write is not (a form retries
 * it), and a write that timed out may still have been applied, so its message says to check first.
 */
export const READ_TIMEOUT_MS = 60_000;
export const WRITE_TIMEOUT_MS = 30_000;
const TIMEOUT = 'TimeoutError';
const isWrite = (method: string) => method !== 'GET' && method !== 'HEAD';

/** `request` with its own signal that also aborts after `ms` (a timer, so tests can move time). */
function withTimeout(request: Request, ms: number): Request {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`No answer within ${ms / 1000} s`, TIMEOUT)), ms);
  const stop = () => clearTimeout(timer);
  request.signal.addEventListener('abort', () => (stop(), controller.abort(request.signal.reason)), { once: true });
  const timed = new Request(request, { signal: controller.signal });
  timers.set(timed, stop);
  return timed;
}
const timers = new WeakMap<Request, () => void>();

const timeout: Middleware = {
  onRequest({ request }) {
    return withTimeout(request, isWrite(request.method) ? WRITE_TIMEOUT_MS : READ_TIMEOUT_MS);
  },
  onResponse({ request }) {
    timers.get(request)?.();
    return undefined;
  },
};

const auth: Middleware = {
  onRequest({ request }) {
    const { mode, token, baseUrl } = useConnection.getState();
    if (mode === 'demo') {
      request.headers.set('Authorization', 'Bearer demo');
    } else {
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      request.headers.set(UPSTREAM_HEADER, baseUrl);
    }
    return request;
  },
};

const errors: Middleware = {
  async onResponse({ request, response, schemaPath }) {
    if (response.ok) return undefined;
    throw await toApiError(response, `${request.method} ${schemaPath}`);
  },
  onError({ request, schemaPath, error }) {
    timers.get(request)?.();
    if (error instanceof ApiError) return error;
    if (error instanceof DOMException && error.name === TIMEOUT) {
      return new ApiError({
        status: 0,
        operation: `${request.method} ${schemaPath}`,
        message: isWrite(request.method)
          ? `The API did not answer within ${WRITE_TIMEOUT_MS / 1000} s. The change may or may not have been made: reload to check before you try again.`
          : `The API did not answer within ${READ_TIMEOUT_MS / 1000} s.`,
      });
    }
    if (error instanceof DOMException && error.name === 'AbortError') return error;
    if (globalThis.navigator?.onLine === false) {
      return new ApiError({ status: 0, operation: `${request.method} ${schemaPath}`, message: 'You are offline: nothing was sent. Try again once the connection is back.' });
    }
    return new ApiError({
      status: 0,
      operation: `${request.method} ${schemaPath}`,
      message: isWrite(request.method)
        ? 'The API could not be reached. If the connection dropped during the save, the change may or may not have been made: reload to check before you try again.'
        : 'The API could not be reached. Check your network or the connection settings.',
    });
  },
};

async function toApiError(response: Response, operation: string): Promise<ApiError> {
  const body = (await response.json().catch(() => undefined)) as
    | { message?: unknown; requestId?: unknown; fieldErrors?: unknown }
    | undefined;
  return new ApiError({
    status: response.status,
    operation,
    message:
      typeof body?.message === 'string' && body.message
        ? body.message
        : `The API answered ${response.status} ${response.statusText}`.trim(),
    requestId: typeof body?.requestId === 'string' ? body.requestId : undefined,
    fieldErrors: Array.isArray(body?.fieldErrors) ? (body.fieldErrors as ApiError['fieldErrors']) : undefined,
  });
}

export const api = createClient<paths>({
  baseUrl: `${globalThis.location?.origin ?? 'http://localhost'}${API_PREFIX}`,
  // Resolve fetch per call, so test servers that patch globalThis.fetch after import still see every request.
  fetch: (request) => globalThis.fetch(request),
});
// The timeout first, so the request the others see (and the one sent) carries its signal.
api.use(timeout, auth, errors);

/** Unwraps an openapi-fetch result: errors were already thrown by the middleware. */
export async function data<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data: body, response } = await call;
  if (body === undefined && response.status !== 204) {
    throw new ApiError({ status: response.status, operation: response.url, message: 'The API answered without a body.' });
  }
  return body as T;
}
