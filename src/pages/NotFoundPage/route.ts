import { pageRoute } from '../../shared/routes/pageRoute';

export const notFoundRoute = pageRoute({ path: '*', page: () => import('./NotFoundPage') });
