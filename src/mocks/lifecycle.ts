import type { Deployment, DeploymentStatus, StoredDeployment, StoredRemoteAgent } from './model';

/** How long the demo takes for things that take minutes on Astro, so a visitor can watch them. */
export const CREATE_MS = 15_000;
export const RESTART_MS = 10_000;
export const SIMULATED_FINALIZE_MS = 4_000;
export const AGENT_CONNECT_MS = 6_000;

const ms = (iso: string) => Date.parse(iso);
export const isoAt = (t: number) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
const isoMs = (t: number) => new Date(t).toISOString();

/**
 * Ends a timed transition whose time has come. Called on every read, so status moves lazily from
 * timestamps instead of timers; returns true when the record changed.
 */
export function settleTransition(d: StoredDeployment, now: Date): boolean {
  const t = d.transition;
  if (!t?.until || ms(t.until) > now.getTime()) return false;
  if (t.settle?.dagTarballVersion !== undefined) {
    d.dagTarballVersion = t.settle.dagTarballVersion;
    d.desiredDagTarballVersion = t.settle.dagTarballVersion;
  }
  delete d.transition;
  d.status = 'HEALTHY';
  d.statusReason = t.status === 'CREATING' ? 'Deployment created' : 'Successfully Deployed';
  return true;
}

/** Starts (or restarts) a timed status; an ongoing CREATING is not downgraded to DEPLOYING. */
export function startTransition(d: StoredDeployment, status: 'CREATING' | 'DEPLOYING', now: Date, durationMs: number | null, settle?: { dagTarballVersion?: string }) {
  const keep = d.transition?.status === 'CREATING' ? 'CREATING' : status;
  const mergedSettle = { ...d.transition?.settle, ...settle };
  d.transition = {
    status: keep,
    ...(durationMs === null ? {} : { until: isoMs(now.getTime() + durationMs) }),
    ...(Object.keys(mergedSettle).length ? { settle: mergedSettle } : {}),
  };
  delete d.statusReason;
}

/** A hibernation override stops counting once its end time has passed. */
export function clearExpiredOverride(d: StoredDeployment, now: Date): boolean {
  const override = d.scalingSpec?.hibernationSpec?.override;
  if (!override?.overrideUntil || ms(override.overrideUntil) > now.getTime()) return false;
  delete d.scalingSpec!.hibernationSpec!.override;
  return true;
}

export function isHibernating(d: StoredDeployment): boolean {
  return d.isDevelopmentMode === true && d.scalingSpec?.hibernationSpec?.override?.isHibernating === true;
}

export function effectiveStatus(d: StoredDeployment): DeploymentStatus {
  if (d.transition) return d.transition.status;
  if (isHibernating(d)) return 'HIBERNATING';
  return d.status;
}

export function statusReasonOf(d: StoredDeployment): string | undefined {
  if (d.transition?.status === 'CREATING') return 'Provisioning Airflow components';
  if (d.transition?.status === 'DEPLOYING') return d.transition.until ? 'Restarting Airflow components' : 'Waiting for the deploy to be finalized';
  if (isHibernating(d)) return 'Hibernating on request';
  return d.statusReason;
}

/** The hibernation facts the API reports for development Deployments. */
export function scalingStatusOf(d: StoredDeployment): Deployment['scalingStatus'] {
  if (!d.isDevelopmentMode) return undefined;
  const override = d.scalingSpec?.hibernationSpec?.override;
  const hibernating = isHibernating(d);
  const status: NonNullable<Deployment['scalingStatus']>['hibernationStatus'] = { isHibernating: hibernating };
  if (override?.isHibernating !== undefined) {
    status.reason = hibernating ? 'Hibernation override is active' : 'Kept awake by an override';
    if (override.overrideUntil) {
      status.nextEventAt = override.overrideUntil;
      status.nextEventType = hibernating ? 'WAKE' : 'HIBERNATE';
    }
  } else if (d.scalingSpec?.hibernationSpec?.schedules?.some((s) => s.isEnabled)) {
    status.reason = 'Following the hibernation schedule';
  }
  return { hibernationStatus: status };
}

/** Lets a simulated agent finish connecting, and keeps healthy agents' heartbeats fresh. */
export function advanceAgent(agent: StoredRemoteAgent, now: Date): boolean {
  if (agent.connecting) {
    if (ms(agent.connecting.until) > now.getTime()) return false;
    agent.health = agent.connecting.outcome;
    if (agent.connecting.outcome === 'AUTH_FAILED') {
      agent.healthReason = 'The agent token was rejected (401). Check the token in values.yaml.';
      delete agent.lastHeartbeatAt;
    } else {
      delete agent.healthReason;
      agent.lastHeartbeatAt = agent.connecting.until;
    }
    delete agent.connecting;
    return true;
  }
  if (agent.health !== 'HEALTHY') return false;
  // A healthy agent heartbeats every ~10 s; report the most recent one before now.
  const beat = now.getTime() - ((now.getTime() - ms(agent.createdAt)) % 10_000);
  const next = isoAt(Math.max(beat, ms(agent.createdAt)));
  if (next === agent.lastHeartbeatAt) return false;
  agent.lastHeartbeatAt = next;
  return true;
}
