// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  deploymentRulesContext,
  validateCreateDeployment,
  validateUpdateDeployment,
  type CurrentDeployment,
  type DeploymentRulesContext,
} from './deploymentRules';

const range = (floor: number, ceiling: number, dflt: number) => ({ floor, ceiling, default: dflt });
const ctx: DeploymentRulesContext = {
  options: {
    runtimeReleases: [
      { version: '12.4.0', airflowVersion: '2.10.5' },
      { version: '3.1-2', airflowVersion: '3.1.0' },
    ],
    executors: ['CELERY', 'KUBERNETES', 'ASTRO'],
    schedulerMachines: [{ name: 'SMALL' }, { name: 'MEDIUM' }],
    workerMachines: [
      { name: 'A5', concurrency: range(1, 15, 5) },
      { name: 'A10', concurrency: range(1, 30, 10) },
    ],
    workerQueues: { minWorkers: range(0, 30, 1), maxWorkers: range(1, 30, 10), workerConcurrency: range(1, 480, 5) },
    resourceQuotas: {
      defaultPodSize: { cpu: { floor: '0.25', ceiling: '8', default: '1' }, memory: { floor: '0.5Gi', ceiling: '16Gi', default: '2Gi' } },
      resourceQuota: { cpu: { floor: '2', ceiling: '6400', default: '10' }, memory: { floor: '4Gi', ceiling: '12800Gi', default: '20Gi' } },
    },
  },
  clusters: [
    { id: 'ded-1', type: 'DEDICATED', nodePoolIds: ['np-d'] },
    { id: 'hyb-1', type: 'HYBRID', nodePoolIds: ['np-h1', 'np-h2'] },
  ],
};

const queue = (overrides: Record<string, unknown> = {}) => ({
  name: 'default',
  isDefault: true,
  minWorkerCount: 1,
  maxWorkerCount: 5,
  workerConcurrency: 5,
  astroMachine: 'A5',
  ...overrides,
});
const base = { name: 'orders', workspaceId: 'ws-1', type: 'STANDARD', astroRuntimeVersion: '12.4.0', executor: 'CELERY' };

function codes(result: ReturnType<typeof validateCreateDeployment> | ReturnType<typeof validateUpdateDeployment>): string[] {
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
}

describe('deploymentRulesContext', () => {
  it('keeps the options and reduces each cluster to its id, type and node pool ids', () => {
    const clusters = [
      { id: 'ded-1', type: 'DEDICATED', name: 'prod', nodePools: [{ id: 'np-d', name: 'default' }] },
      { id: 'ded-2', type: 'DEDICATED', name: 'new' },
    ];
    expect(deploymentRulesContext(ctx.options, clusters)).toEqual({
      options: ctx.options,
      clusters: [
        { id: 'ded-1', type: 'DEDICATED', nodePoolIds: ['np-d'] },
        { id: 'ded-2', type: 'DEDICATED', nodePoolIds: [] },
      ],
    });
  });
});

