import { lazy } from 'react';

// Deployments: the list, create, the overview, Details (edit), hibernation, delete. Their queries are in api.ts.
export { statusReasonText } from './domain/hibernationRules';
export { toUpdateRequest, type UpdateEdit } from './domain/updateRequest';
export { StatusBadge } from './ui/StatusBadge';
export { DeploymentsList } from './ui/list/DeploymentsList';
export { CreateDeployment } from './ui/create/CreateDeployment';
export { default as Overview } from './ui/overview/Overview';
export { DeploymentActions } from './ui/actions/DeploymentActions';
export { OpenAirflowButton } from './ui/actions/OpenAirflowButton';
// The Details tab (react-hook-form, zod) is its own chunk, loaded when first opened.
export const DetailsTab = lazy(() => import('./ui/details/DetailsTab'));
