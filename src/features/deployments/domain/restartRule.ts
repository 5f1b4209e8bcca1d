import type { components } from '../../../shared/api/schema.gen';

type UpdateDeploymentRequest = components['schemas']['UpdateDeploymentRequest'];

/**
 * The settings whose change restarts Airflow components (the Deployment shows DEPLOYING until they are
 * back), by what people call them, each read off the full update body. Both the change review and the
 * demo backend ask `restartingChanges`, so what the review promises is what the backend does.
 */
const RESTARTING = {
  executor: (b) => b.executor,
  'scheduler size': (b) => (b.type === 'HYBRID' ? b.scheduler : b.schedulerSize),
  'high availability': (b) => (b.type === 'HYBRID' ? undefined : b.isHighAvailability),
  'DAG deploys': (b) => b.isDagDeployEnabled,
  'Kubernetes pod sizes': (b) =>
    b.type === 'HYBRID' ? b.taskPodNodePoolId : [b.defaultTaskPodCpu, b.defaultTaskPodMemory, b.resourceQuotaCpu, b.resourceQuotaMemory],
  'workload identity': (b) => b.workloadIdentity,
  // Agents' allowed addresses and where task logs are written are Airflow configuration: it restarts to read them.
  'remote execution': (b) => (b.type === 'HYBRID' ? undefined : b.remoteExecution),
  // A queue is new or kept by its settings, not by the id the server gives it.
  'worker queues': (b) => b.workerQueues?.map(({ id: _id, ...q }) => q),
  'environment variables': (b) => b.environmentVariables,
} satisfies Record<string, (b: UpdateDeploymentRequest) => unknown>;

export type RestartPart = keyof typeof RESTARTING;

/** The parts of the Deployment that restart when an update turns body `before` into body `after`. */
export function restartingChanges(before: UpdateDeploymentRequest, after: UpdateDeploymentRequest): RestartPart[] {
  return (Object.keys(RESTARTING) as RestartPart[]).filter((part) => stableJson(RESTARTING[part](before)) !== stableJson(RESTARTING[part](after)));
}

/** JSON with object keys sorted, so equal settings compare equal whatever order they were built in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
