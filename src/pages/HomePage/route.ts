import { pageRoute } from '../../shared/routes/pageRoute';

/** The start page (the index route) needs the Organizations only, and the shell's route starts those. */
export const homeRoute = pageRoute({ page: () => import('./HomePage') });
