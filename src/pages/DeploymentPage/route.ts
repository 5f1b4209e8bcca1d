import { deploymentQuery } from '../../features/deployments/api';
import { pageRoute } from '../../shared/routes/pageRoute';
import { patterns } from '../../shared/routes/paths';

/** Every section (tab) is this one route: moving between them keeps the page, and its Deployment. */
export const deploymentRoute = pageRoute({
  path: patterns.deployment,
  page: () => import('./DeploymentPage'),
  data: ({ organizationId = '', deploymentId = '' }) => [deploymentQuery(organizationId, deploymentId)],
});
