// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildCatalogue, endOfMonthAfter, findEntry, type RuntimeRelease } from './catalogue';
import { daysLeftText, daysUntilEndOf, isSupported, lifecycleOf } from './lifecycle';

const release = (version: string, airflowVersion: string, date: string, migration = false, channel = 'stable'): RuntimeRelease => ({
  version,
  airflowVersion,
  channel,
  releaseDate: `${date}T16:00:00Z`,
  airflowDatabaseMigration: migration,
  stellarDatabaseMigration: false,
});

const RELEASES = [
  release('3.1-2', '3.1.0', '2026-10-28', true),
  release('12.4.0', '2.10.5', '2026-07-15'),
  release('11.18.0', '2.9.3', '2026-01-21'),
  release('9.22.0', '2.7.3', '2025-08-27', false, 'deprecated'),
];
const NOW = new Date('2026-11-24T10:00:00Z');

describe('Runtime catalogue', () => {
  it("keeps the API's fields and adds the stated facts of the line", () => {
    const entry = findEntry(buildCatalogue(RELEASES), '11.18.0')!;
    expect(entry).toMatchObject({ offered: true, channel: 'stable', airflowDatabaseMigration: false, pythonVariant: true, slimVariant: true });
    expect(entry.airflowVersion).toEqual({ state: 'stated', value: '2.9.3', source: 'deployment-options' });
    expect(entry.maintenanceEnd).toMatchObject({ state: 'stated', value: '2025-10-31' });
    expect(entry.defaultPython).toMatchObject({ state: 'stated', value: '3.11' });
    expect(entry.postgres).toMatchObject({ value: '12–16' });
    expect(entry.os).toMatchObject({ value: 'Debian 11.8' });
    expect(entry.lts).toMatchObject({ value: true });
    expect(entry.yanked).toMatchObject({ state: 'stated', value: { yanked: false } });
    expect(entry.ubi9).toMatchObject({ state: 'stated', value: { available: true, pythons: ['3.11', '3.12'] } });
  });

  it('derives the 3.x lifecycle from the release date, and marks it derived', () => {
    const entry = findEntry(buildCatalogue(RELEASES), '3.1-2')!;
    expect(entry.maintenanceEnd).toMatchObject({ state: 'derived', derived: true, value: '2028-10-31' });
    expect(entry.basicSupportEnd).toMatchObject({ state: 'derived', derived: true, value: '2029-04-30' });
    expect(lifecycleOf(entry, NOW)).toMatchObject({ status: 'maintained', derived: true });
  });

  it('applies a Python seen in a published tag from that version on only', () => {
    const catalogue = buildCatalogue([], ['3.1-2', '3.1-14', '12.2.0', '12.3.0', '11.12.0', '11.13.0']);
    expect(['3.1-2', '3.1-14', '12.2.0', '12.3.0', '11.12.0', '11.13.0'].map((v) => findEntry(catalogue, v)!.pythons.versions)).toEqual([
      [],
      ['3.11'],
      [],
      ['3.11', '3.12'],
      ['3.11'],
      ['3.11', '3.12'],
    ]);
  });

  it('says unknown for what no source states, and never guesses (a release the facts table lacks)', () => {
    const catalogue = buildCatalogue([release('14.2.0', '2.12.0', '2027-01-10'), ...RELEASES]);
    for (const version of ['14.2.0', '12.4.0']) {
      const entry = findEntry(catalogue, version)!;
      expect(entry.maintenanceEnd.state).toBe('unknown');
      expect(entry.basicSupportEnd.state).toBe('unknown');
      expect(entry.yanked.state).toBe('unknown');
      expect(entry.defaultPython.state).toBe('unknown');
      expect(lifecycleOf(entry, NOW).status).toBe('unknown');
    }
    expect(findEntry(catalogue, '14.2.0')!.pythons).toEqual({ versions: [], complete: false });
  });

  it('adds the versions Deployments run that the API does not list, newest first, with the yanked ones marked', () => {
    const catalogue = buildCatalogue(RELEASES, ['11.0.0', '12.4.0', 'custom-image']);
    expect(catalogue.map((e) => e.version)).toEqual(['3.1-2', '12.4.0', '11.18.0', '11.0.0', '9.22.0']);
    const yanked = findEntry(catalogue, '11.0.0')!;
    expect(yanked).toMatchObject({ offered: false, airflowDatabaseMigration: undefined, yanked: { value: { yanked: true } } });
    expect(yanked.airflowVersion).toMatchObject({ value: '2.9' });
    expect(lifecycleOf(yanked, NOW).status).toBe('yanked');
    expect(isSupported(lifecycleOf(yanked, NOW))).toBe(false);
  });

  it('knows the whole yanked list: 8.0.0, 9.0.0 to 9.6.0, 11.0.0 to 11.1.0', () => {
    const versions = ['8.0.0', '8.0.1', '9.0.0', '9.3.2', '9.6.0', '9.7.0', '11.0.0', '11.1.0', '11.1.1'];
    const catalogue = buildCatalogue([], versions);
    const yanked = versions.filter((v) => {
      const y = findEntry(catalogue, v)!.yanked;
      return y.state !== 'unknown' && y.value.yanked;
    });
    expect(yanked).toEqual(['8.0.0', '9.0.0', '9.3.2', '9.6.0', '11.0.0', '11.1.0']);
  });
});

describe('Lifecycle arithmetic', () => {
  it('ends on the last day of the month, leap years included', () => {
    expect(endOfMonthAfter('2026-01-31T12:00:00Z', 1)).toBe('2026-02-28');
    expect(endOfMonthAfter('2026-02-10T00:00:00Z', 24)).toBe('2028-02-29');
    expect(endOfMonthAfter('2025-12-01T00:00:00Z', 6)).toBe('2026-06-30');
  });

  it('counts the days left, the last day still maintained', () => {
    expect(daysUntilEndOf('2026-11-24', NOW)).toBe(0);
    expect(daysUntilEndOf('2026-11-25', NOW)).toBe(1);
    expect(daysUntilEndOf('2026-12-31', NOW)).toBe(37);
    expect(daysUntilEndOf('2026-11-23', NOW)).toBe(-1);
    expect([0, 1, 5, -1, -40].map(daysLeftText)).toEqual(['ends today', 'ends in 1 day', 'ends in 5 days', 'ended 1 day ago', 'ended 40 days ago']);
  });

  it('moves from maintained to Basic Support to ended as the clock passes the derived dates', () => {
    const entry = findEntry(buildCatalogue(RELEASES), '3.1-2')!;
    expect(lifecycleOf(entry, new Date('2028-10-31T23:00:00Z'))).toMatchObject({ status: 'maintained', maintenanceDaysLeft: 0 });
    expect(lifecycleOf(entry, new Date('2028-11-01T00:00:00Z')).status).toBe('basic-support');
    expect(lifecycleOf(entry, new Date('2029-05-01T00:00:00Z')).status).toBe('ended');
    const old = findEntry(buildCatalogue(RELEASES), '9.22.0')!;
    expect(lifecycleOf(old, NOW)).toMatchObject({ status: 'ended', derived: false });
    expect(isSupported(lifecycleOf(old, NOW))).toBe(false);
  });
});
