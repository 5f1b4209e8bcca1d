import { HttpResponse } from 'msw';
import { AGENT_TOKENS_PER_DEPLOYMENT, agentTokenLimitReached, validateCreateAgentToken } from '../../features/remote-agents/domain/agentTokenRules';
import type { DemoDb } from '../db';
import { DEMO_USER } from '../factories';
import type { StoredAgentToken } from '../model';
import { api, ApiError, apiRoute, invalid, noContent, notFound, readJson, type HandlerOptions } from '../http';
import { findDeployment, type DeploymentParams } from '../deployments/handlers';
import { applySorts, pageOf, readPage } from '../paging';

type TokenParams = DeploymentParams & { agentTokenId: string };
const BASE = '/organizations/{organizationId}/deployments/{deploymentId}/agent-tokens';
const SORT_FIELDS = ['name', 'description', 'createdAt', 'updatedAt', 'createdById', 'updatedById', 'tokenStartAt'];

function wireToken({ deploymentId: _deploymentId, ...token }: StoredAgentToken) {
  return token;
}

function findToken(db: DemoDb, params: TokenParams): StoredAgentToken {
  const d = findDeployment(db, params);
  const token = db.state.agentTokens.find((t) => t.id === params.agentTokenId && t.deploymentId === d.id);
  if (!token) throw notFound('Agent token', params.agentTokenId);
  return token;
}

/** Made-up JWT-looking secret; the demo keeps no copy, as the real API shows it only once. */
function newTokenValue(): string {
  const part = (n: number) =>
    Array.from({ length: n }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[Math.floor(Math.random() * 64)]).join('');
  return `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.${part(120)}.${part(86)}`;
}

export function agentTokenHandlers(db: DemoDb, options: HandlerOptions) {
  return [
    api.get(
      BASE,
      apiRoute(db, options, ({ params, url }) => {
        const d = findDeployment(db, params);
        const page = readPage(url);
        const rows = db.state.agentTokens
          .filter((t) => t.deploymentId === d.id)
          .map((t) => ({
            t,
            name: t.name,
            description: t.description,
            createdAt: t.createdAt,
            updatedAt: t.updatedAt,
            createdById: t.createdBy?.id,
            updatedById: t.updatedBy?.id,
            tokenStartAt: t.startAt,
          }));
        const sorted = applySorts(rows, url, SORT_FIELDS, ['createdAt:desc']).map((r) => wireToken(r.t));
        return HttpResponse.json(pageOf('tokens', sorted, page));
      }),
    ),
    api.post(
      BASE,
      apiRoute(db, options, async ({ params, request }) => {
        const d = findDeployment(db, params);
        const result = validateCreateAgentToken(await readJson(request));
        if (!result.ok) throw invalid(result.errors);
        if (!d.remoteExecution?.enabled) {
          throw new ApiError(400, `Deployment "${d.name}" does not use Remote Execution, so it has no agents to give tokens to.`);
        }
        const count = db.state.agentTokens.filter((t) => t.deploymentId === d.id).length;
        if (agentTokenLimitReached(count)) {
          throw new ApiError(
            400,
            `Deployment "${d.name}" already has ${count} agent tokens, the limit is ${AGENT_TOKENS_PER_DEPLOYMENT}. Delete unused tokens first.`,
          );
        }
        const now = db.now();
        const value = newTokenValue();
        const days = result.value.tokenExpiryPeriodInDays;
        const token: StoredAgentToken = {
          id: db.newId(),
          deploymentId: d.id,
          name: result.value.name,
          description: result.value.description ?? '',
          shortToken: value.slice(-6),
          scope: 'DEPLOYMENT',
          kind: 'STANDARD',
          startAt: now.toISOString(),
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
          createdBy: DEMO_USER,
          updatedBy: DEMO_USER,
          roles: [{ entityId: d.id, entityType: 'DEPLOYMENT', role: 'DEPLOYMENT_AGENT' }],
          ...(days ? { expiryPeriodInDays: days, endAt: new Date(now.getTime() + days * 86_400_000).toISOString() } : {}),
        };
        db.state.agentTokens.push(token);
        return HttpResponse.json({ ...wireToken(token), token: value });
      }),
    ),
    api.get(
      `${BASE}/{agentTokenId}`,
      apiRoute(db, options, ({ params }) => HttpResponse.json(wireToken(findToken(db, params)))),
    ),
    api.delete(
      `${BASE}/{agentTokenId}`,
      apiRoute(db, options, ({ params }) => {
        const token = findToken(db, params);
        db.state.agentTokens = db.state.agentTokens.filter((t) => t.id !== token.id);
        return noContent();
      }),
    ),
  ];
}
