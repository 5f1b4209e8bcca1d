import { describe, expect, it } from 'vitest';
import { envRowProblems, isLineageEnabled, type EnvRowFacts } from './envKeys';
import { setLineage } from './envEdits';

const row = (over: Partial<EnvRowFacts>): EnvRowFacts => ({
  key: 'API_URL',
  isSecret: false,
  value: 'x',
  saved: false,
  savedSecret: false,
  otherKeys: new Set(),
  ...over,
});
const messages = (over: Partial<EnvRowFacts>) => envRowProblems(row(over)).map((p) => `${p.field}:${p.severity}:${p.message}`);

describe('envRowProblems', () => {
  it('accepts a well-formed key and value', () => expect(messages({})).toEqual([]));

  it('checks the key at the field: empty, pattern, length, duplicate, lower case', () => {
    expect(messages({ key: '' })).toEqual(['key:error:Key is required.']);
    expect(messages({ key: '1ABC' })[0]).toMatch(/^key:error:Use letters, digits and underscores/);
    expect(messages({ key: 'A-B' })[0]).toMatch(/^key:error:/);
    expect(messages({ key: 'A'.repeat(256) })[0]).toMatch(/^key:error:Keep the key to 255/);
    expect(messages({ key: 'API_URL', otherKeys: new Set(['API_URL']) })).toEqual(['key:error:API_URL is already in the list.']);
    expect(messages({ key: 'api_url' })).toEqual(['key:warning:Environment variable keys are usually upper case.']);
  });

  it('blocks adding a variable Astro overrides, warns on unsafe ones, shows changed defaults', () => {
    expect(messages({ key: 'AIRFLOW__CORE__FERNET_KEY' })[0]).toMatch(/^key:error:Astro always sets this itself.*cannot be added/);
    expect(messages({ key: 'AIRFLOW__CORE__FERNET_KEY', saved: true })[0]).toMatch(/^key:warning:/);
    expect(messages({ key: 'AIRFLOW__WEBSERVER__EXPOSE_CONFIG' })).toEqual([expect.stringMatching(/^key:warning:.*Astro’s value: NON-SENSITIVE-ONLY\.$/)]);
    expect(messages({ key: 'AIRFLOW__SCHEDULER__MAX_TIS_PER_QUERY' })).toEqual([
      expect.stringMatching(/^key:info:Astro Runtime changes Airflow's default to 512/),
    ]);
  });

  it('keeps secrets write-only and non-empty', () => {
    expect(messages({ isSecret: true, value: undefined })).toEqual(['value:error:A new secret needs a value.']);
    expect(messages({ isSecret: true, value: undefined, saved: true, savedSecret: true })).toEqual([]);
    expect(messages({ isSecret: true, value: '', saved: true, savedSecret: true })).toEqual(['value:error:A secret cannot be empty.']);
    expect(messages({ isSecret: false, value: 'x', saved: true, savedSecret: true })).toEqual([
      'isSecret:error:A secret cannot be made plain again; delete it and apply, then add it anew.',
    ]);
    expect(messages({ value: '' })).toEqual(['value:error:Value is required.']);
    expect(messages({ value: 'x'.repeat(40_000) })[0]).toMatch(/^value:error:Keep the value to 32,768/);
  });
});

describe('lineage switch', () => {
  it('sets OPENLINEAGE_DISABLED to False to send lineage and True to stop', () => {
    expect(isLineageEnabled([])).toBe(true);
    const off = setLineage([{ key: 'A', isSecret: false, value: '1' }], false);
    expect(off).toEqual([
      { key: 'A', isSecret: false, value: '1' },
      { key: 'OPENLINEAGE_DISABLED', isSecret: false, value: 'True' },
    ]);
    expect(isLineageEnabled(off)).toBe(false);
    const on = setLineage(off, true);
    expect(on[1]).toEqual({ key: 'OPENLINEAGE_DISABLED', isSecret: false, value: 'False' });
    expect(isLineageEnabled(on)).toBe(true);
    expect(isLineageEnabled([{ key: 'OPENLINEAGE_DISABLED', value: ' true ' }])).toBe(false);
  });
});
