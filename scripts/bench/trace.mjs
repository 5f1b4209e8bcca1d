// Where the mobile first visit's script time goes (`npm run bench -- --trace`). Builds Flightdeck once more
// with source maps (into reports/bench-trace; same config otherwise, so the same chunks), serves it like the
// bench does, and loads the Deployments list in Chromium with Lighthouse's mobile CPU slowdown (×4) and a
// mobile viewport, from navigation until the first Deployment row is painted. Records
//   - a Chrome performance trace (reports/trace-mobile-first-visit.json, opens in DevTools' Performance panel),
//     summarised as main-thread time by kind of work (script evaluation, compile, style and layout, ...);
//   - a V8 CPU profile, whose functions are mapped through the source maps to their source file, so script
//     time is split by source: emotion, MUI, react-dom, react-router, TanStack Query, our own modules.
// Network is not throttled: this is about CPU.
import { readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { chromium } from '@playwright/test';
import { freePort, run, startServer, waitUntil } from './procs.mjs';
import { medianOf, medianSummary, summariseProfile, summariseTrace } from './scriptTime.mjs';

const OUT_DIR = 'reports/bench-trace';
const CPU_SLOWDOWN = 4;
const RUNS = 5; // profiles are samples, and the machine is shared: medians of a few loads

/** launch: Playwright launch options; upstream/token: the bench's mock API; path: the Deployments list path. */
export async function traceFirstVisit({ launch, upstream, token, path }) {
  const build = await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--sourcemap', '--outDir', OUT_DIR, '--emptyOutDir'], {
    timeoutMs: 300_000,
  });
  if (build.code !== 0) throw new Error(`source-mapped build failed:\n${build.out.trim().split('\n').slice(-20).join('\n')}`);
  const port = await freePort(18403);
  const server = startServer(
    'trace preview',
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { FLIGHTDECK_UPSTREAM: upstream, FLIGHTDECK_TOKEN: token },
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitUntil('trace preview', async () => (await fetch(`${origin}/`)).ok, { child: server });

  const maps = new Map();
  const mapFor = (url) => {
    const { pathname } = new URL(url);
    if (!pathname.startsWith('/assets/') || !pathname.endsWith('.js')) return null;
    if (!maps.has(pathname)) {
      try {
        maps.set(pathname, new SourceMap(JSON.parse(readFileSync(`${OUT_DIR}${pathname}.map`, 'utf8'))));
      } catch {
        maps.set(pathname, null);
      }
    }
    return maps.get(pathname);
  };

  const browser = await chromium.launch(launch);
  try {
    const runs = [];
    let mainThread = null;
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        // The Chrome trace once (it is for reading in DevTools); the profile every run.
        if (i === 0)
          await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
        await cdp.send('Profiler.start');
        await page.goto(`${origin}${path}`, { waitUntil: 'commit', timeout: 60_000 });
        // Until the first row is painted (the end of the frame that shows it).
        await page.waitForFunction(
          () =>
            document.querySelector('table[aria-label="Deployments"] tbody tr') &&
            new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(true), 0))),
          null,
          { timeout: 120_000, polling: 100 },
        );
        const tableShownAtMs = await page.evaluate(() => Math.round(performance.now()));
        const { profile } = await cdp.send('Profiler.stop');
        if (i === 0) {
          const trace = await browser.stopTracing();
          writeFileSync('reports/trace-mobile-first-visit.json', trace);
          writeFileSync('reports/profile-mobile-first-visit.cpuprofile', JSON.stringify(profile));
          mainThread = summariseTrace(JSON.parse(trace.toString()).traceEvents ?? []);
        }
        runs.push({ tableShownAtMs, ...summariseProfile(profile, mapFor) });
      } finally {
        await context.close();
      }
    }
    return {
      cpuSlowdown: CPU_SLOWDOWN,
      url: path,
      runs: RUNS,
      tableShownAtMs: medianOf(runs.map((r) => r.tableShownAtMs)),
      mainThreadMs: mainThread,
      ...medianSummary(runs),
      topFunctions: runs[0].topFunctions,
      each: runs,
      files: { trace: 'reports/trace-mobile-first-visit.json', profile: 'reports/profile-mobile-first-visit.cpuprofile' },
    };
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}
