import { airflowMajor } from './airflowVersion';
import { DEFAULT_QUEUE_NAME, type DeploymentRulesOptions } from './deploymentRules';
import { plainFieldMessage, valueAtPath } from './fieldLabels';
import type { FieldError, RulesResult } from '../../../shared/lib/fieldErrors';
import type { components } from '../../../shared/api/schema.gen';

type Deployment = components['schemas']['Deployment'];

/**
 * The create/edit form's values, and their translation to and from the API's request bodies. The form
 * is validated by sending the body it would submit through the same rules the demo backend runs, so
 * client and server never disagree; `formFieldOf` maps the API's error paths back onto the inputs.
 */

export type DeploymentType = 'STANDARD' | 'DEDICATED' | 'HYBRID';
export type ExecutionMode = 'HOSTED' | 'REMOTE';

export interface QueueFormValues {
  /** Set for a queue that already exists; its name is then fixed. */
  id?: string;
  name: string;
  astroMachine: string;
  nodePoolId: string;
  minWorkerCount: number;
  maxWorkerCount: number;
  workerConcurrency: number;
}

export interface ScheduleFormValues {
  hibernateAtCron: string;
  wakeAtCron: string;
  description: string;
  isEnabled: boolean;
}

export interface DeploymentFormValues {
  name: string;
  description: string;
  type: DeploymentType;
  cloudProvider: string;
  region: string;
  clusterId: string;
  astroRuntimeVersion: string;
  executionMode: ExecutionMode;
  /** CIDRs, one per line or comma-separated. */
  allowedIpAddressRanges: string;
  taskLogBucket: string;
  taskLogUrlPattern: string;
  executor: string;
  schedulerSize: string;
  schedulerAu: number;
  schedulerReplicas: number;
  isHighAvailability: boolean;
  workerQueues: QueueFormValues[];
  defaultTaskPodCpu: string;
  defaultTaskPodMemory: string;
  resourceQuotaCpu: string;
  resourceQuotaMemory: string;
  isDevelopmentMode: boolean;
  schedules: ScheduleFormValues[];
  isCicdEnforced: boolean;
  isDagDeployEnabled: boolean;
  /** Addresses, one per line or comma-separated. */
  contactEmails: string;
}

export function airflowMajorOf(options: Pick<DeploymentRulesOptions, 'runtimeReleases'>, runtimeVersion: string): number {
  const release = options.runtimeReleases.find((r) => r.version === runtimeVersion);
  return airflowMajor(release?.airflowVersion);
}

/** The executors the chosen Runtime and mode allow: Remote runs only the Astro executor; Airflow 2 has none of it. */
export function executorsFor(options: Pick<DeploymentRulesOptions, 'executors'>, airflowMajor: number, mode: ExecutionMode): string[] {
  if (mode === 'REMOTE') return options.executors.filter((e) => e === 'ASTRO');
  return options.executors.filter((e) => e !== 'ASTRO' || airflowMajor >= 3);
}

/** Worker queues apply to Celery, and to the Astro executor when tasks run on Astro. */
export function queuesApply(executor: string, mode: ExecutionMode): boolean {
  return executor === 'CELERY' || (executor === 'ASTRO' && mode === 'HOSTED');
}

export function splitList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function newQueue(options: DeploymentRulesOptions, name: string, nodePoolId = ''): QueueFormValues {
  const machine = options.workerMachines[0];
  return {
    name,
    astroMachine: machine?.name ?? '',
    nodePoolId,
    minWorkerCount: options.workerQueues.minWorkers.default,
    maxWorkerCount: options.workerQueues.maxWorkers.default,
    workerConcurrency: machine?.concurrency.default ?? options.workerQueues.workerConcurrency.default,
  };
}

/**
 * A sensible new Deployment: the given Runtime (else the first stable one), its default executor, a small
 * scheduler, one `default` queue.
 */
