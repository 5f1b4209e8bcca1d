import { airflowMajor } from '../features/deployments/domain/airflowVersion';
import { cuid, createRandom, type Random } from './random';
import { SCHEDULER_MACHINES, WORKER_MACHINES, airflowVersionOf } from './deployments/seedOptions';
import type {
  Cluster,
  Organization,
  SelfUser,
  StoredAgentToken,
  StoredDeploy,
  StoredDeployment,
  StoredRemoteAgent,
  SubjectProfile,
  Workspace,
  WorkerQueue,
} from './model';

/** Where builders get ids, randomness and "now"; a fixed seed and clock give the same data every run. */
export interface BuildContext {
  random: Random;
  now: () => Date;
  nextId: () => string;
}

const DEFAULT_BUILD_TIME = '2026-11-22T10:00:00.000Z';

export function createBuildContext(seed = 1, now: () => Date = () => new Date(DEFAULT_BUILD_TIME), counterStart = 0): BuildContext {
  const random = createRandom(seed);
  let counter = counterStart;
  return { random, now, nextId: () => cuid(random, now().getTime(), counter++) };
}

const shared = createBuildContext();

const ADJECTIVES = ['weightless', 'orbital', 'luminous', 'spectral', 'galactic', 'nebular', 'stellar', 'radiant', 'polar', 'cosmic'];
const NOUNS = ['diameter', 'perihelion', 'meridian', 'equinox', 'parallax', 'zenith', 'quasar', 'azimuth', 'corona', 'nadir'];
const DEPLOYMENT_STEMS = [
  'sales-etl',
  'ml-feature-store',
  'marketing-attribution',
  'finance-reporting',
  'customer-360',
  'ingest-stripe',
  'dbt-transform',
  'data-quality',
  'reverse-etl',
  'clickstream',
  'inventory-sync',
  'churn-model',
];
const ENVIRONMENTS = ['prod', 'staging', 'dev', 'qa'];

export function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The tag the Astro CLI gives an image it builds: `deploy-2026-11-02T10-15-00`. */
export function imageTagAt(date: Date): string {
  return `deploy-${iso(date).slice(0, 19).replace(/:/g, '-')}`;
}

/** A DAG bundle version as Astro prints it: `2026-11-02T10:15:28.1809730Z` (7 fraction digits). */
export function bundleVersionAt(date: Date, random: Random): string {
  return `${iso(date).slice(0, 19)}.${String(random.int(0, 999_999)).padStart(6, '0')}0Z`;
}

function namespaceFor(random: Random): string {
  return `${random.pick(ADJECTIVES)}-${random.pick(NOUNS)}-${random.int(1000, 9999)}`;
}

export function generatedDeploymentName(random: Random): string {
  return `${random.pick(DEPLOYMENT_STEMS)}-${random.pick(ENVIRONMENTS)}`;
}

export const DEMO_USER: SubjectProfile = {
  id: 'clmh4wq2y000008l56v2x7n3a',
  subjectType: 'USER',
  username: 'ada@acme-data.example',
  fullName: 'Ada Lovelace',
  avatarUrl: 'https://avatars.example/ada.png',
};

export function apiTokenSubject(id: string, apiTokenName: string): SubjectProfile {
  return { id, subjectType: 'SERVICEKEY', apiTokenName };
}

export function buildOrganization(overrides: Partial<Organization> = {}, ctx: BuildContext = shared): Organization {
  const id = overrides.id ?? ctx.nextId();
  const at = iso(ctx.now());
  return {
    id,
    name: 'Acme Data',
    createdAt: at,
    updatedAt: at,
    createdBy: DEMO_USER,
    updatedBy: DEMO_USER,
    allowEnhancedSupportAccess: false,
    hasAllowedIpAddressRanges: false,
    isBlockedEnableAiFeatures: false,
    isScimEnabled: false,
    shouldEnforceDedicatedClusters: false,
    productPlans: [{ astronomerProduct: 'ASTRO', organizationId: id, productPlanId: `plan_${id.slice(-8)}`, productPlanName: 'ENTERPRISE' }],
    billingEmail: 'billing@acme-data.example',
    paymentMethod: 'INVOICE',
    product: 'HOSTED',
    status: 'ACTIVE',
    ...overrides,
  };
}

