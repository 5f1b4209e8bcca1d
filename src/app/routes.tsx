import type { QueryClient } from '@tanstack/react-query';
import { Navigate, useParams, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { deploymentListQuery } from '../api/queries/deployments';
import { workspaceQuery } from '../api/queries/workspaces';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { paths } from './paths';

/** Each page is its own chunk: a first visit downloads only the route it lands on. */
const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({
  Component: (await load()).default,
});

function ToWorkspaces() {
  const { organizationId = '' } = useParams();
  return <Navigate replace to={paths.workspaces(organizationId)} />;
}

function ToDeployments() {
  const { organizationId = '', workspaceId = '' } = useParams();
  return <Navigate replace to={paths.deployments(organizationId, workspaceId)} />;
}

/**
 * The route table. The Deployments list's loader starts its queries at once, so the data downloads while the
 * page's code does instead of after it; it returns nothing and never blocks the navigation.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const prefetchDeployments = ({ params }: LoaderFunctionArgs) => {
    const { organizationId = '', workspaceId = '' } = params;
    void queryClient.prefetchQuery(deploymentListQuery(organizationId, workspaceId));
    void queryClient.prefetchQuery(workspaceQuery(organizationId, workspaceId));
    return null;
  };
  return [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: page(() => import('../pages/HomePage/HomePage')) },
          { path: 'settings', lazy: page(() => import('../pages/SettingsPage/SettingsPage')) },
          { path: 'organizations/:organizationId', element: <ToWorkspaces /> },
          { path: 'organizations/:organizationId/workspaces', lazy: page(() => import('../pages/WorkspacesPage/WorkspacesPage')) },
          { path: 'organizations/:organizationId/workspaces/:workspaceId', element: <ToDeployments /> },
          {
            path: 'organizations/:organizationId/workspaces/:workspaceId/deployments',
            loader: prefetchDeployments,
            // Search, filters and paging live in the query string; they need no loader pass.
            shouldRevalidate: ({ currentUrl, nextUrl }) => currentUrl.pathname !== nextUrl.pathname,
            lazy: page(() => import('../pages/DeploymentsPage/DeploymentsPage')),
          },
          {
            path: 'organizations/:organizationId/workspaces/:workspaceId/deployments/new',
            lazy: page(() => import('../pages/CreateDeploymentPage/CreateDeploymentPage')),
          },
          {
            path: 'organizations/:organizationId/workspaces/:workspaceId/deployments/:deploymentId/:tab?',
            lazy: page(() => import('../pages/DeploymentPage/DeploymentPage')),
          },
          { path: '*', lazy: page(() => import('../pages/NotFoundPage/NotFoundPage')) },
        ],
      },
    ],
  },
];
}
