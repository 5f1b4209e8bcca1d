import type { ComponentType } from 'react';
import type { EnsureQueryDataOptions, QueryClient } from '@tanstack/react-query';
import type { Params, RouteObject, ShouldRevalidateFunction } from 'react-router';

// Any query's options: a loader only starts them, it never reads their data or key.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyQuery = EnsureQueryDataOptions<any, Error, any, any>;

/** What a route keeps in its `handle`: starting its data and code ahead of a navigation (a link's hover). */
export interface PrefetchHandle {
  prefetch: (params: Params) => void;
}

/**
 * Starts the queries and returns at once: nothing waits for them. The page shows its own loading state, and
 * its own error (its query holds it), so a failure here is left to the page.
 */
export function startQueries(queryClient: QueryClient, queries: readonly AnyQuery[]) {
  for (const query of queries) queryClient.ensureQueryData(query).catch(() => undefined);
}

/** Search, filters and paging live in the query string: they change no route's data, so no loader runs for them. */
export const onPathChange: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate;

/** A route's data without code of its own (the shell's lists): a loader that starts it, and the same on a hover. */
export function dataRoute(queryClient: QueryClient, queries: (params: Params) => readonly AnyQuery[]) {
  const start = (params: Params) => startQueries(queryClient, queries(params));
  return {
    loader: ({ params }: { params: Params }) => (start(params), null),
    shouldRevalidate: onPathChange,
    handle: { prefetch: start } satisfies PrefetchHandle,
  } satisfies RouteObject;
}

type PageModule = { default: ComponentType };

/**
 * One page's route: its chunk (`route.lazy`) and its data (the loader) download side by side. The loader
 * does not wait for the data, so neither a first render nor a navigation waits for it: the page shows its
 * loading state. A navigation waits for the page's code only, which a hover on its link has usually fetched.
 */
export function pageRoute({ path, page, data }: { path?: string; page: () => Promise<PageModule>; data?: (params: Params) => readonly AnyQuery[] }) {
  return (queryClient: QueryClient) => {
    const start = (params: Params) => startQueries(queryClient, data?.(params) ?? []);
    return {
      path,
      loader: ({ params }) => (start(params), null),
      shouldRevalidate: onPathChange,
      // The requests first, the code after them: on HTTP/1.1 (six connections) the page's chunks would
      // otherwise queue ahead of its data. The router calls `lazy` before the loader, so it waits a task.
      lazy: { Component: () => afterATask(page).then((module) => module.default) },
      handle: {
        prefetch: (params) => {
          start(params);
          // Only warms the module cache; a failed download shows when the route loads it for real.
          page().catch(() => undefined);
        },
      } satisfies PrefetchHandle,
    } satisfies RouteObject;
  };
}

function afterATask<T>(load: () => Promise<T>) {
  return new Promise((resolve) => setTimeout(resolve)).then(load);
}
