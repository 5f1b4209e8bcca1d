import { Component, lazy, Suspense, useEffect, type ComponentType, type ErrorInfo, type ReactNode, type RefObject } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { matchRoutes, Navigate, useLocation, useNavigate, useParams, useRoutes, type Params, type RouteObject } from 'react-router';
import { isAuthError } from '../shared/api/errors';
import { deploymentListQuery, deploymentQuery } from '../features/deployments/api';
import { organizationsQuery } from '../features/organizations/api';
import { workspacesQuery } from '../features/workspaces/api';
import { Loading } from '../shared/ui/Loading';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { paths } from '../shared/routes/paths';

type PageModule = Promise<{ default: ComponentType }>;
type PageHandle = { load: () => PageModule };

/** Each page is its own chunk: a first visit downloads only the route it lands on. */
function page(load: () => PageModule): Pick<RouteObject, 'element' | 'handle'> {
  const Lazy = lazy(load);
  return { element: <Page page={Lazy} />, handle: { load } satisfies PageHandle };
}

/** A crash in one page region shows here, and the shell around it keeps working. A new `resetKey` clears it. */
class RegionBoundary extends Component<{ children: ReactNode; resetKey?: string }, { failed: boolean; error?: unknown }> {
  state: { failed: boolean; error?: unknown } = { failed: false };
  static getDerivedStateFromError(error: unknown) {
    return { failed: true, error };
  }
  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }
  componentDidUpdate(previous: { resetKey?: string }) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false, error: undefined });
  }
  render() {
    return this.state.failed ? <RouteError error={this.state.error} /> : this.props.children;
  }
}

function Page({ page: Lazy }: { page: ComponentType }) {
  const { pathname } = useLocation();
  // Leaving a crashed page clears its error; moving within a page (a tab) keeps the page mounted.
  return (
    <RegionBoundary resetKey={pathname}>
      <Suspense fallback={<Loading />}>
        <Lazy />
      </Suspense>
    </RegionBoundary>
  );
}

function ToWorkspaces() {
  const { organizationId = '' } = useParams();
  return <Navigate replace to={paths.workspaces(organizationId)} />;
}

function ToDeployments() {
  const { organizationId = '', workspaceId = '' } = useParams();
  return <Navigate replace to={paths.deployments(organizationId, workspaceId)} />;
}

const ROUTES: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, ...page(() => import('../pages/HomePage/HomePage')) },
      { path: 'settings', ...page(() => import('../pages/SettingsPage/SettingsPage')) },
      { path: 'organizations/:organizationId', element: <ToWorkspaces /> },
      { path: 'organizations/:organizationId/workspaces', ...page(() => import('../pages/WorkspacesPage/WorkspacesPage')) },
      { path: 'organizations/:organizationId/workspaces/:workspaceId', element: <ToDeployments /> },
      {
        path: 'organizations/:organizationId/workspaces/:workspaceId/deployments',
        ...page(() => import('../pages/DeploymentsPage/DeploymentsPage')),
      },
      {
        path: 'organizations/:organizationId/workspaces/:workspaceId/deployments/new',
        ...page(() => import('../pages/CreateDeploymentPage/CreateDeploymentPage')),
      },
      {
        path: 'organizations/:organizationId/workspaces/:workspaceId/deployments/:deploymentId/:tab?',
        ...page(() => import('../pages/DeploymentPage/DeploymentPage')),
      },
      { path: '*', ...page(() => import('../pages/NotFoundPage/NotFoundPage')) },
    ],
  },
];

/**
 * Starts what a first visit to `pathname` needs before React renders: the page's chunk, and the data the
 * shell (switchers, breadcrumbs) and the page (the Deployments list, a Deployment) show. Both download side
 * by side; left to the render, the data would wait for the chunk, since the first render waits for it.
 */
export function prefetchRoute(queryClient: QueryClient, pathname: string) {
  const match = matchRoutes(ROUTES, pathname)?.at(-1);
  const { organizationId, workspaceId, deploymentId }: Params = match?.params ?? {};
  // The data first: on HTTP/1.1 (six connections) the page's chunks would otherwise queue ahead of it.
  void queryClient.prefetchQuery(organizationsQuery());
  if (organizationId) {
    void queryClient.prefetchQuery(workspacesQuery(organizationId));
    if (deploymentId) void queryClient.prefetchQuery(deploymentQuery(organizationId, deploymentId));
    else if (workspaceId && match?.route.path?.endsWith('/deployments')) void queryClient.prefetchQuery(deploymentListQuery(organizationId, workspaceId));
  }
  // After the requests above are on the wire (they leave after a few promise steps), not before them.
  const load = (match?.route.handle as PageHandle | undefined)?.load;
  // Only warms the cache: a failed download shows when the page renders, through lazy's own call of `load`.
  if (load) setTimeout(() => load().catch(() => undefined));
}

/** Where a 401 sends the person: the connection settings, and back to where they were after. */
export function toSettingsOnAuthError(navigate: (to: string) => void) {
  const here = window.location.pathname + window.location.search;
  if (window.location.pathname !== paths.settings()) navigate(paths.settings(here));
}

/**
 * The route table, rendered inside a router (declarative mode: no data-router runtime to download).
 * `authRedirectRef` receives the function that sends a 401 to the settings, for the query client to call.
 */
export function AppRoutes({ authRedirectRef }: { authRedirectRef: RefObject<(() => void) | null> }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useEffect(() => {
    authRedirectRef.current = () => toSettingsOnAuthError(navigate);
    // A 401 that came back before the router was here (a first visit's prefetch) leads to the settings too.
    if (queryClient.getQueryCache().getAll().some((query) => isAuthError(query.state.error))) authRedirectRef.current();
  }, [authRedirectRef, navigate, queryClient]);
  return <RegionBoundary>{useRoutes(ROUTES)}</RegionBoundary>;
}
