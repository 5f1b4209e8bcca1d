import { deploymentListQuery } from '../../features/deployments/api';
import { pageRoute } from '../../shared/routes/pageRoute';
import { patterns } from '../../shared/routes/paths';

export const deploymentsRoute = pageRoute({
  path: patterns.deployments,
  page: () => import('./DeploymentsPage'),
  data: ({ organizationId = '', workspaceId = '' }) => [deploymentListQuery(organizationId, workspaceId)],
});
