import {
  deploymentRulesContext,
  type CreateDeploymentInput,
  type CurrentDeployment,
  type DeploymentRulesContext,
  type EnvVarInput,
  type UpdateDeploymentInput,
  type WorkerQueueInput,
} from '../../features/deployments/domain/deploymentRules';
import { airflowMajor } from '../../features/deployments/domain/airflowVersion';
import { restartingChanges } from '../../features/deployments/domain/restartRule';
import { toUpdateRequest } from '../../features/deployments/domain/updateRequest';
import type { DemoDb } from '../db';
import { DEMO_USER, buildDeployment, buildWorkerQueue, hybridSchedulerResources, schedulerResources } from '../factories';
import { CREATE_MS, RESTART_MS, startTransition } from '../lifecycle';
import { WORKER_MACHINES, airflowVersionOf } from './seedOptions';
import type { Cluster, StoredDeployment, StoredEnvVar, WorkerQueue } from '../model';

export function rulesContext(db: DemoDb): DeploymentRulesContext {
  return deploymentRulesContext(db.state.deploymentOptions, db.state.clusters);
}

export function currentOf(db: DemoDb, d: StoredDeployment): CurrentDeployment {
  return {
    type: d.type,
    airflowVersion: d.airflowVersion,
    clusterId: d.clusterId,
    isDevelopmentMode: d.isDevelopmentMode,
    workerQueues: d.workerQueues?.map((q) => ({ id: q.id, name: q.name })),
    environmentVariables: d.environmentVariables.map((e) => ({
      key: e.key,
      isSecret: e.isSecret,
      hasValue: e.isSecret ? e.hasSecretValue === true || db.secretValue(d.id, e.key) !== undefined : true,
    })),
  };
}

export function createDeployment(db: DemoDb, organizationId: string, input: CreateDeploymentInput): StoredDeployment {
  const now = db.now();
  const at = now.toISOString();
  const workspace = db.state.workspaces.find((w) => w.id === input.workspaceId)!;
  const cluster = input.clusterId ? db.state.clusters.find((c) => c.id === input.clusterId) : undefined;
  const runtime = input.astroRuntimeVersion ?? db.state.deploymentOptions.runtimeReleases.find((r) => r.channel === 'stable')!.version;
  const airflowVersion = airflowVersionOf(runtime);
  const executor = input.executor ?? (airflowMajor(airflowVersion) >= 3 ? 'ASTRO' : 'CELERY');
  const id = db.newId();
  const hosted = input.type !== 'HYBRID';
  const base = buildDeployment(
    {
      id,
      organizationId,
      workspaceId: workspace.id,
      name: input.name,
      type: input.type,
      astroRuntimeVersion: runtime,
      executor,
      ...(hosted ? { schedulerSize: input.schedulerSize ?? 'SMALL' } : { schedulerAu: input.scheduler?.au ?? 5 }),
    },
    db.buildContext(),
  );
  const d: StoredDeployment = {
    ...base,
    imageTag: '',
    createdAt: at,
    updatedAt: at,
    createdBy: DEMO_USER,
    updatedBy: DEMO_USER,
    isCicdEnforced: input.isCicdEnforced ?? workspace.cicdEnforcedDefault,
    isDagDeployEnabled: input.isDagDeployEnabled ?? true,
    contactEmails: input.contactEmails ?? [],
    environmentVariables: [],
  };
  // A new Deployment runs the plain Runtime image until its first deploy.
  delete d.imageVersion;
  delete d.dagTarballVersion;
  delete d.desiredDagTarballVersion;
  delete d.workerQueues;
  if (input.description) d.description = input.description;
  placeDeployment(db, d, input, cluster);
  if (input.type !== 'HYBRID') {
    d.isHighAvailability = input.isHighAvailability === true;
    d.isDevelopmentMode = input.isDevelopmentMode === true;
  } else {
    delete d.isHighAvailability;
    delete d.isDevelopmentMode;
    d.schedulerReplicas = input.scheduler?.replicas ?? 1;
    if (input.taskPodNodePoolId) d.taskPodNodePoolId = input.taskPodNodePoolId;
  }
  applyShared(db, d, input, now);
  if (!d.workerQueues && queuesApply(d)) d.workerQueues = [defaultQueue(db, d)];
  if (d.isHighAvailability) d.schedulerReplicas = 2;
  startTransition(d, 'CREATING', now, CREATE_MS);
  db.state.deployments.push(d);
  return d;
}

