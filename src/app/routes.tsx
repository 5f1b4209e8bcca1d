import { Navigate, useParams, type RouteObject } from 'react-router';
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

export const routes: RouteObject[] = [
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
