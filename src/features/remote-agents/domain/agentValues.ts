import { Document, isMap, isPair, isScalar, isSeq, type Node, type Pair, Scalar } from 'yaml';
import { AGENT_TOKEN_SECRET_KEY, GIT_BUNDLE_CLASSPATH, agentImage, type AgentValuesInput, type Resources, type WorkerInput } from './agentValuesInput';

/** Where the Vault agent init container writes the token, inside a memory-backed volume. */
export const VAULT_TOKEN_FILE = '/vault/secrets/agent-token';
export const vaultConfigMapName = (prefix: string) => `${prefix}-vault-agent-config`;

type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/** A secret the person chose to write into values.yaml, where it sits in plain text. */
export interface FileSecret {
  /** The wizard field it is typed in. */
  field: 'token.value' | 'imagePull.data' | 'openLineage.apiKey';
  /** What it is, in a sentence: "the agent token". */
  name: string;
  /** What anyone who gets the file can do with it. */
  risk: string;
  /** The top-level key of values.yaml that holds it (its comment carries the warning). */
  key: string;
}

interface SecretRule extends FileSecret {
  inFile: (input: AgentValuesInput) => boolean;
  get: (input: AgentValuesInput) => string;
  set: (input: AgentValuesInput, value: string) => void;
}

/** Every way a secret can end up in the file; `agentValuesObject` writes exactly these (a property test checks). */
const SECRET_RULES: SecretRule[] = [
  {
    field: 'token.value',
    name: 'the agent token',
    risk: 'connect agents to this Deployment',
    key: 'agentToken',
    inFile: (i) => i.token.source === 'inline',
    get: (i) => i.token.value,
    set: (i, v) => void (i.token.value = v),
  },
  {
    field: 'imagePull.data',
    name: 'the image pull dockerconfigjson',
    risk: 'pull images with the registry password in it',
    key: 'imagePullSecretData',
    inFile: (i) => i.imagePull.source === 'data',
    get: (i) => i.imagePull.data,
    set: (i, v) => void (i.imagePull.data = v),
  },
  {
    field: 'openLineage.apiKey',
    name: 'the OpenLineage API key',
    risk: 'use the Deployment API token it is',
    key: 'openLineage',
    inFile: (i) => i.openLineage.enabled && i.openLineage.keySource === 'inline',
    get: (i) => i.openLineage.apiKey,
    set: (i, v) => void (i.openLineage.apiKey = v),
  },
];

/** The secrets values.yaml will hold for these choices, for the one warning the wizard shows at each and at the download. */
export function secretsInValues(input: AgentValuesInput): FileSecret[] {
  return SECRET_RULES.filter((r) => r.inFile(input)).map(({ field, name, risk, key }) => ({ field, name, risk, key }));
}

/** Stands in for a secret in the preview, until the person asks to see it. */
export const HIDDEN_SECRET = '•••••• (hidden)';

/** The input with every secret the file would hold replaced by `HIDDEN_SECRET` (an empty one stays empty, so it shows as missing). */
export function withSecretsHidden(input: AgentValuesInput): AgentValuesInput {
  const hidden = structuredClone(input);
  for (const rule of SECRET_RULES) if (rule.inFile(input) && rule.get(input)) rule.set(hidden, HIDDEN_SECRET);
  return hidden;
}

function resources(r: Resources) {
  const amounts = { cpu: r.cpu, 'ephemeral-storage': r.ephemeralStorage, memory: r.memory };
  return { limits: { ...amounts }, requests: { ...amounts } };
}

