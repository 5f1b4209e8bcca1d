import { buildCatalogue, findEntry, type RuntimeRelease } from './catalogue';
import { daysLeftText, lifecycleOf, type Lifecycle } from './lifecycle';

export interface RuntimeOffer<R extends Pick<RuntimeRelease, 'version'>> {
  /** The releases a new Deployment may start on, newest first. */
  releases: R[];
  /** The one to preselect: the newest maintained stable release, which is the latest patch of its line. */
  preselect?: string;
}

/**
 * What the create form offers: releases still maintained on `now`, and those whose lifecycle no source states
 * (a live server's newest), since hiding them would hide every release in live mode. Yanked ones, and those
 * past maintenance (Basic Support too), are not offered: a new Deployment should not start on them.
 */
export function runtimeOffer<R extends RuntimeRelease>(releases: readonly R[], now: Date): RuntimeOffer<R> {
  const catalogue = buildCatalogue(releases);
  const byVersion = new Map(releases.map((r) => [r.version, r]));
  const offered = catalogue
    .map((entry) => ({ entry, lifecycle: lifecycleOf(entry, now) }))
    .filter(({ lifecycle }) => lifecycle.status === 'maintained' || lifecycle.status === 'unknown');
  const stable = (r: R) => r.channel === undefined || r.channel === 'stable';
  const preselect =
    offered.find(({ entry, lifecycle }) => lifecycle.status === 'maintained' && stable(byVersion.get(entry.version)!)) ??
    offered.find(({ entry }) => stable(byVersion.get(entry.version)!)) ??
    offered[0];
  return { releases: offered.map(({ entry }) => byVersion.get(entry.version)!), preselect: preselect?.entry.version };
}

export interface RuntimeStanding {
  lifecycle: Lifecycle;
  /** The API marks the release deprecated. */
  deprecated: boolean;
  /** deployment-options still lists it. */
  offered: boolean;
  /** Why it stands so, in words; undefined for a maintained, offered release with nothing to say. */
  reason?: string;
}

const day = (iso: string) => new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** Where a Deployment's current Runtime stands on `now`, told plainly for its Details. */
export function runtimeStanding(releases: readonly RuntimeRelease[], version: string, now: Date): RuntimeStanding {
  const entry = findEntry(buildCatalogue(releases, [version]), version);
  const release = releases.find((r) => r.version === version);
  const deprecated = release?.channel === 'deprecated';
  const offered = Boolean(release);
  if (!entry) return { lifecycle: { status: 'unknown', derived: false }, deprecated, offered, reason: 'Not an Astro Runtime version the console can read.' };
  const lifecycle = lifecycleOf(entry, now);
  const parts: string[] = [];
  if (lifecycle.status === 'yanked') {
    const yank = entry.yanked.state !== 'unknown' ? entry.yanked.value.reason : undefined;
    parts.push(`Yanked: ${yank ?? 'no reason published'}. Deploy an image on a supported Runtime.`);
  } else if (entry.maintenanceEnd.state !== 'unknown' && lifecycle.maintenanceDaysLeft !== undefined && lifecycle.maintenanceDaysLeft < 0) {
    const support =
      lifecycle.status === 'basic-support' && entry.basicSupportEnd.state !== 'unknown' ? `; Basic Support to ${day(entry.basicSupportEnd.value)}` : '';
    parts.push(`Maintenance ended on ${day(entry.maintenanceEnd.value)} (${daysLeftText(lifecycle.maintenanceDaysLeft).replace('ended ', '')})${support}.`);
  } else if (lifecycle.status === 'unknown') {
    parts.push('No source states when its maintenance ends.');
  }
  if (deprecated) parts.push('The API marks this release deprecated.');
  if (!offered) parts.push('No longer offered.');
  return { lifecycle, deprecated, offered, reason: parts.length ? parts.join(' ') : undefined };
}
