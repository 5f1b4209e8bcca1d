/**
 * Every list's view in the URL, in one convention, so a filtered, sorted page is a link:
 *
 *   ?q=text&status=HEALTHY,DEGRADED&sort=name&dir=desc&page=2&pageSize=50
 *
 * `q` is the search, each filter is comma-separated, `sort` + `dir` order the rows, `page` counts from 1
 * (the state counts from 0) and `pageSize` is one of the list's sizes. Only what differs from the default is
 * written, so links stay short. Parsing is lenient: a value in another case (`status=healthy`) reads as the
 * allowed one, and a bad value falls back to its default, never throws. Older links still read: `sort=-key`
 * (descending) and the deploy history's 0-based `page` with `size`. `canonicalParams` is what the URL
 * should then say instead, so that what is shown and what is shared agree.
 */

export type SortDir = 'asc' | 'desc';

export interface ListSpec<S extends string, F extends string> {
  sorts: readonly S[];
  /** The default sort. */
  sort: S;
  /** The default direction; `asc` unless given. */
  dir?: SortDir;
  /** Allowed page sizes; the first is the default. Leave out for a list without pages. */
  pageSizes?: readonly number[];
  /** Filter names, each with its allowed values (`undefined`: any value). */
  filters?: { readonly [K in F]: readonly string[] | undefined };
}

export type ListState<S extends string, F extends string = never> = {
  q: string;
  sort: S;
  dir: SortDir;
  /** Counts from 0. */
  page: number;
  pageSize: number;
} & { [K in F]: string[] };

/** The URL parameters the helper owns; the rest of a query string (a dialog, a comparison) is left as it is. */
const OWN = ['q', 'sort', 'dir', 'page', 'pageSize', 'size'];

function filterNames<F extends string>(spec: ListSpec<string, F>): F[] {
  return Object.keys(spec.filters ?? {}) as F[];
}

/** `value` as it is spelled in `allowed`, ignoring case; any non-empty value when `allowed` is undefined. */
function allowedValue<T extends string>(value: string, allowed: readonly T[] | undefined): T | undefined {
  if (!allowed) return (value || undefined) as T | undefined;
  const lower = value.toLowerCase();
  return allowed.find((option) => option.toLowerCase() === lower);
}

function values(params: URLSearchParams, name: string, allowed: readonly string[] | undefined): string[] {
  const all = params.getAll(name).flatMap((value) => value.split(',').flatMap((one) => allowedValue(one, allowed) ?? []));
  return [...new Set(all)];
}

function whole(raw: string | null): number | undefined {
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : undefined;
}

export function defaultListState<S extends string, F extends string>(spec: ListSpec<S, F>): ListState<S, F> {
  const state = { q: '', sort: spec.sort, dir: spec.dir ?? 'asc', page: 0, pageSize: spec.pageSizes?.[0] ?? 0 } as ListState<S, F>;
  for (const name of filterNames(spec)) (state as Record<string, unknown>)[name] = [];
  return state;
}

export function parseListState<S extends string, F extends string>(spec: ListSpec<S, F>, params: URLSearchParams): ListState<S, F> {
  const state = defaultListState(spec);
  state.q = params.get('q') ?? '';
  for (const name of filterNames(spec)) (state as Record<string, unknown>)[name] = values(params, name, spec.filters![name]);

  let sort = params.get('sort') ?? '';
  let dir = params.get('dir');
  // Older links wrote a descending sort as `-key`.
  if (sort.startsWith('-') && !dir) [sort, dir] = [sort.slice(1), 'desc'];
  state.sort = allowedValue(sort, spec.sorts) ?? state.sort;
  state.dir = allowedValue(dir ?? '', ['asc', 'desc'] as const) ?? state.dir;

  const sizes = spec.pageSizes ?? [];
  // The deploy history's old links said `size` and counted pages from 0.
  const legacy = !params.has('pageSize') && params.has('size');
  const size = whole(params.get(legacy ? 'size' : 'pageSize'));
  if (size !== undefined && sizes.includes(size)) state.pageSize = size;
  const page = whole(params.get('page'));
  if (sizes.length && page !== undefined) state.page = legacy ? page : Math.max(0, page - 1);
  return state;
}

/**
 * `state` written into `base` (the current query string, kept apart from the list's own parameters).
 * `parseListState(spec, listStateToParams(spec, s))` gives `s` back for every state the spec allows.
 */
export function listStateToParams<S extends string, F extends string>(
  spec: ListSpec<S, F>,
  state: ListState<S, F>,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  const names = filterNames(spec);
  for (const name of [...OWN, ...names]) params.delete(name);
  const defaults = defaultListState(spec);
  if (state.q) params.set('q', state.q);
  for (const name of names) {
    const chosen = (state as Record<string, string[]>)[name]!;
    if (chosen.length) params.set(name, chosen.join(','));
  }
  if (state.sort !== defaults.sort) params.set('sort', state.sort);
  if (state.dir !== defaults.dir) params.set('dir', state.dir);
  if (state.page > 0) params.set('page', String(state.page + 1));
  if (state.pageSize !== defaults.pageSize) params.set('pageSize', String(state.pageSize));
  return params;
}

/**
 * The query string as it should read for `params` (same view, today's spelling, nothing unknown), or
 * undefined when it already does. `page` is the page the list really shows, when it knows (a page past the
 * end shows the last one).
 */
export function canonicalParams<S extends string, F extends string>(spec: ListSpec<S, F>, params: URLSearchParams, page?: number): URLSearchParams | undefined {
  const state = parseListState(spec, params);
  const canonical = listStateToParams(spec, page === undefined ? state : { ...state, page }, params);
  const sorted = (p: URLSearchParams) => {
    const copy = new URLSearchParams(p);
    copy.sort();
    return copy.toString();
  };
  return sorted(canonical) === sorted(params) ? undefined : canonical;
}

/** The next state after clicking a column's sort button: the same column flips, another starts ascending. */
export function toggleSort<S extends string>(current: { sort: S; dir: SortDir }, sort: S): { sort: S; dir: SortDir } {
  return { sort, dir: current.sort === sort && current.dir === 'asc' ? 'desc' : 'asc' };
}
