import { lazy } from 'react';

// Demo controls: reset the demo data, inject latency and failures. Loaded when first opened.
export const DemoPanel = lazy(() => import('./ui/DemoPanel'));
