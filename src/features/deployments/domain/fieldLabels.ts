import type { FieldError } from '../../../shared/lib/fieldErrors';
import type { DeploymentFormValues } from './deploymentForm';

/**
 * The form's words for each field, keyed by the last part of its API path (`workerQueues[0].workerConcurrency`
 * is `workerConcurrency`) and by every field of the form's values. The queue inputs take their labels from
 * here, every field message that would name the internal field names it so instead, and so does a conflict.
 */
export const FIELD_LABELS = {
  name: 'Name',
  type: 'Deployment type',
  cloudProvider: 'Cloud provider',
  region: 'Region',
  clusterId: 'Cluster',
  executionMode: 'Execution mode',
  allowedIpAddressRanges: 'Allowed IP ranges',
  schedulerSize: 'Scheduler size',
  isHighAvailability: 'High availability',
  workerQueues: 'Worker queues',
  isDevelopmentMode: 'Development mode',
  schedules: 'Hibernation schedules',
  isCicdEnforced: 'CI/CD enforcement',
  isDagDeployEnabled: 'DAG-only deploys',
  description: 'Description',
  astroRuntimeVersion: 'Astro Runtime',
  executor: 'Executor',
  schedulerAu: 'Scheduler AU',
  schedulerReplicas: 'Scheduler replicas',
  defaultTaskPodCpu: 'Default pod CPU',
  defaultTaskPodMemory: 'Default pod memory',
  resourceQuotaCpu: 'CPU quota',
  resourceQuotaMemory: 'Memory quota',
  taskLogBucket: 'Task log bucket',
  taskLogUrlPattern: 'Task log URL pattern',
  contactEmails: 'Contact emails',
  astroMachine: 'Worker type',
  nodePoolId: 'Node pool',
  minWorkerCount: 'Min workers',
  maxWorkerCount: 'Max workers',
  workerConcurrency: 'Concurrency',
  hibernateAtCron: 'Hibernate at',
  wakeAtCron: 'Wake at',
} as const satisfies Record<keyof DeploymentFormValues, string> & Record<string, string>;

const lastPart = (field: string) => (field.split('.').pop() ?? field).replace(/\[\d+\]$/, '');

/**
 * A field error in the label's words. `value` is what the field holds: an empty number input (NaN) is
 * "required", and a fraction in a whole-number field is "must be a whole number", not "must be a number".
 */
export function plainFieldMessage(error: FieldError, value: unknown): string {
  const internal = lastPart(error.field);
  const label = (FIELD_LABELS as Record<string, string | undefined>)[internal];
  if (!label) return error.message;
  const empty = value === undefined || value === '' || (typeof value === 'number' && Number.isNaN(value));
  // A message in words already ("A Dedicated Deployment needs a cluster.") stays as it is.
  if ((error.code === 'required' && error.message.includes(internal)) || (error.code === 'type' && empty)) return `${label} is required.`;
  if (error.code === 'type' && typeof value === 'number' && !Number.isInteger(value)) return `${label} must be a whole number.`;
  return error.message.startsWith(`${internal} `) ? `${label}${error.message.slice(internal.length)}` : error.message;
}

/** The value at an API path such as `workerQueues[0].workerConcurrency`. */
export function valueAtPath(body: unknown, field: string): unknown {
  let node = body;
  for (const key of field.split(/[.[\]]+/).filter(Boolean)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
