import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { listStateToParams, parseListState, type ListSpec, type ListState } from '../lib/listState';

/**
 * A list's view, read from and written to the URL through `shared/lib/listState`. `change` merges a patch
 * and goes back to the first page (pass `page` to stay); `replace` writes a whole state. Both replace the
 * history entry: a list's view is not a page of its own.
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

  /** `extra` sets (or, with '', removes) parameters that are not the list's, such as an open comparison. */
  const replace = useCallback(
    (next: ListState<S, F>, extra: Record<string, string> = {}) => {
      const search = listStateToParams(spec, next, latest.current);
      for (const [name, value] of Object.entries(extra)) {
        if (value) search.set(name, value);
        else search.delete(name);
      }
      latest.current = search;
      void navigate({ search: `?${search}` }, { replace: true });
    },
    [navigate, spec],
  );
  const change = useCallback(
    (patch: Partial<ListState<S, F>>, extra?: Record<string, string>) => replace({ ...parseListState(spec, latest.current), page: 0, ...patch }, extra),
    [replace, spec],
  );

  // An old link (`sort=-key`, `size=`) is rewritten once into today's form, so it is what gets shared on.
  const legacy = params.has('size') || (params.get('sort') ?? '').startsWith('-');
  useEffect(() => {
    if (legacy) replace(state);
  }, [legacy, replace, state]);

  return { state, params, change, replace };
}
