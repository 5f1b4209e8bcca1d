// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareRuntimeVersionText, parseRuntimeVersion } from './runtimeVersion';

const n = (max: number) => fc.integer({ min: 0, max });
const oldVersion = fc.tuple(n(20), n(30), n(30)).map(([a, b, c]) => `${a}.${b}.${c}`);
const pre = fc.option(fc.oneof(fc.constantFrom('alpha', 'beta', 'rc'), n(9).map(String)), { nil: undefined });
const newVersion = fc
  .tuple(fc.integer({ min: 2, max: 4 }), n(12), n(30), pre, fc.constantFrom('-', '.'))
  .map(([a, b, c, p, sep]) => `${a}.${b}-${c}${p === undefined ? '' : `${sep}${p}`}`);
const anyText = fc.oneof(oldVersion, newVersion, fc.string({ maxLength: 8 }));
const sign = (x: number) => Math.sign(x);

describe('Runtime version order', () => {
  it('reads both formats, the new one naming its Airflow generation', () => {
    expect(parseRuntimeVersion('12.5.0')).toMatchObject({ format: 'semver', airflowMajor: 2, line: '12' });
    expect(parseRuntimeVersion('3.1-2')).toMatchObject({ format: 'airflow', airflowMajor: 3, line: '3.1', patch: 2 });
    expect(parseRuntimeVersion('2.10-12')).toMatchObject({ format: 'airflow', airflowMajor: 2, line: '2.10' });
    expect(parseRuntimeVersion('3.2-1-rc.1')).toMatchObject({ prerelease: 'rc.1' });
    expect(parseRuntimeVersion('latest')).toBeUndefined();
  });

  it('puts every new-format version above every old one: 3.0-7 > 12.5.0', () => {
    expect(compareRuntimeVersionText('3.0-7', '12.5.0')).toBeGreaterThan(0);
    expect(compareRuntimeVersionText('2.10-12', '13.7.0')).toBeGreaterThan(0);
    fc.assert(fc.property(newVersion, oldVersion, (a, b) => compareRuntimeVersionText(a, b) > 0));
  });

  it('orders patches numerically, and a prerelease before its release', () => {
    expect(compareRuntimeVersionText('12.10.0', '12.9.0')).toBeGreaterThan(0);
    expect(compareRuntimeVersionText('3.1-12', '3.1-2')).toBeGreaterThan(0);
    expect(compareRuntimeVersionText('3.1-2-rc1', '3.1-2')).toBeLessThan(0);
    fc.assert(
      fc.property(n(20), n(30), n(30), (a, b, c) => {
        expect(compareRuntimeVersionText(`${a}.${b}.${c}`, `${a}.${b}.${c + 1}`)).toBeLessThan(0);
        expect(compareRuntimeVersionText(`3.${b}-${c}`, `3.${b}-${c + 1}`)).toBeLessThan(0);
        expect(compareRuntimeVersionText(`3.${b}-${c + 1}`, `3.${b + 1}-0`)).toBeLessThan(0);
      }),
    );
  });

  it('is a total order: reflexive, antisymmetric, transitive, over any text', () => {
    fc.assert(fc.property(anyText, (a) => compareRuntimeVersionText(a, a) === 0));
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const ab = sign(compareRuntimeVersionText(a, b));
        expect(ab + sign(compareRuntimeVersionText(b, a))).toBe(0);
        if (ab === 0) expect(a).toBe(b);
      }),
    );
    fc.assert(
      fc.property(anyText, anyText, anyText, (a, b, c) => {
        if (compareRuntimeVersionText(a, b) <= 0 && compareRuntimeVersionText(b, c) <= 0) expect(compareRuntimeVersionText(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts a mixed list the same whatever order it starts in', () => {
    const sorted = ['9.22.0', '10.9.0', '11.18.0', '12.1.1', '12.4.0', '2.10-12', '3.0-1', '3.0-7', '3.1-1', '3.1-2', '3.1-12'];
    fc.assert(
      fc.property(fc.shuffledSubarray(sorted, { minLength: sorted.length }), (shuffled) => {
        expect([...shuffled].sort(compareRuntimeVersionText)).toEqual(sorted);
      }),
    );
  });
});
