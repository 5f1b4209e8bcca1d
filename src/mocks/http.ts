import { HttpResponse, delay, type DefaultBodyType, type HttpResponseResolver, type PathParams, type StrictResponse } from 'msw';
import { createOpenApiHttp } from 'openapi-msw';
import type { paths } from '../shared/api/schema.gen';
import type { FieldError } from '../shared/lib/fieldErrors';
import type { DemoDb } from './db';
import type { ErrorBody } from './model';
import { recordWrite } from './monitoring/audit';

/**
 * msw's `http`, typed by our contract (api/openapi.yaml): a handler whose path, params or answer is not the
 * operation's fails type-check. Wrap its resolver in `apiRoute` without type arguments, so both come from here.
 */
export const api = createOpenApiHttp<paths>({ baseUrl: '*/v1' });

/** Thrown inside a handler to answer in the API's Error shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors?: FieldError[],
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string) => new ApiError(404, `${what} ${id} was not found.`);
/** A 400 whose message alone says what is wrong, since some clients (the Astro CLI) show only `message`. */
export const invalid = (errors: FieldError[]) => new ApiError(400, `Invalid request: ${errors.map((e) => `${e.field}: ${e.message}`).join(' ')}`, errors);

function newRequestId(): string {
  return `req_${Array.from({ length: 20 }, () => Math.floor(Math.random() * 36).toString(36)).join('')}`;
}

function errorResponse(status: number, message: string, fieldErrors?: FieldError[]): StrictResponse<ErrorBody> {
  const body: ErrorBody = { statusCode: status, message, requestId: newRequestId() };
  if (fieldErrors?.length) body.fieldErrors = fieldErrors;
  return HttpResponse.json(body, { status });
}

// Typed as the contract's empty body (openapi-msw maps a response without content to null).
export const noContent = () => new HttpResponse(null, { status: 204 }) as StrictResponse<null>;

export interface HandlerOptions {
  /** Called after each successful mutating request (the browser saves state then). */
  onChange?: () => void;
}

export interface RouteContext<P extends PathParams> {
  db: DemoDb;
  request: Request;
  params: P;
  url: URL;
}

/** A route answers its operation's body (`B`, checked against the contract by openapi-msw) or throws an ApiError. */
type Route<P extends PathParams, B extends DefaultBodyType> = (ctx: RouteContext<P>) => StrictResponse<B> | Promise<StrictResponse<B>>;

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function hasBearerToken(request: Request): boolean {
  const header = request.headers.get('authorization') ?? '';
  return /^Bearer\s+\S+/i.test(header);
}

/**
 * Wraps an API route: injected faults, bearer auth, lazy lifecycle updates, ApiError -> Error body,
 * and the change notification. `/x-demo/*` routes use `demoRoute` and skip faults and auth.
 */
export function apiRoute<P extends PathParams, B extends DefaultBodyType = DefaultBodyType>(
  db: DemoDb,
  options: HandlerOptions,
  route: Route<P, B>,
): HttpResponseResolver<P, DefaultBodyType, B | ErrorBody> {
  return (async ({ request, params }) => {
    const { latencyMs, errorRate } = db.state.faults;
    if (latencyMs > 0) await delay(latencyMs);
    if (errorRate > 0 && Math.random() < errorRate) {
      return errorResponse(500, `Injected fault (demo): this call failed on purpose (error rate ${Math.round(errorRate * 100)}%).`);
    }
    if (!hasBearerToken(request)) {
      return errorResponse(401, 'Missing or malformed Authorization header; send "Authorization: Bearer <token>".');
    }
    return runRoute(db, options, route, request, params);
    // msw's return type is conditional on B, which TypeScript cannot settle while B is generic.
  }) as HttpResponseResolver<P, DefaultBodyType, B | ErrorBody>;
}

export function demoRoute<P extends PathParams, B extends DefaultBodyType = DefaultBodyType>(
  db: DemoDb,
  options: HandlerOptions,
  route: Route<P, B>,
): HttpResponseResolver<P, DefaultBodyType, B | ErrorBody> {
  return (({ request, params }) => runRoute(db, options, route, request, params)) as HttpResponseResolver<P, DefaultBodyType, B | ErrorBody>;
}

async function runRoute<P extends PathParams, B extends DefaultBodyType>(
  db: DemoDb,
  options: HandlerOptions,
  route: Route<P, B>,
  request: Request,
  params: P,
): Promise<StrictResponse<B | ErrorBody>> {
  try {
    db.advance();
    const url = new URL(request.url);
    const audited = MUTATING.has(request.method) && !url.pathname.includes('/x-demo/') ? request.clone() : undefined;
    const response = await route({ db, request, params, url });
    if (audited && response.status < 400) recordWrite(db, audited, response.status, newRequestId(), parseOrUndefined(await audited.text()));
    if (MUTATING.has(request.method) && response.status < 400) options.onChange?.();
    return response;
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error.status, error.message, error.fieldErrors);
    console.error('[demo api] handler failed', error);
    return errorResponse(500, `The demo backend failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function parseOrUndefined(text: string): unknown {
  try {
    return text.trim() ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** The JSON body, or a 400 when it is missing or not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') throw new ApiError(400, 'The request needs a JSON body.');
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'The request body is not valid JSON.');
  }
}

/** Like readJson, but an empty body counts as `{}` (for bodies whose fields are all optional). */
export async function readOptionalJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'The request body is not valid JSON.');
  }
}

export function requireOrganization(db: DemoDb, organizationId: string): void {
  if (!db.hasOrganization(organizationId)) throw notFound('Organization', organizationId);
}