/** Init container, volumes, mounts and env that let a Vault agent hand the token to one component. */
function vaultParts(input: AgentValuesInput): Record<string, Plain> {
  const { vault } = input.token;
  return {
    env: [{ name: 'ASTRO_AGENT_CLIENT_API_TOKEN_FILE', value: VAULT_TOKEN_FILE }],
    initContainers: [
      {
        name: 'vault-agent-init',
        image: vault.image,
        args: ['agent', '-config=/vault/config/agent.hcl', '-exit-after-auth'],
        env: [{ name: 'VAULT_ADDR', value: vault.address }],
        volumeMounts: [
          { name: 'vault-agent-config', mountPath: '/vault/config', readOnly: true },
          { name: 'vault-secrets', mountPath: '/vault/secrets' },
        ],
      },
    ],
    volumes: [
      { name: 'vault-agent-config', configMap: { name: vaultConfigMapName(input.resourceNamePrefix) } },
      { name: 'vault-secrets', emptyDir: { medium: 'Memory' } },
    ],
    volumeMounts: [{ name: 'vault-secrets', mountPath: '/vault/secrets', readOnly: true }],
  };
}

function worker(w: WorkerInput, input: AgentValuesInput): Record<string, Plain> {
  const a = w.autoscaling;
  return {
    name: w.name,
    queues: w.queues.join(','),
    replicas: w.replicas,
    syncSlots: w.syncSlots,
    image: agentImage(input),
    resources: resources(w.resources),
    hpa: a.enabled
      ? {
          enabled: true,
          minReplicaCount: a.minReplicas,
          maxReplicaCount: a.maxReplicas,
          metric: { enabled: true, name: 'astro_agent_client_queued_or_running_tasks', target: { type: 'Value', Value: a.targetTasks } },
        }
      : { enabled: false },
    ...(input.token.source === 'vault' ? vaultParts(input) : {}),
  };
}

/** The values as plain data, in the order the chart documents them. */
export function agentValuesObject(input: AgentValuesInput): Record<string, Plain> {
  const token: Record<string, Plain> =
    input.token.source === 'secret'
      ? { agentTokenSecretName: input.token.secretName }
      : input.token.source === 'inline'
        ? { agentToken: input.token.value }
        : {};
  const pull: Record<string, Plain> =
    input.imagePull.source === 'secret' ? { imagePullSecretName: input.imagePull.secretName } : { imagePullSecretData: input.imagePull.data };
  const ol = input.openLineage;
  const lineageKey: Record<string, Plain> = !ol.enabled
    ? {}
    : ol.keySource === 'secret'
      ? { apiKeySecret: ol.secretName }
      : ol.keySource === 'inline'
        ? { apiKey: ol.apiKey }
        : {};
  const bundles = input.dagBundles.map((b) => ({
    name: b.name,
    classpath: GIT_BUNDLE_CLASSPATH,
    kwargs: { git_conn_id: b.gitConnId, subdir: b.subdir, tracking_ref: b.trackingRef, refresh_interval: b.refreshInterval },
  }));
  const vault = input.token.source === 'vault' ? vaultParts(input) : {};
  const image = agentImage(input);
  return {
    resourceNamePrefix: input.resourceNamePrefix,
    createNamespace: input.createNamespace,
    namespace: input.namespace,
    astroDeploymentAPIURL: input.astroDeploymentAPIURL,
    ...pull,
    ...token,
    secretBackend: input.secretBackend,
    xcomBackend: input.xcomBackend,
    ...(bundles.length ? { dagBundleConfigList: JSON.stringify(bundles) } : {}),
    ...(input.commonEnv.length ? { commonEnv: input.commonEnv.map((e) => ({ name: e.name, value: e.value })) } : {}),
    openLineage: { enabled: ol.enabled, ...lineageKey, namespace: ol.namespace, url: ol.url },
    logLevel: input.logLevel,
    workers: input.workers.map((w) => worker(w, input)),
    dagProcessor: { image, ...vault },
    triggerer: { replicas: input.triggerer.replicas, asyncSlots: input.triggerer.asyncSlots, image, ...vault },
  };
}

