import type { DeploymentFormValues } from './deploymentForm';
import { splitList } from './deploymentForm';

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

/** Every setting an edit changes, in form order, each with its consequence for the running Deployment. */
export function describeChanges(before: DeploymentFormValues, after: DeploymentFormValues): SettingChange[] {
  const changes: SettingChange[] = [];
  const add = (label: string, from: string, to: string, severity: SettingChange['severity'] = 'info', consequence?: string) => {
    if (from !== to) changes.push({ label, from, to, severity, ...(consequence ? { consequence } : {}) });
  };
  add('Name', before.name, after.name);
  add('Description', orDash(before.description), orDash(after.description));

  if (before.executor !== after.executor) {
    const losesQueues = before.executor === 'CELERY' && after.executor === 'KUBERNETES';
    add(
      'Executor',
      words(before.executor),
      words(after.executor),
      losesQueues ? 'danger' : 'restart',
      losesQueues ? `All worker queues are deleted (${before.workerQueues.map((q) => q.name).join(', ')}); running tasks finish gracefully. ${RESTART}` : RESTART,
    );
  }
  add('Scheduler size', words(before.schedulerSize), words(after.schedulerSize), 'restart', RESTART);
  add('Scheduler resources', `${before.schedulerAu} AU × ${before.schedulerReplicas}`, `${after.schedulerAu} AU × ${after.schedulerReplicas}`, 'restart', RESTART);
  add('High availability', onOff(before.isHighAvailability), onOff(after.isHighAvailability), 'restart', `${RESTART} Two schedulers run in separate availability zones${after.isHighAvailability ? ', which costs more' : ''}.`);
  if (before.executor === after.executor) {
    const beforeQueues = queueSummary(before);
    const afterQueues = queueSummary(after);
    if (beforeQueues !== afterQueues) {
      const removed = before.workerQueues.filter((q) => q.id && !after.workerQueues.some((a) => a.id === q.id)).map((q) => q.name);
      add(
        'Worker queues',
        beforeQueues,
        afterQueues,
        removed.length ? 'danger' : 'restart',
        removed.length ? `Queue${removed.length > 1 ? 's' : ''} ${removed.join(', ')} ${removed.length > 1 ? 'are' : 'is'} deleted; tasks assigned to ${removed.length > 1 ? 'them' : 'it'} stop being picked up. ${RESTART}` : RESTART,
      );
    }
  }
  add('Default task pod', `${before.defaultTaskPodCpu} CPU, ${before.defaultTaskPodMemory}`, `${after.defaultTaskPodCpu} CPU, ${after.defaultTaskPodMemory}`, 'restart', RESTART);
  add('Resource quota', `${before.resourceQuotaCpu} CPU, ${before.resourceQuotaMemory}`, `${after.resourceQuotaCpu} CPU, ${after.resourceQuotaMemory}`, 'restart', RESTART);
  add('Allowed IP ranges', orDash(splitList(before.allowedIpAddressRanges).join(', ')), orDash(splitList(after.allowedIpAddressRanges).join(', ')), 'restart', 'Agents from addresses outside these ranges are refused once this applies.');
  add('Task log bucket', orDash(before.taskLogBucket), orDash(after.taskLogBucket));
  add('Task log URL pattern', orDash(before.taskLogUrlPattern), orDash(after.taskLogUrlPattern));
  add(
    'Hibernation schedules',
    before.schedules.map((s) => `${s.hibernateAtCron} → ${s.wakeAtCron}${s.isEnabled ? '' : ' (off)'}`).join('; ') || 'none',
    after.schedules.map((s) => `${s.hibernateAtCron} → ${s.wakeAtCron}${s.isEnabled ? '' : ' (off)'}`).join('; ') || 'none',
    'info',
    'The Deployment hibernates and wakes at the new times (UTC). Tasks running when it hibernates are stopped and marked failed.',
  );
  add('CI/CD enforcement', onOff(before.isCicdEnforced), onOff(after.isCicdEnforced), 'info', after.isCicdEnforced ? 'Only deploys authenticated with an API token are accepted.' : undefined);
  add(
    'DAG deploys',
    onOff(before.isDagDeployEnabled),
    onOff(after.isDagDeployEnabled),
    after.isDagDeployEnabled ? 'restart' : 'danger',
    after.isDagDeployEnabled
      ? `${RESTART} Deploy DAGs with a DAG-only deploy afterwards.`
      : `${RESTART} Run an image deploy right after saving, or the DAGs disappear from the Airflow UI.`,
  );
  add('Contact emails', orDash(splitList(before.contactEmails).join(', ')), orDash(splitList(after.contactEmails).join(', ')));
  return changes;
}

/** Whether a set of changes restarts Airflow components (the Deployment shows DEPLOYING meanwhile). */
export function restarts(changes: ReadonlyArray<SettingChange>): boolean {
  return changes.some((c) => c.severity !== 'info');
}
