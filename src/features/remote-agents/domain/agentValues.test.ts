// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { agentValuesObject, renderAgentValues, VAULT_TOKEN_FILE } from './agentValues';
import { agentInstallSteps, shellQuote, vaultAgentConfig } from './agentValuesCommands';
import { agentValuesDefaults, defaultGitBundle, defaultWorker, type AgentValuesInput } from './agentValuesInput';
import { validateAgentValues } from './agentValuesRules';
import { structureMismatches } from './agentValuesStructure';

const REFERENCE = fileURLToPath(new URL('../../../../../shared/reference/remote-agent-values.reference.yaml', import.meta.url));
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2Vu.c2lnbmF0dXJl';

export function sampleInput(patch: (i: AgentValuesInput) => void = () => {}): AgentValuesInput {
  const input = agentValuesDefaults({
    name: 'edge-orchestrator-prod',
    namespace: 'stellar-orbit-1234',
    runtimeVersion: '3.1-2',
    remoteApiUrl: 'https://cl123.external.astronomer.run/abcd1234/execution',
    workerQueues: [{ name: 'default' }, { name: 'gpu' }],
  });
  patch(input);
  return input;
}

/** Every option switched on at once, so the structure check sees every key the generator can write. */
function everything(token: AgentValuesInput['token']['source']): AgentValuesInput {
  return sampleInput((i) => {
    i.token.source = token;
    i.token.value = TOKEN;
    i.token.vault.address = 'https://vault.example.com:8200';
    i.dagBundles = [defaultGitBundle(1)];
    i.commonEnv = [{ name: 'AIRFLOW__LOGGING__REMOTE_LOGGING', value: 'True' }];
    i.workers[0]!.autoscaling.enabled = true;
  });
}

describe('agentValuesDefaults', () => {
  it('prefills from the Deployment, with secrets kept out of the file', () => {
    const values = agentValuesObject(sampleInput());
    expect(values).toMatchObject({
      resourceNamePrefix: 'edge-orchestrator-prod',
      namespace: 'astro-agent-edge-orchestrator-prod',
      createNamespace: false,
      astroDeploymentAPIURL: 'https://cl123.external.astronomer.run/abcd1234/execution',
      agentTokenSecretName: 'astro-agent-token',
      imagePullSecretName: 'astro-image-pull-secret',
      openLineage: { enabled: true, apiKeySecret: 'astro-openlineage-api-key', namespace: 'stellar-orbit-1234', url: 'https://o11y.astronomer.io' },
    });
    expect((values.workers as { name: string; queues: string }[]).map((w) => [w.name, w.queues])).toEqual([
      ['default', 'default'],
      ['gpu', 'gpu'],
    ]);
    expect((values.triggerer as { image: string }).image).toBe(
      'images.astronomer.cloud/baseimages/astro-remote-execution-agent:3.1-2-python-3.12-astro-agent-1.4.2',
    );
    expect(values).not.toHaveProperty('agentToken');
    expect(validateAgentValues(sampleInput())).toEqual([]);
  });

  it('gives one default worker when the Deployment has no worker queues', () => {
    const input = agentValuesDefaults({ name: 'ML Inference (edge)!', namespace: 'n', runtimeVersion: '3.1-2', remoteApiUrl: 'https://x' });
    expect(input.workers.map((w) => w.name)).toEqual(['default']);
    expect(input.resourceNamePrefix).toBe('ml-inference-edge');
  });
});

