/**
 * The Deployments list view: search, filters, sort and page, kept in the URL so every view is a link.
 * Pure functions over the fields the list needs; any Deployment object fits.
 */
import { defaultListState, listStateToParams, parseListState, type ListSpec, type ListState } from '../../../shared/lib/listState';
import { compareRuntimeVersions } from '../../../shared/lib/runtimeVersion';
import { EXECUTOR_OPTIONS, STATUS_OPTIONS, TYPE_OPTIONS } from './filterOptions';

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
  // The chips' values: a link with another spelling (`healthy`) reads as the chip it means, and an unknown
  // value is dropped, rather than filtering the list down to nothing with no chip selected.
  filters: { status: values(STATUS_OPTIONS), executor: values(EXECUTOR_OPTIONS), type: values(TYPE_OPTIONS) },
};

function values(options: readonly { value: string }[]) {
  return options.map((option) => option.value);
}

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
const SEVERITY = ['UNHEALTHY', 'UNKNOWN', 'DEPLOYING', 'CREATING', 'HIBERNATING', 'HEALTHY'];
function severity(status: string): number {
  const rank = SEVERITY.indexOf(status);
  return rank === -1 ? SEVERITY.length : rank;
}
const byName = (a: DeploymentRow, b: DeploymentRow) => collator.compare(a.name, b.name);
const byKey: Record<SortKey, (a: DeploymentRow, b: DeploymentRow) => number> = {
  name: byName,
  // Worst first: what needs a look comes to the top, not what happens to sort first alphabetically.
  status: (a, b) => severity(a.status) - severity(b.status) || byName(a, b),
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

const REMEMBERED_SEARCHES = 32;

export interface SearchIndex<T extends DeploymentRow> {
  pageOf(view: DeploymentView): { total: number; page: number; rows: T[] };
}

/**
 * `pageOf` for one sorted list, asked again and again as someone types, answered from its own earlier
 * answers: a search that extends an earlier one (the next keystroke) looks only through that one's matches,
 * and a search seen before (Backspace) is not looked up again. With thousands of rows that is a scan of the
 * few rows still in question per keystroke instead of all of them. Same answers as `pageOf`.
 */
export function createSearchIndex<T extends DeploymentRow>(sorted: readonly T[], texts: readonly string[] = sorted.map(searchText)): SearchIndex<T> {
  const byId = new Map<string, number>();
  sorted.forEach((row, i) => byId.set(row.id.toLowerCase(), i));
  // Indexes into `sorted` of the rows that match, in order, per filters and search text.
  const remembered = new Map<string, readonly number[]>();

  function matches(view: DeploymentView): readonly number[] {
    const needle = view.q.trim().toLowerCase();
    const filters = JSON.stringify([view.status, view.executor, view.type]);
    const known = remembered.get(`${filters}\n${needle}`);
    if (known) return known;
    // Every row whose text contains the needle also contains each of its prefixes.
    let shorter: readonly number[] | undefined;
    for (let n = needle.length - 1; n >= 0 && !shorter; n--) shorter = remembered.get(`${filters}\n${needle.slice(0, n)}`);
    const found: number[] = [];
    if (shorter) {
      for (const i of shorter) if (texts[i]!.includes(needle)) found.push(i);
      // An exact id matches without its text containing the needle, so the shorter search may not have it.
      const idMatch = byId.get(needle);
      if (idMatch !== undefined && !texts[idMatch]!.includes(needle) && matchesView(sorted[idMatch]!, view, needle, texts[idMatch]!)) {
        const at = found.findIndex((i) => i > idMatch);
        found.splice(at === -1 ? found.length : at, 0, idMatch);
      }
    } else {
      for (let i = 0; i < sorted.length; i++) if (matchesView(sorted[i]!, view, needle, texts[i]!)) found.push(i);
    }
    if (remembered.size >= REMEMBERED_SEARCHES) remembered.delete(remembered.keys().next().value!);
    remembered.set(`${filters}\n${needle}`, found);
    return found;
  }

  return {
    pageOf(view: DeploymentView) {
      const found = matches(view);
      const lastPage = Math.max(0, Math.ceil(found.length / view.pageSize) - 1);
      const page = Math.min(view.page, lastPage);
      return { total: found.length, page, rows: found.slice(page * view.pageSize, (page + 1) * view.pageSize).map((i) => sorted[i]!) };
    },
  };
}

export function applyView<T extends DeploymentRow>(rows: readonly T[], view: DeploymentView) {
  return pageOf(sortRows(rows, view.sort, view.dir), view);
}

/** Whether two lists hold the same items (by identity) in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
}
