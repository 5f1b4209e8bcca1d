import { deploymentListQuery } from '../../features/deployments/api';
import { pageRoute } from '../../shared/routes/pageRoute';
import { patterns } from '../../shared/routes/paths';

/** The Workspaces come with the shell's lists; the page adds each Workspace's count of Deployments. */
export const workspacesRoute = pageRoute({
  path: patterns.workspaces,
  page: () => import('./WorkspacesPage'),
  data: ({ organizationId = '' }) => [deploymentListQuery(organizationId)],
});