function placeDeployment(db: DemoDb, d: StoredDeployment, input: CreateDeploymentInput, cluster: Cluster | undefined) {
  const workspace = db.state.workspaces.find((w) => w.id === d.workspaceId);
  if (cluster) {
    d.clusterId = cluster.id;
    d.clusterName = cluster.name;
    d.cloudProvider = cluster.cloudProvider;
    d.region = cluster.region;
    return;
  }
  // Standard Deployments run on shared clusters: a Workspace's default (dedicated) cluster does not apply.
  const std = input.type === 'STANDARD' ? input : undefined;
  d.cloudProvider = std?.cloudProvider ?? workspace?.defaultCloudProvider ?? 'AWS';
  d.region = std?.region ?? workspace?.defaultRegion ?? { AWS: 'us-east-1', GCP: 'us-central1', AZURE: 'eastus2' }[d.cloudProvider];
}

function queuesApply(d: StoredDeployment): boolean {
  return d.executor === 'CELERY' || (d.executor === 'ASTRO' && d.remoteExecution?.enabled !== true);
}

function defaultQueue(db: DemoDb, d: StoredDeployment): WorkerQueue {
  const queue = buildWorkerQueue({ id: db.newId(), name: 'default' });
  if (d.type === 'HYBRID') {
    const pool = db.state.clusters.find((c) => c.id === d.clusterId)?.nodePools?.find((p) => p.isDefault);
    delete queue.astroMachine;
    delete queue.podEphemeralStorage;
    if (pool) queue.nodePoolId = pool.id;
  }
  return queue;
}

/** Full replacement: what the request leaves out is cleared, except queues and settings noted below. */
export function updateDeployment(db: DemoDb, d: StoredDeployment, input: UpdateDeploymentInput): StoredDeployment {
  const now = db.now();
  const before = restartBody(db, d);
  d.name = input.name;
  d.workspaceId = input.workspaceId;
  if (input.description) d.description = input.description;
  else delete d.description;
  d.contactEmails = input.contactEmails ?? [];
  d.isCicdEnforced = input.isCicdEnforced;
  d.isDagDeployEnabled = input.isDagDeployEnabled;
  d.executor = input.executor;
  if (input.type === 'HYBRID') {
    d.schedulerAu = input.scheduler.au;
    d.schedulerReplicas = input.scheduler.replicas;
    const r = hybridSchedulerResources(input.scheduler.au);
    d.schedulerCpu = r.cpu;
    d.schedulerMemory = r.memory;
    if (input.taskPodNodePoolId) d.taskPodNodePoolId = input.taskPodNodePoolId;
    else delete d.taskPodNodePoolId;
  } else {
    d.schedulerSize = input.schedulerSize;
    d.isHighAvailability = input.isHighAvailability;
    d.schedulerReplicas = input.isHighAvailability ? 2 : 1;
    if (input.isDevelopmentMode === false) d.isDevelopmentMode = false;
    const r = schedulerResources(input.schedulerSize);
    d.schedulerCpu = r.cpu;
    d.schedulerMemory = r.memory;
  }
  applyShared(db, d, input, now);
  if (!queuesApply(d)) delete d.workerQueues;
  else if (!d.workerQueues?.length) d.workerQueues = [defaultQueue(db, d)];
  d.updatedAt = now.toISOString();
  d.updatedBy = DEMO_USER;
  const changed = restartingChanges(before, restartBody(db, d));
  if (changed.length) startTransition(d, 'DEPLOYING', now, RESTART_MS, undefined, `Applying new settings: ${changed.join(', ')}`);
  return d;
}

