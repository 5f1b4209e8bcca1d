import { airflowMajor } from './airflowVersion';
import { cronProblem, sameTimes } from './cron';
import { fieldError, runSchema, type FieldError, type RulesResult } from '../../../shared/lib/fieldErrors';
import { isIpv4Cidr, parseCpu, parseMemoryGi } from '../../../shared/lib/quantities';
import { ENV_KEY_PATTERN } from '../../../shared/lib/envVarLimits';
import {
  DEPLOYMENT_TYPES,
  createHostedDeploymentSchema,
  createHybridDeploymentSchema,
  updateHostedDeploymentSchema,
  updateHybridDeploymentSchema,
  type CreateDeploymentInput,
  type EnvVarInput,
  type UpdateDeploymentInput,
  type WorkerQueueInput,
} from './deploymentSchemas';

export * from './deploymentSchemas';

/** Lowercase letters and hyphens, starting and ending with a letter (e.g. `default`, `high-memory`). */
const QUEUE_NAME_PATTERN = /^[a-z](?:[a-z-]*[a-z])?$/;
export const DEFAULT_QUEUE_NAME = 'default';

interface NumberRange {
  floor: number;
  ceiling: number;
  default: number;
}
interface StringRange {
  floor: string;
  ceiling: string;
  default: string;
}

/** The parts of `DeploymentOptions` the rules read; the API's type fits as is. */
export interface DeploymentRulesOptions {
  runtimeReleases: ReadonlyArray<{ version: string; airflowVersion: string }>;
  executors: ReadonlyArray<string>;
  schedulerMachines: ReadonlyArray<{ name: string }>;
  workerMachines: ReadonlyArray<{ name: string; concurrency: NumberRange }>;
  workerQueues: { minWorkers: NumberRange; maxWorkers: NumberRange; workerConcurrency: NumberRange };
  resourceQuotas: {
    defaultPodSize: { cpu: StringRange; memory: StringRange };
    resourceQuota: { cpu: StringRange; memory: StringRange };
  };
}

export interface DeploymentRulesContext {
  options: DeploymentRulesOptions;
  /** Known clusters; when given, `clusterId` must name one of the right type. */
  clusters?: ReadonlyArray<{ id: string; type: string; nodePoolIds: ReadonlyArray<string> }>;
}

/** The context from the Deployment options and the Organization's clusters, as the API lists them. */
export function deploymentRulesContext(
  options: DeploymentRulesOptions,
  clusters: ReadonlyArray<{ id: string; type: string; nodePools?: ReadonlyArray<{ id: string }> }>,
): DeploymentRulesContext {
  return { options, clusters: clusters.map((c) => ({ id: c.id, type: c.type, nodePoolIds: (c.nodePools ?? []).map((p) => p.id) })) };
}

/** What an update is checked against: the Deployment as it stands. */
export interface CurrentDeployment {
  type?: string;
  airflowVersion: string;
  clusterId?: string;
  isDevelopmentMode?: boolean;
  workerQueues?: ReadonlyArray<{ id: string; name: string }>;
  /** `hasValue` is whether a secret has a stored value the request may keep by omitting `value`. */
  environmentVariables?: ReadonlyArray<{ key: string; isSecret: boolean; hasValue: boolean }>;
}

export function validateCreateDeployment(input: unknown, ctx: DeploymentRulesContext): RulesResult<CreateDeploymentInput> {
  const typeError = checkType(input, true);
  if (typeError) return { ok: false, errors: [typeError] };
  const body = { type: 'STANDARD', ...(input as object) } as { type: string };
  const parsed = body.type === 'HYBRID' ? runSchema(createHybridDeploymentSchema, body) : runSchema(createHostedDeploymentSchema, body);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  const errors: FieldError[] = [];
  const release = v.astroRuntimeVersion ? ctx.options.runtimeReleases.find((r) => r.version === v.astroRuntimeVersion) : undefined;
  if (v.astroRuntimeVersion && !release) {
    errors.push(fieldError('astroRuntimeVersion', 'oneof', `Astro Runtime ${v.astroRuntimeVersion} is not offered; pick one from the list.`));
  }
  const major = airflowMajor(release?.airflowVersion ?? ctx.options.runtimeReleases[0]?.airflowVersion ?? '2');
  checkInfrastructure(v, ctx, errors);
  checkShared(v, { ...ctx, clusterId: v.clusterId }, errors, {
    airflowMajor: major,
    isDevelopmentMode: v.type === 'HYBRID' ? false : v.isDevelopmentMode === true,
  });
  return errors.length ? { ok: false, errors } : parsed;
}

