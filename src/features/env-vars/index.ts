import { lazy } from 'react';

// Environment variables: write-only secrets, review before apply, import and export, three-way merge.
export const EnvironmentTab = lazy(() => import('./ui/EnvironmentTab'));
