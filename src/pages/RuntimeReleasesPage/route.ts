import { deploymentListQuery } from '../../features/deployments/api';
import { runtimeReleasesQuery } from '../../features/runtime/api';
import { pageRoute } from '../../shared/routes/pageRoute';
import { patterns } from '../../shared/routes/paths';

/** Both tabs are this one route: the releases and the Deployments (for the counts) start with its code. */
export const runtimeReleasesRoute = pageRoute({
  path: patterns.runtimeReleases,
  page: () => import('./RuntimeReleasesPage'),
  data: ({ organizationId = '' }) => [runtimeReleasesQuery(organizationId), deploymentListQuery(organizationId)],
});
