import { describe, expect, it } from 'vitest';
import { applyMerge, diffEnv, mergeEnv, type EnvVar } from './envDiff';
import { listProblems } from './envEdits';
import { applyImport, defaultChoice, previewImport } from './envImport';
import { checkImport } from './envImportCheck';

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
