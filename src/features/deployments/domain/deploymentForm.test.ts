// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeChanges } from './deploymentChanges';
import { restartingChanges } from './restartRule';
import { checkDeploymentForm, defaultFormValues, formFieldOf, formFromDeployment, newQueue, toCreateBody } from './deploymentForm';
import { toUpdateRequest } from './updateRequest';
import { buildDeployment, buildWorkerQueue } from '../../../mocks/factories';
import type { Deployment } from '../../../shared/api/types';
import { validateCreateDeployment, validateUpdateDeployment, type DeploymentRulesContext } from './deploymentRules';
import { hibernationState } from './hibernationRules';

const range = (floor: number, ceiling: number, dflt: number) => ({ floor, ceiling, default: dflt });
const options = {
  runtimeReleases: [
    { version: '3.1-2', airflowVersion: '3.1.0', channel: 'stable' },
    { version: '12.4.0', airflowVersion: '2.10.5', channel: 'stable' },
  ],
  executors: ['CELERY', 'KUBERNETES', 'ASTRO'],
  schedulerMachines: [
    { name: 'SMALL', spec: { cpu: '1', memory: '2Gi' } },
    { name: 'MEDIUM', spec: { cpu: '2', memory: '4Gi' } },
  ],
  workerMachines: [{ name: 'A5', spec: { cpu: '1', memory: '2Gi' }, concurrency: range(1, 15, 5) }],
  workerQueues: { minWorkers: range(0, 30, 1), maxWorkers: range(1, 30, 10), workerConcurrency: range(1, 480, 5) },
  resourceQuotas: {
    defaultPodSize: { cpu: { floor: '0.25', ceiling: '8', default: '1' }, memory: { floor: '0.5Gi', ceiling: '16Gi', default: '2Gi' } },
    resourceQuota: { cpu: { floor: '2', ceiling: '6400', default: '10' }, memory: { floor: '4Gi', ceiling: '12800Gi', default: '20Gi' } },
  },
};
const ctx: DeploymentRulesContext = { options, clusters: [] };
const workspace = { cicdEnforcedDefault: true };
const check = (values: ReturnType<typeof defaultFormValues>) =>
  checkDeploymentForm(toCreateBody(values, 'ws-1', options), (body) => validateCreateDeployment(body, ctx));

