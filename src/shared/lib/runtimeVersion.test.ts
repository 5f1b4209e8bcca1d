// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareRuntimeVersions, parseRuntimeVersion, runtimeChange } from './runtimeVersion';

describe('Runtime versions', () => {
  it('reads both shapes and tells the Airflow generations apart by shape', () => {
    expect(parseRuntimeVersion('12.4.0')).toMatchObject({ airflowMajor: 2, major: 12, minor: 4, patch: 0 });
    expect(parseRuntimeVersion('3.1-2')).toMatchObject({ airflowMajor: 3, major: 3, minor: 1, patch: 2 });
    expect(parseRuntimeVersion('3.0.0')?.airflowMajor).toBe(2);
    expect(parseRuntimeVersion('latest')).toBeUndefined();
  });

  it('orders versions numerically, Airflow 3 above Airflow 2', () => {
    const sorted = ['9.22.0', '10.9.0', '11.18.0', '12.1.1', '12.4.0', '3.0-1', '3.0-7', '3.1-1', '3.1-2'];
    expect([...sorted].reverse().sort((a, b) => compareRuntimeVersions(a, b)!)).toEqual(sorted);
  });

  it('reads an Airflow 2 Runtime in the new shape as Airflow 2, and prereleases', () => {
    expect(compareRuntimeVersions('2.10-12', '13.7.0')).toBeGreaterThan(0);
    expect(compareRuntimeVersions('2.10-12', '3.0-1')).toBeLessThan(0);
    expect(compareRuntimeVersions('3.2-1-rc.1', '3.2-1')).toBeLessThan(0);
    expect(runtimeChange('3.1-2', '2.10-12')).toMatchObject({ direction: 'downgrade', airflow3To2: true });
    expect(runtimeChange('2.10-12', '3.1-2')).toMatchObject({ direction: 'upgrade', airflow3To2: false });
    expect(runtimeChange('3.2-1-rc.1', '3.2-1').direction).toBe('upgrade');
  });

  it('names downgrades, and marks the one from Airflow 3 to 2', () => {
    expect(runtimeChange('12.4.0', '12.1.1')).toMatchObject({ direction: 'downgrade', airflow3To2: false });
    expect(runtimeChange('3.1-2', '12.4.0')).toMatchObject({ direction: 'downgrade', airflow3To2: true });
    expect(runtimeChange('12.4.0', '3.0-1')).toMatchObject({ direction: 'upgrade', airflow3To2: false });
    expect(runtimeChange('12.4.0', '12.4.0').direction).toBe('same');
    expect(runtimeChange('12.4.0', 'custom').direction).toBe('unknown');
  });

  it('is antisymmetric (property)', () => {
    const v = fc.oneof(
      fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `${a}.${b}.${c}`),
      fc.tuple(fc.nat(5), fc.nat(5), fc.nat(9)).map(([a, b, c]) => `${a}.${b}-${c}`),
    );
    fc.assert(fc.property(v, v, (a, b) => Math.sign(compareRuntimeVersions(a, b)!) + Math.sign(compareRuntimeVersions(b, a)!) === 0));
  });
});
