import type { ListSpec, ListState } from '../../../shared/lib/listState';
import { compareRuntimeVersionText, parseRuntimeVersion } from '../../../shared/lib/runtimeVersion';
import type { RuntimeEntry } from './catalogue';
import { lifecycleOf, type Lifecycle } from './lifecycle';

export type FleetSort = 'runtime' | 'name' | 'workspace' | 'lifecycle';
export type FleetFilter = 'show' | 'airflow';
export type FleetConcern = 'past-maintenance' | 'yanked';

/** `?show=past-maintenance,yanked&airflow=2&sort=name&dir=asc`: the fleet matrix's view, as a link. */
export const FLEET_SPEC: ListSpec<FleetSort, FleetFilter> = {
  sorts: ['runtime', 'name', 'workspace', 'lifecycle'],
  sort: 'runtime',
  dir: 'asc',
  filters: { show: ['past-maintenance', 'yanked'], airflow: ['2', '3'] },
};

export type FleetView = ListState<FleetSort, FleetFilter>;

/** The fields of a Deployment the matrix reads; any Deployment object fits. */
export interface FleetDeployment {
  id: string;
  name: string;
  workspaceId: string;
  astroRuntimeVersion?: string;
  runtimeVersion?: string;
}

export interface FleetRow<D extends FleetDeployment = FleetDeployment> {
  deployment: D;
  workspaceName: string;
  /** The version it runs, as the API states it ('' when it states none). */
  version: string;
  /** The catalogue's entry; undefined for a version no one can read (a custom tag). */
  entry?: RuntimeEntry;
  lifecycle: Lifecycle;
  /** The Airflow generation; undefined when the version cannot be read. */
  airflowMajor?: number;
  pastMaintenance: boolean;
  yanked: boolean;
}

const UNKNOWN: Lifecycle = { status: 'unknown', derived: false };

export function versionOf(d: FleetDeployment): string {
  return d.astroRuntimeVersion || d.runtimeVersion || '';
}

/** One row per Deployment, with where its Runtime stands on `now`. */
export function fleetRows<D extends FleetDeployment>(
  deployments: readonly D[],
  catalogue: readonly RuntimeEntry[],
  workspaceNames: ReadonlyMap<string, string>,
  now: Date,
): FleetRow<D>[] {
  const byVersion = new Map(catalogue.map((entry) => [entry.version, entry]));
  const lifecycles = new Map<string, Lifecycle>();
  return deployments.map((deployment) => {
    const version = versionOf(deployment);
    const entry = byVersion.get(version);
    let lifecycle = lifecycles.get(version);
    if (!lifecycle) {
      lifecycle = entry ? lifecycleOf(entry, now) : UNKNOWN;
      lifecycles.set(version, lifecycle);
    }
    return {
      deployment,
      workspaceName: workspaceNames.get(deployment.workspaceId) ?? deployment.workspaceId,
      version,
      entry,
      lifecycle,
      airflowMajor: entry?.airflowMajor ?? parseRuntimeVersion(version)?.airflowMajor,
      // Basic Support is past the end of maintenance too; a yanked version past it is both.
      pastMaintenance: (lifecycle.maintenanceDaysLeft ?? 0) < 0,
      yanked: lifecycle.status === 'yanked',
    };
  });
}

/** Which rows the view keeps: any of the chosen concerns (or all rows), on the chosen Airflow generations. */
export function matchesView(row: FleetRow, view: Pick<FleetView, 'show' | 'airflow'>): boolean {
  if (view.airflow.length && !view.airflow.includes(String(row.airflowMajor))) return false;
  if (!view.show.length) return true;
  return (view.show.includes('past-maintenance') && row.pastMaintenance) || (view.show.includes('yanked') && row.yanked);
}

/** Most urgent first: yanked, past maintenance (no support left before Basic Support), unknown, maintained. */
const URGENCY: Record<Lifecycle['status'], number> = { yanked: 0, ended: 1, 'basic-support': 2, unknown: 3, maintained: 4 };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byName = (a: FleetRow, b: FleetRow) => collator.compare(a.deployment.name, b.deployment.name) || (a.deployment.id < b.deployment.id ? -1 : 1);
const ORDER: Record<FleetSort, (a: FleetRow, b: FleetRow) => number> = {
  runtime: (a, b) => compareRuntimeVersionText(a.version, b.version) || byName(a, b),
  name: byName,
  workspace: (a, b) => collator.compare(a.workspaceName, b.workspaceName) || byName(a, b),
  lifecycle: (a, b) =>
    URGENCY[a.lifecycle.status] - URGENCY[b.lifecycle.status] ||
    (a.lifecycle.maintenanceDaysLeft ?? 0) - (b.lifecycle.maintenanceDaysLeft ?? 0) ||
    byName(a, b),
};

/** The rows the view shows, in its order. */
export function viewRows<R extends FleetRow>(rows: readonly R[], view: FleetView): R[] {
  const order = ORDER[view.sort];
  const sign = view.dir === 'asc' ? 1 : -1;
  return rows.filter((row) => matchesView(row, view)).sort((a, b) => sign * order(a, b));
}

export interface WorkspaceCount {
  workspaceId: string;
  workspaceName: string;
  deployments: number;
  pastMaintenance: number;
  yanked: number;
  /** How many the current filters keep. */
  shown: number;
}

/**
 * Per Workspace: its Deployments, how many are past maintenance or yanked, and how many the view shows. Every
 * Workspace in `workspaceNames` has a line, one without Deployments too, so none goes missing unnoticed.
 */
export function countsByWorkspace(
  rows: readonly FleetRow[],
  view: Pick<FleetView, 'show' | 'airflow'>,
  workspaceNames: ReadonlyMap<string, string> = new Map(),
): WorkspaceCount[] {
  const counts = new Map<string, WorkspaceCount>();
  for (const [id, name] of workspaceNames) counts.set(id, { workspaceId: id, workspaceName: name, deployments: 0, pastMaintenance: 0, yanked: 0, shown: 0 });
  for (const row of rows) {
    const id = row.deployment.workspaceId;
    let count = counts.get(id);
    if (!count) {
      count = { workspaceId: id, workspaceName: row.workspaceName, deployments: 0, pastMaintenance: 0, yanked: 0, shown: 0 };
      counts.set(id, count);
    }
    count.deployments++;
    if (row.pastMaintenance) count.pastMaintenance++;
    if (row.yanked) count.yanked++;
    if (matchesView(row, view)) count.shown++;
  }
  return [...counts.values()].sort((a, b) => collator.compare(a.workspaceName, b.workspaceName));
}