export function validateUpdateDeployment(input: unknown, ctx: DeploymentRulesContext, current: CurrentDeployment): RulesResult<UpdateDeploymentInput> {
  const typeError = checkType(input, false);
  if (typeError) return { ok: false, errors: [typeError] };
  const body = input as { type: string };
  const parsed = body.type === 'HYBRID' ? runSchema(updateHybridDeploymentSchema, body) : runSchema(updateHostedDeploymentSchema, body);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  const errors: FieldError[] = [];
  if (current.type && v.type !== current.type) {
    errors.push(fieldError('type', 'immutable', `A ${current.type} Deployment cannot become ${v.type}.`));
  }
  let isDevelopmentMode = current.isDevelopmentMode === true;
  if (v.type !== 'HYBRID' && v.isDevelopmentMode !== undefined) {
    if (v.isDevelopmentMode && !current.isDevelopmentMode) {
      errors.push(fieldError('isDevelopmentMode', 'immutable', 'Development mode can only be chosen when the Deployment is created.'));
    }
    isDevelopmentMode = v.isDevelopmentMode;
  }
  checkShared(v, { ...ctx, clusterId: current.clusterId }, errors, { airflowMajor: airflowMajor(current.airflowVersion), isDevelopmentMode, current });
  return errors.length ? { ok: false, errors } : parsed;
}

function checkType(input: unknown, isCreate: boolean): FieldError | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fieldError('(body)', 'type', 'The request body must be a JSON object.');
  }
  const type = (input as { type?: unknown }).type;
  if (type === undefined && isCreate) return null;
  if (type === undefined) return fieldError('type', 'required', 'type is required.');
  if (!(DEPLOYMENT_TYPES as readonly unknown[]).includes(type)) {
    return fieldError('type', 'oneof', `Must be one of: ${DEPLOYMENT_TYPES.join(', ')}.`);
  }
  return null;
}

function checkInfrastructure(v: CreateDeploymentInput, ctx: DeploymentRulesContext, errors: FieldError[]) {
  if (v.type === 'STANDARD') {
    const own = v.clusterId ? ctx.clusters?.find((c) => c.id === v.clusterId) : undefined;
    if (own) errors.push(fieldError('clusterId', 'invalid', `Cluster ${v.clusterId} is a ${own.type} cluster; Standard Deployments run on shared clusters.`));
    if (v.cloudProvider && !v.region && !v.clusterId) errors.push(fieldError('region', 'required', 'Choose a region for the cloud provider.'));
    if (v.region && !v.cloudProvider && !v.clusterId) errors.push(fieldError('cloudProvider', 'required', 'Choose the cloud provider of the region.'));
    return;
  }
  if (!v.clusterId) {
    errors.push(fieldError('clusterId', 'required', `A ${v.type === 'HYBRID' ? 'Hybrid' : 'Dedicated'} Deployment needs a cluster.`));
    return;
  }
  const cluster = ctx.clusters?.find((c) => c.id === v.clusterId);
  if (ctx.clusters && !cluster) errors.push(fieldError('clusterId', 'notfound', `Cluster ${v.clusterId} does not exist.`));
  else if (cluster && cluster.type !== v.type) {
    errors.push(fieldError('clusterId', 'invalid', `Cluster ${v.clusterId} is a ${cluster.type} cluster; choose a ${v.type} one.`));
  }
}

type AnyInput = CreateDeploymentInput | UpdateDeploymentInput;
interface SharedFacts {
  airflowMajor: number;
  isDevelopmentMode: boolean;
  current?: CurrentDeployment;
}

