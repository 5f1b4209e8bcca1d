import { lazy } from 'react';

// Remote Execution agents: agent tokens, the values.yaml wizard, install commands, agent health.
export const RemoteAgentsTab = lazy(() => import('./ui/RemoteAgentsTab'));
