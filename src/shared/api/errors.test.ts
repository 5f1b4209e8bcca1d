// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ApiError, retryDelay, shouldRetry } from './errors';
import { describeError } from './describeError';

const error = (status: number) => new ApiError({ status, message: `HTTP ${status}`, operation: 'GET /organizations' });

describe('the retry policy', () => {
  it('retries 5xx, 429 and network failures', () => {
    for (const status of [500, 502, 503, 429, 0]) expect(shouldRetry(0, error(status))).toBe(true);
  });
  it('never retries other 4xx', () => {
    for (const status of [400, 401, 403, 404, 409, 412]) expect(shouldRetry(0, error(status))).toBe(false);
  });
  it('gives up after the allowed attempts, and on errors that are not API errors', () => {
    expect(shouldRetry(3, error(500))).toBe(false);
    expect(shouldRetry(0, new TypeError('bug'))).toBe(false);
  });
  it('backs off exponentially up to a ceiling', () => {
    expect([0, 1, 2, 3, 4, 10].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });
});

describe('describeError', () => {
  it('keeps the API message and request id', () => {
    const described = describeError(new ApiError({ status: 500, message: 'DB down', requestId: 'r-1', operation: 'GET /x' }));
    expect(described.error).toEqual({ message: 'DB down', status: 500, requestId: 'r-1' });
    expect(described.hint).toMatch(/retry/);
  });
  it('names the missing role on 403 and points to settings on 401', () => {
    const forbidden = new ApiError({ status: 403, message: 'no', operation: 'POST /organizations/{organizationId}/workspaces' });
    expect(describeError(forbidden).hint).toMatch(/Organization Owner/);
    expect(describeError(error(401)).hint).toMatch(/Settings/);
  });
  it('says when the API could not be reached at all', () => {
    expect(describeError(error(0)).hint).toMatch(/No answer/);
    expect(describeError(new Error('plain')).error.message).toBe('plain');
  });
});
