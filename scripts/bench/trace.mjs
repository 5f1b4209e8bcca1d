// Where the mobile first visit's script time goes (`npm run bench -- --trace`). Builds Flightdeck and the
// reference app once more with source maps (into reports/bench-trace*; same configs otherwise, so the same
// chunks), serves them like the bench does, and loads each one's Deployments list in Chromium with
// Lighthouse's mobile CPU slowdown (×4) and a mobile viewport, from navigation until the first Deployment
// row is painted, alternately (A B A B). Records
//   - a Chrome performance trace of Flightdeck's first load (reports/trace-mobile-first-visit.json, for
//     DevTools' Performance panel), summarised as main-thread time by kind of work;
//   - a V8 CPU profile per load, whose functions are mapped through the source maps to their source file,
//     so script time is split by source: emotion, MUI, react-dom, react-router, TanStack Query, our modules.
// Network is not throttled: this is about CPU.
import { readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { freePort, run, startServer, waitUntil } from './procs.mjs';
import { medianOf, medianSummary, summariseProfile, summariseTrace } from './scriptTime.mjs';

const CPU_SLOWDOWN = 4;
const RUNS = 5; // profiles are samples, and the machine is shared: medians of a few loads per app
const VITE = 'node_modules/vite/bin/vite.js';
const APPS = [
  { app: 'flightdeck', outDir: resolve('reports/bench-trace'), config: [] },
  { app: 'reference', outDir: resolve('reports/bench-trace-reference'), config: ['--config', 'scripts/bench/reference/vite.config.ts'] },
];

/** Source maps of one build, read on first use. */
function sourceMaps(outDir) {
  const maps = new Map();
  return (url) => {
    const { pathname } = new URL(url);
    if (!pathname.startsWith('/assets/') || !pathname.endsWith('.js')) return null;
    if (!maps.has(pathname)) {
      try {
        maps.set(pathname, new SourceMap(JSON.parse(readFileSync(`${outDir}${pathname}.map`, 'utf8'))));
      } catch {
        maps.set(pathname, null);
      }
    }
    return maps.get(pathname);
  };
}

/** Builds and serves one app with source maps; resolves with its origin and map reader. */
async function serve({ app, outDir, config }, { upstream, token, port }) {
  const build = await run(process.execPath, [VITE, 'build', ...config, '--sourcemap', '--outDir', outDir, '--emptyOutDir'], { timeoutMs: 300_000 });
  if (build.code !== 0) throw new Error(`${app}: source-mapped build failed:\n${build.out.trim().split('\n').slice(-20).join('\n')}`);
  const server = startServer(
    `${app} trace preview`,
    process.execPath,
    [VITE, 'preview', ...config, '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { FLIGHTDECK_UPSTREAM: upstream, FLIGHTDECK_TOKEN: token },
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitUntil(`${app} trace preview`, async () => (await fetch(`${origin}/`)).ok, { child: server });
  return { server, origin, mapFor: sourceMaps(outDir) };
}

/** One mobile first visit, profiled (and traced when `trace`), until the first row is painted. */
async function profileLoad(browser, url, mapFor, trace) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    if (trace)
      await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    // Until the first row is painted (the end of the frame that shows it).
    await page.waitForFunction(
      () =>
        document.querySelector('table[aria-label="Deployments"] tbody tr') &&
        new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(true), 0))),
      null,
      { timeout: 120_000, polling: 100 },
    );
    const tableShownAtMs = await page.evaluate(() => Math.round(performance.now()));
    const { profile } = await cdp.send('Profiler.stop');
    let mainThreadMs;
    if (trace) {
      const events = await browser.stopTracing();
      writeFileSync('reports/trace-mobile-first-visit.json', events);
      writeFileSync('reports/profile-mobile-first-visit.cpuprofile', JSON.stringify(profile));
      mainThreadMs = summariseTrace(JSON.parse(events.toString()).traceEvents ?? []);
    }
    return { tableShownAtMs, mainThreadMs, ...summariseProfile(profile, mapFor) };
  } finally {
    await context.close();
  }
}

/** launch: Playwright launch options; upstream/token: the bench's mock API; path: the Deployments list path. */
export async function traceFirstVisit({ launch, upstream, token, path }) {
  const served = [];
  try {
    for (const [i, app] of APPS.entries()) served.push({ ...app, ...(await serve(app, { upstream, token, port: await freePort(18403 + i) })), runs: [] });
    const browser = await chromium.launch(launch);
    try {
      for (let i = 0; i < RUNS; i++) {
        for (const s of served) s.runs.push(await profileLoad(browser, `${s.origin}${path}`, s.mapFor, i === 0 && s.app === 'flightdeck'));
      }
    } finally {
      await browser.close();
    }
    const summary = (runs) => ({ runs: runs.length, tableShownAtMs: medianOf(runs.map((r) => r.tableShownAtMs)), ...medianSummary(runs) });
    const [flightdeck, reference] = served;
    return {
      cpuSlowdown: CPU_SLOWDOWN,
      url: path,
      ...summary(flightdeck.runs),
      mainThreadMs: flightdeck.runs[0].mainThreadMs,
      topFunctions: flightdeck.runs[0].topFunctions,
      reference: summary(reference.runs),
      each: { flightdeck: flightdeck.runs, reference: reference.runs },
      files: { trace: 'reports/trace-mobile-first-visit.json', profile: 'reports/profile-mobile-first-visit.cpuprofile' },
    };
  } finally {
    for (const s of served) s.server.kill('SIGTERM');
  }
}
