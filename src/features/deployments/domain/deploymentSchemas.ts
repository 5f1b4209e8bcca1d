import { z } from 'zod';

/**
 * Structural shape of Deployment create/update bodies, per `type`. Only context-free limits live here
 * (types, enums, lengths, the spec's min/max); the checks that need deployment-options or the current
 * Deployment are in deploymentRules.ts.
 */

export const DEPLOYMENT_TYPES = ['STANDARD', 'DEDICATED', 'HYBRID'] as const;
export const EXECUTORS = ['CELERY', 'KUBERNETES', 'ASTRO'] as const;
export const HYBRID_EXECUTORS = ['CELERY', 'KUBERNETES'] as const;
export const SCHEDULER_SIZES = ['SMALL', 'MEDIUM', 'LARGE', 'EXTRA_LARGE'] as const;
export const ASTRO_MACHINES = ['A5', 'A10', 'A20', 'A40', 'A60', 'A120', 'A160'] as const;
export const CLOUD_PROVIDERS = ['AWS', 'AZURE', 'GCP'] as const;

export const DEPLOYMENT_NAME_MAX = 500;
export const DEPLOYMENT_DESCRIPTION_MAX = 1000;
export const QUEUE_NAME_MAX = 63;
export const HIBERNATION_SCHEDULES_MAX = 10;

const name = z.string().trim().min(1, 'Name is required.').max(DEPLOYMENT_NAME_MAX);
const description = z.string().max(DEPLOYMENT_DESCRIPTION_MAX).optional();
const contactEmails = z.array(z.email()).optional();

const envVar = z.object({ key: z.string(), isSecret: z.boolean(), value: z.string().optional() });

const queueBase = {
  id: z.string().optional(),
  name: z.string().max(QUEUE_NAME_MAX),
  isDefault: z.boolean(),
  minWorkerCount: z.number().int().min(0),
  maxWorkerCount: z.number().int().min(1),
  workerConcurrency: z.number().int().min(1),
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
  astroMachine: z.enum(ASTRO_MACHINES).optional(),
  nodePoolId: z.string().optional(),
  podEphemeralStorage: z.string().optional(),
});

const schedule = z.object({
  hibernateAtCron: z.string(),
  wakeAtCron: z.string(),
  isEnabled: z.boolean(),
  description: z.string().max(200).optional(),
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
  workerQueues: z.array(hostedQueue).min(1).optional(),
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
  scheduler: z.object({ au: z.number().int().min(5).max(24).optional(), replicas: z.number().int().min(1).max(4).optional() }).optional(),
  taskPodNodePoolId: z.string().optional(),
  workerQueues: z.array(hybridQueue).min(1).optional(),
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
  workerQueues: z.array(updateQueue).min(1).optional(),
  environmentVariables: z.array(envVar),
});

export const updateHybridDeploymentSchema = z.object({
  ...common,
  type: z.literal('HYBRID'),
  executor: z.enum(HYBRID_EXECUTORS),
  isCicdEnforced: z.boolean(),
  isDagDeployEnabled: z.boolean(),
  scheduler: z.object({ au: z.number().int().min(5).max(24), replicas: z.number().int().min(1).max(4) }),
  taskPodNodePoolId: z.string().optional(),
  workerQueues: z.array(updateQueue).min(1).optional(),
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
