// What the browser client and the servers' proxies (the dev server's, scripts/astroProxy.ts, and the production
// server's, server/) agree on for live mode: the browser calls same-origin API_PREFIX and names the Astro API to
// forward to in UPSTREAM_HEADER. The production server forwards only to its allow-list, which it tells the
// browser in a <meta name=UPSTREAMS_META> tag of index.html.

export const API_PREFIX = '/api/v1';
export const UPSTREAM_HEADER = 'x-flightdeck-upstream';
export const UPSTREAMS_META = 'flightdeck-upstreams';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An upstream must use https; plain http only on this machine (a local mock API). */
export function isAllowedUpstream(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
}

/** The upstream base URL without a trailing slash, or the reason it is refused. */
export function parseUpstream(header: string | string[] | undefined): { base: string } | { error: string } {
  if (header === undefined || header === '') {
    return {
      error:
        'Demo mode is not running (the mock service worker did not answer this request) and live mode is not ' +
        `configured (no ${UPSTREAM_HEADER} header). Reload the page for demo mode, or set the API base URL and token in Settings.`,
    };
  }
  const raw = Array.isArray(header) ? (header[0] ?? '') : header;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { error: `The live API base URL is not a valid URL: ${JSON.stringify(raw)}.` };
  }
  if (!isAllowedUpstream(url)) {
    return {
      error: `The live API base URL must use https (http is accepted only for localhost and 127.0.0.1): ${url.origin}.`,
    };
  }
  if (url.username || url.password || url.search || url.hash) {
    return { error: 'The live API base URL must not carry credentials, a query string or a fragment.' };
  }
  return { base: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/**
 * The APIs the production server forwards to, from its meta tag; undefined without one (the dev server, which
 * forwards to any https API). Base URLs hold no spaces, so a space separates them.
 */
export function allowedUpstreams(doc: Document | undefined = globalThis.document): string[] | undefined {
  const content = doc?.querySelector<HTMLMetaElement>(`meta[name="${UPSTREAMS_META}"]`)?.content.trim();
  return content ? content.split(/\s+/) : undefined;
}
