import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EnvVarRequest } from './domain/envDiff';
import { api, data } from '../../shared/api/client';
import type { components } from '../../shared/api/schema.gen';
import type { Deployment } from '../../shared/api/types';
import { fetchDeployment } from '../deployments/api';
import { overrideToKeep } from '../deployments';
import { keys } from '../../shared/api/keys';

type Schemas = components['schemas'];
export type UpdateDeploymentRequest = Schemas['UpdateDeploymentRequest'];
type WorkerQueue = NonNullable<Deployment['workerQueues']>[number];

function queueRequest(q: WorkerQueue): Schemas['UpdateWorkerQueueRequest'] {
  return {
    id: q.id,
    name: q.name,
    isDefault: q.isDefault,
    minWorkerCount: q.minWorkerCount,
    maxWorkerCount: q.maxWorkerCount,
    workerConcurrency: q.workerConcurrency,
    ...(q.astroMachine ? { astroMachine: q.astroMachine as Schemas['UpdateWorkerQueueRequest']['astroMachine'] } : {}),
    ...(q.nodePoolId ? { nodePoolId: q.nodePoolId } : {}),
    ...(q.podEphemeralStorage ? { podEphemeralStorage: q.podEphemeralStorage } : {}),
  };
}

/**
 * The full update body that keeps every setting of `d` as it is and sets the environment variables to
 * `environmentVariables`. The API has no patch: an update replaces the Deployment, so whatever this leaves
 * out may be reset. So the effective workload identity and a hibernation override in force go back as they
 * are, as the Details form's update body (`toUpdateBody`) sends them.
 */
export function toUpdateRequest(d: Deployment, environmentVariables: EnvVarRequest[]): UpdateDeploymentRequest {
  const shared = {
    name: d.name,
    workspaceId: d.workspaceId,
    ...(d.description ? { description: d.description } : {}),
    ...(d.contactEmails ? { contactEmails: d.contactEmails } : {}),
    isCicdEnforced: d.isCicdEnforced,
    isDagDeployEnabled: d.isDagDeployEnabled,
    ...(d.workerQueues?.length ? { workerQueues: d.workerQueues.map(queueRequest) } : {}),
    ...(d.effectiveWorkloadIdentity ? { workloadIdentity: d.effectiveWorkloadIdentity } : {}),
    environmentVariables,
  };
  if (d.type === 'HYBRID') {
    return {
      ...shared,
      type: 'HYBRID',
      executor: d.executor === 'KUBERNETES' ? 'KUBERNETES' : 'CELERY',
      scheduler: { au: d.schedulerAu ?? 5, replicas: d.schedulerReplicas },
      ...(d.taskPodNodePoolId ? { taskPodNodePoolId: d.taskPodNodePoolId } : {}),
    };
  }
  const re = d.remoteExecution;
  const schedules = d.scalingSpec?.hibernationSpec?.schedules;
  const keptOverride = overrideToKeep(d.scalingSpec?.hibernationSpec?.override);
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
    ...(schedules || keptOverride
      ? { scalingSpec: { hibernationSpec: { ...(schedules ? { schedules } : {}), ...(keptOverride ? { override: keptOverride } : {}) } } }
      : {}),
  };
}

export type SaveEnvironmentResult =
  | { outcome: 'saved'; deployment: Deployment }
  /** The server's variables differ from the ones the editor started from: nothing was sent. */
  | { outcome: 'changed'; deployment: Deployment };

/**
 * Saves the variables through the Deployment update, guarding against lost updates: it first reads the
 * Deployment again, and if its variables are not `expected` (what the editor loaded) it sends nothing and
 * returns the fresh Deployment for a merge. The body is built from that fresh read, so settings someone
 * changed meanwhile are kept too.
 */
export function useSaveEnvironment(orgId: string, deploymentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: {
      variables: EnvVarRequest[];
      /** True when the server's list still matches what the editor started from. */
      unchanged: (fresh: Deployment) => boolean;
    }): Promise<SaveEnvironmentResult> => {
      const fresh = await fetchDeployment(orgId, deploymentId);
      if (!input.unchanged(fresh)) return { outcome: 'changed', deployment: fresh };
      const saved = await data(
        api.POST('/organizations/{organizationId}/deployments/{deploymentId}', {
          params: { path: { organizationId: orgId, deploymentId } },
          body: toUpdateRequest(fresh, input.variables),
        }),
      );
      return { outcome: 'saved', deployment: saved };
    },
    onSuccess: (result) => {
      queryClient.setQueryData(keys.deployment(orgId, deploymentId), result.deployment);
      if (result.outcome === 'saved') void queryClient.invalidateQueries({ queryKey: [...keys.deployments(orgId), 'list'] });
    },
  });
}