export function buildSelfUser(overrides: Partial<SelfUser> = {}, ctx: BuildContext = shared): SelfUser {
  const at = iso(ctx.now());
  return {
    id: DEMO_USER.id,
    username: DEMO_USER.username!,
    fullName: DEMO_USER.fullName!,
    avatarUrl: DEMO_USER.avatarUrl!,
    status: 'ACTIVE',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function buildWorkspace(overrides: Partial<Workspace> & { organizationId: string }, ctx: BuildContext = shared): Workspace {
  const at = iso(ctx.now());
  return {
    id: ctx.nextId(),
    name: `Workspace ${ctx.random.int(100, 999)}`,
    cicdEnforcedDefault: false,
    createdAt: at,
    updatedAt: at,
    createdBy: DEMO_USER,
    updatedBy: DEMO_USER,
    ...overrides,
  };
}

export function buildCluster(overrides: Partial<Cluster> & { organizationId: string }, ctx: BuildContext = shared): Cluster {
  const id = overrides.id ?? ctx.nextId();
  const cloudProvider = overrides.cloudProvider ?? 'AWS';
  const at = iso(ctx.now());
  const instance = { AWS: 'm6i.xlarge', GCP: 'e2-standard-4', AZURE: 'Standard_D4d_v5' }[cloudProvider];
  return {
    id,
    name: `${cloudProvider.toLowerCase()}-cluster`,
    cloudProvider,
    type: 'DEDICATED',
    region: { AWS: 'us-east-1', GCP: 'us-central1', AZURE: 'westeurope' }[cloudProvider],
    status: 'CREATED',
    dbInstanceType: { AWS: 'db.m6g.large', GCP: 'Small General Purpose', AZURE: 'GP_Standard_D2ds_v4' }[cloudProvider],
    vpcSubnetRange: '172.20.0.0/19',
    isDrEnabled: false,
    drRegion: '',
    createdAt: at,
    updatedAt: at,
    healthStatus: { value: 'HEALTHY' },
    nodePools: [
      {
        id: `${id.slice(0, 17)}np000001`,
        name: 'default',
        clusterId: id,
        cloudProvider,
        isDefault: true,
        maxNodeCount: 20,
        nodeInstanceType: instance,
        supportedAstroMachines: WORKER_MACHINES.slice(0, 4).map((m) => m.name),
        createdAt: at,
        updatedAt: at,
      },
    ],
    ...overrides,
  };
}

export function schedulerResources(size: StoredDeployment['schedulerSize']): { cpu: string; memory: string } {
  const spec = SCHEDULER_MACHINES.find((m) => m.name === (size ?? 'SMALL'))!.spec;
  return { cpu: spec.cpu, memory: spec.memory };
}

/** Hybrid schedulers are sized in AU: 0.1 vCPU and 0.375 GiB each. */
export function hybridSchedulerResources(au: number): { cpu: string; memory: string } {
  return { cpu: String(Math.round(au) / 10), memory: `${Math.round(au * 375) / 1000}Gi` };
}

export function buildWorkerQueue(overrides: Partial<WorkerQueue> = {}, ctx: BuildContext = shared): WorkerQueue {
  const machine = WORKER_MACHINES.find((m) => m.name === (overrides.astroMachine ?? 'A5')) ?? WORKER_MACHINES[0]!;
  const name = overrides.name ?? 'default';
  return {
    id: ctx.nextId(),
    name,
    isDefault: name === 'default',
    minWorkerCount: 1,
    maxWorkerCount: 10,
    workerConcurrency: machine.concurrency.default,
    astroMachine: machine.name,
    podCpu: machine.spec.cpu,
    podMemory: machine.spec.memory,
    podEphemeralStorage: '10Gi',
    ...overrides,
  };
}

type DeploymentOverrides = Partial<StoredDeployment> & { organizationId: string; workspaceId: string };

/** A complete Deployment record; URLs, resources and namespace follow from the overrides given. */
export function buildDeployment(overrides: DeploymentOverrides, ctx: BuildContext = shared): StoredDeployment {
  const id = overrides.id ?? ctx.nextId();
  const runtime = overrides.astroRuntimeVersion ?? '12.4.0';
  const airflowVersion = overrides.airflowVersion ?? airflowVersionOf(runtime);
  const isAirflow3 = airflowMajor(airflowVersion) >= 3;
  const type = overrides.type ?? 'STANDARD';
  const executor = overrides.executor ?? (isAirflow3 ? 'ASTRO' : 'CELERY');
  const at = iso(ctx.now());
  const path = `d${id.slice(-8)}`;
  const host = `${overrides.organizationId}.astronomer.run`;
  const scheduler = type === 'HYBRID' ? hybridSchedulerResources(overrides.schedulerAu ?? 5) : schedulerResources(overrides.schedulerSize ?? 'SMALL');
  const hosted = type !== 'HYBRID';
  const base: StoredDeployment = {
    id,
    name: generatedDeploymentName(ctx.random),
    organizationId: overrides.organizationId,
    workspaceId: overrides.workspaceId,
    namespace: namespaceFor(ctx.random),
    type,
    status: 'HEALTHY',
    astroRuntimeVersion: runtime,
    runtimeVersion: runtime,
    airflowVersion,
    executor,
    imageRepository: `images.astronomer.cloud/${overrides.organizationId}/${id}`,
    imageTag: imageTagAt(ctx.now()),
    imageVersion: imageTagAt(ctx.now()),
    isDagDeployEnabled: true,
    isCicdEnforced: false,
    isDevelopmentMode: false,
    isHighAvailability: false,
    schedulerCpu: scheduler.cpu,
    schedulerMemory: scheduler.memory,
    schedulerReplicas: 1,
    webServerCpu: '0.5',
    webServerMemory: '1Gi',
    webServerReplicas: 1,
    webServerUrl: `${host}/${path}?orgId=org_${overrides.organizationId.slice(-12)}`,
    webServerIngressHostname: `${host}/${path}`,
    webServerAirflowApiUrl: `${host}/${path}/api/${isAirflow3 ? 'v2' : 'v1'}`,
    apiUrl: `https://${host}/${path}/api/${isAirflow3 ? 'v2' : 'v1'}`,
    uiUrl: `https://${host}/${path}?orgId=org_${overrides.organizationId.slice(-12)}`,
    environmentVariables: [],
    contactEmails: [],
    createdAt: at,
    updatedAt: at,
    createdBy: DEMO_USER,
    updatedBy: DEMO_USER,
  };
  if (hosted) {
    base.schedulerSize = overrides.schedulerSize ?? 'SMALL';
    base.defaultTaskPodCpu = '1';
    base.defaultTaskPodMemory = '2Gi';
    base.resourceQuotaCpu = '10';
    base.resourceQuotaMemory = '20Gi';
  } else {
    base.schedulerAu = overrides.schedulerAu ?? 5;
  }
  // A Standard Deployment always runs in some cloud region; the API reports it.
  if (type === 'STANDARD') {
    base.cloudProvider = overrides.cloudProvider ?? 'AWS';
    base.region = overrides.region ?? 'us-east-1';
  }
  const remote = overrides.remoteExecution?.enabled === true;
  if (executor === 'CELERY' || (executor === 'ASTRO' && !remote)) base.workerQueues = [buildWorkerQueue({}, ctx)];
  if (!remote) base.dagTarballVersion = base.desiredDagTarballVersion = bundleVersionAt(ctx.now(), ctx.random);
  return { ...base, ...overrides, runtimeVersion: overrides.astroRuntimeVersion ?? base.runtimeVersion };
}

type DeployOverrides = Partial<StoredDeploy> & { deploymentId: string; imageRepository: string };

export function buildDeploy(overrides: DeployOverrides, ctx: BuildContext = shared): StoredDeploy {
  const createdAt = overrides.createdAt ? new Date(overrides.createdAt) : ctx.now();
  const type = overrides.type ?? 'IMAGE_AND_DAG';
  const withDags = type !== 'IMAGE_ONLY';
  return {
    id: ctx.nextId(),
    type,
    status: 'DEPLOYED',
    imageTag: imageTagAt(createdAt),
    isDagDeployEnabled: true,
    createdAt: iso(createdAt),
    updatedAt: iso(new Date(createdAt.getTime() + 94_000)),
    createdBySubject: DEMO_USER,
    ...(withDags ? { dagTarballVersion: bundleVersionAt(new Date(createdAt.getTime() + 28_000), ctx.random) } : {}),
    ...overrides,
  };
}

export function buildAgentToken(overrides: Partial<StoredAgentToken> & { deploymentId: string }, ctx: BuildContext = shared): StoredAgentToken {
  const at = iso(ctx.now());
  const id = overrides.id ?? ctx.nextId();
  return {
    id,
    name: 'remote-agents',
    description: '',
    shortToken: shortTokenFor(id),
    scope: 'DEPLOYMENT',
    kind: 'STANDARD',
    startAt: at,
    createdAt: at,
    updatedAt: at,
    createdBy: DEMO_USER,
    updatedBy: DEMO_USER,
    roles: [{ entityId: overrides.deploymentId, entityType: 'DEPLOYMENT', role: 'DEPLOYMENT_AGENT' }],
    ...overrides,
  };
}

function shortTokenFor(id: string): string {
  return `${id.slice(-6)}`;
}

export function buildRemoteAgent(overrides: Partial<StoredRemoteAgent> & { deploymentId: string }, ctx: BuildContext = shared): StoredRemoteAgent {
  const component = overrides.component ?? 'WORKER';
  const suffix = Array.from({ length: 5 }, () => ctx.random.pick([...'abcdefghijklmnopqrstuvwxyz0123456789'])).join('');
  const at = iso(ctx.now());
  return {
    id: ctx.nextId(),
    name: `astro-agent-${component.toLowerCase().replace('_', '-')}-${ctx.random.int(100000000, 999999999).toString(36)}-${suffix}`,
    component,
    queues: component === 'WORKER' ? ['default'] : [],
    health: 'HEALTHY',
    lastHeartbeatAt: at,
    version: '1.4.2',
    isCordoned: false,
    createdAt: at,
    ...overrides,
  };
}
