import type { RuntimeEntry } from './catalogue';

export type LifecycleStatus = 'yanked' | 'maintained' | 'basic-support' | 'ended' | 'unknown';

export interface Lifecycle {
  status: LifecycleStatus;
  /** Whole days from `now` to the end of maintenance (negative once past it); undefined when unknown. */
  maintenanceDaysLeft?: number;
  /** Whether a figure the status rests on is derived rather than stated. */
  derived: boolean;
}

const DAY_MS = 86_400_000;

/** Days from `now` until the end of `day` (a YYYY-MM-DD, UTC): the day itself still counts as maintained. */
export function daysUntilEndOf(day: string, now: Date): number {
  const end = Date.parse(`${day}T23:59:59.999Z`);
  return Math.ceil((end - now.getTime()) / DAY_MS) - 1;
}

/** Where `entry` stands on `now`: yanked first, then by its end of maintenance and of Basic Support. */
export function lifecycleOf(entry: RuntimeEntry, now: Date): Lifecycle {
  if (entry.yanked.state !== 'unknown' && entry.yanked.value.yanked) return { status: 'yanked', derived: false, ...daysLeft(entry, now) };
  if (entry.maintenanceEnd.state === 'unknown') return { status: 'unknown', derived: false };
  const left = daysUntilEndOf(entry.maintenanceEnd.value, now);
  const derived = entry.maintenanceEnd.state === 'derived';
  if (left >= 0) return { status: 'maintained', maintenanceDaysLeft: left, derived };
  if (entry.basicSupportEnd.state !== 'unknown' && daysUntilEndOf(entry.basicSupportEnd.value, now) >= 0) {
    return { status: 'basic-support', maintenanceDaysLeft: left, derived: derived || entry.basicSupportEnd.state === 'derived' };
  }
  return { status: 'ended', maintenanceDaysLeft: left, derived };
}

function daysLeft(entry: RuntimeEntry, now: Date) {
  return entry.maintenanceEnd.state === 'unknown' ? {} : { maintenanceDaysLeft: daysUntilEndOf(entry.maintenanceEnd.value, now) };
}

/** "ends in 12 days", "ends today", "ended 40 days ago". */
export function daysLeftText(days: number): string {
  if (days === 0) return 'ends today';
  if (days > 0) return `ends in ${days} day${days === 1 ? '' : 's'}`;
  return `ended ${-days} day${days === -1 ? '' : 's'} ago`;
}

/** Supported: not yanked and not known to be past its end of maintenance (Basic Support still counts). */
export function isSupported(lifecycle: Lifecycle): boolean {
  return lifecycle.status !== 'yanked' && lifecycle.status !== 'ended';
}

export const STATUS_LABEL: Record<LifecycleStatus, string> = {
  yanked: 'Yanked',
  maintained: 'Maintained',
  'basic-support': 'Basic Support',
  ended: 'Past maintenance',
  unknown: 'Lifecycle unknown',
};
