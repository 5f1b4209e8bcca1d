import { createBrowserRouter, RouterProvider, type createMemoryRouter } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { PrefetchContext } from '../shared/routes/prefetchOnIntent';
import { Providers } from './Providers';
import { createQueryClient } from './queryClient';
import { createRoutes, prefetcher, toSettingsOnAuthError } from './routes';

type Router = ReturnType<typeof createMemoryRouter>;
export type AppParts = { queryClient: QueryClient; router: Router; prefetch: (href: string) => void };

/**
 * The query client and the router need each other: loaders start queries, and a 401 navigates to the
 * settings. Creating the router starts the first page's code and data (its lazy route and loaders), so
 * both download side by side before React renders.
 */
export function createApp(
  createRouter: (routes: ReturnType<typeof createRoutes>) => Router = createBrowserRouter,
  options: Parameters<typeof createQueryClient>[0] = {},
): AppParts {
  const queryClient = createQueryClient({
    ...options,
    // Where the person is going counts: a 401 during the way to the settings (its loaders ask again) stays on it.
    onAuthError: () => toSettingsOnAuthError(router.state.navigation.location ?? router.state.location, (to) => void router.navigate(to)),
  });
  const routes = createRoutes(queryClient);
  const router = createRouter(routes);
  return { queryClient, router, prefetch: prefetcher(router.routes) };
}

export function App({ queryClient, router, prefetch }: AppParts) {
  return (
    <Providers queryClient={queryClient}>
      <PrefetchContext value={prefetch}>
        <RouterProvider router={router} />
      </PrefetchContext>
    </Providers>
  );
}
