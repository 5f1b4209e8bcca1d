import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { canonicalParams, listStateToParams, parseListState, type ListSpec, type ListState } from '../lib/listState';

/**
 * A list's view, read from and written to the URL through `shared/lib/listState`. `change` merges a patch
 * and goes back to the first page (pass `page` to stay); `replace` writes a whole state.
 *
 * History: a filter, a sort, a page or a page size is a step of its own, so Back undoes it, as on any
 * link-driven list. Typing a search is not (a Back per keystroke would be useless): a change of `q` alone
 * replaces the entry it is typed in. A link that the list reads differently from what it says (`status=healthy`,
 * an old `sort=-key`) is rewritten in place, once, so what is shown is what gets shared.
 *
 * Writes merge into the query string as last written or rendered, not into the one a callback saw when it
 * was made: a search box that writes 300 ms after its keystroke must not undo a filter chosen in between
 * (useSearchParams' functional update would hand it the query string of its own render).
 */
export function useListState<S extends string, F extends string = never>(spec: ListSpec<S, F>) {
  const [params] = useSearchParams();
  const state = useMemo(() => parseListState(spec, params), [spec, params]);
  const navigate = useNavigate();
  const latest = useRef(params);
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);

  const write = useCallback(
    (search: URLSearchParams, replace: boolean) => {
      latest.current = search;
      void navigate({ search: `?${search}` }, { replace });
    },
    [navigate],
  );

  /** `extra` sets (or, with '', removes) parameters that are not the list's, such as an open comparison. */
  const replace = useCallback(
    (next: ListState<S, F>, extra: Record<string, string> = {}) => {
      const before = parseListState(spec, latest.current);
      const search = listStateToParams(spec, next, latest.current);
      for (const [name, value] of Object.entries(extra)) {
        if (value) search.set(name, value);
        else search.delete(name);
      }
      // Everything but the search and the page, as the URL would say it.
      const rest = (s: ListState<S, F>) => listStateToParams(spec, { ...s, q: '', page: 0 }).toString();
      const step = Object.keys(extra).length > 0 || rest(next) !== rest(before) || (next.q === before.q && next.page !== before.page);
      write(search, !step);
    },
    [spec, write],
  );
  const change = useCallback(
    (patch: Partial<ListState<S, F>>, extra?: Record<string, string>) => replace({ ...parseListState(spec, latest.current), page: 0, ...patch }, extra),
    [replace, spec],
  );

  const fixed = useMemo(() => canonicalParams(spec, params), [spec, params]);
  useEffect(() => {
    if (fixed) write(fixed, true);
  }, [fixed, write]);

  return { state, params, change, replace, spec, write };
}

/**
 * For a list with pages, once it knows which page it shows for the URL's view: a page past the end (an old
 * link, rows deleted meanwhile) shows the last page, and the URL is corrected to say so.
 */
export function useUrlShowsPage<S extends string, F extends string>(
  list: Pick<ReturnType<typeof useListState<S, F>>, 'spec' | 'params' | 'write'>,
  shownPage: number | undefined,
) {
  const { spec, params, write } = list;
  const fixed = useMemo(() => (shownPage === undefined ? undefined : canonicalParams(spec, params, shownPage)), [spec, params, shownPage]);
  useEffect(() => {
    if (fixed) write(fixed, true);
  }, [fixed, write]);
}
