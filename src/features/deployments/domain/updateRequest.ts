import type { components } from '../../../shared/api/schema.gen';
import { airflowMajor } from './airflowVersion';
import { executionBody, queueSizing, queuesApply, schedulesBody, splitList, type DeploymentFormValues } from './deploymentForm';
import { overrideToKeep } from './hibernationRules';
import { REQUEST_LIMITS } from './requestLimits.gen';

type S = components['schemas'];
type Deployment = S['Deployment'];
export type UpdateDeploymentRequest = S['UpdateDeploymentRequest'];
type HostedUpdate = S['UpdateStandardDeploymentRequest'] | S['UpdateDedicatedDeploymentRequest'];
type QueueRequest = S['UpdateWorkerQueueRequest'];
type EnvVarRequest = S['DeploymentEnvironmentVariableRequest'];

const ENUMS = {
  executor: REQUEST_LIMITS.UpdateStandardDeploymentRequest.properties.executor.enum,
  hybridExecutor: REQUEST_LIMITS.UpdateHybridDeploymentRequest.properties.executor.enum,
  schedulerSize: REQUEST_LIMITS.UpdateStandardDeploymentRequest.properties.schedulerSize.enum,
  astroMachine: REQUEST_LIMITS.UpdateWorkerQueueRequest.properties.astroMachine.enum,
};

/** `value` as a member of the contract's enum, or undefined when it is none (a form's empty choice). */
function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((v) => v === value);
}

export interface UpdateEdit {
  /** The Details form's values: every setting it shows replaces the Deployment's. */
  settings?: DeploymentFormValues;
  /** The environment editor's list: it replaces the Deployment's variables. */
  environmentVariables?: EnvVarRequest[];
}

/**
 * The one builder of the full update body. The API has no patch: an update replaces the Deployment, and
 * what the body leaves out is reset. So the body starts from every setting of `current` as the API
 * returned it (secrets without their value, so the server keeps them; the workload identity; a hibernation
 * override in force; each queue's ephemeral storage; a Hybrid task pod node pool), and only then applies
 * what the caller edits. Every save path (Details, environment, hibernation schedules, remote execution)
 * goes through here.
 */
export function toUpdateRequest(current: Deployment, edit: UpdateEdit = {}): UpdateDeploymentRequest {
  const kept = keptRequest(current, edit.environmentVariables ?? envVarsOf(current));
  return edit.settings ? withSettings(kept, edit.settings, current) : kept;
}

function envVarsOf(d: Deployment): EnvVarRequest[] {
  return (d.environmentVariables ?? []).map((e) => (e.isSecret ? { key: e.key, isSecret: true } : { key: e.key, isSecret: false, value: e.value ?? '' }));
}

function queueOf(q: NonNullable<Deployment['workerQueues']>[number]): QueueRequest {
  const machine = oneOf(ENUMS.astroMachine, q.astroMachine);
  return {
    id: q.id,
    name: q.name,
    isDefault: q.isDefault,
    minWorkerCount: q.minWorkerCount,
    maxWorkerCount: q.maxWorkerCount,
    workerConcurrency: q.workerConcurrency,
    ...(machine ? { astroMachine: machine } : {}),
    ...(q.nodePoolId ? { nodePoolId: q.nodePoolId } : {}),
    ...(q.podEphemeralStorage ? { podEphemeralStorage: q.podEphemeralStorage } : {}),
  };
}