export function defaultFormValues(
  options: Omit<DeploymentRulesOptions, 'runtimeReleases'> & { runtimeReleases: ReadonlyArray<{ version: string; airflowVersion: string; channel?: string }> },
  workspace: { cicdEnforcedDefault: boolean; defaultCloudProvider?: string; defaultRegion?: string; defaultClusterId?: string },
  runtimeVersion?: string,
): DeploymentFormValues {
  const runtime =
    options.runtimeReleases.find((r) => r.version === runtimeVersion) ??
    options.runtimeReleases.find((r) => r.channel === undefined || r.channel === 'stable') ??
    options.runtimeReleases[0];
  const major = airflowMajor(runtime?.airflowVersion);
  const executors = executorsFor(options, major, 'HOSTED');
  const executor = major >= 3 && executors.includes('ASTRO') ? 'ASTRO' : executors.includes('CELERY') ? 'CELERY' : (executors[0] ?? '');
  const pods = options.resourceQuotas;
  const provider = workspace.defaultCloudProvider ?? 'AWS';
  return {
    name: '',
    description: '',
    type: 'STANDARD',
    cloudProvider: provider,
    region: workspace.defaultRegion ?? STANDARD_REGIONS[provider]?.[0] ?? '',
    clusterId: '',
    astroRuntimeVersion: runtime?.version ?? '',
    executionMode: 'HOSTED',
    allowedIpAddressRanges: '',
    taskLogBucket: '',
    taskLogUrlPattern: '',
    executor,
    schedulerSize: options.schedulerMachines[0]?.name ?? '',
    schedulerAu: 5,
    schedulerReplicas: 1,
    isHighAvailability: false,
    workerQueues: [newQueue(options, DEFAULT_QUEUE_NAME)],
    defaultTaskPodCpu: pods.defaultPodSize.cpu.default,
    defaultTaskPodMemory: pods.defaultPodSize.memory.default,
    resourceQuotaCpu: pods.resourceQuota.cpu.default,
    resourceQuotaMemory: pods.resourceQuota.memory.default,
    isDevelopmentMode: false,
    schedules: [],
    isCicdEnforced: workspace.cicdEnforcedDefault,
    isDagDeployEnabled: true,
    contactEmails: '',
  };
}

/** The edit form, prefilled from the Deployment as it stands. */
export function formFromDeployment(d: Deployment, options: DeploymentRulesOptions): DeploymentFormValues {
  const pods = options.resourceQuotas;
  return {
    name: d.name,
    description: d.description ?? '',
    type: d.type ?? 'STANDARD',
    cloudProvider: d.cloudProvider ?? '',
    region: d.region ?? '',
    clusterId: d.clusterId ?? '',
    astroRuntimeVersion: d.astroRuntimeVersion,
    executionMode: d.remoteExecution?.enabled ? 'REMOTE' : 'HOSTED',
    allowedIpAddressRanges: (d.remoteExecution?.allowedIpAddressRanges ?? []).join('\n'),
    taskLogBucket: d.remoteExecution?.taskLogBucket ?? '',
    taskLogUrlPattern: d.remoteExecution?.taskLogUrlPattern ?? '',
    executor: d.executor ?? '',
    schedulerSize: d.schedulerSize ?? '',
    schedulerAu: d.schedulerAu ?? 5,
    schedulerReplicas: d.schedulerReplicas,
    isHighAvailability: d.isHighAvailability === true,
    // The default queue first: the form shows it as the fixed one.
    workerQueues: [...(d.workerQueues ?? [])]
      .sort((a, b) => Number(b.name === DEFAULT_QUEUE_NAME) - Number(a.name === DEFAULT_QUEUE_NAME))
      .map((q) => ({
        id: q.id,
        name: q.name,
        astroMachine: q.astroMachine ?? '',
        nodePoolId: q.nodePoolId ?? '',
        minWorkerCount: q.minWorkerCount,
        maxWorkerCount: q.maxWorkerCount,
        workerConcurrency: q.workerConcurrency,
      })),
    defaultTaskPodCpu: d.defaultTaskPodCpu ?? pods.defaultPodSize.cpu.default,
    defaultTaskPodMemory: d.defaultTaskPodMemory ?? pods.defaultPodSize.memory.default,
    resourceQuotaCpu: d.resourceQuotaCpu ?? pods.resourceQuota.cpu.default,
    resourceQuotaMemory: d.resourceQuotaMemory ?? pods.resourceQuota.memory.default,
    isDevelopmentMode: d.isDevelopmentMode === true,
    schedules: (d.scalingSpec?.hibernationSpec?.schedules ?? []).map((s) => ({
      hibernateAtCron: s.hibernateAtCron,
      wakeAtCron: s.wakeAtCron,
      description: s.description ?? '',
      isEnabled: s.isEnabled,
    })),
    isCicdEnforced: d.isCicdEnforced,
    isDagDeployEnabled: d.isDagDeployEnabled,
    contactEmails: (d.contactEmails ?? []).join('\n'),
  };
}