describe('deployment form', () => {
  it('starts from a valid Deployment: latest Runtime, its default executor, a default queue, the Workspace CI/CD default', () => {
    const values = defaultFormValues(options, workspace);
    expect(values).toMatchObject({
      astroRuntimeVersion: '3.1-2',
      executor: 'ASTRO',
      isCicdEnforced: true,
      region: 'us-east-1',
      workerQueues: [{ name: 'default' }],
    });
    expect(check({ ...values, name: 'orders' })).toEqual({});
  });

  it('puts every bad input at its field at once, the way the server reports them', () => {
    const values = defaultFormValues(options, workspace);
    const errors = check({
      ...values,
      name: '  ',
      executor: 'CELERY',
      workerQueues: [values.workerQueues[0]!, { ...newQueue(options, 'Default_Q'), minWorkerCount: 5, maxWorkerCount: 2 }],
      contactEmails: 'ops@acme.example, not-an-email',
      isDevelopmentMode: true,
      schedules: [{ hibernateAtCron: 'every night', wakeAtCron: '0 7 * * 1-5', description: '', isEnabled: true }],
    });
    expect(errors).toEqual({
      name: 'Name is required.',
      contactEmails: '"not-an-email" is not a valid email address.',
      'workerQueues.1.name': 'Use lowercase letters and hyphens only, starting and ending with a letter.',
      'workerQueues.1.maxWorkerCount': 'Max workers must be at least min workers (5).',
      'schedules.0.hibernateAtCron': expect.stringMatching(/Use 5 fields/),
    });
  });

  it('checks ranges, the machine concurrency, pod sizes and Remote Execution with the server rules', () => {
    const values = { ...defaultFormValues(options, workspace), name: 'x' };
    expect(check({ ...values, workerQueues: [{ ...values.workerQueues[0]!, workerConcurrency: 16, maxWorkerCount: 31 }] })).toEqual({
      'workerQueues.0.maxWorkerCount': 'Must be at most 30 workers.',
      'workerQueues.0.workerConcurrency': 'Must be at most 15 tasks.',
    });
    expect(check({ ...values, defaultTaskPodCpu: '1', defaultTaskPodMemory: '3Gi' })).toEqual({ defaultTaskPodMemory: expect.stringMatching(/twice the CPU/) });
    expect(check({ ...values, executionMode: 'REMOTE', allowedIpAddressRanges: '10.0.0.0/8\n10.0.0.300/8' })).toEqual({
      allowedIpAddressRanges: expect.stringMatching(/not a CIDR/),
    });
    expect(check({ ...values, type: 'DEDICATED' })).toEqual({ clusterId: 'A Dedicated Deployment needs a cluster.' });
  });

  it('sends no worker queues and no pod sizes where they do not apply', () => {
    const values = { ...defaultFormValues(options, workspace), name: 'x' };
    expect(toCreateBody({ ...values, executor: 'KUBERNETES' }, 'ws', options)).not.toHaveProperty('workerQueues');
    const remote = toCreateBody({ ...values, executionMode: 'REMOTE', allowedIpAddressRanges: '10.0.0.0/8, 192.168.0.0/16' }, 'ws', options);
    expect(remote).toMatchObject({ remoteExecution: { enabled: true, allowedIpAddressRanges: ['10.0.0.0/8', '192.168.0.0/16'] } });
    expect(remote).not.toHaveProperty('workerQueues');
    expect(remote).not.toHaveProperty('defaultTaskPodCpu');
  });

  it('maps API error paths onto the form', () => {
    expect(formFieldOf('workerQueues[1].maxWorkerCount')).toBe('workerQueues.1.maxWorkerCount');
    expect(formFieldOf('workerQueues[0].isDefault')).toBe('workerQueues.0.name');
    expect(formFieldOf('contactEmails[3]')).toBe('contactEmails');
    expect(formFieldOf('remoteExecution.allowedIpAddressRanges[0]')).toBe('allowedIpAddressRanges');
    expect(formFieldOf('remoteExecution.enabled')).toBe('executionMode');
    expect(formFieldOf('scalingSpec.hibernationSpec.schedules[0].wakeAtCron')).toBe('schedules.0.wakeAtCron');
    expect(formFieldOf('scalingSpec.hibernationSpec')).toBe('schedules');
    expect(formFieldOf('scheduler.au')).toBe('schedulerAu');
  });
});

const current: Deployment = buildDeployment({
  organizationId: 'org-1',
  name: 'sales',
  workspaceId: 'ws-1',
  type: 'STANDARD',
  cloudProvider: 'AWS',
  region: 'us-east-1',
  astroRuntimeVersion: '12.4.0',
  airflowVersion: '2.10.5',
  executor: 'CELERY',
  schedulerSize: 'SMALL',
  schedulerReplicas: 1,
  isHighAvailability: false,
  isDevelopmentMode: true,
  isCicdEnforced: false,
  isDagDeployEnabled: true,
  workerQueues: [
    buildWorkerQueue({ id: 'q2', name: 'etl', astroMachine: 'A5', minWorkerCount: 0, maxWorkerCount: 2, workerConcurrency: 5 }),
    buildWorkerQueue({ id: 'q1', name: 'default', astroMachine: 'A5', minWorkerCount: 1, maxWorkerCount: 10, workerConcurrency: 5 }),
  ],
  environmentVariables: [
    { key: 'PLAIN', isSecret: false, value: 'v', updatedAt: '2026-11-01T00:00:00Z' },
    { key: 'TOKEN', isSecret: true, updatedAt: '2026-11-01T00:00:00Z' },
  ],
  scalingSpec: {
    hibernationSpec: { schedules: [{ hibernateAtCron: '0 17 * * *', wakeAtCron: '0 9 * * *', isEnabled: true }], override: { isHibernating: true } },
  },
});