/** Settings create and update share; omitted pod sizes, remote execution and hibernation are kept. */
function applyShared(db: DemoDb, d: StoredDeployment, input: CreateDeploymentInput | UpdateDeploymentInput, now: Date) {
  if (input.workloadIdentity) d.effectiveWorkloadIdentity = input.workloadIdentity;
  if (input.type !== 'HYBRID') {
    for (const key of ['defaultTaskPodCpu', 'defaultTaskPodMemory', 'resourceQuotaCpu', 'resourceQuotaMemory'] as const) {
      if (input[key] !== undefined) d[key] = input[key];
    }
    if (input.remoteExecution) {
      d.remoteExecution = input.remoteExecution.enabled
        ? {
            enabled: true,
            allowedIpAddressRanges: input.remoteExecution.allowedIpAddressRanges ?? [],
            remoteApiUrl: `https://${d.clusterId ?? d.organizationId}.external.astronomer.run/${d.id.slice(-8)}/execution`,
            ...(input.remoteExecution.taskLogBucket ? { taskLogBucket: input.remoteExecution.taskLogBucket } : {}),
            ...(input.remoteExecution.taskLogUrlPattern ? { taskLogUrlPattern: input.remoteExecution.taskLogUrlPattern } : {}),
          }
        : undefined;
      if (!d.remoteExecution) delete d.remoteExecution;
    }
    const spec = input.scalingSpec?.hibernationSpec;
    if (spec && d.isDevelopmentMode) {
      d.scalingSpec = { hibernationSpec: { ...d.scalingSpec?.hibernationSpec, ...(spec.schedules ? { schedules: spec.schedules } : {}) } };
      if (spec.override) d.scalingSpec.hibernationSpec!.override = { ...spec.override, isActive: true };
    }
    if (!d.isDevelopmentMode) delete d.scalingSpec;
  }
  if (input.workerQueues) d.workerQueues = input.workerQueues.map((q) => toQueue(db, d, q));
  if (input.environmentVariables) d.environmentVariables = mergeEnvVars(db, d, input.environmentVariables, now);
}

function toQueue(db: DemoDb, d: StoredDeployment, q: WorkerQueueInput): WorkerQueue {
  const existing = q.id ? d.workerQueues?.find((e) => e.id === q.id) : undefined;
  const machine = WORKER_MACHINES.find((m) => m.name === q.astroMachine);
  const queue: WorkerQueue = {
    id: existing?.id ?? db.newId(),
    name: q.name,
    isDefault: q.isDefault,
    minWorkerCount: q.minWorkerCount,
    maxWorkerCount: q.maxWorkerCount,
    workerConcurrency: q.workerConcurrency,
    podCpu: machine?.spec.cpu ?? existing?.podCpu ?? '1',
    podMemory: machine?.spec.memory ?? existing?.podMemory ?? '2Gi',
  };
  if (q.astroMachine) queue.astroMachine = q.astroMachine;
  if (q.nodePoolId) queue.nodePoolId = q.nodePoolId;
  // A full replacement: a queue sent without its ephemeral storage gets the default, as a new one does.
  if (d.type !== 'HYBRID') queue.podEphemeralStorage = q.podEphemeralStorage ?? '10Gi';
  return queue;
}

/**
 * The sent list replaces the stored one. A secret sent without `value` keeps its stored value; a value
 * sent (even "") replaces it. Values of secrets go to the secret store, never into the record.
 */
function mergeEnvVars(db: DemoDb, d: StoredDeployment, vars: ReadonlyArray<EnvVarInput>, now: Date): StoredEnvVar[] {
  const at = now.toISOString();
  const next = vars.map((ev): StoredEnvVar => {
    const existing = d.environmentVariables.find((e) => e.key === ev.key);
    if (ev.isSecret) {
      if (ev.value === undefined && existing?.isSecret) return { ...existing };
      const unchanged = existing?.isSecret && db.secretValue(d.id, ev.key) === ev.value;
      db.setSecretValue(d.id, ev.key, ev.value ?? '');
      return { key: ev.key, isSecret: true, hasSecretValue: true, updatedAt: unchanged ? existing!.updatedAt : at };
    }
    const unchanged = existing && !existing.isSecret && existing.value === ev.value;
    return { key: ev.key, isSecret: false, value: ev.value ?? '', updatedAt: unchanged ? existing.updatedAt : at };
  });
  db.forgetSecrets(d.id, new Set(next.filter((e) => e.isSecret).map((e) => e.key)));
  return next;
}

/**
 * The Deployment as a full update body, for the shared restart rule. A secret stands for its value by
 * when it was set and what it holds, so a changed secret restarts too, without the value leaving the store.
 */
function restartBody(db: DemoDb, d: StoredDeployment) {
  const environmentVariables = d.environmentVariables.map((e) =>
    e.isSecret
      ? { key: e.key, isSecret: true, value: `${e.updatedAt}|${db.secretValue(d.id, e.key) ?? ''}` }
      : { key: e.key, isSecret: false, value: e.value ?? '' },
  );
  return structuredClone(toUpdateRequest(db.toWire(d), { environmentVariables }));
}