type Body = Record<string, unknown>;

function queueBodies(v: DeploymentFormValues): Body[] | undefined {
  if (!queuesApply(v.executor, v.executionMode)) return undefined;
  return v.workerQueues.map((q) => ({ ...queueSizing(q), ...(v.type === 'HYBRID' ? { nodePoolId: q.nodePoolId } : { astroMachine: q.astroMachine }) }));
}

/** What create and update send of every queue, wherever its workers run. */
export function queueSizing(q: QueueFormValues) {
  return {
    ...(q.id ? { id: q.id } : {}),
    name: q.name.trim(),
    isDefault: q.name.trim() === DEFAULT_QUEUE_NAME,
    minWorkerCount: q.minWorkerCount,
    maxWorkerCount: q.maxWorkerCount,
    workerConcurrency: q.workerConcurrency,
  };
}

export function schedulesBody(v: DeploymentFormValues) {
  return v.schedules.map((s) => ({
    hibernateAtCron: s.hibernateAtCron.trim(),
    wakeAtCron: s.wakeAtCron.trim(),
    isEnabled: s.isEnabled,
    ...(s.description.trim() ? { description: s.description.trim() } : {}),
  }));
}

/** Settings both create and update send, per type. */
function sharedBody(v: DeploymentFormValues, airflowMajor: number): Body {
  const body: Body = {
    name: v.name,
    type: v.type,
    executor: v.executor,
    isCicdEnforced: v.isCicdEnforced,
    isDagDeployEnabled: v.isDagDeployEnabled,
    contactEmails: splitList(v.contactEmails),
  };
  if (v.description.trim()) body.description = v.description;
  const queues = queueBodies(v);
  if (queues) body.workerQueues = queues;
  if (v.type === 'HYBRID') {
    body.scheduler = { au: v.schedulerAu, replicas: v.schedulerReplicas };
    return body;
  }
  body.schedulerSize = v.schedulerSize;
  body.isHighAvailability = v.isHighAvailability;
  return { ...body, ...executionBody(v, airflowMajor) };
}

/** Where tasks run, as create and update both send it: Remote Execution (Airflow 3) or the hosted task pods. */
export function executionBody(v: DeploymentFormValues, airflowMajor: number) {
  const remoteExecution =
    airflowMajor < 3
      ? undefined
      : v.executionMode === 'REMOTE'
        ? {
            enabled: true,
            allowedIpAddressRanges: splitList(v.allowedIpAddressRanges),
            ...(v.taskLogBucket.trim() ? { taskLogBucket: v.taskLogBucket.trim() } : {}),
            ...(v.taskLogUrlPattern.trim() ? { taskLogUrlPattern: v.taskLogUrlPattern.trim() } : {}),
          }
        : { enabled: false };
  const hosted =
    v.executionMode === 'HOSTED'
      ? {
          defaultTaskPodCpu: v.defaultTaskPodCpu.trim(),
          defaultTaskPodMemory: v.defaultTaskPodMemory.trim(),
          resourceQuotaCpu: v.resourceQuotaCpu.trim(),
          resourceQuotaMemory: v.resourceQuotaMemory.trim(),
        }
      : {};
  return { ...(remoteExecution ? { remoteExecution } : {}), ...hosted };
}

/** The POST body that creates what the form describes. */
export function toCreateBody(v: DeploymentFormValues, workspaceId: string, options: DeploymentRulesOptions): Body {
  const body: Body = { ...sharedBody(v, airflowMajorOf(options, v.astroRuntimeVersion)), workspaceId, astroRuntimeVersion: v.astroRuntimeVersion };
  if (v.type === 'STANDARD') {
    body.cloudProvider = v.cloudProvider;
    body.region = v.region;
  } else if (v.clusterId) {
    body.clusterId = v.clusterId;
  }
  if (v.type !== 'HYBRID') {
    body.isDevelopmentMode = v.isDevelopmentMode;
    if (v.isDevelopmentMode && v.schedules.length) body.scalingSpec = { hibernationSpec: { schedules: schedulesBody(v) } };
  }
  return body;
}

