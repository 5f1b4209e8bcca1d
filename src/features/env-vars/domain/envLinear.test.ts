import { describe, expect, it } from 'vitest';
import { applyMerge, diffEnv, mergeEnv, type EnvVar } from './envDiff';
import { parseDotenv } from './envDotenv';
import { listProblems } from './envEdits';
import { applyImport, defaultChoice, previewImport } from './envImport';
import { checkImport } from './envImportCheck';
import { parseEnvJson, serializeEnvJson } from './envJson';

/**
 * Linear time, guarded by counting rather than by the clock: the lists go in behind a Proxy that counts
 * every element read. A lookup per key (find, some, indexOf) reads the list again per key, n² reads.
 */
function counted<T>(list: T[]): { list: T[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(list, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && /^\d+$/.test(prop)) reads++;
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
  return { list: proxy, reads: () => reads };
}

const N = 5000;
const vars = (n: number, prefix: string, secretEvery = 0): EnvVar[] =>
  Array.from({ length: n }, (_, i) =>
    secretEvery && i % secretEvery === 0
      ? { key: `${prefix}${i}`, isSecret: true, updatedAt: 't' }
      : { key: `${prefix}${i}`, isSecret: false, value: `v${i}`, updatedAt: 't' },
  );

describe('import and list operations read each list a bounded number of times', () => {
  it('previewImport and applyImport', () => {
    const base = counted(vars(N, 'K_', 7));
    const current = counted(vars(N, 'K_', 7));
    const imported = counted([...vars(N / 2, 'K_'), ...vars(N / 2, 'NEW_')].map(({ key, value }) => ({ key, isSecret: false, value })));
    const rows = previewImport(current.list, base.list, imported.list);
    const choices = Object.fromEntries(rows.map((r) => [r.key, defaultChoice(r)]));
    const previewRows = counted(rows);
    applyImport(current.list, previewRows.list, choices);
    for (const c of [base, current, imported, previewRows]) expect(c.reads()).toBeLessThanOrEqual(4 * N);
  });

  it('diffEnv, listProblems and the merge after a large import', () => {
    const base = counted(vars(N, 'K_', 5));
    const mine = counted([...vars(N, 'K_', 5), ...vars(N, 'NEW_')]);
    const theirs = counted([...vars(N, 'K_', 5), ...vars(N, 'THEIRS_')]);
    diffEnv(base.list, mine.list);
    listProblems(mine.list, base.list);
    const merge = mergeEnv(base.list, mine.list, theirs.list);
    applyMerge(theirs.list, mine.list, merge, {});
    for (const c of [base, mine, theirs]) expect(c.reads()).toBeLessThanOrEqual(8 * 2 * N);
  });

  it('checkImport yields once per thousand lines read and once per thousand variables compared', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `KEY_${i}=value-${i}`).join('\n');
    const steps = checkImport(text, [], [], 1000);
    let yields = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) yields++;
    // 9 while reading 10 chunks of lines, 9 while comparing 10 chunks of variables.
    expect(yields).toBe(18);
  });
});

/**
 * Text is not a list a Proxy can watch, so the parsers get a generous clock bound instead: 10 times the
 * input may take at most 30 times as long as the small one, or 3 ms, whichever is more (linear is about 10,
 * the quadratic line lookup was about 100). Small and large run in turns, best of five each, so a busy
 * machine slows both alike and does not decide.
 */
function withinLinearBound(small: () => void, large: () => void): { largeMs: number; boundMs: number } {
  const best = { small: Infinity, large: Infinity };
  for (let i = 0; i < 5; i++) {
    for (const [name, run] of [
      ['small', small],
      ['large', large],
    ] as const) {
      const start = performance.now();
      run();
      best[name] = Math.min(best[name], performance.now() - start);
    }
  }
  return { largeMs: best.large, boundMs: 30 * Math.max(best.small, 3) };
}

describe('the parsers take linear time', () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `KEY_${i}`, isSecret: i % 9 === 0, value: `value ${i}` }));

  it('JSON: 10,000 variables take at most 30 times as long as 1,000', () => {
    const small = serializeEnvJson(list(1000));
    const large = serializeEnvJson(list(10_000));
    expect(parseEnvJson(large).vars).toHaveLength(10_000);
    const { largeMs, boundMs } = withinLinearBound(
      () => parseEnvJson(small),
      () => parseEnvJson(large),
    );
    expect(largeMs).toBeLessThan(boundMs);
  });

  it('.env: 10,000 lines take at most 30 times as long as 1,000', () => {
    const text = (n: number) =>
      list(n)
        .map((v) => `${v.key}="${v.value}"`)
        .join('\n');
    const small = text(1000);
    const large = text(10_000);
    expect(parseDotenv(large).vars).toHaveLength(10_000);
    const { largeMs, boundMs } = withinLinearBound(
      () => parseDotenv(small),
      () => parseDotenv(large),
    );
    expect(largeMs).toBeLessThan(boundMs);
  });
});
