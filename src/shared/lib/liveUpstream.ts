// What the browser client and the dev/preview servers' proxy agree on for live mode: the browser calls
// same-origin API_PREFIX and names the Astro API to forward to in UPSTREAM_HEADER.

export const API_PREFIX = '/api/v1';
export const UPSTREAM_HEADER = 'x-flightdeck-upstream';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An upstream must use https; plain http only on this machine (a local mock API). */
export function isAllowedUpstream(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
}