function checkShared(v: AnyInput, ctx: DeploymentRulesContext & { clusterId?: string }, errors: FieldError[], facts: SharedFacts) {
  const { options } = ctx;
  if (v.executor && !options.executors.includes(v.executor)) {
    errors.push(fieldError('executor', 'oneof', `The ${v.executor} executor is not offered here; choose one of ${options.executors.join(', ')}.`));
  }
  const remoteEnabled = v.type !== 'HYBRID' && v.remoteExecution?.enabled === true;
  if (v.type !== 'HYBRID') {
    if (v.schedulerSize && !options.schedulerMachines.some((m) => m.name === v.schedulerSize)) {
      errors.push(fieldError('schedulerSize', 'oneof', `Scheduler size ${v.schedulerSize} is not offered.`));
    }
    if (facts.isDevelopmentMode && v.isHighAvailability) {
      errors.push(fieldError('isHighAvailability', 'conflict', 'A development Deployment cannot be highly available.'));
    }
    checkRemoteExecution(v, facts.airflowMajor, errors);
    checkHibernation(v, facts.isDevelopmentMode, errors);
    checkPodResources(v, options, errors);
  }
  const executor = v.executor ?? (facts.airflowMajor >= 3 ? 'ASTRO' : 'CELERY');
  const queuesApply = executor === 'CELERY' || (executor === 'ASTRO' && !remoteEnabled);
  if (v.workerQueues) {
    if (!queuesApply) {
      errors.push(
        fieldError(
          'workerQueues',
          'invalid',
          remoteEnabled
            ? 'Remote Execution Deployments take their queues from remote agents; remove the worker queues.'
            : 'Worker queues apply only to the Celery and Astro executors; remove them for the Kubernetes executor.',
        ),
      );
    } else {
      checkQueues(v.workerQueues, v.type === 'HYBRID', ctx, errors, facts.current);
    }
  }
  checkEmails(v.contactEmails, errors);
  if (v.environmentVariables) checkEnvVars(v.environmentVariables, errors, facts.current);
}

function checkRemoteExecution(v: AnyInput & { type: 'STANDARD' | 'DEDICATED' }, airflowMajor: number, errors: FieldError[]) {
  const remote = v.remoteExecution;
  if (!remote) return;
  if (remote.enabled && airflowMajor < 3) {
    errors.push(fieldError('remoteExecution.enabled', 'invalid', 'Remote Execution needs Airflow 3 (Astro Runtime 3.x).'));
  }
  if (remote.enabled && v.executor && v.executor !== 'ASTRO') {
    errors.push(fieldError('executor', 'invalid', 'Remote Execution runs only with the Astro executor.'));
  }
  remote.allowedIpAddressRanges?.forEach((cidr, i) => {
    if (!isIpv4Cidr(cidr)) {
      errors.push(fieldError(`remoteExecution.allowedIpAddressRanges[${i}]`, 'format', `"${cidr}" is not a CIDR range such as 10.0.0.0/16.`));
    }
  });
}

function checkHibernation(v: AnyInput & { type: 'STANDARD' | 'DEDICATED' }, isDevelopmentMode: boolean, errors: FieldError[]) {
  const spec = v.scalingSpec?.hibernationSpec;
  if (!spec) return;
  const used = (spec.schedules?.length ?? 0) > 0 || spec.override !== undefined;
  if (used && !isDevelopmentMode) {
    errors.push(fieldError('scalingSpec.hibernationSpec', 'invalid', 'Hibernation is available only for development Deployments.'));
  }
  spec.schedules?.forEach((s, i) => {
    let valid = true;
    for (const key of ['hibernateAtCron', 'wakeAtCron'] as const) {
      const problem = cronProblem(s[key]);
      if (problem) errors.push(fieldError(`scalingSpec.hibernationSpec.schedules[${i}].${key}`, 'format', problem));
      valid &&= !problem;
    }
    if (valid && sameTimes(s.hibernateAtCron, s.wakeAtCron)) {
      errors.push(
        fieldError(
          `scalingSpec.hibernationSpec.schedules[${i}].wakeAtCron`,
          'invalid',
          'Wakes at the same time it hibernates, so it would never hibernate. Choose another wake-up time.',
        ),
      );
    }
  });
}

