import { hibernationState, type HibernationState } from '../features/deployments/domain/hibernationRules';
import type { Deployment, DeploymentStatus, StoredDeployment, StoredRemoteAgent } from './model';

/**
 * How long the demo takes for things that take minutes on Astro, so a visitor can watch them. Tests do not
 * shorten them: they move the demo's one clock (the page's Date; e2e/fixtures.ts, testApi.ts useManualClock).
 */
export const CREATE_MS = 15_000;
export const RESTART_MS = 10_000;
export const AGENT_CONNECT_MS = 6_000;

const ms = (iso: string) => Date.parse(iso);
const isoAt = (t: number) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
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
export function startTransition(
  d: StoredDeployment,
  status: 'CREATING' | 'DEPLOYING',
  now: Date,
  durationMs: number | null,
  settle?: { dagTarballVersion?: string },
  reason?: string,
) {
  const keep = d.transition?.status === 'CREATING' ? 'CREATING' : status;
  const mergedSettle = { ...d.transition?.settle, ...settle };
  d.transition = {
    status: keep,
    ...(durationMs === null ? {} : { until: isoMs(now.getTime() + durationMs) }),
    ...(Object.keys(mergedSettle).length ? { settle: mergedSettle } : {}),
    ...(reason && keep === 'DEPLOYING' ? { reason } : {}),
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

/** Where a development Deployment's hibernation stands now: its override, else its schedules. */
function hibernationOf(d: StoredDeployment, now: Date): HibernationState | undefined {
  if (!d.isDevelopmentMode) return undefined;
  const spec = d.scalingSpec?.hibernationSpec;
  return hibernationState(spec?.schedules, spec?.override, now);
}

function isHibernating(d: StoredDeployment, now: Date): boolean {
  return hibernationOf(d, now)?.isHibernating === true;
}

export function effectiveStatus(d: StoredDeployment, now: Date): DeploymentStatus {
  if (d.transition) return d.transition.status;
  if (isHibernating(d, now)) return 'HIBERNATING';
  return d.status;
}

export function statusReasonOf(d: StoredDeployment, now: Date): string | undefined {
  if (d.transition?.status === 'CREATING') return 'Provisioning Airflow components';
  if (d.transition?.status === 'DEPLOYING')
    return d.transition.until ? (d.transition.reason ?? 'Restarting Airflow components') : 'Waiting for the deploy to be finalized';
  const hibernation = hibernationOf(d, now);
  if (hibernation?.isHibernating) return hibernation.source === 'override' ? 'Hibernating on request' : 'Hibernating on schedule';
  return d.statusReason;
}

/** The hibernation facts the API reports for development Deployments. */
export function scalingStatusOf(d: StoredDeployment, now: Date): Deployment['scalingStatus'] {
  const h = hibernationOf(d, now);
  if (!h) return undefined;
  const status: NonNullable<Deployment['scalingStatus']>['hibernationStatus'] = { isHibernating: h.isHibernating };
  if (h.source === 'override') status.reason = h.isHibernating ? 'Hibernation override is active' : 'Kept awake by an override';
  if (h.source === 'schedule') status.reason = 'Following the hibernation schedule';
  if (h.nextEventAt && h.nextEventType) {
    status.nextEventAt = h.nextEventAt;
    status.nextEventType = h.nextEventType;
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
