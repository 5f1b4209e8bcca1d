import { HttpResponse, http } from 'msw';
import { fieldError } from '../../shared/lib/fieldErrors';
import type { DemoDb } from '../db';
import type { DeploymentOptions } from '../model';
import { apiRoute, invalid, notFound, requireOrganization, type HandlerOptions } from '../http';

const TYPES = ['HYBRID', 'DEDICATED', 'STANDARD'];
const EXECUTORS = ['CELERY', 'KUBERNETES', 'ASTRO'];
const PROVIDERS = ['AWS', 'AZURE', 'GCP'];

export function deploymentOptionHandlers(db: DemoDb, options: HandlerOptions) {
  return [
    http.get(
      '*/v1/organizations/:organizationId/deployment-options',
      apiRoute<{ organizationId: string }>(db, options, ({ params, url }) => {
        requireOrganization(db, params.organizationId);
        const q = url.searchParams;
        const errors = [
          ['deploymentType', TYPES],
          ['executor', EXECUTORS],
          ['cloudProvider', PROVIDERS],
        ].flatMap(([name, allowed]) => {
          const value = q.get(name as string);
          return value !== null && !(allowed as string[]).includes(value)
            ? [fieldError(name as string, 'oneof', `Must be one of: ${(allowed as string[]).join(', ')}.`)]
            : [];
        });
        if (errors.length) throw invalid(errors);
        let type = q.get('deploymentType');
        const deploymentId = q.get('deploymentId');
        if (deploymentId) {
          const d = db.findDeployment(params.organizationId, deploymentId);
          if (!d) throw notFound('Deployment', deploymentId);
          type ??= d.type ?? 'STANDARD';
        }
        const all = db.state.deploymentOptions;
        // Hybrid clusters run only the Celery and Kubernetes executors.
        const result: DeploymentOptions = type === 'HYBRID' ? { ...all, executors: all.executors.filter((e) => e !== 'ASTRO') } : all;
        return HttpResponse.json(result);
      }),
    ),
  ];
}