/** Our own notes for the reader of the file, keyed by dotted path (`workers` covers each entry). */
function comments(input: AgentValuesInput): Record<string, string> {
  const notes: Record<string, string> = {
    resourceNamePrefix: 'Every Kubernetes object of this install is named after this prefix.',
    createNamespace: input.createNamespace ? 'Helm creates the namespace.' : 'Create the namespace (and the secrets it needs) before running helm install.',
    astroDeploymentAPIURL: 'The Deployment API in the orchestration plane; agents need outbound HTTPS to it.',
    imagePullSecretName: `Existing docker-registry secret for images.astronomer.cloud (user "cli", a Deployment API token as password).`,
    imagePullSecretData: 'Helm turns this dockerconfigjson into a secret named image-pull-secret.',
    agentTokenSecretName: `Existing secret with the agent token under the key "${AGENT_TOKEN_SECRET_KEY}". Recommended: no token in this file.`,
    secretBackend: 'Connections and variables come from here; configure it with env vars in commonEnv.',
    xcomBackend: 'Remote Execution needs object storage for XCom; set its path in commonEnv.',
    dagBundleConfigList: 'Where the DAG processor and workers fetch DAGs from (JSON list of bundles).',
    commonEnv: 'Environment variables for every worker, triggerer and DAG processor container.',
    openLineage: 'Lineage and observability data sent to Astro.',
    workers: 'One Kubernetes Deployment per entry, serving the listed worker queues.',
    dagProcessor: 'Parses DAG files from the bundles.',
    triggerer: 'Runs deferred tasks.',
  };
  if (input.token.source === 'vault') {
    notes.dagProcessor += ' A Vault agent init container writes the agent token to a memory volume.';
    notes.triggerer += ' A Vault agent init container writes the agent token to a memory volume.';
    notes.workers += ' A Vault agent init container in each pod writes the agent token to a memory volume.';
    notes.secretBackend = `No agent token setting: a Vault agent injects it at ${VAULT_TOKEN_FILE}.\n${notes.secretBackend}`;
  }
  if (input.openLineage.enabled && input.openLineage.keySource === 'injected') {
    notes.openLineage += ' Set OPENLINEAGE_API_KEY in the containers yourself (e.g. from a secrets manager).';
  }
  for (const secret of secretsInValues(input)) {
    const warning = `WARNING: ${secret.name} is in this file. Keep it out of git and shared drives; prefer a secret.`;
    notes[secret.key] = notes[secret.key] ? `${notes[secret.key]}\n${warning}` : warning;
  }
  return notes;
}

function pairAt(doc: Document, key: string): Pair | undefined {
  const contents = doc.contents;
  if (!isMap(contents)) return undefined;
  return contents.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
}

/** Strings a person typed: double-quoted, so colons, `#`, quotes, newlines and look-alikes of numbers stay strings. */
function quoteStrings(node: Node | null | undefined): void {
  if (!node) return;
  if (isScalar(node)) {
    if (typeof node.value === 'string') node.type = Scalar.QUOTE_DOUBLE;
    return;
  }
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items) {
      if (isPair(item)) quoteStrings(item.value as Node);
      else quoteStrings(item as Node);
    }
  }
}

/** values.yaml for the astro-remote-execution-agent chart, with our comments; parses back to `agentValuesObject(input)`. */
export function renderAgentValues(input: AgentValuesInput): string {
  const doc = new Document(agentValuesObject(input));
  quoteStrings(doc.contents as Node);
  // JSON reads best in single quotes; JSON.stringify leaves no raw newline or control character to escape.
  const bundles = pairAt(doc, 'dagBundleConfigList')?.value;
  if (isScalar(bundles)) bundles.type = Scalar.QUOTE_SINGLE;
  doc.commentBefore = ` Helm values for astronomer/astro-remote-execution-agent, made by Flightdeck.\n Install: helm install <release> astronomer/astro-remote-execution-agent -n ${oneLine(input.namespace)} -f values.yaml`;
  for (const [key, text] of Object.entries(comments(input))) {
    const pair = pairAt(doc, key);
    if (pair && isScalar(pair.key)) {
      pair.key.commentBefore = text
        .split('\n')
        .map((line) => ` ${line}`)
        .join('\n');
      // The document comment already ends with a blank line before the first key.
      pair.key.spaceBefore = key !== 'resourceNamePrefix';
    }
  }
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

/** A comment line must never carry a newline from user input, or it would end the comment. */
function oneLine(value: string): string {
  return value.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ');
}
