import { HttpResponse } from 'msw';
import type { DemoDb } from '../db';
import type { StoredRemoteAgent } from '../model';
import { api, apiRoute, noContent, notFound, type HandlerOptions } from '../http';
import { findDeployment, type DeploymentParams } from '../deployments/handlers';
import { pageOf, readPage } from '../paging';

type AgentParams = DeploymentParams & { agentId: string };
const BASE = '/organizations/{organizationId}/deployments/{deploymentId}/remote-agents';
const COMPONENT_ORDER = ['WORKER', 'TRIGGERER', 'DAG_PROCESSOR'];

function wireAgent({ deploymentId: _deploymentId, connecting: _connecting, ...agent }: StoredRemoteAgent) {
  return agent;
}

function findAgent(db: DemoDb, params: AgentParams): StoredRemoteAgent {
  const d = findDeployment(db, params);
  const agent = db.state.remoteAgents.find((a) => a.id === params.agentId && a.deploymentId === d.id);
  if (!agent) throw notFound('Remote agent', params.agentId);
  return agent;
}

export function remoteAgentHandlers(db: DemoDb, options: HandlerOptions) {
  // Typed here, outside a route, by hand; api.post still checks the answer against the contract.
  const setCordoned = (isCordoned: boolean) =>
    apiRoute<AgentParams, ReturnType<typeof wireAgent>>(db, options, ({ params }) => {
      const agent = findAgent(db, params);
      agent.isCordoned = isCordoned;
      return HttpResponse.json(wireAgent(agent));
    });
  return [
    api.get(
      BASE,
      apiRoute(db, options, ({ params, url }) => {
        const d = findDeployment(db, params);
        const page = readPage(url);
        const agents = db.state.remoteAgents
          .filter((a) => a.deploymentId === d.id)
          .sort((a, b) => COMPONENT_ORDER.indexOf(a.component) - COMPONENT_ORDER.indexOf(b.component) || a.name.localeCompare(b.name))
          .map(wireAgent);
        return HttpResponse.json(pageOf('agents', agents, page));
      }),
    ),
    api.delete(
      `${BASE}/{agentId}`,
      apiRoute(db, options, ({ params }) => {
        const agent = findAgent(db, params);
        db.state.remoteAgents = db.state.remoteAgents.filter((a) => a.id !== agent.id);
        return noContent();
      }),
    ),
    api.post(`${BASE}/{agentId}/cordon`, setCordoned(true)),
    api.post(`${BASE}/{agentId}/uncordon`, setCordoned(false)),
  ];
}
