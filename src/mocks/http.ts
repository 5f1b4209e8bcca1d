import { HttpResponse, delay, type DefaultBodyType, type HttpResponseResolver, type PathParams } from 'msw';
import type { FieldError } from '../shared/lib/fieldErrors';
import type { DemoDb } from './db';
import type { ErrorBody } from './model';

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
export const invalid = (errors: FieldError[]) =>
  new ApiError(400, `Invalid request: ${errors.map((e) => `${e.field}: ${e.message}`).join(' ')}`, errors);

export function newRequestId(): string {
  return `req_${Array.from({ length: 20 }, () => Math.floor(Math.random() * 36).toString(36)).join('')}`;
}

export function errorResponse(status: number, message: string, fieldErrors?: FieldError[]) {
  const body: ErrorBody = { statusCode: status, message, requestId: newRequestId() };
  if (fieldErrors?.length) body.fieldErrors = fieldErrors;
  return HttpResponse.json(body, { status });
}

export const noContent = () => new HttpResponse(null, { status: 204 });

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

type Route<P extends PathParams> = (ctx: RouteContext<P>) => Response | Promise<Response>;

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function hasBearerToken(request: Request): boolean {
  const header = request.headers.get('authorization') ?? '';
  return /^Bearer\s+\S+/i.test(header);
}

/**
 * Wraps an API route: injected faults, bearer auth, lazy lifecycle updates, ApiError -> Error body,
 * and the change notification. `/x-demo/*` routes use `demoRoute` and skip faults and auth.
 */
export function apiRoute<P extends PathParams>(db: DemoDb, options: HandlerOptions, route: Route<P>): HttpResponseResolver<P, DefaultBodyType, DefaultBodyType> {
  return async ({ request, params }) => {
    const { latencyMs, errorRate } = db.state.faults;
    if (latencyMs > 0) await delay(latencyMs);
    if (errorRate > 0 && Math.random() < errorRate) {
      return errorResponse(500, `Injected fault (demo): this call failed on purpose (error rate ${Math.round(errorRate * 100)}%).`);
    }
    if (!hasBearerToken(request)) {
      return errorResponse(401, 'Missing or malformed Authorization header; send "Authorization: Bearer <token>".');
    }
    return runRoute(db, options, route, request, params);
  };
}

export function demoRoute<P extends PathParams>(db: DemoDb, options: HandlerOptions, route: Route<P>): HttpResponseResolver<P, DefaultBodyType, DefaultBodyType> {
  return ({ request, params }) => runRoute(db, options, route, request, params);
}

async function runRoute<P extends PathParams>(db: DemoDb, options: HandlerOptions, route: Route<P>, request: Request, params: P) {
  try {
    db.advance();
    const response = await route({ db, request, params, url: new URL(request.url) });
    if (MUTATING.has(request.method) && response.status < 400) options.onChange?.();
    return response;
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error.status, error.message, error.fieldErrors);
    console.error('[demo api] handler failed', error);
    return errorResponse(500, `The demo backend failed: ${error instanceof Error ? error.message : String(error)}`);
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
