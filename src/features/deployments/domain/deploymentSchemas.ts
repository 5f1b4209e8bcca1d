import { z } from 'zod';
import { REQUEST_LIMITS as L } from './requestLimits.gen';

/**
 * Structural shape of Deployment create/update bodies, per `type`. Every enum, length, range and item
 * count comes from the contract (requestLimits.gen.ts, generated from api/openapi.yaml), and
 * deploymentSchemas.test.ts proves each one, and each required field, is enforced here. What the contract
 * does not say (a name that is not blank, email addresses, an ISO date) is added below; checks that need
 * deployment-options, the current Deployment or another field are in deploymentRules.ts.
 */

const createHosted = L.CreateStandardDeploymentRequest.properties;
const createHybrid = L.CreateHybridDeploymentRequest.properties;
const updateHybrid = L.UpdateHybridDeploymentRequest.properties;
const hostedQueueLimits = L.WorkerQueueRequest.properties;
const updateQueueLimits = L.UpdateWorkerQueueRequest.properties;

export const DEPLOYMENT_TYPES = createHosted.type.enum;
export const EXECUTORS = createHosted.executor.enum;
export const HYBRID_EXECUTORS = createHybrid.executor.enum;
export const SCHEDULER_SIZES = createHosted.schedulerSize.enum;
export const ASTRO_MACHINES = hostedQueueLimits.astroMachine.enum;
export const CLOUD_PROVIDERS = createHosted.cloudProvider.enum;

export const DEPLOYMENT_NAME_MAX = createHosted.name.maxLength;
export const DEPLOYMENT_DESCRIPTION_MAX = createHosted.description.maxLength;
export const QUEUE_NAME_MAX = hostedQueueLimits.name.maxLength;
export const HIBERNATION_SCHEDULES_MAX = L.DeploymentHibernationSpecRequest.properties.schedules.maxItems;

const range = (limits: { minimum: number; maximum: number }) => z.number().int().min(limits.minimum).max(limits.maximum);

const name = z.string().trim().min(1, 'Name is required.').max(DEPLOYMENT_NAME_MAX);
const description = z.string().max(DEPLOYMENT_DESCRIPTION_MAX).optional();
const contactEmails = z.array(z.email()).optional();

const envVar = z.object({ key: z.string(), isSecret: z.boolean(), value: z.string().optional() });

const queueBase = {
  id: z.string().optional(),
  name: z.string().max(QUEUE_NAME_MAX),
  isDefault: z.boolean(),
  minWorkerCount: z.number().int().min(hostedQueueLimits.minWorkerCount.minimum),
  maxWorkerCount: z.number().int().min(hostedQueueLimits.maxWorkerCount.minimum),
  workerConcurrency: z.number().int().min(hostedQueueLimits.workerConcurrency.minimum),
};
const hostedQueue = z.object({
  ...queueBase,
  astroMachine: z.enum(ASTRO_MACHINES),
  podEphemeralStorage: z.string().optional(),
});
const hybridQueue = z.object({ ...queueBase, nodePoolId: z.string().min(1) });
// On update the API makes the machine / node pool optional in the schema; the rules require the right one.
const updateQueue = z.object({
  ...queueBase,
  astroMachine: z.enum(updateQueueLimits.astroMachine.enum).optional(),
  nodePoolId: z.string().optional(),
  podEphemeralStorage: z.string().optional(),
});

const schedule = z.object({
  hibernateAtCron: z.string(),
  wakeAtCron: z.string(),
  isEnabled: z.boolean(),
  description: z.string().max(L.DeploymentHibernationSchedule.properties.description.maxLength).optional(),
});
const scalingSpec = z
  .object({
    hibernationSpec: z
      .object({
        schedules: z.array(schedule).max(HIBERNATION_SCHEDULES_MAX).optional(),
        override: z.object({ isHibernating: z.boolean().optional(), overrideUntil: z.iso.datetime({ offset: true }).optional() }).optional(),
      })
      .optional(),
  })
  .optional();

const remoteExecution = z
  .object({
    enabled: z.boolean(),
    allowedIpAddressRanges: z.array(z.string()).optional(),
    taskLogBucket: z.string().optional(),
    taskLogUrlPattern: z.string().optional(),
  })
  .optional();

