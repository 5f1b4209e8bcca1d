import { HttpResponse, http } from 'msw';
import { validateCreateDeployment, validateUpdateDeployment } from '../../features/deployments/domain/deploymentRules';
import { fieldError } from '../../shared/lib/fieldErrors';
import type { DemoDb } from '../db';
import { createDeployment, currentOf, rulesContext, updateDeployment } from './writes';
import type { StoredDeployment } from '../model';
import { apiRoute, invalid, noContent, notFound, readJson, requireOrganization, type HandlerOptions } from '../http';
import { applySorts, listParam, pageOf, readPage } from '../paging';

type OrgParams = { organizationId: string };
export type DeploymentParams = OrgParams & { deploymentId: string };

export function findDeployment(db: DemoDb, { organizationId, deploymentId }: DeploymentParams): StoredDeployment {
  requireOrganization(db, organizationId);
  const d = db.findDeployment(organizationId, deploymentId);
  if (!d) throw notFound('Deployment', deploymentId);
  return d;
}

function requireWorkspace(db: DemoDb, organizationId: string, workspaceId: string) {
  if (!db.state.workspaces.some((w) => w.id === workspaceId && w.organizationId === organizationId)) {
    throw invalid([fieldError('workspaceId', 'notfound', `Workspace ${workspaceId} does not exist in this Organization.`)]);
  }
}

export function deploymentHandlers(db: DemoDb, options: HandlerOptions) {
  return [
    http.get(
      '*/v1/organizations/:organizationId/deployments',
      apiRoute<OrgParams>(db, options, ({ params, url }) => {
        requireOrganization(db, params.organizationId);
        const page = readPage(url, null);
        const workspaceIds = listParam(url, 'workspaceIds');
        const deploymentIds = listParam(url, 'deploymentIds');
        const names = listParam(url, 'names');
        const items = db.state.deployments.filter(
          (d) =>
            d.organizationId === params.organizationId &&
            (!workspaceIds.length || workspaceIds.includes(d.workspaceId)) &&
            (!deploymentIds.length || deploymentIds.includes(d.id)) &&
            (!names.length || names.includes(d.name)),
        );
        const sorted = applySorts(items, url, ['name', 'createdAt', 'updatedAt'], ['name:asc']);
        const result = pageOf('deployments', sorted, page);
        return HttpResponse.json({ ...result, deployments: result.deployments.map((d) => db.toWire(d)) });
      }),
    ),
    http.post(
      '*/v1/organizations/:organizationId/deployments',
      apiRoute<OrgParams>(db, options, async ({ params, request }) => {
        requireOrganization(db, params.organizationId);
        const result = validateCreateDeployment(await readJson(request), rulesContext(db));
        if (!result.ok) throw invalid(result.errors);
        requireWorkspace(db, params.organizationId, result.value.workspaceId);
        return HttpResponse.json(db.toWire(createDeployment(db, params.organizationId, result.value)));
      }),
    ),
    http.get(
      '*/v1/organizations/:organizationId/deployments/:deploymentId',
      apiRoute<DeploymentParams>(db, options, ({ params }) => HttpResponse.json(db.toWire(findDeployment(db, params)))),
    ),
    http.post(
      '*/v1/organizations/:organizationId/deployments/:deploymentId',
      apiRoute<DeploymentParams>(db, options, async ({ params, request }) => {
        const d = findDeployment(db, params);
        const result = validateUpdateDeployment(await readJson(request), rulesContext(db), currentOf(db, d));
        if (!result.ok) throw invalid(result.errors);
        requireWorkspace(db, params.organizationId, result.value.workspaceId);
        return HttpResponse.json(db.toWire(updateDeployment(db, d, result.value)));
      }),
    ),
    http.delete(
      '*/v1/organizations/:organizationId/deployments/:deploymentId',
      apiRoute<DeploymentParams>(db, options, ({ params }) => {
        const d = findDeployment(db, params);
        db.state.deployments = db.state.deployments.filter((x) => x.id !== d.id);
        delete db.state.deploys[d.id];
        db.state.agentTokens = db.state.agentTokens.filter((t) => t.deploymentId !== d.id);
        db.state.remoteAgents = db.state.remoteAgents.filter((a) => a.deploymentId !== d.id);
        db.forgetSecrets(d.id);
        return noContent();
      }),
    ),
  ];
}