describe('create deployment rules', () => {
  it('accepts the minimal body the API allows, defaulting the type to STANDARD', () => {
    const result = validateCreateDeployment({ name: 'x', workspaceId: 'ws-1' }, ctx);
    expect(result).toMatchObject({ ok: true, value: { type: 'STANDARD', name: 'x' } });
  });

  it('checks runtime, executor and scheduler against the options', () => {
    const limited = { ...ctx, options: { ...ctx.options, executors: ['CELERY'] } };
    expect(codes(validateCreateDeployment({ ...base, astroRuntimeVersion: '8.0.0', executor: 'ASTRO', schedulerSize: 'LARGE' }, limited))).toEqual([
      'astroRuntimeVersion:oneof',
      'executor:oneof',
      'schedulerSize:oneof',
    ]);
    expect(codes(validateCreateDeployment({ ...base, type: 'MOON' }, ctx))).toEqual(['type:oneof']);
  });

  it('checks worker queues: name format, uniqueness, default queue, ranges and machine concurrency', () => {
    const result = validateCreateDeployment(
      {
        ...base,
        workerQueues: [
          queue({ name: 'default', isDefault: false }),
          queue({ name: 'Bad_Name', isDefault: false }),
          queue({ name: 'etl', isDefault: false, minWorkerCount: 31, maxWorkerCount: 4 }),
          queue({ name: 'etl', isDefault: true, workerConcurrency: 16 }),
        ],
      },
      ctx,
    );
    expect(codes(result)).toEqual([
      'workerQueues[0].isDefault:invalid',
      'workerQueues[1].name:format',
      'workerQueues[2].minWorkerCount:max',
      'workerQueues[2].maxWorkerCount:min',
      'workerQueues[3].name:unique',
      'workerQueues[3].isDefault:invalid',
      'workerQueues[3].workerConcurrency:max',
    ]);
  });

  it('needs a default queue for Celery and Astro, and no queues for Kubernetes', () => {
    expect(codes(validateCreateDeployment({ ...base, workerQueues: [queue({ name: 'etl', isDefault: false })] }, ctx))).toEqual(['workerQueues:required']);
    expect(codes(validateCreateDeployment({ ...base, executor: 'KUBERNETES', workerQueues: [queue()] }, ctx))).toEqual(['workerQueues:invalid']);
    expect(
      validateCreateDeployment(
        { ...base, workerQueues: [queue(), queue({ name: 'high-mem', isDefault: false, astroMachine: 'A10', workerConcurrency: 30 })] },
        ctx,
      ).ok,
    ).toBe(true);
  });

  it('reports structural errors with dotted paths', () => {
    expect(codes(validateCreateDeployment({ ...base, workerQueues: [queue({ minWorkerCount: -1, astroMachine: 'Z9' })] }, ctx))).toEqual([
      'workerQueues[0].minWorkerCount:min',
      'workerQueues[0].astroMachine:oneof',
    ]);
    expect(codes(validateCreateDeployment({ ...base, contactEmails: ['a@b.example', 'nope'] }, ctx))).toEqual(['contactEmails[1]:email']);
    expect(codes(validateCreateDeployment({ ...base, contactEmails: ['a@b.example', 'A@b.example'] }, ctx))).toEqual(['contactEmails[1]:unique']);
  });

  it('limits hibernation to development mode and checks each cron', () => {
    const spec = { hibernationSpec: { schedules: [{ hibernateAtCron: '0 19 * * *', wakeAtCron: '0 7 * * * *', isEnabled: true }] } };
    expect(codes(validateCreateDeployment({ ...base, scalingSpec: spec }, ctx))).toEqual([
      'scalingSpec.hibernationSpec:invalid',
      'scalingSpec.hibernationSpec.schedules[0].wakeAtCron:format',
    ]);
    expect(codes(validateCreateDeployment({ ...base, isDevelopmentMode: true, isHighAvailability: true, scalingSpec: spec }, ctx))).toEqual([
      'isHighAvailability:conflict',
      'scalingSpec.hibernationSpec.schedules[0].wakeAtCron:format',
    ]);
  });

  it('refuses a hibernation schedule that wakes when it hibernates, however the times are written', () => {
    const spec = (wakeAtCron: string) => ({ hibernationSpec: { schedules: [{ hibernateAtCron: '0 9 * * *', wakeAtCron, isEnabled: true }] } });
    for (const same of ['0 9 * * *', '00 09 * * *', '0 9 * * 0-6']) {
      expect(codes(validateCreateDeployment({ ...base, isDevelopmentMode: true, scalingSpec: spec(same) }, ctx))).toEqual([
        'scalingSpec.hibernationSpec.schedules[0].wakeAtCron:invalid',
      ]);
    }
    expect(codes(validateCreateDeployment({ ...base, isDevelopmentMode: true, scalingSpec: spec('0 17 * * *') }, ctx))).toEqual([]);
  });

  it('allows Remote Execution only on Airflow 3 with the Astro executor', () => {
    const remote = { enabled: true, allowedIpAddressRanges: ['10.0.0.0/16', '10.0.0.300/8'] };
    expect(codes(validateCreateDeployment({ ...base, remoteExecution: remote }, ctx))).toEqual([
      'remoteExecution.enabled:invalid',
      'executor:invalid',
      'remoteExecution.allowedIpAddressRanges[1]:format',
    ]);
    const af3 = { ...base, astroRuntimeVersion: '3.1-2', executor: 'ASTRO', remoteExecution: { enabled: true } };
    expect(validateCreateDeployment(af3, ctx).ok).toBe(true);
    expect(codes(validateCreateDeployment({ ...af3, workerQueues: [queue()] }, ctx))).toEqual(['workerQueues:invalid']);
  });

  it('keeps pod sizes within the options and memory at twice the CPU', () => {
    expect(
      validateCreateDeployment({ ...base, defaultTaskPodCpu: '1', defaultTaskPodMemory: '2Gi', resourceQuotaCpu: '10', resourceQuotaMemory: '20Gi' }, ctx).ok,
    ).toBe(true);
    expect(codes(validateCreateDeployment({ ...base, defaultTaskPodCpu: '16', defaultTaskPodMemory: '3Gi', resourceQuotaCpu: 'lots' }, ctx))).toEqual([
      'defaultTaskPodCpu:max',
      'defaultTaskPodMemory:invalid',
      'resourceQuotaCpu:format',
    ]);
  });

  it('needs a cluster of the right type for dedicated and hybrid, and node pools from it', () => {
    expect(codes(validateCreateDeployment({ ...base, type: 'DEDICATED' }, ctx))).toEqual(['clusterId:required']);
    expect(codes(validateCreateDeployment({ ...base, clusterId: 'ded-1' }, ctx))).toEqual(['clusterId:invalid']);
    expect(codes(validateCreateDeployment({ ...base, type: 'DEDICATED', clusterId: 'hyb-1' }, ctx))).toEqual(['clusterId:invalid']);
    expect(codes(validateCreateDeployment({ ...base, type: 'DEDICATED', clusterId: 'gone' }, ctx))).toEqual(['clusterId:notfound']);
    const hybrid = { name: 'h', workspaceId: 'ws-1', type: 'HYBRID', clusterId: 'hyb-1', executor: 'CELERY', scheduler: { au: 5, replicas: 1 } };
    const hq = { name: 'default', isDefault: true, minWorkerCount: 0, maxWorkerCount: 2, workerConcurrency: 5 };
    expect(validateCreateDeployment({ ...hybrid, workerQueues: [{ ...hq, nodePoolId: 'np-h2' }] }, ctx).ok).toBe(true);
    expect(codes(validateCreateDeployment({ ...hybrid, workerQueues: [{ ...hq, nodePoolId: 'np-d' }] }, ctx))).toEqual(['workerQueues[0].nodePoolId:notfound']);
    expect(codes(validateCreateDeployment({ ...hybrid, executor: 'ASTRO' }, ctx))).toEqual(['executor:oneof']);
    expect(codes(validateCreateDeployment({ ...hybrid, scheduler: { au: 30 } }, ctx))).toEqual(['scheduler.au:max']);
  });

  it('checks environment variable keys and values', () => {
    const result = validateCreateDeployment(
      {
        ...base,
        environmentVariables: [
          { key: 'GOOD_KEY', isSecret: false, value: 'v' },
          { key: '1BAD', isSecret: false, value: 'v' },
          { key: 'GOOD_KEY', isSecret: false, value: 'w' },
          { key: 'NO_VALUE', isSecret: false },
          { key: 'NEW_SECRET', isSecret: true },
          { key: '', isSecret: false, value: 'v' },
        ],
      },
      ctx,
    );
    expect(codes(result)).toEqual([
      'environmentVariables[1].key:format',
      'environmentVariables[2].key:unique',
      'environmentVariables[3].value:required',
      'environmentVariables[4].value:required',
      'environmentVariables[5].key:required',
    ]);
  });
});

