import { HttpResponse, http } from 'msw';
import { validateHibernationOverride } from '../../features/deployments/domain/hibernationOverride';
import type { DemoDb } from '../db';
import { DEMO_USER } from '../factories';
import { ApiError, apiRoute, invalid, noContent, readJson, type HandlerOptions } from '../http';
import { findDeployment, type DeploymentParams } from './handlers';

const PATH = '*/v1/organizations/:organizationId/deployments/:deploymentId/hibernation-override';

function requireDevelopmentMode(d: { name: string; isDevelopmentMode?: boolean }) {
  if (!d.isDevelopmentMode) {
    throw new ApiError(400, `Deployment "${d.name}" is not in development mode; only development Deployments can hibernate.`);
  }
}

export function hibernationHandlers(db: DemoDb, options: HandlerOptions) {
  return [
    http.post(
      PATH,
      apiRoute<DeploymentParams>(db, options, async ({ params, request }) => {
        const d = findDeployment(db, params);
        requireDevelopmentMode(d);
        const result = validateHibernationOverride(await readJson(request), db.now());
        if (!result.ok) throw invalid(result.errors);
        const override = {
          isActive: true,
          isHibernating: result.value.isHibernating,
          ...(result.value.overrideUntil ? { overrideUntil: result.value.overrideUntil } : {}),
        };
        d.scalingSpec = { hibernationSpec: { ...d.scalingSpec?.hibernationSpec, override } };
        d.updatedAt = db.now().toISOString();
        d.updatedBy = DEMO_USER;
        return HttpResponse.json(override);
      }),
    ),
    http.delete(
      PATH,
      apiRoute<DeploymentParams>(db, options, ({ params }) => {
        const d = findDeployment(db, params);
        requireDevelopmentMode(d);
        if (d.scalingSpec?.hibernationSpec?.override) {
          delete d.scalingSpec.hibernationSpec.override;
          d.updatedAt = db.now().toISOString();
        }
        return noContent();
      }),
    ),
  ];
}
