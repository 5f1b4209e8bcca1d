import { http } from 'msw';
import type { DemoDb } from './db';
import { agentTokenHandlers } from './handlers/agentTokens';
import { clusterHandlers } from './handlers/clusters';
import { apiRoute, notFound, type HandlerOptions } from './handlers/common';
import { demoHandlers } from './handlers/demo';
import { deploymentOptionHandlers } from './handlers/deploymentOptions';
import { deploymentHandlers } from './handlers/deployments';
import { deployHandlers } from './handlers/deploys';
import { hibernationHandlers } from './handlers/hibernation';
import { organizationHandlers } from './handlers/organizations';
import { remoteAgentHandlers } from './handlers/remoteAgents';
import { workspaceHandlers } from './handlers/workspaces';

export type { HandlerOptions } from './handlers/common';

/** Every demo API route, bound to one database. Paths are `*\/v1/...`, so any origin and prefix works. */
export function createHandlers(db: DemoDb, options: HandlerOptions = {}) {
  return [
    ...organizationHandlers(db, options),
    ...workspaceHandlers(db, options),
    ...deploymentHandlers(db, options),
    ...hibernationHandlers(db, options),
    ...deployHandlers(db, options),
    ...deploymentOptionHandlers(db, options),
    ...agentTokenHandlers(db, options),
    ...clusterHandlers(db, options),
    ...remoteAgentHandlers(db, options),
    ...demoHandlers(db, options),
    // Anything else under /v1 is an unknown endpoint, answered like a real server would.
    http.all(
      '*/v1/*',
      apiRoute(db, options, ({ url, request }) => {
        throw notFound('Endpoint', `${request.method} ${url.pathname}`);
      }),
    ),
  ];
}
