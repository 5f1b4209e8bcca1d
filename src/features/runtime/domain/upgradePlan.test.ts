// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildCatalogue, findEntry, type RuntimeRelease } from './catalogue';
import { checkVersion, executorCarriesOver, isAllowedAirflow3Target, passesAirflow3Gate, planUpgrades } from './upgradePlan';

const release = (version: string, airflowVersion: string, date: string, migration = false): RuntimeRelease => ({
  version,
  airflowVersion,
  channel: 'stable',
  releaseDate: `${date}T16:00:00Z`,
  airflowDatabaseMigration: migration,
  stellarDatabaseMigration: false,
});

const RELEASES = [
  release('3.1-2', '3.1.0', '2026-10-28'),
  release('3.1-1', '3.1.0', '2026-09-30', true),
  release('3.0-7', '3.0.6', '2026-08-19'),
  release('3.0-1', '3.0.1', '2026-05-06', true),
  release('13.8.0', '2.11.0', '2026-08-01'),
  release('13.7.0', '2.11.0', '2026-06-01'),
  release('13.2.0', '2.11.0', '2026-03-01', true),
  release('12.4.0', '2.10.5', '2026-07-15'),
  release('12.1.1', '2.10.3', '2026-02-11'),
  release('11.18.0', '2.9.3', '2026-01-21'),
  release('10.9.0', '2.8.4', '2025-10-09'),
];
const NOW = new Date('2026-11-24T10:00:00Z');
const catalogue = buildCatalogue(RELEASES, ['11.0.0']);
const NONE = new Set<string>();
const versions = (subject: string, used = NONE) =>
  planUpgrades({ id: 'd1', runtimeVersion: subject }, catalogue, used, NOW).targets.map((t) => [t.kind, t.entry.version]);

