import { http, HttpResponse } from 'msw';

/** An answer in the Astro Error shape, for handler overrides in page tests. */
export function apiError(status: number, message: string, requestId = `req-test-${status}`) {
  return HttpResponse.json({ statusCode: status, message, requestId }, { status });
}

/** Makes every call of `method path` fail with `status` until handlers are reset. */
export function failing(method: 'get' | 'post' | 'delete', path: string, status = 500, message = 'Internal server error') {
  return http[method](`*/v1${path}`, () => apiError(status, message));
}
