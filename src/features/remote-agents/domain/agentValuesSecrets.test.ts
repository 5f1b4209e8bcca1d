// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIDDEN_SECRET, renderAgentValues, secretsInValues, withSecretsHidden } from './agentValues';
import { agentValuesDefaults, type AgentValuesInput } from './agentValuesInput';

const SENTINELS = {
  'token.value': 'TOKEN-SENTINEL-1',
  'imagePull.data': '{"auths":{"PULL-SENTINEL-2":{}}}',
  'openLineage.apiKey': 'LINEAGE-SENTINEL-3',
} as const;

/** Every choice that decides where a secret goes, with each secret field filled with its sentinel. */
const choices = fc.record({
  token: fc.constantFrom<AgentValuesInput['token']['source']>('secret', 'inline', 'vault'),
  pull: fc.constantFrom<AgentValuesInput['imagePull']['source']>('secret', 'data'),
  lineage: fc.boolean(),
  lineageKey: fc.constantFrom<AgentValuesInput['openLineage']['keySource']>('secret', 'inline', 'injected'),
});

function inputFor(c: typeof choices extends fc.Arbitrary<infer T> ? T : never): AgentValuesInput {
  const input = agentValuesDefaults({ name: 'edge', namespace: 'stellar-1', runtimeVersion: '3.1-2', remoteApiUrl: 'https://x.example/api' });
  input.token.source = c.token;
  input.token.value = SENTINELS['token.value'];
  input.imagePull.source = c.pull;
  input.imagePull.data = SENTINELS['imagePull.data'];
  input.openLineage.enabled = c.lineage;
  input.openLineage.keySource = c.lineageKey;
  input.openLineage.apiKey = SENTINELS['openLineage.apiKey'];
  return input;
}

const inFile = (yaml: string, value: string) => yaml.includes(value) || yaml.includes(JSON.stringify(value).slice(1, -1));

describe('secrets in values.yaml', () => {
  it('lists exactly the secrets the file holds, warns about each in the file, and hides them all on request', () => {
    fc.assert(
      fc.property(choices, (c) => {
        const input = inputFor(c);
        const yaml = renderAgentValues(input);
        const listed = secretsInValues(input);
        for (const [field, value] of Object.entries(SENTINELS)) expect(inFile(yaml, value), field).toBe(listed.some((s) => s.field === field));
        for (const s of listed) expect(yaml).toContain(`# WARNING: ${s.name} is in this file`);
        const hidden = renderAgentValues(withSecretsHidden(input));
        for (const value of Object.values(SENTINELS)) expect(inFile(hidden, value)).toBe(false);
        expect(hidden.split(HIDDEN_SECRET).length - 1).toBe(listed.length);
      }),
    );
  });

  it('names each secret for the warning', () => {
    const all = inputFor({ token: 'inline', pull: 'data', lineage: true, lineageKey: 'inline' });
    expect(secretsInValues(all).map((s) => s.name)).toEqual(['the agent token', 'the image pull dockerconfigjson', 'the OpenLineage API key']);
    expect(secretsInValues(agentValuesDefaults({ name: 'e', namespace: 'n', runtimeVersion: '3.1-2', remoteApiUrl: '' }))).toEqual([]);
  });
});
