import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EnvVar } from './envDiff';
import { listProblems } from './envEdits';
import { applyImport, defaultChoice, previewImport, type ImportedVar } from './envImport';

const errorsOf = (rows: EnvVar[], base: EnvVar[], key: string) => (listProblems(rows, base).get(key) ?? []).filter((p) => p.severity === 'error');
const saved: EnvVar[] = [
  { key: 'LOG_LEVEL', isSecret: false, value: 'INFO', updatedAt: 't' },
  { key: 'API_KEY', isSecret: true, updatedAt: 't' },
];

describe('previewImport applies the editor’s rules', () => {
  it('refuses an empty value and a key Astro overrides, with the editor’s own messages', () => {
    const rows = previewImport(saved, saved, [
      { key: 'EMPTY', isSecret: false, value: '' },
      { key: 'AIRFLOW__CORE__EXECUTOR', isSecret: false, value: 'LocalExecutor' },
      { key: 'API_KEY', isSecret: false, value: '' },
    ]);
    expect(rows.map((r) => [r.key, r.status, r.canOverwrite])).toEqual([
      ['EMPTY', 'refused', false],
      ['AIRFLOW__CORE__EXECUTOR', 'refused', false],
      ['API_KEY', 'refused', false],
    ]);
    // The same words the list shows once such a row is in it.
    const forced: EnvVar[] = [
      ...saved,
      { key: 'EMPTY', isSecret: false, value: '' },
      { key: 'AIRFLOW__CORE__EXECUTOR', isSecret: false, value: 'LocalExecutor' },
    ];
    expect(rows[0]!.note).toBe(
      errorsOf(forced, saved, 'EMPTY')
        .map((p) => p.message)
        .join(' '),
    );
    expect(rows[1]!.note).toBe(
      errorsOf(forced, saved, 'AIRFLOW__CORE__EXECUTOR')
        .map((p) => p.message)
        .join(' '),
    );
    expect(rows[2]!.note).toBe('A secret cannot be empty.');
  });

  it('keeps warnings as notices: ASTRONOMER_* and ASTRO_* keys, and unsafe ones', () => {
    const rows = previewImport(saved, saved, [
      { key: 'ASTRONOMER_ENVIRONMENT', isSecret: false, value: 'x' },
      { key: 'ASTRO_THING', isSecret: false, value: 'x' },
      { key: 'OPENLINEAGE_URL', isSecret: false, value: 'x' },
    ]);
    expect(rows.map((r) => r.status)).toEqual(['new', 'new', 'new']);
    expect(rows[0]!.notices).toEqual(['Astro sets ASTRONOMER_* and ASTRO_* variables for the platform; setting one can break it.']);
    expect(rows[1]!.notices).toEqual(rows[0]!.notices);
    expect(rows[2]!.notices?.[0]).toMatch(/Astro points lineage at itself/);
  });

  it('whatever the file, applying the default choices never adds a row the editor refuses', () => {
    const key = fc.constantFrom('LOG_LEVEL', 'API_KEY', 'NEW_ONE', 'AIRFLOW__CORE__EXECUTOR', 'AIRFLOW_HOME', 'ASTRO_X', 'lower_case');
    const imported = fc.uniqueArray(
      fc.record({ key, isSecret: fc.boolean(), value: fc.option(fc.constantFrom('', 'x', 'INFO', ' spaced '), { nil: undefined }) }),
      { selector: (v) => v.key },
    );
    fc.assert(
      fc.property(imported, (file) => {
        const list = file.map((v): ImportedVar => (v.isSecret && v.value === undefined ? { key: v.key, isSecret: true } : { ...v, value: v.value ?? '' }));
        const rows = previewImport(saved, saved, list);
        const after = applyImport(saved, rows, Object.fromEntries(rows.map((r) => [r.key, defaultChoice(r)])));
        for (const r of rows) if (r.status !== 'unchanged') expect(errorsOf(after, saved, r.key)).toEqual([]);
      }),
    );
  });
});
