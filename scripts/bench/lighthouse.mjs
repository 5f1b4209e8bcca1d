// Lighthouse 12.8.2 through npx (kept out of package.json, see toolchain.md §8.1): one run of one preset.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { run } from './procs.mjs';

export const LIGHTHOUSE = 'lighthouse@12.8.2';
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage';

/**
 * preset: 'mobile' (Lighthouse's default emulation) or 'desktop'. outBase: path without extension.
 * categories: what to audit (performance is the one the ratios need; the others cost a little time).
 */
export async function runLighthouse(url, preset, outBase, categories = ['performance', 'accessibility', 'best-practices']) {
  const json = `${outBase}.report.json`;
  const html = `${outBase}.report.html`;
  rmSync(json, { force: true });
  rmSync(html, { force: true });
  const args = [
    '-y',
    LIGHTHOUSE,
    url,
    '--quiet',
    `--chrome-flags=${CHROME_FLAGS}`,
    `--only-categories=${categories.join(',')}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    '--output=json',
    '--output=html',
    `--output-path=${outBase}`,
  ];
  const started = Date.now();
  const result = await run('npx', args, {
    env: { CHROME_PATH: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    timeoutMs: 240_000,
  });
  const seconds = (Date.now() - started) / 1000;
  if (result.code !== 0 || !existsSync(json)) {
    const tail = result.out.trim().split('\n').slice(-8).join('\n  ');
    return { preset, error: result.timedOut ? 'timed out after 240 s' : `exit ${result.code}: ${tail}` };
  }
  const lhr = JSON.parse(readFileSync(json, 'utf8'));
  const audit = (id) => lhr.audits[id];
  const num = (id) => audit(id)?.numericValue ?? null;
  const failing = (category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && audit(ref.id)?.score !== null && audit(ref.id)?.score < 1)
      .map((ref) => {
        const a = audit(ref.id);
        const nodes = (a.details?.items ?? []).map((item) => item.node?.snippet).filter(Boolean);
        return { id: ref.id, title: a.title, score: a.score, display: a.displayValue, nodes: nodes.slice(0, 5) };
      });
  return {
    preset,
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment?.hostUserAgent,
    benchmarkIndex: lhr.environment?.benchmarkIndex,
    seconds,
    finalUrl: lhr.finalDisplayedUrl ?? lhr.finalUrl,
    runtimeError: lhr.runtimeError?.message,
    runWarnings: lhr.runWarnings,
    scores: {
      performance: lhr.categories.performance?.score ?? null,
      accessibility: lhr.categories.accessibility?.score ?? null,
      bestPractices: lhr.categories['best-practices']?.score ?? null,
    },
    metrics: {
      fcpMs: num('first-contentful-paint'),
      lcpMs: num('largest-contentful-paint'),
      tbtMs: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      speedIndexMs: num('speed-index'),
    },
    // Where the main thread went (Lighthouse's groups: Script Evaluation, Style & Layout, ...) and script time per URL.
    mainThread: Object.fromEntries((audit('mainthread-work-breakdown')?.details?.items ?? []).map((i) => [i.groupLabel ?? i.group, Math.round(i.duration)])),
    bootup: (audit('bootup-time')?.details?.items ?? []).map((i) => ({
      url: String(i.url).replace(/^https?:\/\/[^/]+/, ''),
      totalMs: Math.round(i.total),
      scriptingMs: Math.round(i.scripting),
      parseCompileMs: Math.round(i.scriptParseCompile),
    })),
    failing: {
      performance: failing('performance').filter((a) => a.score < 0.9),
      accessibility: failing('accessibility'),
      bestPractices: failing('best-practices'),
    },
    reports: { json, html },
  };
}