describe('renderAgentValues', () => {
  it('contains a token only when inline was chosen, and warns about it there', () => {
    for (const source of ['secret', 'vault'] as const) {
      const text = renderAgentValues(everything(source));
      expect(text).not.toContain(TOKEN);
      expect(parse(text)).not.toHaveProperty('agentToken');
    }
    const inline = renderAgentValues(everything('inline'));
    expect(parse(inline).agentToken).toBe(TOKEN);
    expect(inline).toMatch(/# WARNING: the agent token is in this file/);
  });

  it('wires a Vault agent into workers, DAG processor and triggerer', () => {
    const values = parse(renderAgentValues(everything('vault')));
    for (const component of [values.workers[0], values.workers[1], values.dagProcessor, values.triggerer]) {
      expect(component.initContainers[0]).toMatchObject({
        name: 'vault-agent-init',
        image: 'hashicorp/vault:1.18',
        env: [{ name: 'VAULT_ADDR', value: 'https://vault.example.com:8200' }],
      });
      expect(component.volumes.map((v: { name: string }) => v.name)).toEqual(['vault-agent-config', 'vault-secrets']);
      expect(component.volumeMounts).toEqual([{ name: 'vault-secrets', mountPath: '/vault/secrets', readOnly: true }]);
      expect(component.env).toEqual([{ name: 'ASTRO_AGENT_CLIENT_API_TOKEN_FILE', value: VAULT_TOKEN_FILE }]);
    }
    expect(values).not.toHaveProperty('agentTokenSecretName');
    expect(vaultAgentConfig(everything('vault'))).toContain('{{ with secret \\"secret/data/astro/agent-token\\" }}');
  });

  it('writes GitDagBundles as a JSON list and autoscaling with the chart metric', () => {
    const values = parse(renderAgentValues(everything('secret')));
    expect(JSON.parse(values.dagBundleConfigList)).toEqual([
      {
        name: 'git-bundle-1',
        classpath: 'airflow.providers.git.bundles.git.GitDagBundle',
        kwargs: { git_conn_id: 'git_default', subdir: 'dags', tracking_ref: 'main', refresh_interval: 300 },
      },
    ]);
    expect(values.workers[0].hpa).toEqual({
      enabled: true,
      minReplicaCount: 1,
      maxReplicaCount: 5,
      metric: { enabled: true, name: 'astro_agent_client_queued_or_running_tasks', target: { type: 'Value', Value: 10 } },
    });
    expect(values.commonEnv).toEqual([{ name: 'AIRFLOW__LOGGING__REMOTE_LOGGING', value: 'True' }]);
  });

  it('uses the pasted dockerconfigjson and OpenLineage key when chosen', () => {
    const values = parse(
      renderAgentValues(
        sampleInput((i) => {
          i.imagePull = { source: 'data', secretName: 'ignored', data: '{"auths":{"images.astronomer.cloud":{"auth":"x"}}}' };
          i.openLineage.keySource = 'inline';
          i.openLineage.apiKey = 'ol-key';
        }),
      ),
    );
    expect(values.imagePullSecretData).toBe('{"auths":{"images.astronomer.cloud":{"auth":"x"}}}');
    expect(values).not.toHaveProperty('imagePullSecretName');
    expect(values.openLineage).toEqual({ enabled: true, apiKey: 'ol-key', namespace: 'stellar-orbit-1234', url: 'https://o11y.astronomer.io' });
  });
});

describe('the chart reference file', () => {
  const present = existsSync(REFERENCE);
  if (!present && process.env.CI) throw new Error(`CI needs the chart reference at ${REFERENCE}; it is missing.`);

  it(present ? 'every key we set exists in the chart values with the same kind of value' : `SKIPPED the reference comparison: ${REFERENCE} is missing`, () => {
    if (!present) {
      console.warn(`agentValues.test: did not compare with the chart reference, ${REFERENCE} is missing (CI fails instead).`);
      return;
    }
    const reference = parse(readFileSync(REFERENCE, 'utf8'));
    for (const source of ['secret', 'inline', 'vault'] as const) {
      expect(structureMismatches(parse(renderAgentValues(everything(source))), reference), source).toEqual([]);
    }
    const withData = sampleInput((i) => {
      i.imagePull.source = 'data';
      i.imagePull.data = '{"auths":{}}';
      i.openLineage.keySource = 'inline';
      i.openLineage.apiKey = 'k';
    });
    expect(structureMismatches(parse(renderAgentValues(withData)), reference)).toEqual([]);
  });
});

describe('structureMismatches', () => {
  const reference = {
    a: 'x',
    open: {},
    list: [
      { name: 'n', value: 's' },
      { name: 'n', value: true },
    ],
    n: 1,
    nullable: null,
  };
  it('accepts matching keys and kinds, and anything under open values', () => {
    expect(structureMismatches({ a: 'y', open: { any: [1] }, list: [{ name: 'q', value: false }], n: 2, nullable: 'z' }, reference)).toEqual([]);
  });
  it('names unknown keys and wrong kinds', () => {
    expect(structureMismatches({ a: 1, b: 'x', list: [{ name: 'q', extra: 1 }] }, reference)).toEqual([
      'a: expected string, got number',
      'b: not a key of the chart',
      'list[0].extra: not a key of the chart',
    ]);
  });
});

describe('validateAgentValues', () => {
  const fields = (input: AgentValuesInput) => validateAgentValues(input).map((e) => e.field);

  it('holds names to RFC 1123', () => {
    const input = sampleInput((i) => {
      i.namespace = 'Edge_Agents';
      i.resourceNamePrefix = '-bad';
      i.token.secretName = 'UPPER';
      i.workers[1]!.name = 'default';
    });
    expect(fields(input)).toEqual(['resourceNamePrefix', 'namespace', 'token.secretName', 'workers[1].name']);
  });

  it('refuses mutually exclusive choices and missing values', () => {
    expect(fields(sampleInput((i) => void (i.createNamespace = true)))).toEqual(['createNamespace']);
    const inline = sampleInput((i) => {
      i.token.source = 'inline';
      i.imagePull.source = 'data';
      i.imagePull.data = '{"not":"docker"}';
      i.openLineage.enabled = false;
      i.createNamespace = true;
      i.commonEnv = [
        { name: 'ASTRO_AGENT_CLIENT_API_TOKEN', value: 'x' },
        { name: '1BAD', value: '' },
      ];
      i.workers[0]!.autoscaling = { enabled: true, minReplicas: 3, maxReplicas: 2, targetTasks: 10 };
    });
    expect(fields(inline)).toEqual(['token.value', 'imagePull.data', 'commonEnv[0].name', 'commonEnv[1].name', 'workers[0].autoscaling.maxReplicas']);
  });

  it('keeps the full worker Deployment name within 63 characters', () => {
    const input = sampleInput((i) => {
      i.resourceNamePrefix = 'p'.repeat(40);
      i.workers[0]!.name = 'w'.repeat(20);
    });
    expect(validateAgentValues(input)[0]).toMatchObject({ field: 'workers[0].name', message: expect.stringMatching(/longer than 63/) });
  });

  it('needs at least one worker', () => {
    expect(fields(sampleInput((i) => void (i.workers = [])))).toEqual(['workers']);
    expect(fields(sampleInput((i) => void (i.workers = [defaultWorker('a', ['q'])])))).toEqual([]);
  });
});

describe('agentInstallSteps', () => {
  it('creates secrets from stdin, never with the value on the command line', () => {
    const steps = agentInstallSteps(sampleInput());
    expect(steps.map((s) => s.title)).toEqual([
      'Create the namespace',
      'Create the agent token secret (paste the token when asked)',
      'Create the image pull secret (paste a Deployment API token when asked)',
      'Create the OpenLineage API key secret (paste a Deployment API token when asked)',
      'Add the Astronomer Helm repository',
      'Install the agents',
    ]);
    for (const step of steps) expect(step.command).not.toMatch(/--docker-password|--from-literal/);
    expect(steps[1]!.command).toBe(
      `stty -echo 2>/dev/null; printf '%s' 'Agent token: ' >&2; read -r ASTRO_AGENT_TOKEN; stty echo 2>/dev/null; echo >&2; [ -n "$ASTRO_AGENT_TOKEN" ] && printf %s "$ASTRO_AGENT_TOKEN" | kubectl create secret generic astro-agent-token -n astro-agent-edge-orchestrator-prod --from-file=token=/dev/stdin; unset ASTRO_AGENT_TOKEN`,
    );
    expect(steps.at(-1)!.command).toBe('helm install astro-agent astronomer/astro-remote-execution-agent -n astro-agent-edge-orchestrator-prod -f values.yaml');
  });

  it('drops the namespace and secret steps Helm or Vault take over', () => {
    const steps = agentInstallSteps(
      sampleInput((i) => {
        i.createNamespace = true;
        i.token.source = 'vault';
        i.imagePull.source = 'data';
        i.openLineage.enabled = false;
      }),
    );
    expect(steps.map((s) => s.title)).toEqual(['Give the Vault agent its configuration', 'Add the Astronomer Helm repository', 'Install the agents']);
    expect(steps[0]!.file?.name).toBe('agent.hcl');
  });

  it('quotes shell arguments', () => {
    expect(shellQuote("it's; rm -rf /")).toBe(`'it'\\''s; rm -rf /'`);
    expect(shellQuote('plain-name')).toBe('plain-name');
  });
});
