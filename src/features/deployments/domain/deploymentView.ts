/**
 * The Deployments list view: search, filters, sort and page, kept in the URL so every view is a link.
 * Pure functions over the fields the list needs; any Deployment object fits.
 */
import { defaultListState, listStateToParams, parseListState, type ListSpec, type ListState } from '../../../shared/lib/listState';
import { compareRuntimeVersions } from '../../../shared/lib/runtimeVersion';

export interface DeploymentRow {
  id: string;
  name: string;
  status: string;
  executor?: string;
  type?: string;
  astroRuntimeVersion: string;
  imageTag: string;
  namespace: string;
  updatedAt: string;
  region?: string;
  clusterName?: string;
}

const SORT_KEYS = ['name', 'status', 'runtime', 'updatedAt'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const PAGE_SIZES = [25, 50, 100] as const;

/** The list's URL convention is every list's: see shared/lib/listState. */
export const VIEW_SPEC: ListSpec<SortKey, 'status' | 'executor' | 'type'> = {
  sorts: SORT_KEYS,
  sort: 'name',
  pageSizes: PAGE_SIZES,
  filters: { status: undefined, executor: undefined, type: undefined },
};

export type DeploymentView = ListState<SortKey, 'status' | 'executor' | 'type'>;

export const DEFAULT_VIEW: DeploymentView = defaultListState(VIEW_SPEC);

export function parseView(params: URLSearchParams): DeploymentView {
  return parseListState(VIEW_SPEC, params);
}

/** Only what differs from the default goes into the URL, so links stay short. Pages count from 1 there. */
export function viewToParams(view: DeploymentView): URLSearchParams {
  return listStateToParams(VIEW_SPEC, view);
}

const collator = new Intl.Collator('en', { numeric: true });
const byName = (a: DeploymentRow, b: DeploymentRow) => collator.compare(a.name, b.name);
const byKey: Record<SortKey, (a: DeploymentRow, b: DeploymentRow) => number> = {
  name: byName,
  status: (a, b) => collator.compare(a.status, b.status) || byName(a, b),
  // Every Airflow 3 Runtime (3.1-2) is newer than every Airflow 2 one (12.4.0); unreadable tags sort as text.
  runtime: (a, b) =>
    (compareRuntimeVersions(a.astroRuntimeVersion, b.astroRuntimeVersion) ?? collator.compare(a.astroRuntimeVersion, b.astroRuntimeVersion)) || byName(a, b),
  updatedAt: (a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : byName(a, b)),
};

/** Sorting is the costly step, so the page sorts once per data change and filters the sorted rows per keystroke. */
export function sortRows<T extends DeploymentRow>(rows: readonly T[], sort: SortKey, dir: 'asc' | 'desc'): T[] {
  const compare = byKey[sort];
  return [...rows].sort(dir === 'asc' ? compare : (a, b) => compare(b, a));
}

/** What the search box looks through, lower-cased once per data change rather than per keystroke. */
export function searchText(row: DeploymentRow): string {
  return `${row.name}\n${row.namespace}\n${row.imageTag}`.toLowerCase();
}

function matchesView(row: DeploymentRow, view: DeploymentView, needle: string, text: string): boolean {
  if (view.status.length && !view.status.includes(row.status)) return false;
  if (view.executor.length && !view.executor.includes(row.executor ?? '')) return false;
  if (view.type.length && !view.type.includes(row.type ?? '')) return false;
  return !needle || text.includes(needle) || row.id.toLowerCase() === needle;
}

/**
 * Filters sorted rows and cuts one page. `texts[i]` is `searchText(sorted[i])`, precomputed by the caller.
 * `total` counts the matches; `page` is clamped to the last page.
 */
export function pageOf<T extends DeploymentRow>(sorted: readonly T[], view: DeploymentView, texts: readonly string[] = sorted.map(searchText)) {
  const needle = view.q.trim().toLowerCase();
  const matches = sorted.filter((row, i) => matchesView(row, view, needle, texts[i]!));
  const lastPage = Math.max(0, Math.ceil(matches.length / view.pageSize) - 1);
  const page = Math.min(view.page, lastPage);
  return { total: matches.length, page, rows: matches.slice(page * view.pageSize, (page + 1) * view.pageSize) };
}

export function applyView<T extends DeploymentRow>(rows: readonly T[], view: DeploymentView) {
  return pageOf(sortRows(rows, view.sort, view.dir), view);
}

/** Whether two lists hold the same items (by identity) in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
}