function checkPodResources(v: AnyInput & { type: 'STANDARD' | 'DEDICATED' }, options: DeploymentRulesOptions, errors: FieldError[]) {
  const pairs = [
    ['defaultTaskPodCpu', 'defaultTaskPodMemory', options.resourceQuotas.defaultPodSize],
    ['resourceQuotaCpu', 'resourceQuotaMemory', options.resourceQuotas.resourceQuota],
  ] as const;
  for (const [cpuField, memoryField, range] of pairs) {
    const cpuText = v[cpuField];
    const memoryText = v[memoryField];
    const cpu = cpuText === undefined ? undefined : checkQuantity(cpuField, cpuText, range.cpu, parseCpu, 'CPU', errors);
    const memory = memoryText === undefined ? undefined : checkQuantity(memoryField, memoryText, range.memory, parseMemoryGi, 'memory', errors);
    // Astro sizes pods and quotas with twice as many GiB of memory as CPUs.
    if (typeof cpu === 'number' && typeof memory === 'number' && Math.abs(memory - 2 * cpu) > 1e-9) {
      errors.push(fieldError(memoryField, 'invalid', `Memory must be twice the CPU: ${formatNumber(2 * cpu)}Gi for ${cpuText} CPU.`));
    }
  }
}

function checkQuantity(
  field: string,
  text: string,
  range: StringRange,
  parse: (s: string) => number | null,
  what: string,
  errors: FieldError[],
): number | null {
  const value = parse(text);
  if (value === null) {
    errors.push(
      fieldError(field, 'format', what === 'CPU' ? `"${text}" is not a CPU amount such as 0.5 or 2.` : `"${text}" is not a memory amount such as 1Gi.`),
    );
    return null;
  }
  const floor = parse(range.floor);
  const ceiling = parse(range.ceiling);
  if ((floor !== null && value < floor) || (ceiling !== null && value > ceiling)) {
    errors.push(fieldError(field, value < (floor ?? 0) ? 'min' : 'max', `Must be between ${range.floor} and ${range.ceiling}.`));
  }
  return value;
}

