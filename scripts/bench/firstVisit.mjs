// First-visit JavaScript per route: a fresh context (empty cache), direct navigation, wait for the page's
// h1 and network idle, then sum the gzip size of every JS response.
import { gzipSync } from 'node:zlib';

function isJs(response) {
  const type = response.request().resourceType();
  const contentType = response.headers()['content-type'] ?? '';
  const path = new URL(response.url()).pathname;
  return type === 'script' || /javascript|ecmascript/.test(contentType) || /\.m?js$/.test(path);
}

async function measureResponse(response) {
  const url = new URL(response.url());
  const headers = await response.allHeaders();
  const encoding = (headers['content-encoding'] ?? '').trim().toLowerCase();
  const body = await response.body();
  const gzip9Bytes = gzipSync(body, { level: 9 }).length;
  let gzipBytes;
  let how;
  if (encoding && encoding !== 'identity') {
    // Sent compressed: count the bytes on the wire (the encoded body), whatever the codec.
    gzipBytes = (await response.request().sizes()).responseBodySize;
    how = `sent ${encoding}`;
  } else {
    gzipBytes = gzip9Bytes;
    how = 'gzip -9 (computed)';
  }
  return { file: url.pathname, status: response.status(), rawBytes: body.length, gzipBytes, gzip9Bytes, how };
}

/** routes: [{name, url}] (absolute URLs). */
export async function measureFirstVisit(browser, routes) {
  const results = [];
  for (const route of routes) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const pending = [];
    page.on('response', (response) => {
      if (isJs(response)) pending.push(measureResponse(response).catch((error) => ({ file: response.url(), error: error.message })));
    });
    const started = Date.now();
    try {
      await page.goto(route.url, { waitUntil: 'load', timeout: 60_000 });
      const h1 = page.getByRole('heading', { level: 1 }).first();
      await h1.waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForLoadState('networkidle', { timeout: 30_000 });
      const heading = (await h1.textContent())?.trim();
      const files = (await Promise.all(pending)).sort((a, b) => (b.gzipBytes ?? 0) - (a.gzipBytes ?? 0));
      const errors = files.filter((f) => f.error);
      if (errors.length) throw new Error(`could not read ${errors.length} JS response(s): ${errors[0].error}`);
      const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
      const rawBytes = files.reduce((sum, f) => sum + f.rawBytes, 0);
      const gzip9Bytes = files.reduce((sum, f) => sum + f.gzip9Bytes, 0);
      results.push({
        route: route.name,
        url: new URL(route.url).pathname,
        finalPath: new URL(page.url()).pathname,
        heading,
        jsFiles: files.length,
        gzipBytes,
        gzip9Bytes,
        rawBytes,
        ms: Date.now() - started,
        files,
      });
    } catch (error) {
      results.push({ route: route.name, url: new URL(route.url).pathname, error: error.message.split('\n')[0] });
    } finally {
      await context.close();
    }
  }
  return results;
}
