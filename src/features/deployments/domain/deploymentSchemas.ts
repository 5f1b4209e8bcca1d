import { z } from 'zod/mini';
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
const EXECUTORS = createHosted.executor.enum;
const HYBRID_EXECUTORS = createHybrid.executor.enum;
const SCHEDULER_SIZES = createHosted.schedulerSize.enum;
const ASTRO_MACHINES = hostedQueueLimits.astroMachine.enum;
export const CLOUD_PROVIDERS = createHosted.cloudProvider.enum;

const DEPLOYMENT_NAME_MAX = createHosted.name.maxLength;
const DEPLOYMENT_DESCRIPTION_MAX = createHosted.description.maxLength;
const QUEUE_NAME_MAX = hostedQueueLimits.name.maxLength;
export const HIBERNATION_SCHEDULES_MAX = L.DeploymentHibernationSpecRequest.properties.schedules.maxItems;

const range = (limits: { minimum: number; maximum: number }) => z.int().check(z.minimum(limits.minimum), z.maximum(limits.maximum));
const opt = z.optional;

const name = z.string().check(z.trim(), z.minLength(1, 'Name is required.'), z.maxLength(DEPLOYMENT_NAME_MAX));
const description = opt(z.string().check(z.maxLength(DEPLOYMENT_DESCRIPTION_MAX)));
const contactEmails = opt(z.array(z.email()));

const envVar = z.object({ key: z.string(), isSecret: z.boolean(), value: opt(z.string()) });

const queueBase = {
  id: opt(z.string()),
  name: z.string().check(z.maxLength(QUEUE_NAME_MAX)),
  isDefault: z.boolean(),
  minWorkerCount: z.int().check(z.minimum(hostedQueueLimits.minWorkerCount.minimum)),
  maxWorkerCount: z.int().check(z.minimum(hostedQueueLimits.maxWorkerCount.minimum)),
  workerConcurrency: z.int().check(z.minimum(hostedQueueLimits.workerConcurrency.minimum)),
};
const hostedQueue = z.object({
  ...queueBase,
  astroMachine: z.enum(ASTRO_MACHINES),
  podEphemeralStorage: opt(z.string()),
});
const hybridQueue = z.object({ ...queueBase, nodePoolId: z.string().check(z.minLength(1)) });
// On update the API makes the machine / node pool optional in the schema; the rules require the right one.
const updateQueue = z.object({
  ...queueBase,
  astroMachine: opt(z.enum(updateQueueLimits.astroMachine.enum)),
  nodePoolId: opt(z.string()),
  podEphemeralStorage: opt(z.string()),
});

const schedule = z.object({
  hibernateAtCron: z.string(),
  wakeAtCron: z.string(),
  isEnabled: z.boolean(),
  description: opt(z.string().check(z.maxLength(L.DeploymentHibernationSchedule.properties.description.maxLength))),
});
const scalingSpec = opt(
  z.object({
    hibernationSpec: opt(
      z.object({
        schedules: opt(z.array(schedule).check(z.maxLength(HIBERNATION_SCHEDULES_MAX))),
        override: opt(z.object({ isHibernating: opt(z.boolean()), overrideUntil: opt(z.iso.datetime({ offset: true })) })),
      }),
    ),
  }),
);

const remoteExecution = opt(
  z.object({
    enabled: z.boolean(),
    allowedIpAddressRanges: opt(z.array(z.string())),
    taskLogBucket: opt(z.string()),
    taskLogUrlPattern: opt(z.string()),
  }),
);

const hostedExtras = {
  defaultTaskPodCpu: opt(z.string()),
  defaultTaskPodMemory: opt(z.string()),
  resourceQuotaCpu: opt(z.string()),
  resourceQuotaMemory: opt(z.string()),
  remoteExecution,
  scalingSpec,
};

const common = {
  name,
  description,
  workspaceId: z.string().check(z.minLength(1, 'Workspace is required.')),
  contactEmails,
  workloadIdentity: opt(z.string()),
  drWorkloadIdentity: opt(z.string()),
};

export const createHostedDeploymentSchema = z.object({
  ...common,
  ...hostedExtras,
  type: z.enum(['STANDARD', 'DEDICATED']),
  astroRuntimeVersion: opt(z.string()),
  clusterId: opt(z.string()),
  cloudProvider: opt(z.enum(CLOUD_PROVIDERS)),
  region: opt(z.string()),
  executor: opt(z.enum(EXECUTORS)),
  isCicdEnforced: opt(z.boolean()),
  isDagDeployEnabled: opt(z.boolean()),
  isHighAvailability: opt(z.boolean()),
  isDevelopmentMode: opt(z.boolean()),
  schedulerSize: opt(z.enum(SCHEDULER_SIZES)),
  workerQueues: opt(z.array(hostedQueue).check(z.minLength(createHosted.workerQueues.minItems))),
  environmentVariables: opt(z.array(envVar)),
});

export const createHybridDeploymentSchema = z.object({
  ...common,
  type: z.literal('HYBRID'),
  astroRuntimeVersion: opt(z.string()),
  clusterId: opt(z.string()),
  executor: opt(z.enum(HYBRID_EXECUTORS)),
  isCicdEnforced: opt(z.boolean()),
  isDagDeployEnabled: opt(z.boolean()),
  scheduler: opt(
    z.object({
      au: opt(range(L.CreateDeploymentInstanceSpecRequest.properties.au)),
      replicas: opt(range(L.CreateDeploymentInstanceSpecRequest.properties.replicas)),
    }),
  ),
  taskPodNodePoolId: opt(z.string()),
  workerQueues: opt(z.array(hybridQueue).check(z.minLength(createHybrid.workerQueues.minItems))),
  environmentVariables: opt(z.array(envVar)),
});

export const updateHostedDeploymentSchema = z.object({
  ...common,
  ...hostedExtras,
  type: z.enum(['STANDARD', 'DEDICATED']),
  executor: z.enum(EXECUTORS),
  isCicdEnforced: z.boolean(),
  isDagDeployEnabled: z.boolean(),
  isHighAvailability: z.boolean(),
  isDevelopmentMode: opt(z.boolean()),
  schedulerSize: z.enum(SCHEDULER_SIZES),
  workerQueues: opt(z.array(updateQueue).check(z.minLength(updateHybrid.workerQueues.minItems))),
  environmentVariables: z.array(envVar),
});

export const updateHybridDeploymentSchema = z.object({
  ...common,
  type: z.literal('HYBRID'),
  executor: z.enum(HYBRID_EXECUTORS),
  isCicdEnforced: z.boolean(),
  isDagDeployEnabled: z.boolean(),
  scheduler: z.object({
    au: range(L.UpdateDeploymentInstanceSpecRequest.properties.au),
    replicas: range(L.UpdateDeploymentInstanceSpecRequest.properties.replicas),
  }),
  taskPodNodePoolId: opt(z.string()),
  workerQueues: opt(z.array(updateQueue).check(z.minLength(updateHybrid.workerQueues.minItems))),
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
