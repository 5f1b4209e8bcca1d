// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('listens on 0.0.0.0:8080 and forwards to the Astro API by default', () => {
    expect(readConfig({})).toMatchObject({ port: 8080, host: '0.0.0.0', upstreams: ['https://api.astronomer.io/v1'], distDir: expect.stringMatching(/dist$/) });
  });

  it('takes PORT, HOST and a comma-separated FLIGHTDECK_UPSTREAMS, normalised as the proxy compares them', () => {
    const config = readConfig({ PORT: '9000', HOST: '127.0.0.1', FLIGHTDECK_UPSTREAMS: ' https://api.astronomer.io/v1/ , http://127.0.0.1:4010/v1,' });
    expect(config).toMatchObject({ port: 9000, host: '127.0.0.1', upstreams: ['https://api.astronomer.io/v1', 'http://127.0.0.1:4010/v1'] });
  });

  it('stops at start on an upstream it would refuse to forward to, or a bad port', () => {
    expect(() => readConfig({ FLIGHTDECK_UPSTREAMS: 'http://api.example.com/v1' })).toThrow(/FLIGHTDECK_UPSTREAMS: .*https/);
    expect(() => readConfig({ FLIGHTDECK_UPSTREAMS: 'api.astronomer.io' })).toThrow(/not a valid URL/);
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
