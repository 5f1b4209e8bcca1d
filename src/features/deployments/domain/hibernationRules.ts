import { formatDate, formatRelative } from '../../../shared/lib/time';
import type { Deployment } from '../../../shared/api/types';
import { nextRun, previousRun } from './cron';

export interface HibernationSchedule {
  hibernateAtCron: string;
  wakeAtCron: string;
  isEnabled: boolean;
  description?: string;
}

/** Astro's two suggested schedules, both in UTC. */
export const HIBERNATION_PRESETS: ReadonlyArray<{ label: string; schedule: HibernationSchedule }> = [
  {
    label: 'Weeknights (17:00–09:00 UTC daily)',
    schedule: { hibernateAtCron: '0 17 * * *', wakeAtCron: '0 9 * * *', isEnabled: true, description: 'Hibernate overnight' },
  },
  {
    label: 'Weekends (Fri 17:00–Mon 09:00 UTC)',
    schedule: { hibernateAtCron: '0 17 * * 5', wakeAtCron: '0 9 * * 1', isEnabled: true, description: 'Hibernate over the weekend' },
  },
];

export interface HibernationState {
  isHibernating: boolean;
  nextEventType?: 'HIBERNATE' | 'WAKE';
  nextEventAt?: string;
  /** Why it is in this state: an override or the schedule. */
  source: 'override' | 'schedule' | 'none';
}

/**
 * Where a development Deployment stands: an override wins until it ends; otherwise the most recent
 * hibernate or wake event of the enabled schedules decides, and the next such event is reported.
 */
export function hibernationState(
  schedules: ReadonlyArray<HibernationSchedule> | undefined,
  override: { isHibernating?: boolean; overrideUntil?: string } | undefined,
  now: Date,
): HibernationState {
  const enabled = (schedules ?? []).filter((s) => s.isEnabled);
  if (override?.isHibernating !== undefined) {
    const isHibernating = override.isHibernating;
    if (override.overrideUntil) {
      return { isHibernating, source: 'override', nextEventAt: override.overrideUntil, nextEventType: isHibernating ? 'WAKE' : 'HIBERNATE' };
    }
    return { isHibernating, source: 'override' };
  }
  if (!enabled.length) return { isHibernating: false, source: 'none' };
  let last: { at: number; hibernate: boolean } | undefined;
  let next: { at: number; hibernate: boolean } | undefined;
  for (const s of enabled) {
    for (const [cron, hibernate] of [
      [s.hibernateAtCron, true],
      [s.wakeAtCron, false],
    ] as const) {
      const prev = previousRun(cron, now);
      if (prev && (!last || prev.getTime() > last.at)) last = { at: prev.getTime(), hibernate };
      const upcoming = nextRun(cron, now);
      if (upcoming && (!next || upcoming.getTime() < next.at)) next = { at: upcoming.getTime(), hibernate };
    }
  }
  const isHibernating = last?.hibernate ?? false;
  // The next event that changes something: skip a "wake" while awake (another schedule's) and vice versa.
  const state: HibernationState = { isHibernating, source: 'schedule' };
  const change = nextChange(enabled, now, isHibernating) ?? next;
  if (change) {
    state.nextEventAt = new Date(change.at).toISOString().replace(/\.\d{3}Z$/, 'Z');
    state.nextEventType = change.hibernate ? 'HIBERNATE' : 'WAKE';
  }
  return state;
}

function nextChange(schedules: ReadonlyArray<HibernationSchedule>, now: Date, hibernating: boolean): { at: number; hibernate: boolean } | undefined {
  let best: number | undefined;
  for (const s of schedules) {
    const run = nextRun(hibernating ? s.wakeAtCron : s.hibernateAtCron, now);
    if (run && (best === undefined || run.getTime() < best)) best = run.getTime();
  }
  return best === undefined ? undefined : { at: best, hibernate: !hibernating };
}

/**
 * The hibernation override in force, as an update body must send it back: the API has no patch, so an
 * update that leaves the override out would end it.
 */
export function overrideToKeep(override: { isHibernating?: boolean; overrideUntil?: string } | undefined) {
  if (override?.isHibernating === undefined) return undefined;
  return { isHibernating: override.isHibernating, ...(override.overrideUntil ? { overrideUntil: override.overrideUntil } : {}) };
}

/** "Wakes up Mon, 24 Nov, 07:00" for a development Deployment with a hibernate or wake event coming. */
export function nextHibernationEvent(d: Deployment): string | undefined {
  const status = d.scalingStatus?.hibernationStatus;
  if (!d.isDevelopmentMode || !status) return undefined;
  if (!status.nextEventAt || !status.nextEventType) return undefined;
  return `${status.nextEventType === 'WAKE' ? 'Wakes up' : 'Hibernates'} ${formatDate(status.nextEventAt)} (${formatRelative(status.nextEventAt)})`;
}

/** The status badge's hint when no deploy is in progress: the server's reason, and the next hibernation event. */
export function statusReasonText(d: Deployment): string | undefined {
  return [d.statusReason, nextHibernationEvent(d)].filter(Boolean).join('. ') || undefined;
}

/** Why the Airflow UI cannot be opened now, or undefined when it can: it is not running while created or hibernating. */
export function airflowUnavailableReason(status: string): string | undefined {
  if (status === 'CREATING') return 'Airflow is not running yet: the Deployment is still being created.';
  if (status === 'HIBERNATING') return 'Airflow is not running while the Deployment hibernates. Wake it up first.';
  return undefined;
}
