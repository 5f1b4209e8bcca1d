/** What a person chooses in the Register-a-Remote-Agent wizard; `renderAgentValues` turns it into values.yaml. */

export type TokenSource = 'secret' | 'inline' | 'vault';
export type PullSecretSource = 'secret' | 'data';
export type LineageKeySource = 'secret' | 'inline' | 'injected';

export interface Resources {
  cpu: string;
  memory: string;
  ephemeralStorage: string;
}

export interface WorkerInput {
  name: string;
  /** Worker queues this agent pulls from. */
  queues: string[];
  replicas: number;
  syncSlots: number;
  resources: Resources;
  autoscaling: { enabled: boolean; minReplicas: number; maxReplicas: number; targetTasks: number };
}

export interface GitBundleInput {
  name: string;
  gitConnId: string;
  trackingRef: string;
  subdir: string;
  refreshInterval: number;
}

export interface EnvEntry {
  name: string;
  value: string;
}

export interface VaultInput {
  address: string;
  role: string;
  /** KV v2 path of the secret that holds the agent token, e.g. `secret/data/astro/agent-token`. */
  secretPath: string;
  image: string;
}

export interface AgentValuesInput {
  resourceNamePrefix: string;
  namespace: string;
  createNamespace: boolean;
  astroDeploymentAPIURL: string;
  runtimeVersion: string;
  pythonVersion: string;
  agentVersion: string;
  token: { source: TokenSource; secretName: string; value: string; vault: VaultInput };
  imagePull: { source: PullSecretSource; secretName: string; data: string };
  openLineage: { enabled: boolean; keySource: LineageKeySource; secretName: string; apiKey: string; namespace: string; url: string };
  secretBackend: string;
  xcomBackend: string;
  dagBundles: GitBundleInput[];
  commonEnv: EnvEntry[];
  workers: WorkerInput[];
  triggerer: { replicas: number; asyncSlots: number };
  logLevel: 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR';
}

/** The parts of a Deployment the wizard prefills from (kept free of API types, so this stays pure). */
export interface AgentDeploymentFacts {
  name: string;
  /** The Deployment's release name on Astro; it names the OpenLineage namespace. */
  namespace: string;
  runtimeVersion: string;
  remoteApiUrl: string;
  workerQueues?: { name: string }[];
}

const AGENT_IMAGE_REPOSITORY = 'images.astronomer.cloud/baseimages/astro-remote-execution-agent';
/** Agent images for Airflow 3 are built on Python 3.12. */
const DEFAULT_AGENT_PYTHON = '3.12';
/** The newest agent release this console knows; the wizard lets people pick another. */
const DEFAULT_AGENT_VERSION = '1.4.2';
const DEFAULT_LINEAGE_URL = 'https://o11y.astronomer.io';
const DEFAULT_SECRET_BACKEND = 'airflow.secrets.local_filesystem.LocalFilesystemBackend';
const DEFAULT_XCOM_BACKEND = 'airflow.providers.common.io.xcom.backend.XComObjectStorageBackend';
export const GIT_BUNDLE_CLASSPATH = 'airflow.providers.git.bundles.git.GitDagBundle';
export const AGENT_TOKEN_SECRET_KEY = 'token';

export function agentImage(input: Pick<AgentValuesInput, 'runtimeVersion' | 'pythonVersion' | 'agentVersion'>): string {
  return `${AGENT_IMAGE_REPOSITORY}:${input.runtimeVersion}-python-${input.pythonVersion}-astro-agent-${input.agentVersion}`;
}

/** Lower-cases and trims a name into an RFC 1123 label, or '' when nothing usable is left. */
function toKubernetesName(value: string, max = 63): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

export function defaultWorker(name: string, queues: string[]): WorkerInput {
  return {
    name,
    queues,
    replicas: 1,
    syncSlots: 20,
    resources: { cpu: '1', memory: '2Gi', ephemeralStorage: '1Gi' },
    autoscaling: { enabled: false, minReplicas: 1, maxReplicas: 5, targetTasks: 10 },
  };
}

export function defaultGitBundle(index: number): GitBundleInput {
  return { name: `git-bundle-${index}`, gitConnId: 'git_default', trackingRef: 'main', subdir: 'dags', refreshInterval: 300 };
}

/** Secure defaults: the token and the pull credentials come from Kubernetes secrets made beforehand. */
export function agentValuesDefaults(d: AgentDeploymentFacts): AgentValuesInput {
  const prefix = toKubernetesName(d.name, 40) || 'astro-agent';
  const queues = d.workerQueues?.length ? d.workerQueues.map((q) => q.name) : ['default'];
  return {
    resourceNamePrefix: prefix,
    namespace: toKubernetesName(`astro-agent-${d.name}`) || 'astro-agent',
    createNamespace: false,
    astroDeploymentAPIURL: d.remoteApiUrl,
    runtimeVersion: d.runtimeVersion,
    pythonVersion: DEFAULT_AGENT_PYTHON,
    agentVersion: DEFAULT_AGENT_VERSION,
    token: {
      source: 'secret',
      secretName: 'astro-agent-token',
      value: '',
      vault: { address: '', role: 'astro-agent', secretPath: 'secret/data/astro/agent-token', image: 'hashicorp/vault:1.18' },
    },
    imagePull: { source: 'secret', secretName: 'astro-image-pull-secret', data: '' },
    openLineage: { enabled: true, keySource: 'secret', secretName: 'astro-openlineage-api-key', apiKey: '', namespace: d.namespace, url: DEFAULT_LINEAGE_URL },
    secretBackend: DEFAULT_SECRET_BACKEND,
    xcomBackend: DEFAULT_XCOM_BACKEND,
    dagBundles: [],
    commonEnv: [],
    workers: queues.map((q) => defaultWorker(toKubernetesName(q, 30) || 'default', [q])),
    triggerer: { replicas: 1, asyncSlots: 1000 },
    logLevel: 'INFO',
  };
}
