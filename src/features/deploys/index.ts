import { lazy } from 'react';

// Deploys: what runs now, the deploy history, compare, roll back, and how to deploy. Queries are in api.ts.
export { deployingDetail } from './domain/deployStatus';
export { RunsNowSection } from './ui/RunsNowSection';
// The deploy history tab is its own chunk, loaded when first opened.
export const DeploysTab = lazy(() => import('./ui/DeploysTab'));
