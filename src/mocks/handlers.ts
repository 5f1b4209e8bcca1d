import { http } from 'msw';
import type { DemoDb } from './db';
import { agentTokenHandlers } from './remote-agents/agentTokenHandlers';
import { clusterHandlers } from './clusters/handlers';
import { apiRoute, notFound, type HandlerOptions } from './http';
import { demoHandlers } from './demo/handlers';
import { deploymentOptionHandlers } from './deployments/optionsHandlers';
import { deploymentHandlers } from './deployments/handlers';
import { deployHandlers } from './deploys/handlers';
import { hibernationHandlers } from './deployments/hibernationHandlers';
import { monitoringHandlers } from './monitoring/handlers';
import { organizationHandlers } from './organizations/handlers';
import { remoteAgentHandlers } from './remote-agents/handlers';
import { workspaceHandlers } from './workspaces/handlers';

export type { HandlerOptions } from './http';

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
    ...monitoringHandlers(db, options),
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
