import type { DeploymentFormValues } from './deploymentForm';
import { splitList } from './deploymentForm';
import type { RestartPart } from './restartRule';

/** One changed setting, as the review step shows it: what, from, to, and what happens because of it. */
export interface SettingChange {
  label: string;
  from: string;
  to: string;
  consequence?: string;
  /** A consequence that loses something or needs action afterwards. */
  severity: 'info' | 'restart' | 'danger';
}

const RESTART = 'The scheduler and workers restart, like a deploy. Running Celery tasks get up to 24 hours to finish on the old workers.';

const onOff = (b: boolean) => (b ? 'On' : 'Off');
const words = (s: string) => (s ? s.charAt(0) + s.slice(1).toLowerCase().replace(/_/g, ' ') : '—');
const orDash = (s: string) => s.trim() || '—';

function queueSummary(v: DeploymentFormValues): string {
  if (!v.workerQueues.length) return 'none';
  return v.workerQueues
    .map((q) => `${q.name} (${q.astroMachine || q.nodePoolId}, ${q.minWorkerCount}–${q.maxWorkerCount} workers, ${q.workerConcurrency} tasks each)`)
    .join('; ');
}

/**
 * Every setting an edit changes, in form order, each with its consequence for the running Deployment.
 * Whether a change restarts anything is the shared rule's answer (`restarting`, from `restartingChanges`
 * on the bodies before and after), never decided here.
 */
export function describeChanges(before: DeploymentFormValues, after: DeploymentFormValues, restarting: ReadonlyArray<RestartPart>): SettingChange[] {
  const changes: SettingChange[] = [];
  const add = (label: string, from: string, to: string, part?: RestartPart, consequence?: string, danger?: string) => {
    if (from === to) return;
    const restarts = part !== undefined && restarting.includes(part);
    const text = danger ?? (restarts ? (consequence ?? RESTART) : undefined);
    changes.push({ label, from, to, severity: danger ? 'danger' : restarts ? 'restart' : 'info', ...(text ? { consequence: text } : {}) });
  };
  /** A consequence that is shown whether or not anything restarts. */
  const info = (label: string, from: string, to: string, consequence?: string) => {
    if (from !== to) changes.push({ label, from, to, severity: 'info', ...(consequence ? { consequence } : {}) });
  };
  info('Name', before.name, after.name);
  info('Description', orDash(before.description), orDash(after.description));

  if (before.executor !== after.executor) {
    const losesQueues = before.executor === 'CELERY' && after.executor === 'KUBERNETES';
    add(
      'Executor',
      words(before.executor),
      words(after.executor),
      'executor',
      RESTART,
      losesQueues
        ? `All worker queues are deleted (${before.workerQueues.map((q) => q.name).join(', ')}); running tasks finish gracefully. ${RESTART}`
        : undefined,
    );
  }
  add('Scheduler size', words(before.schedulerSize), words(after.schedulerSize), 'scheduler size');
  add(
    'Scheduler resources',
    `${before.schedulerAu} AU × ${before.schedulerReplicas}`,
    `${after.schedulerAu} AU × ${after.schedulerReplicas}`,
    'scheduler size',
  );
  add(
    'High availability',
    onOff(before.isHighAvailability),
    onOff(after.isHighAvailability),
    'high availability',
    `${RESTART} Two schedulers run in separate availability zones${after.isHighAvailability ? ', which costs more' : ''}.`,
  );
  if (before.executor === after.executor) {
    const beforeQueues = queueSummary(before);
    const afterQueues = queueSummary(after);
    const removed = before.workerQueues.filter((q) => q.id && !after.workerQueues.some((a) => a.id === q.id)).map((q) => q.name);
    add(
      'Worker queues',
      beforeQueues,
      afterQueues,
      'worker queues',
      RESTART,
      removed.length
        ? `Queue${removed.length > 1 ? 's' : ''} ${removed.join(', ')} ${removed.length > 1 ? 'are' : 'is'} deleted; tasks assigned to ${removed.length > 1 ? 'them' : 'it'} stop being picked up. ${RESTART}`
        : undefined,
    );
  }
  add(
    'Default task pod',
    `${before.defaultTaskPodCpu} CPU, ${before.defaultTaskPodMemory}`,
    `${after.defaultTaskPodCpu} CPU, ${after.defaultTaskPodMemory}`,
    'Kubernetes pod sizes',
  );
  add(
    'Resource quota',
    `${before.resourceQuotaCpu} CPU, ${before.resourceQuotaMemory}`,
    `${after.resourceQuotaCpu} CPU, ${after.resourceQuotaMemory}`,
    'Kubernetes pod sizes',
  );
  add(
    'Allowed IP ranges',
    orDash(splitList(before.allowedIpAddressRanges).join(', ')),
    orDash(splitList(after.allowedIpAddressRanges).join(', ')),
    'remote execution',
    `${RESTART} Agents from addresses outside these ranges are refused once this applies.`,
  );
  add(
    'Task log bucket',
    orDash(before.taskLogBucket),
    orDash(after.taskLogBucket),
    'remote execution',
    `${RESTART} Task logs are written to and read from the new place once this applies.`,
  );
  add(
    'Task log URL pattern',
    orDash(before.taskLogUrlPattern),
    orDash(after.taskLogUrlPattern),
    'remote execution',
    `${RESTART} Task logs are written to and read from the new place once this applies.`,
  );
  info(
    'Hibernation schedules',
    before.schedules.map((s) => `${s.hibernateAtCron} → ${s.wakeAtCron}${s.isEnabled ? '' : ' (off)'}`).join('; ') || 'none',
    after.schedules.map((s) => `${s.hibernateAtCron} → ${s.wakeAtCron}${s.isEnabled ? '' : ' (off)'}`).join('; ') || 'none',
    'The Deployment hibernates and wakes at the new times (UTC). Tasks running when it hibernates are stopped and marked failed.',
  );
  info(
    'CI/CD enforcement',
    onOff(before.isCicdEnforced),
    onOff(after.isCicdEnforced),
    after.isCicdEnforced ? 'Only deploys authenticated with an API token are accepted.' : undefined,
  );
  add(
    'DAG deploys',
    onOff(before.isDagDeployEnabled),
    onOff(after.isDagDeployEnabled),
    'DAG deploys',
    `${RESTART} Deploy DAGs with a DAG-only deploy afterwards.`,
    after.isDagDeployEnabled ? undefined : `${RESTART} Run an image deploy right after saving, or the DAGs disappear from the Airflow UI.`,
  );
  info('Contact emails', orDash(splitList(before.contactEmails).join(', ')), orDash(splitList(after.contactEmails).join(', ')));
  return changes;
}