function formatNumber(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

function checkQueues(
  queues: ReadonlyArray<WorkerQueueInput>,
  isHybrid: boolean,
  ctx: DeploymentRulesContext & { clusterId?: string },
  errors: FieldError[],
  current: CurrentDeployment | undefined,
) {
  const ranges = ctx.options.workerQueues;
  const seen = new Map<string, number>();
  queues.forEach((q, i) => {
    const at = (field: string) => `workerQueues[${i}].${field}`;
    if (!QUEUE_NAME_PATTERN.test(q.name)) {
      errors.push(fieldError(at('name'), 'format', 'Use lowercase letters and hyphens only, starting and ending with a letter.'));
    } else if (seen.has(q.name)) {
      errors.push(fieldError(at('name'), 'unique', `Queue name "${q.name}" is already used by queue ${seen.get(q.name)! + 1}.`));
    }
    if (!seen.has(q.name)) seen.set(q.name, i);
    if (q.isDefault !== (q.name === DEFAULT_QUEUE_NAME)) {
      errors.push(
        fieldError(
          at('isDefault'),
          'invalid',
          q.isDefault ? `Only the "${DEFAULT_QUEUE_NAME}" queue can be the default.` : `The "${DEFAULT_QUEUE_NAME}" queue must be the default.`,
        ),
      );
    }
    if (current && q.id !== undefined) {
      const existing = current.workerQueues?.find((e) => e.id === q.id);
      if (!existing) errors.push(fieldError(at('id'), 'notfound', `This Deployment has no worker queue ${q.id}.`));
      else if (existing.name !== q.name) errors.push(fieldError(at('name'), 'immutable', `A queue's name is fixed after creation; it is "${existing.name}".`));
    }
    checkRange(at('minWorkerCount'), q.minWorkerCount, ranges.minWorkers, 'workers', errors);
    checkRange(at('maxWorkerCount'), q.maxWorkerCount, ranges.maxWorkers, 'workers', errors);
    if (q.minWorkerCount > q.maxWorkerCount) {
      errors.push(fieldError(at('maxWorkerCount'), 'min', `Max workers must be at least min workers (${q.minWorkerCount}).`));
    }
    if (isHybrid) {
      checkNodePool(at('nodePoolId'), q.nodePoolId, ctx, errors);
      checkRange(at('workerConcurrency'), q.workerConcurrency, ranges.workerConcurrency, 'tasks', errors);
      return;
    }
    if (!q.astroMachine) {
      errors.push(fieldError(at('astroMachine'), 'required', 'Choose a worker type.'));
      checkRange(at('workerConcurrency'), q.workerConcurrency, ranges.workerConcurrency, 'tasks', errors);
      return;
    }
    const machine = ctx.options.workerMachines.find((m) => m.name === q.astroMachine);
    if (!machine) errors.push(fieldError(at('astroMachine'), 'oneof', `Worker type ${q.astroMachine} is not offered.`));
    checkRange(at('workerConcurrency'), q.workerConcurrency, machine?.concurrency ?? ranges.workerConcurrency, 'tasks', errors);
  });
  if (!seen.has(DEFAULT_QUEUE_NAME)) {
    errors.push(fieldError('workerQueues', 'required', `Add a queue named "${DEFAULT_QUEUE_NAME}"; every Deployment with worker queues needs one.`));
  }
}

function checkNodePool(field: string, nodePoolId: string | undefined, ctx: DeploymentRulesContext & { clusterId?: string }, errors: FieldError[]) {
  if (!nodePoolId) {
    errors.push(fieldError(field, 'required', 'Choose a node pool.'));
    return;
  }
  const pools = ctx.clusters?.find((c) => c.id === ctx.clusterId)?.nodePoolIds;
  if (pools && !pools.includes(nodePoolId)) errors.push(fieldError(field, 'notfound', `Node pool ${nodePoolId} is not in this Deployment's cluster.`));
}

function checkRange(field: string, value: number, range: NumberRange, unit: string, errors: FieldError[]) {
  if (value < range.floor) errors.push(fieldError(field, 'min', `Must be at least ${range.floor} ${unit}.`));
  else if (value > range.ceiling) errors.push(fieldError(field, 'max', `Must be at most ${range.ceiling} ${unit}.`));
}

function checkEmails(emails: ReadonlyArray<string> | undefined, errors: FieldError[]) {
  const seen = new Set<string>();
  emails?.forEach((email, i) => {
    const key = email.toLowerCase();
    if (seen.has(key)) errors.push(fieldError(`contactEmails[${i}]`, 'unique', `${email} is listed twice.`));
    seen.add(key);
  });
}

function checkEnvVars(vars: ReadonlyArray<EnvVarInput>, errors: FieldError[], current: CurrentDeployment | undefined) {
  const seen = new Set<string>();
  vars.forEach((ev, i) => {
    const at = (field: string) => `environmentVariables[${i}].${field}`;
    if (ev.key === '') errors.push(fieldError(at('key'), 'required', 'Key is required.'));
    else if (!ENV_KEY_PATTERN.test(ev.key)) {
      errors.push(fieldError(at('key'), 'format', 'Use letters, digits and underscores, not starting with a digit.'));
    } else if (seen.has(ev.key)) errors.push(fieldError(at('key'), 'unique', `${ev.key} is set twice.`));
    seen.add(ev.key);
    const existing = current?.environmentVariables?.find((e) => e.key === ev.key);
    if (existing?.isSecret && !ev.isSecret) {
      errors.push(fieldError(at('isSecret'), 'immutable', 'A secret cannot be turned back into a plain value; delete it and add it again.'));
    }
    if (ev.value !== undefined) return;
    if (!ev.isSecret) errors.push(fieldError(at('value'), 'required', 'Value is required.'));
    else if (!(existing?.isSecret && existing.hasValue)) {
      errors.push(fieldError(at('value'), 'required', 'A new secret needs a value.'));
    }
  });
}
