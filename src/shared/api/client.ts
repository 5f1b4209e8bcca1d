import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.gen';
import { ApiError } from './errors';
import { useConnection } from './connection';
import { API_PREFIX, UPSTREAM_HEADER } from '../lib/liveUpstream';

// Every call goes to the same-origin API_PREFIX. In demo mode the mock service worker answers it; in live
// mode the Flightdeck server (dev: scripts/astroProxy.ts, production: server/) proxies it to the upstream named
// in UPSTREAM_HEADER, because browsers cannot call the Astro API cross-origin.

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
    if (error instanceof ApiError) return error;
    if (error instanceof DOMException && error.name === 'AbortError') return error;
    return new ApiError({
      status: 0,
      operation: `${request.method} ${schemaPath}`,
      message: 'The API could not be reached. Check your network or the connection settings.',
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
api.use(auth, errors);

/** Unwraps an openapi-fetch result: errors were already thrown by the middleware. */
export async function data<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data: body, response } = await call;
  if (body === undefined && response.status !== 204) {
    throw new ApiError({ status: response.status, operation: response.url, message: 'The API answered without a body.' });
  }
  return body as T;
}