const hostedExtras = {
  defaultTaskPodCpu: z.string().optional(),
  defaultTaskPodMemory: z.string().optional(),
  resourceQuotaCpu: z.string().optional(),
  resourceQuotaMemory: z.string().optional(),
  remoteExecution,
  scalingSpec,
};

const common = {
  name,
  description,
  workspaceId: z.string().min(1, 'Workspace is required.'),
  contactEmails,
  workloadIdentity: z.string().optional(),
  drWorkloadIdentity: z.string().optional(),
};

export const createHostedDeploymentSchema = z.object({
  ...common,
  ...hostedExtras,
  type: z.enum(['STANDARD', 'DEDICATED']),
  astroRuntimeVersion: z.string().optional(),
  clusterId: z.string().optional(),
  cloudProvider: z.enum(CLOUD_PROVIDERS).optional(),
  region: z.string().optional(),
  executor: z.enum(EXECUTORS).optional(),
  isCicdEnforced: z.boolean().optional(),
  isDagDeployEnabled: z.boolean().optional(),
  isHighAvailability: z.boolean().optional(),
  isDevelopmentMode: z.boolean().optional(),
  schedulerSize: z.enum(SCHEDULER_SIZES).optional(),
  workerQueues: z.array(hostedQueue).min(createHosted.workerQueues.minItems).optional(),
  environmentVariables: z.array(envVar).optional(),
});

export const createHybridDeploymentSchema = z.object({
  ...common,
  type: z.literal('HYBRID'),
  astroRuntimeVersion: z.string().optional(),
  clusterId: z.string().optional(),
  executor: z.enum(HYBRID_EXECUTORS).optional(),
  isCicdEnforced: z.boolean().optional(),
  isDagDeployEnabled: z.boolean().optional(),
  scheduler: z.object({ au: range(L.CreateDeploymentInstanceSpecRequest.properties.au).optional(), replicas: range(L.CreateDeploymentInstanceSpecRequest.properties.replicas).optional() }).optional(),
  taskPodNodePoolId: z.string().optional(),
  workerQueues: z.array(hybridQueue).min(createHybrid.workerQueues.minItems).optional(),
  environmentVariables: z.array(envVar).optional(),
});

export const updateHostedDeploymentSchema = z.object({
  ...common,
  ...hostedExtras,
  type: z.enum(['STANDARD', 'DEDICATED']),
  executor: z.enum(EXECUTORS),
  isCicdEnforced: z.boolean(),
  isDagDeployEnabled: z.boolean(),
  isHighAvailability: z.boolean(),
  isDevelopmentMode: z.boolean().optional(),
  schedulerSize: z.enum(SCHEDULER_SIZES),
  workerQueues: z.array(updateQueue).min(updateHybrid.workerQueues.minItems).optional(),
  environmentVariables: z.array(envVar),
});

export const updateHybridDeploymentSchema = z.object({
  ...common,
  type: z.literal('HYBRID'),
  executor: z.enum(HYBRID_EXECUTORS),
  isCicdEnforced: z.boolean(),
  isDagDeployEnabled: z.boolean(),
  scheduler: z.object({ au: range(L.UpdateDeploymentInstanceSpecRequest.properties.au), replicas: range(L.UpdateDeploymentInstanceSpecRequest.properties.replicas) }),
  taskPodNodePoolId: z.string().optional(),
  workerQueues: z.array(updateQueue).min(updateHybrid.workerQueues.minItems).optional(),
  environmentVariables: z.array(envVar),
});

export type CreateHostedDeploymentInput = z.output<typeof createHostedDeploymentSchema>;
export type CreateHybridDeploymentInput = z.output<typeof createHybridDeploymentSchema>;
export type UpdateHostedDeploymentInput = z.output<typeof updateHostedDeploymentSchema>;
export type UpdateHybridDeploymentInput = z.output<typeof updateHybridDeploymentSchema>;
export type CreateDeploymentInput = CreateHostedDeploymentInput | CreateHybridDeploymentInput;
export type UpdateDeploymentInput = UpdateHostedDeploymentInput | UpdateHybridDeploymentInput;
export type EnvVarInput = z.output<typeof envVar>;
export type WorkerQueueInput = z.output<typeof updateQueue>;