function keptRequest(d: Deployment, environmentVariables: EnvVarRequest[]): UpdateDeploymentRequest {
  const shared = {
    name: d.name,
    workspaceId: d.workspaceId,
    ...(d.description ? { description: d.description } : {}),
    ...(d.contactEmails ? { contactEmails: d.contactEmails } : {}),
    isCicdEnforced: d.isCicdEnforced,
    isDagDeployEnabled: d.isDagDeployEnabled,
    ...(d.workerQueues?.length ? { workerQueues: d.workerQueues.map(queueOf) } : {}),
    ...(d.effectiveWorkloadIdentity ? { workloadIdentity: d.effectiveWorkloadIdentity } : {}),
    ...(d.effectiveDRWorkloadIdentity ? { drWorkloadIdentity: d.effectiveDRWorkloadIdentity } : {}),
    environmentVariables,
  };
  if (d.type === 'HYBRID') {
    return {
      ...shared,
      type: 'HYBRID',
      executor: oneOf(ENUMS.hybridExecutor, d.executor) ?? 'CELERY',
      scheduler: { au: d.schedulerAu ?? 5, replicas: d.schedulerReplicas },
      ...(d.taskPodNodePoolId ? { taskPodNodePoolId: d.taskPodNodePoolId } : {}),
    };
  }
  const re = d.remoteExecution;
  const schedules = d.scalingSpec?.hibernationSpec?.schedules;
  const override = overrideToKeep(d.scalingSpec?.hibernationSpec?.override);
  return {
    ...shared,
    type: d.type === 'DEDICATED' ? 'DEDICATED' : 'STANDARD',
    executor: d.executor ?? 'CELERY',
    schedulerSize: d.schedulerSize ?? 'SMALL',
    isHighAvailability: d.isHighAvailability ?? false,
    ...(d.isDevelopmentMode !== undefined ? { isDevelopmentMode: d.isDevelopmentMode } : {}),
    ...(d.defaultTaskPodCpu ? { defaultTaskPodCpu: d.defaultTaskPodCpu } : {}),
    ...(d.defaultTaskPodMemory ? { defaultTaskPodMemory: d.defaultTaskPodMemory } : {}),
    ...(d.resourceQuotaCpu ? { resourceQuotaCpu: d.resourceQuotaCpu } : {}),
    ...(d.resourceQuotaMemory ? { resourceQuotaMemory: d.resourceQuotaMemory } : {}),
    ...(re
      ? {
          remoteExecution: {
            enabled: re.enabled,
            allowedIpAddressRanges: re.allowedIpAddressRanges,
            ...(re.taskLogBucket ? { taskLogBucket: re.taskLogBucket } : {}),
            ...(re.taskLogUrlPattern ? { taskLogUrlPattern: re.taskLogUrlPattern } : {}),
          },
        }
      : {}),
    ...(schedules || override ? { scalingSpec: { hibernationSpec: { ...(schedules ? { schedules } : {}), ...(override ? { override } : {}) } } } : {}),
  };
}

/** The form's queues; a queue that exists keeps what the form does not show (its ephemeral storage). */
function formQueues(v: DeploymentFormValues, hybrid: boolean, current: Deployment): QueueRequest[] {
  return v.workerQueues.map((q) => {
    const existing = q.id ? current.workerQueues?.find((e) => e.id === q.id) : undefined;
    const machine = oneOf(ENUMS.astroMachine, q.astroMachine);
    return {
      ...queueSizing(q),
      ...(hybrid ? { nodePoolId: q.nodePoolId } : machine ? { astroMachine: machine } : {}),
      ...(!hybrid && existing?.podEphemeralStorage ? { podEphemeralStorage: existing.podEphemeralStorage } : {}),
    };
  });
}

/** What the form edits on every type. */
function commonSettings(v: DeploymentFormValues) {
  return {
    name: v.name,
    ...(v.description.trim() ? { description: v.description } : {}),
    isCicdEnforced: v.isCicdEnforced,
    isDagDeployEnabled: v.isDagDeployEnabled,
    contactEmails: splitList(v.contactEmails),
  };
}

/**
 * The Details form over the kept body. Type, Runtime, location and development mode are fixed after
 * creation, so they stay as `current` has them whatever the form holds; so does what the form does not show.
 */
function withSettings(kept: UpdateDeploymentRequest, v: DeploymentFormValues, current: Deployment): UpdateDeploymentRequest {
  // What the form may empty or remove is dropped from the kept body first.
  const { description: _description, workerQueues: _queues, ...base } = kept;
  if (base.type === 'HYBRID') {
    return {
      ...base,
      ...commonSettings(v),
      executor: oneOf(ENUMS.hybridExecutor, v.executor) ?? base.executor,
      scheduler: { au: v.schedulerAu, replicas: v.schedulerReplicas },
      ...(queuesApply(v.executor, 'HOSTED') ? { workerQueues: formQueues(v, true, current) } : {}),
    };
  }
  const body: HostedUpdate = {
    ...base,
    ...commonSettings(v),
    executor: oneOf(ENUMS.executor, v.executor) ?? base.executor,
    schedulerSize: oneOf(ENUMS.schedulerSize, v.schedulerSize) ?? base.schedulerSize,
    isHighAvailability: v.isHighAvailability,
  };
  if (queuesApply(v.executor, v.executionMode)) body.workerQueues = formQueues(v, false, current);
  Object.assign(body, executionBody(v, airflowMajor(current.airflowVersion)));
  if (current.isDevelopmentMode) {
    const override = overrideToKeep(current.scalingSpec?.hibernationSpec?.override);
    body.scalingSpec = { hibernationSpec: { schedules: schedulesBody(v), ...(override ? { override } : {}) } };
  }
  return body;
}
