import { HttpResponse } from 'msw';
import { validateCreateDeploy, validateDeployDescription, validateFinalizeDeploy } from '../../features/deploys/domain/deployRules';
import type { DemoDb } from '../db';
import { createDeploy, deploysOf, finalizeDeploy, rollbackDeploy } from './deployFlow';
import { effectiveStatus } from '../lifecycle';
import type { StoredDeploy, StoredDeployment } from '../model';
import { api, ApiError, apiRoute, invalid, notFound, readJson, readOptionalJson, type HandlerOptions } from '../http';
import { findDeployment, type DeploymentParams } from '../deployments/handlers';
import { pageOf, readPage } from '../paging';

type DeployParams = DeploymentParams & { deployId: string };
const BASE = '/organizations/{organizationId}/deployments/{deploymentId}/deploys';

function findDeploy(db: DemoDb, params: DeployParams): { d: StoredDeployment; deploy: StoredDeploy } {
  const d = findDeployment(db, params);
  const deploy = db.state.deploys[d.id]?.find((x) => x.id === params.deployId);
  if (!deploy) throw notFound('Deploy', params.deployId);
  return { d, deploy };
}

/** Internal bookkeeping (the simulation plan) stays out of answers. */
function wireDeploy({ simulated: _simulated, ...deploy }: StoredDeploy) {
  return deploy;
}

function requireDeployable(d: StoredDeployment, now: Date) {
  const status = effectiveStatus(d, now);
  if (status === 'CREATING') throw new ApiError(400, `Deployment "${d.name}" is still being created; deploy once it is HEALTHY.`);
  if (status === 'HIBERNATING') throw new ApiError(400, `Deployment "${d.name}" is hibernating; wake it up before deploying.`);
}

export function deployHandlers(db: DemoDb, options: HandlerOptions) {
  return [
    api.get(
      BASE,
      apiRoute(db, options, ({ params, url }) => {
        const d = findDeployment(db, params);
        const page = readPage(url);
        const result = pageOf('deploys', deploysOf(db, d.id), page);
        return HttpResponse.json({ ...result, deploys: result.deploys.map(wireDeploy) });
      }),
    ),
    api.post(
      BASE,
      apiRoute(db, options, async ({ params, request }) => {
        const d = findDeployment(db, params);
        const result = validateCreateDeploy(await readJson(request));
        if (!result.ok) throw invalid(result.errors);
        requireDeployable(d, db.now());
        if (result.value.type === 'DAG_ONLY' && !d.isDagDeployEnabled) {
          throw new ApiError(400, `DAG-only deploys are turned off for Deployment "${d.name}"; deploy the image with its DAGs instead.`);
        }
        return HttpResponse.json(wireDeploy(createDeploy(db, d, result.value)));
      }),
    ),
    api.get(
      `${BASE}/{deployId}`,
      apiRoute(db, options, ({ params }) => HttpResponse.json(wireDeploy(findDeploy(db, params).deploy))),
    ),
    api.post(
      `${BASE}/{deployId}/finalize`,
      apiRoute(db, options, async ({ params, request }) => {
        const { d, deploy } = findDeploy(db, params);
        if (deploy.status !== 'INITIALIZED')
          throw new ApiError(400, `Deploy ${deploy.id} is already ${deploy.status}; only an INITIALIZED deploy can be finalized.`);
        const kind = { type: deploy.bundles ? 'BUNDLE' : deploy.type, isDagDeployEnabled: deploy.isDagDeployEnabled };
        const result = validateFinalizeDeploy(await readOptionalJson(request), kind);
        if (!result.ok) throw invalid(result.errors);
        delete deploy.simulated;
        return HttpResponse.json(wireDeploy(finalizeDeploy(db, d, deploy, result.value)));
      }),
    ),
    api.post(
      `${BASE}/{deployId}/rollback`,
      apiRoute(db, options, async ({ params, request }) => {
        const { d, deploy } = findDeploy(db, params);
        const result = validateDeployDescription(await readOptionalJson(request));
        if (!result.ok) throw invalid(result.errors);
        if (deploy.status !== 'DEPLOYED')
          throw new ApiError(400, `Deploy ${deploy.id} is ${deploy.status}; you can only roll back to a deploy that succeeded.`);
        requireDeployable(d, db.now());
        return HttpResponse.json(wireDeploy(rollbackDeploy(db, d, deploy, result.value.description)));
      }),
    ),
  ];
}
