import { deploymentListQuery } from '../../features/deployments/api';
import { runtimeReleasesQuery } from '../../features/runtime/api';
import { workspacesQuery } from '../../features/workspaces/api';
import { pageRoute } from '../../shared/routes/pageRoute';
import { patterns } from '../../shared/routes/paths';

/**
 * Every tab is this one route: the releases, the Deployments (the counts, the fleet) and the Workspaces (the
 * fleet's names, which the shell's switcher loads anyway) start with its code.
 */
export const runtimeReleasesRoute = pageRoute({
  path: patterns.runtimeReleases,
  page: () => import('./RuntimeReleasesPage'),
  data: ({ organizationId = '' }) => [runtimeReleasesQuery(organizationId), deploymentListQuery(organizationId), workspacesQuery(organizationId)],
});
