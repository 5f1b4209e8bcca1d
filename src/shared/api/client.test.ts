import { afterEach, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { server } from '../../test/server';
import { api, data, READ_TIMEOUT_MS, WRITE_TIMEOUT_MS } from './client';
import type { ApiError } from './errors';

const WORKSPACES = '*/v1/organizations/:organizationId/workspaces';
const create = () => data(api.POST('/organizations/{organizationId}/workspaces', { params: { path: { organizationId: 'o1' } }, body: { name: 'x' } }));
const list = () => data(api.GET('/organizations/{organizationId}/workspaces', { params: { path: { organizationId: 'o1' } } }));
const failure = (call: Promise<unknown>) => call.then(() => Promise.reject(new Error('it answered')), (error: ApiError) => error);

describe('the API client', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('gives up on a write that gets no answer, saying it may or may not have been made', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(http.post(WORKSPACES, () => new Promise<never>(() => {})));
    const result = failure(create());
    await vi.advanceTimersByTimeAsync(WRITE_TIMEOUT_MS);
    const error = await result;
    expect(error.status).toBe(0);
    expect(error.message).toBe('The API did not answer within 30 s. The change may or may not have been made: reload to check before you try again.');
  });

  it('gives a read longer, and says only that it got no answer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(http.get(WORKSPACES, () => new Promise<never>(() => {})));
    let settled = false;
    const result = failure(list()).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(WRITE_TIMEOUT_MS);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(READ_TIMEOUT_MS - WRITE_TIMEOUT_MS);
    expect((await result).message).toBe('The API did not answer within 60 s.');
  });

  it('says a write failed because the browser is offline, and that nothing was sent', async () => {
    vi.stubGlobal('navigator', { ...navigator, onLine: false });
    server.use(http.post(WORKSPACES, () => HttpResponse.error()));
    expect((await failure(create())).message).toBe('You are offline: nothing was sent. Try again once the connection is back.');
  });

  it('says a write that lost the network may or may not have been made', async () => {
    server.use(http.post(WORKSPACES, () => HttpResponse.error()));
    expect((await failure(create())).message).toMatch(/^The API could not be reached\. If the connection dropped during the save, the change may or may not/);
  });
});