describe('update deployment rules', () => {
  const current: CurrentDeployment = {
    type: 'STANDARD',
    airflowVersion: '2.10.5',
    isDevelopmentMode: false,
    workerQueues: [{ id: 'q1', name: 'default' }],
    environmentVariables: [
      { key: 'PASSWORD', isSecret: true, hasValue: true },
      { key: 'PLAIN', isSecret: false, hasValue: true },
    ],
  };
  const full = {
    type: 'STANDARD',
    name: 'orders',
    workspaceId: 'ws-1',
    executor: 'CELERY',
    isCicdEnforced: false,
    isDagDeployEnabled: true,
    isHighAvailability: false,
    schedulerSize: 'SMALL',
    environmentVariables: [{ key: 'PASSWORD', isSecret: true }],
  };

  it('requires the full replacement body', () => {
    expect(codes(validateUpdateDeployment({ type: 'STANDARD', name: 'x', workspaceId: 'w' }, ctx, current))).toEqual([
      'executor:required',
      'isCicdEnforced:required',
      'isDagDeployEnabled:required',
      'isHighAvailability:required',
      'schedulerSize:required',
      'environmentVariables:required',
    ]);
    expect(codes(validateUpdateDeployment({ ...full, type: undefined }, ctx, current))).toEqual(['type:required']);
  });

  it('keeps a stored secret when its value is omitted, but not a secret turned plain', () => {
    expect(validateUpdateDeployment(full, ctx, current).ok).toBe(true);
    expect(codes(validateUpdateDeployment({ ...full, environmentVariables: [{ key: 'PASSWORD', isSecret: false, value: 'x' }] }, ctx, current))).toEqual([
      'environmentVariables[0].isSecret:immutable',
    ]);
    expect(validateUpdateDeployment({ ...full, environmentVariables: [{ key: 'PLAIN', isSecret: true, value: 'now secret' }] }, ctx, current).ok).toBe(true);
  });

  it('refuses switching on development mode, changing type and renaming queues', () => {
    const result = validateUpdateDeployment(
      { ...full, type: 'DEDICATED', isDevelopmentMode: true, workerQueues: [queue({ id: 'q1', name: 'primary', isDefault: false }), queue({ id: 'q9' })] },
      ctx,
      current,
    );
    expect(codes(result)).toEqual(['type:immutable', 'isDevelopmentMode:immutable', 'workerQueues[0].name:immutable', 'workerQueues[1].id:notfound']);
  });

  it('requires a worker type on hosted queues during update', () => {
    const { astroMachine: _m, ...noMachine } = queue({ id: 'q1' });
    expect(codes(validateUpdateDeployment({ ...full, workerQueues: [noMachine] }, ctx, current))).toEqual(['workerQueues[0].astroMachine:required']);
  });
});
