// Client-side navigation from the Deployments list to a Deployment, with its code and data cached: rest the
// pointer on a row's link (the list prefetches the route's code and data on intent), wait until those
// requests are done, click, and time click -> the Deployment's heading painted. Then back to the list and
// the next row. "Painted" is as in scale.mjs: a task queued from the requestAnimationFrame after the change.

/** Installed right before the click: records the click's time and when the heading shows `name`, painted. */
function navProbe(name) {
  const B = (window.__benchNav = { t0: null, domAt: null, paintedAt: null });
  document.addEventListener(
    'click',
    (event) => {
      B.t0 = event.timeStamp;
    },
    { capture: true, once: true },
  );
  const check = () => {
    if (B.t0 === null || B.domAt !== null) return;
    if (document.querySelector('h1')?.textContent?.trim() !== name) return;
    B.domAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const painted = () => {
        B.paintedAt = performance.now();
      };
      if (window.scheduler?.postTask) {
        void window.scheduler.postTask(painted, { priority: 'user-blocking' });
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = painted;
      channel.port2.postMessage(null);
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

const isApi = (request) => new URL(request.url()).pathname.startsWith('/api/');

/** Resolves once no API request of the page is in flight (checked every 50 ms; a real condition, no fixed wait). */
export function trackApi(page) {
  const inFlight = new Set();
  const all = [];
  page.on('request', (request) => {
    if (!isApi(request)) return;
    inFlight.add(request);
    all.push(request);
  });
  for (const event of ['requestfinished', 'requestfailed']) page.on(event, (request) => inFlight.delete(request));
  return {
    all,
    async quiet(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (inFlight.size) {
        if (Date.now() > deadline) throw new Error(`${inFlight.size} API request(s) still in flight after ${timeoutMs / 1000} s`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};

/** url: a Workspace's Deployments list (at least one row); count: how many rows to open, one after the other. */
export async function measureNavigation(browser, { url, count = 5 }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const api = trackApi(page);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const links = page.getByRole('table', { name: 'Deployments' }).getByRole('row').getByRole('link');
    await links.first().waitFor({ timeout: 60_000 });
    await api.quiet();
    const rows = Math.min(count, await links.count());
    const samples = [];
    for (let i = 0; i < count; i++) {
      const link = links.nth(i % rows);
      const name = (await link.textContent()).trim();
      const before = api.all.length;
      await link.hover();
      // The prefetch starts INTENT_DELAY_MS after the pointer arrives: wait for the Deployment's own request.
      const id = (await link.getAttribute('href')).split('/deployments/')[1].split(/[/?]/)[0];
      await page.waitForRequest((r) => new URL(r.url()).pathname.endsWith(`/deployments/${id}`), { timeout: 10_000 }).catch(() => null);
      await api.quiet();
      const prefetched = api.all.slice(before).map((r) => new URL(r.url()).pathname.replace(/^\/api\/v1\/organizations\/[^/]+/, ''));
      await page.evaluate(navProbe, name);
      const requestsBeforeClick = api.all.length;
      await link.click();
      await page.waitForFunction(() => window.__benchNav?.paintedAt != null, null, { timeout: 30_000, polling: 'raf' });
      const nav = await page.evaluate(() => window.__benchNav);
      const afterPaint = api.all.length;
      samples.push({
        deployment: name,
        ms: Math.round((nav.paintedAt - nav.t0) * 10) / 10,
        headingInDomMs: Math.round((nav.domAt - nav.t0) * 10) / 10,
        prefetched,
        // Until the heading was painted: any of these would be the navigation waiting on the network.
        requestsDuringNavigation: api.all
          .slice(requestsBeforeClick, afterPaint)
          .map((r) => new URL(r.url()).pathname.replace(/^\/api\/v1\/organizations\/[^/]+/, '')),
      });
      await api.quiet();
      await page.goBack();
      await links.first().waitFor({ timeout: 30_000 });
      await api.quiet();
    }
    return {
      url: new URL(url).pathname,
      count: samples.length,
      medianMs: median(samples.map((s) => s.ms)),
      maxMs: Math.max(...samples.map((s) => s.ms)),
      samples,
    };
  } finally {
    await context.close();
  }
}