describe('deployment edit', () => {
  it('prefills the form with the default queue first and sends the whole Deployment back', () => {
    const values = formFromDeployment(current, options);
    expect(values.workerQueues.map((q) => q.name)).toEqual(['default', 'etl']);
    const body = toUpdateRequest(current, { settings: values });
    expect(body).toMatchObject({
      name: 'sales',
      workspaceId: 'ws-1',
      type: 'STANDARD',
      executor: 'CELERY',
      isDevelopmentMode: true,
      workerQueues: [
        { id: 'q1', name: 'default', isDefault: true },
        { id: 'q2', name: 'etl', isDefault: false },
      ],
      scalingSpec: { hibernationSpec: { schedules: [{ hibernateAtCron: '0 17 * * *' }], override: { isHibernating: true } } },
    });
    // Secrets go back without a value, so the server keeps them; nothing is dropped.
    expect(body.environmentVariables).toEqual([
      { key: 'PLAIN', isSecret: false, value: 'v' },
      { key: 'TOKEN', isSecret: true },
    ]);
    expect(body).not.toHaveProperty('astroRuntimeVersion');
    const rules = {
      type: 'STANDARD',
      airflowVersion: '2.10.5',
      isDevelopmentMode: true,
      workerQueues: [
        { id: 'q1', name: 'default' },
        { id: 'q2', name: 'etl' },
      ],
      environmentVariables: [
        { key: 'PLAIN', isSecret: false, hasValue: true },
        { key: 'TOKEN', isSecret: true, hasValue: true },
      ],
    };
    expect(validateUpdateDeployment(body, ctx, rules).ok).toBe(true);
  });

  it('names each change and its consequence, restarting what the shared rule says restarts', () => {
    const before = formFromDeployment(current, options);
    const restarting = (after: typeof before) =>
      restartingChanges(toUpdateRequest(current, { settings: before }), toUpdateRequest(current, { settings: after }));
    const review = (after: typeof before) => describeChanges(before, after, restarting(after));
    expect(review(before)).toEqual([]);
    expect(restarting(before)).toEqual([]);

    const size = review({ ...before, schedulerSize: 'MEDIUM' });
    expect(size).toEqual([
      expect.objectContaining({ label: 'Scheduler size', from: 'Small', to: 'Medium', severity: 'restart', consequence: expect.stringMatching(/restart/) }),
    ]);
    expect(restarting({ ...before, schedulerSize: 'MEDIUM' })).toEqual(['scheduler size']);

    const k8s = review({ ...before, executor: 'KUBERNETES' });
    expect(k8s).toEqual([
      expect.objectContaining({ label: 'Executor', severity: 'danger', consequence: expect.stringMatching(/All worker queues are deleted \(default, etl\)/) }),
    ]);

    const dags = review({ ...before, isDagDeployEnabled: false });
    expect(dags[0]).toMatchObject({ severity: 'danger', consequence: expect.stringMatching(/image deploy/) });

    const removed = review({ ...before, workerQueues: before.workerQueues.slice(0, 1) });
    expect(removed[0]).toMatchObject({ label: 'Worker queues', severity: 'danger', consequence: expect.stringMatching(/Queue etl is deleted/) });

    const contacts = review({ ...before, contactEmails: 'a@b.example' });
    expect(contacts).toEqual([expect.objectContaining({ label: 'Contact emails', severity: 'info' })]);
    expect(restarting({ ...before, contactEmails: 'a@b.example' })).toEqual([]);
  });
});

describe('hibernation state', () => {
  const weeknights = [{ hibernateAtCron: '0 19 * * 1-5', wakeAtCron: '0 7 * * 1-5', isEnabled: true }];
  const at = (iso: string) => new Date(iso);

  it('follows the most recent schedule event and names the next change', () => {
    // Sunday: last event Friday 19:00 (hibernate); next change Monday 07:00.
    expect(hibernationState(weeknights, undefined, at('2026-11-22T10:00:00Z'))).toEqual({
      isHibernating: true,
      source: 'schedule',
      nextEventType: 'WAKE',
      nextEventAt: '2026-11-23T07:00:00Z',
    });
    expect(hibernationState(weeknights, undefined, at('2026-11-24T10:00:00Z'))).toEqual({
      isHibernating: false,
      source: 'schedule',
      nextEventType: 'HIBERNATE',
      nextEventAt: '2026-11-24T19:00:00Z',
    });
    expect(hibernationState([{ ...weeknights[0]!, isEnabled: false }], undefined, at('2026-11-22T10:00:00Z'))).toEqual({
      isHibernating: false,
      source: 'none',
    });
  });

  it('lets an override win until it ends', () => {
    expect(hibernationState(weeknights, { isHibernating: false }, at('2026-11-22T10:00:00Z'))).toEqual({ isHibernating: false, source: 'override' });
    expect(hibernationState(weeknights, { isHibernating: true, overrideUntil: '2026-11-24T12:00:00Z' }, at('2026-11-24T10:00:00Z'))).toEqual({
      isHibernating: true,
      source: 'override',
      nextEventType: 'WAKE',
      nextEventAt: '2026-11-24T12:00:00Z',
    });
  });
});
