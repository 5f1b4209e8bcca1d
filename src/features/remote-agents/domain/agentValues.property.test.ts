// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { agentValuesObject, renderAgentValues } from './agentValues';
import { agentValuesDefaults, type AgentValuesInput } from './agentValuesInput';

const base = () =>
  agentValuesDefaults({
    name: 'edge',
    namespace: 'stellar-1',
    runtimeVersion: '3.1-2',
    remoteApiUrl: 'https://x.example/api',
    workerQueues: [{ name: 'default' }],
  });

/** Strings built to break YAML: indicators, quotes, comments, newlines, look-alikes of other types, any unicode. */
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      ':',
      ' ',
      '#',
      '"',
      "'",
      '\n',
      '\r',
      '\t',
      '-',
      '{',
      '}',
      '[',
      ']',
      '&',
      '*',
      '!',
      '|',
      '>',
      '%',
      '@',
      '`',
      '\\',
      ',',
      '?',
      'a',
      '~',
      '\u2028',
      '\u0085',
      '\uFEFF',
    ),
    maxLength: 30,
  }),
  fc.constantFrom('true', 'no', 'null', '~', '0x1F', '1e3', '.inf', '2024-01-01', '- item', 'key: value', 'a #b', '---', '...', '<<', '!!str x', '*anchor'),
);

type Setter = (i: AgentValuesInput, v: string) => void;
const FIELDS: Record<string, Setter> = {
  resourceNamePrefix: (i, v) => void (i.resourceNamePrefix = v),
  namespace: (i, v) => void (i.namespace = v),
  astroDeploymentAPIURL: (i, v) => void (i.astroDeploymentAPIURL = v),
  tokenSecret: (i, v) => void (i.token.secretName = v),
  tokenInline: (i, v) => void Object.assign(i.token, { source: 'inline', value: v }),
  vault: (i, v) => void Object.assign(i.token, { source: 'vault', vault: { ...i.token.vault, address: v, image: v } }),
  pullData: (i, v) => void (i.imagePull = { source: 'data', secretName: '', data: v }),
  lineage: (i, v) => void Object.assign(i.openLineage, { keySource: 'inline', apiKey: v, namespace: v, url: v }),
  backends: (i, v) => void Object.assign(i, { secretBackend: v, xcomBackend: v }),
  bundle: (i, v) => void (i.dagBundles = [{ name: v, gitConnId: v, trackingRef: v, subdir: v, refreshInterval: 5 }]),
  env: (i, v) =>
    void (i.commonEnv = [
      { name: v, value: v },
      { name: 'B', value: v },
    ]),
  worker: (i, v) => void Object.assign(i.workers[0]!, { name: v, queues: [v], resources: { cpu: v, memory: v, ephemeralStorage: v } }),
};

function keyPaths(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [path];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, `${path}/${Array.isArray(value) ? '#' : k}`));
}

describe('renderAgentValues with arbitrary user strings', () => {
  it('parses back to exactly the values given: no broken YAML, no injected keys', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(FIELDS)), nasty, (field, value) => {
        const input = base();
        FIELDS[field]!(input, value);
        const text = renderAgentValues(input);
        const parsed = parse(text);
        expect(parsed).toEqual(agentValuesObject(input));
        // The same choices with a harmless string give the same set of keys.
        const plain = base();
        FIELDS[field]!(plain, 'x');
        expect(keyPaths(parsed)).toEqual(keyPaths(agentValuesObject(plain)));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the header comment on one line per note, whatever the namespace', () => {
    fc.assert(
      fc.property(nasty, (value) => {
        const input = base();
        input.namespace = value;
        const text = renderAgentValues(input);
        expect(
          text
            .split('\n')
            .slice(0, 2)
            .every((line) => line.startsWith('#')),
        ).toBe(true);
        expect(parse(text).namespace).toBe(value);
      }),
      { numRuns: 300 },
    );
  });
});
