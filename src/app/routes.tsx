import { Component, lazy, Suspense, useEffect, type ComponentType, type ErrorInfo, type ReactNode, type RefObject } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { Navigate, useLocation, useNavigate, useParams, useRoutes, type RouteObject } from 'react-router';
import { deploymentListQuery } from '../api/queries/deployments';
import { workspaceQuery } from '../api/queries/workspaces';
import { Loading } from '../components/Loading';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { paths } from './paths';

/** Each page is its own chunk: a first visit downloads only the route it lands on. */
const HomePage = lazy(() => import('../pages/HomePage/HomePage'));
const SettingsPage = lazy(() => import('../pages/SettingsPage/SettingsPage'));
const WorkspacesPage = lazy(() => import('../pages/WorkspacesPage/WorkspacesPage'));
const DeploymentsPage = lazy(() => import('../pages/DeploymentsPage/DeploymentsPage'));
const CreateDeploymentPage = lazy(() => import('../pages/CreateDeploymentPage/CreateDeploymentPage'));
const DeploymentPage = lazy(() => import('../pages/DeploymentPage/DeploymentPage'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage/NotFoundPage'));

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

type Prefetch = (queryClient: QueryClient, params: Readonly<Record<string, string | undefined>>) => void;

/** Starts the Deployments list's data while the page's code downloads, instead of after it. */
const prefetchDeployments: Prefetch = (queryClient, { organizationId = '', workspaceId = '' }) => {
  void queryClient.prefetchQuery(deploymentListQuery(organizationId, workspaceId));
  void queryClient.prefetchQuery(workspaceQuery(organizationId, workspaceId));
};

function Page({ page: Lazy, prefetch }: { page: ComponentType; prefetch?: Prefetch }) {
  const queryClient = useQueryClient();
  const params = useParams();
  const { pathname } = useLocation();
  // Outside the Suspense boundary, so it runs while the chunk is still on its way.
  useEffect(() => prefetch?.(queryClient, params), [prefetch, queryClient, pathname]); // eslint-disable-line react-hooks/exhaustive-deps
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
      { index: true, element: <Page page={HomePage} /> },
      { path: 'settings', element: <Page page={SettingsPage} /> },
      { path: 'organizations/:organizationId', element: <ToWorkspaces /> },
      { path: 'organizations/:organizationId/workspaces', element: <Page page={WorkspacesPage} /> },
      { path: 'organizations/:organizationId/workspaces/:workspaceId', element: <ToDeployments /> },
      {
        path: 'organizations/:organizationId/workspaces/:workspaceId/deployments',
        element: <Page page={DeploymentsPage} prefetch={prefetchDeployments} />,
      },
      { path: 'organizations/:organizationId/workspaces/:workspaceId/deployments/new', element: <Page page={CreateDeploymentPage} /> },
      { path: 'organizations/:organizationId/workspaces/:workspaceId/deployments/:deploymentId/:tab?', element: <Page page={DeploymentPage} /> },
      { path: '*', element: <Page page={NotFoundPage} /> },
    ],
  },
];

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
  useEffect(() => {
    authRedirectRef.current = () => toSettingsOnAuthError(navigate);
  }, [authRedirectRef, navigate]);
  return <RegionBoundary>{useRoutes(ROUTES)}</RegionBoundary>;
}
