import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes, replace, type RouteObject } from 'react-router';
import { organizationsQuery } from '../features/organizations/api';
import { workspacesQuery } from '../features/workspaces/api';
import { createDeploymentRoute } from '../pages/CreateDeploymentPage/route';
import { deploymentRoute } from '../pages/DeploymentPage/route';
import { deploymentsRoute } from '../pages/DeploymentsPage/route';
import { homeRoute } from '../pages/HomePage/route';
import { notFoundRoute } from '../pages/NotFoundPage/route';
import { runtimeReleasesRoute } from '../pages/RuntimeReleasesPage/route';
import { settingsRoute } from '../pages/SettingsPage/route';
import { workspacesRoute } from '../pages/WorkspacesPage/route';
import { dataRoute, type PrefetchHandle } from '../shared/routes/pageRoute';
import { paths, patterns } from '../shared/routes/paths';
import { Loading } from '../shared/ui/Loading';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/**
 * The route table. Each page brings its route (its lazy code and its loader) from its own folder.
 *
 * The layout has no loader and no lazy code, so the shell renders at once on a first visit; the pathless
 * route below it is the page region: its loader starts the shell's lists (the switchers, the breadcrumbs),
 * its HydrateFallback shows while the first page's code downloads, and its error boundary keeps a crashed
 * page inside the shell.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      Component: Layout,
      ErrorBoundary: RouteError,
      children: [
        {
          id: 'page',
          ...dataRoute(queryClient, ({ organizationId }) => [organizationsQuery(), ...(organizationId ? [workspacesQuery(organizationId)] : [])]),
          HydrateFallback: PageLoading,
          ErrorBoundary: RouteError,
          children: [
            { ...homeRoute(queryClient), index: true },
            settingsRoute(queryClient),
            { path: patterns.organization, loader: ({ params }) => replace(paths.workspaces(params.organizationId ?? '')) },
            workspacesRoute(queryClient),
            runtimeReleasesRoute(queryClient),
            {
              path: patterns.workspace,
              loader: ({ params }) => replace(paths.deployments(params.organizationId ?? '', params.workspaceId ?? '')),
            },
            deploymentsRoute(queryClient),
            createDeploymentRoute(queryClient),
            deploymentRoute(queryClient),
            notFoundRoute(queryClient),
          ],
        },
      ],
    },
  ];
}

function PageLoading() {
  return <Loading label="Loading the page" />;
}

/** Starts the code and the data of the routes `href` leads to, as their loaders would: for a link's hover. */
export function prefetcher(routes: RouteObject[]) {
  return (href: string) => {
    for (const { route, params } of matchRoutes(routes, href) ?? []) (route.handle as PrefetchHandle | undefined)?.prefetch(params);
  };
}

/** Where a 401 sends the person: the connection settings, and back to where they were after. */
export function toSettingsOnAuthError(here: { pathname: string; search: string }, navigate: (to: string) => void) {
  if (here.pathname !== paths.settings()) navigate(paths.settings(here.pathname + here.search));
}
