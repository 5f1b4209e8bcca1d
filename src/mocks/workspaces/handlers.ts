import { HttpResponse } from 'msw';
import { fieldError } from '../../shared/lib/fieldErrors';
import { validateCreateWorkspace, validateUpdateWorkspace } from '../../features/workspaces/domain/workspaceRules';
import type { DemoDb } from '../db';
import { DEMO_USER } from '../factories';
import type { Workspace } from '../model';
import { api, ApiError, apiRoute, invalid, noContent, notFound, readJson, requireOrganization, type HandlerOptions } from '../http';
import { applySorts, listParam, pageOf, readPage } from '../paging';

type OrgParams = { organizationId: string };
type WorkspaceParams = OrgParams & { workspaceId: string };

function findWorkspace(db: DemoDb, { organizationId, workspaceId }: WorkspaceParams): Workspace {
  requireOrganization(db, organizationId);
  const workspace = db.state.workspaces.find((w) => w.id === workspaceId && w.organizationId === organizationId);
  if (!workspace) throw notFound('Workspace', workspaceId);
  return workspace;
}

function checkDefaultCluster(db: DemoDb, clusterId: string | undefined) {
  if (clusterId && !db.state.clusters.some((c) => c.id === clusterId)) {
    throw invalid([fieldError('defaultClusterId', 'notfound', `Cluster ${clusterId} does not exist.`)]);
  }
}

function applyDestination(
  workspace: Workspace,
  input: { defaultClusterId?: string; defaultCloudProvider?: Workspace['defaultCloudProvider']; defaultRegion?: string },
) {
  delete workspace.defaultClusterId;
  delete workspace.defaultCloudProvider;
  delete workspace.defaultRegion;
  if (input.defaultClusterId) workspace.defaultClusterId = input.defaultClusterId;
  if (input.defaultCloudProvider) workspace.defaultCloudProvider = input.defaultCloudProvider;
  if (input.defaultRegion) workspace.defaultRegion = input.defaultRegion;
}

export function workspaceHandlers(db: DemoDb, options: HandlerOptions) {
  return [
    api.get(
      '/organizations/{organizationId}/workspaces',
      apiRoute(db, options, ({ params, url }) => {
        requireOrganization(db, params.organizationId);
        const page = readPage(url);
        const ids = listParam(url, 'workspaceIds');
        const names = listParam(url, 'names');
        const items = db.state.workspaces.filter(
          (w) => w.organizationId === params.organizationId && (!ids.length || ids.includes(w.id)) && (!names.length || names.includes(w.name)),
        );
        return HttpResponse.json(pageOf('workspaces', applySorts(items, url, ['name', 'createdAt', 'updatedAt'], ['name:asc']), page));
      }),
    ),
    api.post(
      '/organizations/{organizationId}/workspaces',
      apiRoute(db, options, async ({ params, request }) => {
        requireOrganization(db, params.organizationId);
        const result = validateCreateWorkspace(await readJson(request));
        if (!result.ok) throw invalid(result.errors);
        checkDefaultCluster(db, result.value.defaultClusterId);
        const at = db.now().toISOString();
        const workspace: Workspace = {
          id: db.newId(),
          organizationId: params.organizationId,
          organizationName: db.state.organizations.find((o) => o.id === params.organizationId)?.name,
          name: result.value.name,
          cicdEnforcedDefault: result.value.cicdEnforcedDefault ?? false,
          createdAt: at,
          updatedAt: at,
          createdBy: DEMO_USER,
          updatedBy: DEMO_USER,
        };
        if (result.value.description) workspace.description = result.value.description;
        applyDestination(workspace, result.value);
        db.state.workspaces.push(workspace);
        return HttpResponse.json(workspace);
      }),
    ),
    api.get(
      '/organizations/{organizationId}/workspaces/{workspaceId}',
      apiRoute(db, options, ({ params }) => HttpResponse.json(findWorkspace(db, params))),
    ),
    api.post(
      '/organizations/{organizationId}/workspaces/{workspaceId}',
      apiRoute(db, options, async ({ params, request }) => {
        const workspace = findWorkspace(db, params);
        const result = validateUpdateWorkspace(await readJson(request));
        if (!result.ok) throw invalid(result.errors);
        checkDefaultCluster(db, result.value.defaultClusterId);
        workspace.name = result.value.name;
        workspace.cicdEnforcedDefault = result.value.cicdEnforcedDefault;
        if (result.value.description) workspace.description = result.value.description;
        else delete workspace.description;
        applyDestination(workspace, result.value);
        workspace.updatedAt = db.now().toISOString();
        workspace.updatedBy = DEMO_USER;
        return HttpResponse.json(workspace);
      }),
    ),
    api.delete(
      '/organizations/{organizationId}/workspaces/{workspaceId}',
      apiRoute(db, options, ({ params }) => {
        const workspace = findWorkspace(db, params);
        const count = db.state.deployments.filter((d) => d.workspaceId === workspace.id).length;
        if (count > 0) {
          throw new ApiError(
            400,
            `Workspace "${workspace.name}" still has ${count} Deployment${count === 1 ? '' : 's'}; delete or move ${count === 1 ? 'it' : 'them'} before deleting the Workspace.`,
          );
        }
        db.state.workspaces = db.state.workspaces.filter((w) => w.id !== workspace.id);
        return noContent();
      }),
    ),
  ];
}
