import { describe, expect, it } from 'vitest';
import { allowedUpstreams, isAllowedUpstream } from './liveUpstream';

describe('isAllowedUpstream', () => {
  it('takes https anywhere and plain http only on this machine', () => {
    expect(isAllowedUpstream(new URL('https://api.astronomer.io/v1'))).toBe(true);
    for (const local of ['http://localhost:4010/v1', 'http://127.0.0.1:4010/v1', 'http://[::1]:4010/v1']) {
      expect(isAllowedUpstream(new URL(local))).toBe(true);
    }
    expect(isAllowedUpstream(new URL('http://api.astronomer.io/v1'))).toBe(false);
    expect(isAllowedUpstream(new URL('ftp://127.0.0.1/v1'))).toBe(false);
  });
});

describe('allowedUpstreams', () => {
  const page = (head: string) => new DOMParser().parseFromString(`<!doctype html><head>${head}</head>`, 'text/html');

  it("reads the production server's allow-list from its meta tag, and nothing without one", () => {
    expect(allowedUpstreams(page('<meta name="flightdeck-upstreams" content=" https://api.astronomer.io/v1  http://127.0.0.1:4010/v1 ">'))).toEqual([
      'https://api.astronomer.io/v1',
      'http://127.0.0.1:4010/v1',
    ]);
    expect(allowedUpstreams(page(''))).toBeUndefined();
    expect(allowedUpstreams(page('<meta name="flightdeck-upstreams" content="">'))).toBeUndefined();
    expect(allowedUpstreams(undefined)).toBeUndefined();
  });
});
