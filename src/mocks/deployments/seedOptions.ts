import type { DeploymentOptions } from '../model';

type WorkerMachine = DeploymentOptions['workerMachines'][number];
type SchedulerMachine = DeploymentOptions['schedulerMachines'][number];

/** Hosted scheduler sizes; Extra Large is our guess, as Astro does not publish it. */
export const SCHEDULER_MACHINES: SchedulerMachine[] = [
  { name: 'SMALL', spec: { cpu: '1', memory: '2Gi' } },
  { name: 'MEDIUM', spec: { cpu: '2', memory: '4Gi' } },
  { name: 'LARGE', spec: { cpu: '4', memory: '8Gi' } },
  { name: 'EXTRA_LARGE', spec: { cpu: '8', memory: '16Gi' } },
];

function machine(name: WorkerMachine['name'], cpu: number): WorkerMachine {
  const concurrency = cpu * 5;
  return {
    name,
    spec: { cpu: String(cpu), memory: `${cpu * 2}Gi`, ephemeralStorage: '10Gi', concurrency },
    concurrency: { floor: 1, ceiling: concurrency * 3, default: concurrency },
  };
}

/** Astro's hosted worker types: 2 GiB per vCPU, default concurrency 5 per vCPU, max three times that. */
export const WORKER_MACHINES: WorkerMachine[] = [
  machine('A5', 1),
  machine('A10', 2),
  machine('A20', 4),
  machine('A40', 8),
  machine('A60', 12),
  machine('A120', 24),
  machine('A160', 32),
];

export const RUNTIME_RELEASES: DeploymentOptions['runtimeReleases'] = [
  release('3.1-2', '3.1.0', '2026-10-28', false),
  release('3.1-1', '3.1.0', '2026-09-30', true),
  release('3.0-7', '3.0.6', '2026-08-19', false),
  release('3.0-1', '3.0.1', '2026-05-06', true),
  release('12.4.0', '2.10.5', '2026-07-15', false),
  release('12.1.1', '2.10.3', '2026-02-11', false),
  release('11.18.0', '2.9.3', '2026-01-21', false),
  release('10.9.0', '2.8.4', '2025-10-09', false),
  release('9.22.0', '2.7.3', '2025-08-27', false, 'deprecated'),
];

function release(version: string, airflowVersion: string, date: string, migration: boolean, channel = 'stable') {
  return { version, airflowVersion, channel, releaseDate: `${date}T16:00:00Z`, airflowDatabaseMigration: migration, stellarDatabaseMigration: false };
}

/** Runtimes a seeded Deployment runs that deployment-options does not offer: 11.0.0 was yanked. */
const NOT_OFFERED: Record<string, string> = { '11.0.0': '2.9.0' };

export function airflowVersionOf(runtimeVersion: string): string {
  return RUNTIME_RELEASES.find((r) => r.version === runtimeVersion)?.airflowVersion ?? NOT_OFFERED[runtimeVersion] ?? 'NA';
}

export function buildDeploymentOptions(): DeploymentOptions {
  return {
    runtimeReleases: RUNTIME_RELEASES.map((r) => ({ ...r })),
    executors: ['CELERY', 'KUBERNETES', 'ASTRO'],
    schedulerMachines: SCHEDULER_MACHINES.map((m) => ({ ...m, spec: { ...m.spec } })),
    workerMachines: WORKER_MACHINES.map((m) => ({ ...m, spec: { ...m.spec }, concurrency: { ...m.concurrency } })),
    workerQueues: {
      minWorkers: { floor: 0, ceiling: 30, default: 1 },
      maxWorkers: { floor: 1, ceiling: 30, default: 10 },
      workerConcurrency: { floor: 1, ceiling: 480, default: 5 },
    },
    resourceQuotas: {
      defaultPodSize: { cpu: { floor: '0.25', ceiling: '8', default: '1' }, memory: { floor: '0.5Gi', ceiling: '16Gi', default: '2Gi' } },
      resourceQuota: { cpu: { floor: '2', ceiling: '6400', default: '10' }, memory: { floor: '4Gi', ceiling: '12800Gi', default: '20Gi' } },
    },
    workloadIdentityOptions: [{ label: 'Astro managed identity', role: 'arn:aws:iam::406882777402:role/astro-managed-acme' }],
  };
}
