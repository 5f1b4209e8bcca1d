import type { ListSpec, ListState } from '../../../shared/lib/listState';
import type { RuntimeEntry } from './catalogue';
import { isSupported, lifecycleOf, type Lifecycle } from './lifecycle';
import { compareRuntimeVersionText } from './runtimeVersion';

export type ReleasesSort = 'version' | 'released' | 'deployments';
export type ReleasesFilter = 'airflow' | 'show';

/** `?airflow=2,3&show=supported&sort=released&dir=asc`: the releases table's view, as a link. */
export const RELEASES_SPEC: ListSpec<ReleasesSort, ReleasesFilter> = {
  sorts: ['version', 'released', 'deployments'],
  sort: 'version',
  dir: 'desc',
  filters: { airflow: ['2', '3'], show: ['supported'] },
};

export type ReleasesView = ListState<ReleasesSort, ReleasesFilter>;

export interface ReleaseRow {
  entry: RuntimeEntry;
  lifecycle: Lifecycle;
  /** How many of the Organization's Deployments run it; undefined while the Deployments are not known. */
  deployments?: number;
}

/** The rows the view shows on `now`: filtered by Airflow generation and support, in its order. */
export function releaseRows(catalogue: readonly RuntimeEntry[], counts: ReadonlyMap<string, number> | undefined, view: ReleasesView, now: Date): ReleaseRow[] {
  const rows = catalogue
    .map((entry) => ({ entry, lifecycle: lifecycleOf(entry, now), deployments: counts ? (counts.get(entry.version) ?? 0) : undefined }))
    .filter((row) => !view.airflow.length || view.airflow.includes(String(row.entry.airflowMajor)))
    .filter((row) => !view.show.includes('supported') || isSupported(row.lifecycle));
  const byVersion = (a: ReleaseRow, b: ReleaseRow) => compareRuntimeVersionText(a.entry.version, b.entry.version);
  const order = {
    version: byVersion,
    released: (a: ReleaseRow, b: ReleaseRow) => (a.entry.releaseDate ?? '').localeCompare(b.entry.releaseDate ?? '') || byVersion(a, b),
    deployments: (a: ReleaseRow, b: ReleaseRow) => (a.deployments ?? 0) - (b.deployments ?? 0) || byVersion(a, b),
  }[view.sort];
  const sign = view.dir === 'asc' ? 1 : -1;
  return rows.sort((a, b) => sign * order(a, b));
}

/** How many Deployments run each Runtime version. */
export function countByVersion(deployments: readonly { astroRuntimeVersion?: string; runtimeVersion?: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of deployments) {
    const version = d.astroRuntimeVersion || d.runtimeVersion;
    if (version) counts.set(version, (counts.get(version) ?? 0) + 1);
  }
  return counts;
}
