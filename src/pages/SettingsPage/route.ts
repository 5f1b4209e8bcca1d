import { pageRoute } from '../../shared/routes/pageRoute';
import { patterns } from '../../shared/routes/paths';

export const settingsRoute = pageRoute({ path: patterns.settings, page: () => import('./SettingsPage') });
