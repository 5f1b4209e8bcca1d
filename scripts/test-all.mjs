#!/usr/bin/env node
// `npm test`: every check, in order, none stopping the others. Ends with one line, `N passed, N failed`,
// counting each test of Vitest and Playwright plus one per static check (gen:check, tsc, eslint).
// The summary gives each step's wall time, so a runner that grows shows it.
// Exits non-zero when anything failed. JSON reports land in reports/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowser } from './browser.mjs';

const bin = (name) => join('node_modules', '.bin', name);
mkdirSync('reports', { recursive: true });

let passed = 0;
let failed = 0;
const summary = [];

/** Seconds each step took, by label, for the summary. */
const seconds = new Map();

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const started = performance.now();
  const { status, error } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  seconds.set(label, (performance.now() - started) / 1000);
  if (error) console.error(`${label}: could not start: ${error.message}`);
  return error ? -1 : (status ?? -1);
}

function record(label, ok, notFail) {
  passed += ok;
  failed += notFail;
  summary.push(`${label}: ${ok} passed, ${notFail} failed, ${seconds.get(label).toFixed(0)} s`);
}

/** A static check is one test: it passes when the command exits 0. */
function check(label, command, args) {
  const ok = run(label, command, args) === 0;
  record(label, ok ? 1 : 0, ok ? 0 : 1);
}

/** A test runner: counts come from its JSON report; no report at all counts as one failure. */
function runner(label, command, args, report, count, env) {
  rmSync(report, { force: true });
  const status = run(label, command, args, env);
  let counts = null;
  try {
    if (existsSync(report)) counts = count(JSON.parse(readFileSync(report, 'utf8')));
  } catch (error) {
    console.error(`${label}: unreadable report ${report}: ${error.message}`);
  }
  if (!counts) return record(label, 0, 1);
  // A runner that failed without any failing test (a crashed file, a webServer that never came up,
  // an unhandled error) still fails the run.
  const extra = status !== 0 && counts.failed === 0 ? 1 : 0;
  record(label, counts.passed, counts.failed + extra);
}

// The browser first: on a machine without one, stop before any test runs, with the command to run.
const browser = await ensureBrowser();
if (!browser) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

check('gen:check', 'npm', ['run', '--silent', 'gen:check']);
check('tsc', bin('tsc'), ['-p', 'tsconfig.json']);
check('prettier', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
check('eslint', bin('eslint'), ['.']);
runner('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile=reports/vitest.json'], 'reports/vitest.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
}));
runner(
  'playwright',
  bin('playwright'),
  ['test', '--reporter=list,json'],
  'reports/playwright.json',
  (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky }),
  { PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/playwright.json', CHROMIUM_PATH: browser },
);

const total = [...seconds.values()].reduce((sum, s) => sum + s, 0);
console.log(`\n${summary.join('\n')}\ntotal: ${total.toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