/**
 * Where an API error path (`workerQueues[1].name`) shows in the form (`workerQueues.1.name`). Lists the
 * form edits as one text box (emails, CIDRs) take their items' errors on the box itself.
 */
export function formFieldOf(apiField: string): string {
  const dotted = apiField.replace(/\[(\d+)\]/g, '.$1');
  if (/^contactEmails(\.\d+)?$/.test(dotted)) return 'contactEmails';
  if (/^remoteExecution\.allowedIpAddressRanges/.test(dotted)) return 'allowedIpAddressRanges';
  if (dotted === 'remoteExecution.enabled' || dotted === 'remoteExecution') return 'executionMode';
  if (dotted.startsWith('remoteExecution.')) return dotted.slice('remoteExecution.'.length);
  if (dotted.startsWith('scalingSpec.hibernationSpec.schedules')) return dotted.replace('scalingSpec.hibernationSpec.schedules', 'schedules');
  if (dotted.startsWith('scalingSpec')) return 'schedules';
  if (dotted === 'scheduler.au') return 'schedulerAu';
  if (dotted === 'scheduler.replicas') return 'schedulerReplicas';
  if (/^workerQueues\.\d+\.isDefault$/.test(dotted)) return dotted.replace('isDefault', 'name');
  return dotted;
}

/** Field errors keyed by form field; the first error per field wins, and list items name their value. */
function errorsByFormField(errors: ReadonlyArray<FieldError>, body: Body): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const field = formFieldOf(e.field);
    if (out[field]) continue;
    const item = /^contactEmails\[(\d+)\]$/.exec(e.field);
    const email = item ? (body.contactEmails as string[] | undefined)?.[Number(item[1])] : undefined;
    out[field] = email !== undefined && e.code === 'email' ? `"${email}" is not a valid email address.` : plainFieldMessage(e, valueAtPath(body, e.field));
  }
  return out;
}

/**
 * Checks the form by running the body it would send through the server's own rules. The schema stops at
 * its first layer of errors (an empty name hides a queue's bad range), so a second pass runs the rules
 * on a copy with those fields made harmless, and adds what it finds for the fields still clear.
 */
export function checkDeploymentForm(body: Body, validate: (body: Body) => RulesResult<unknown>): Record<string, string> {
  const first = validate(body);
  if (first.ok) return {};
  const errors = errorsByFormField(first.errors, body);
  const second = validate(harmless(body, first.errors));
  if (!second.ok) {
    for (const [field, message] of Object.entries(errorsByFormField(second.errors, body))) errors[field] ??= message;
  }
  return errors;
}

function harmless(body: Body, errors: ReadonlyArray<FieldError>): Body {
  const copy = structuredClone(body) as Body & { workerQueues?: Body[]; contactEmails?: string[] };
  for (const { field } of errors) {
    if (field === 'name') copy.name = 'x';
    else if (field === 'description') delete copy.description;
    else if (field.startsWith('contactEmails')) copy.contactEmails = [];
    const queue = /^workerQueues\[(\d+)\]\.(\w+)$/.exec(field);
    if (queue && copy.workerQueues?.[Number(queue[1])]) {
      const q = copy.workerQueues[Number(queue[1])]!;
      if (queue[2] === 'name') q.name = `queue${'x'.repeat(Number(queue[1]))}`;
      else if (typeof q[queue[2]!] === 'number' || q[queue[2]!] === undefined) q[queue[2]!] = 1;
    }
  }
  return copy;
}

/**
 * Regions of Astro's shared (Standard) clusters. deployment-options does not list them, and the public
 * API has no call that does, so they are Astro's documented set.
 */
export const STANDARD_REGIONS: Readonly<Record<string, readonly string[]>> = {
  AWS: ['us-east-1', 'us-west-2', 'eu-central-1', 'ap-southeast-1'],
  GCP: ['us-central1', 'us-east4', 'europe-west4'],
  AZURE: ['eastus2', 'westus2', 'westeurope'],
};