describe('upgrade planner', () => {
  it('offers the latest patch of the line, the latest patch of each newer line, and the allowed Airflow 3 targets', () => {
    expect(versions('12.1.1')).toEqual([
      ['patch', '12.4.0'],
      ['minor', '13.8.0'],
      ['airflow3', '3.1-2'],
      ['airflow3', '3.0-7'],
    ]);
  });

  it('says when the Deployment is on the latest patch of its line', () => {
    const plan = planUpgrades({ id: 'd1', runtimeVersion: '10.9.0' }, catalogue, NONE, NOW);
    expect(plan.targets.some((t) => t.kind === 'patch')).toBe(false);
    expect(plan.notes).toContain('10.9.0 is the latest patch of its line the catalogue knows.');
  });

  it('never offers a yanked version, even as the newest of a line', () => {
    const yanks = buildCatalogue(
      [release('12.4.0', '2.10.5', '2026-07-15'), release('11.1.0', '2.9.1', '2024-05-01'), release('9.6.0', '2.7.2', '2023-11-01')],
      ['9.0.0'],
    );
    const plan = planUpgrades({ id: 'd1', runtimeVersion: '9.0.0' }, yanks, NONE, NOW);
    expect(plan.targets.map((t) => [t.kind, t.entry.version])).toEqual([['minor', '12.4.0']]);
    expect(plan.notes).toContain('9.0.0 is the latest patch of its line the catalogue knows.');
  });

  it('blocks Airflow 3 below Runtime 13.7.0 and names the stepping stone', () => {
    expect(passesAirflow3Gate('13.6.9')).toBe(false);
    expect(passesAirflow3Gate('13.7.0')).toBe(true);
    expect(passesAirflow3Gate('3.0-1')).toBe(true);
    const below = planUpgrades({ id: 'd1', runtimeVersion: '13.2.0' }, catalogue, NONE, NOW).targets.filter((t) => t.kind === 'airflow3');
    expect(below.map((t) => t.blocked)).toEqual([
      'An in-place upgrade to Airflow 3 needs Runtime 13.7.0 or later; this Deployment runs 13.2.0. Upgrade to 13.8.0 first.',
      'An in-place upgrade to Airflow 3 needs Runtime 13.7.0 or later; this Deployment runs 13.2.0. Upgrade to 13.8.0 first.',
    ]);
    const at = planUpgrades({ id: 'd1', runtimeVersion: '13.7.0' }, catalogue, NONE, NOW).targets.filter((t) => t.kind === 'airflow3');
    expect(at.map((t) => [t.entry.version, t.blocked])).toEqual([
      ['3.1-2', undefined],
      ['3.0-7', undefined],
    ]);
  });

  it('says when no Runtime 13.7.0 or later is offered to step through', () => {
    const old = buildCatalogue(RELEASES.filter((r) => !r.version.startsWith('13.')));
    const blocked = planUpgrades({ id: 'd1', runtimeVersion: '10.9.0' }, old, NONE, NOW).targets.find((t) => t.kind === 'airflow3')!.blocked;
    expect(blocked).toBe(
      'An in-place upgrade to Airflow 3 needs Runtime 13.7.0 or later; this Deployment runs 10.9.0. The API offers no Runtime 13.7.0 or later yet: upgrade within Airflow 2 for now.',
    );
  });

  it('allows an Airflow 3 patch that is not the latest only when the Organization already uses it', () => {
    const older = findEntry(catalogue, '3.1-1')!;
    expect(isAllowedAirflow3Target(older, catalogue, NONE, NOW)).toBe(false);
    expect(isAllowedAirflow3Target(older, catalogue, new Set(['3.1-1']), NOW)).toBe(true);
    expect(versions('13.8.0', new Set(['3.1-1']))).toContainEqual(['airflow3', '3.1-1']);
    const used = planUpgrades({ id: 'd1', runtimeVersion: '13.8.0' }, catalogue, new Set(['3.1-1']), NOW).targets.find((t) => t.entry.version === '3.1-1')!;
    expect(used.why).toBe('Already used in the Organization');
    expect(checkVersion({ id: 'd1', runtimeVersion: '13.8.0' }, '3.1-1', catalogue, NONE, NOW)).toEqual({
      kind: 'refused',
      message:
        'Runtime 3.1-1 is not available as an upgrade target: Airflow 3 upgrades are limited to the latest patch of each supported minor, or a version already used in the Organization.',
    });
  });

  it('does not count an Airflow 3 minor past its maintenance as supported', () => {
    const later = new Date('2029-06-01T00:00:00Z'); // past 3.0-7's Basic Support too
    expect(isAllowedAirflow3Target(findEntry(catalogue, '3.0-7')!, catalogue, NONE, later)).toBe(false);
    expect(isAllowedAirflow3Target(findEntry(catalogue, '3.0-7')!, catalogue, new Set(['3.0-7']), later)).toBe(true);
  });

  it('shows the Airflow change, the migration, what carries over, the FROM line and the deploy command', () => {
    const plan = planUpgrades({ id: 'd1', runtimeVersion: '12.1.1', executor: 'CELERY' }, catalogue, NONE, NOW);
    const [patch, minor, airflow3] = plan.targets;
    expect(patch).toMatchObject({
      airflowChange: 'Airflow 2.10.3 → 2.10.5',
      migration: 'not-flagged',
      carriesOver: true,
      from: 'FROM quay.io/astronomer/astro-runtime:12.4.0',
      deployCommand: 'astro deploy d1',
    });
    expect(patch!.carryOverText).toMatch(/^The Celery executor and the Deployment's settings/);
    expect(minor).toMatchObject({ airflowChange: 'Airflow 2.10.3 → 2.11.0', migration: 'required' });
    expect(minor!.migrationText).toContain('flagged on 13.2.0');
    expect(airflow3).toMatchObject({ airflowChange: 'Airflow 2.10.3 → 3.1.0', migration: 'required', from: 'FROM astrocrpublic.azurecr.io/runtime:3.1-2' });
    expect(airflow3!.migrationText).toContain('50 GB');
  });

  it('carries an executor over only where the target has it', () => {
    expect(executorCarriesOver('CELERY', findEntry(catalogue, '3.1-2')!)).toBe(true);
    expect(executorCarriesOver('KUBERNETES', findEntry(catalogue, '3.1-2')!)).toBe(true);
    expect(executorCarriesOver('ASTRO', findEntry(catalogue, '12.4.0')!)).toBe(false);
    expect(executorCarriesOver('ASTRO', findEntry(catalogue, '3.1-2')!)).toBe(true);
  });

  it('refuses a downgrade with the way back, and says when the version is the current one', () => {
    const subject = { id: 'd1', runtimeVersion: '12.1.1' };
    expect(checkVersion(subject, '11.18.0', catalogue, NONE, NOW)).toMatchObject({
      kind: 'downgrade',
      message: expect.stringContaining('rollback to an earlier deploy'),
    });
    expect(checkVersion({ id: 'd1', runtimeVersion: '3.0-7' }, '13.8.0', catalogue, NONE, NOW).kind).toBe('downgrade');
    expect(checkVersion(subject, '12.1.1', catalogue, NONE, NOW).kind).toBe('same');
    expect(checkVersion(subject, '11.0.0', catalogue, NONE, NOW).kind).toBe('downgrade');
    expect(checkVersion({ id: 'd1', runtimeVersion: '10.9.0' }, '11.0.0', catalogue, NONE, NOW)).toEqual({
      kind: 'refused',
      message: 'Runtime 11.0.0 was yanked: it can never be used.',
    });
  });

  it('plans a chosen newer version that is not in the list, with the Airflow 3 gate', () => {
    const check = checkVersion({ id: 'd1', runtimeVersion: '10.9.0' }, '13.7.0', catalogue, NONE, NOW);
    expect(check).toMatchObject({ kind: 'target', target: { kind: 'minor', why: 'Chosen version' } });
    const airflow3 = checkVersion({ id: 'd1', runtimeVersion: '10.9.0' }, '3.1-2', catalogue, NONE, NOW);
    expect(airflow3.kind === 'target' && airflow3.target.blocked).toContain('needs Runtime 13.7.0 or later');
  });
});
