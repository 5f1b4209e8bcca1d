import { pageRoute } from '../../shared/routes/pageRoute';
import { patterns } from '../../shared/routes/paths';

export const createDeploymentRoute = pageRoute({ path: patterns.createDeployment, page: () => import('./CreateDeploymentPage') });
