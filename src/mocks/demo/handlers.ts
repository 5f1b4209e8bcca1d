import { HttpResponse, http } from 'msw';
import { z } from 'zod';
import { fieldError, runSchema } from '../../shared/lib/fieldErrors';
import type { DemoDb } from '../db';
import { simulateDeploy } from '../deploys/deployFlow';
import { checkSecret, generateVariables, scaleDeployments, simulateAgents } from './operations';
import { effectiveStatus } from '../lifecycle';
import { ApiError, demoRoute, invalid, noContent, notFound, readJson, type HandlerOptions } from '../http';

const faultsSchema = z.object({
  latencyMs: z.number().int().min(0).max(10_000),
  errorRate: z.number().min(0).max(1),
});
const scaleSchema = z.object({ deployments: z.number().int().min(1).max(20_000), workspaceId: z.string().min(1) });
const simulateDeploySchema = z.object({
  type: z.enum(['IMAGE_AND_DAG', 'IMAGE_ONLY', 'DAG_ONLY', 'BUNDLE']),
  fail: z.boolean().optional(),
  description: z.string().max(500).optional(),
  git: z.boolean().optional(),
});
const simulateAgentsSchema = z.object({ outcome: z.enum(['HEALTHY', 'AUTH_FAILED']) });
const secretCheckSchema = z.object({ key: z.string().min(1), value: z.string() });
const generateVariablesSchema = z.object({ count: z.number().int().min(1).max(5000) });

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = runSchema(schema, input);
  if (!result.ok) throw invalid(result.errors);
  return result.value;
}

function deploymentById(db: DemoDb, id: string) {
  const d = db.state.deployments.find((x) => x.id === id);
  if (!d) throw notFound('Deployment', id);
  return d;
}

/** Demo controls: no auth and no injected faults, so the console can always reach them. */
export function demoHandlers(db: DemoDb, options: HandlerOptions) {
  return [
    http.post(
      '*/v1/x-demo/reset',
      demoRoute(db, options, () => {
        db.reset();
        return noContent();
      }),
    ),
    http.get(
      '*/v1/x-demo/faults',
      demoRoute(db, options, () => HttpResponse.json(db.state.faults)),
    ),
    http.put(
      '*/v1/x-demo/faults',
      demoRoute(db, options, async ({ request }) => {
        db.state.faults = parse(faultsSchema, await readJson(request));
        return HttpResponse.json(db.state.faults);
      }),
    ),
    http.post(
      '*/v1/x-demo/scale',
      demoRoute(db, options, async ({ request }) => {
        const input = parse(scaleSchema, await readJson(request));
        if (!db.state.workspaces.some((w) => w.id === input.workspaceId)) {
          throw invalid([fieldError('workspaceId', 'notfound', `Workspace ${input.workspaceId} does not exist.`)]);
        }
        scaleDeployments(db, input.workspaceId, input.deployments);
        return noContent();
      }),
    ),
    http.post(
      '*/v1/x-demo/deployments/:deploymentId/simulate-deploy',
      demoRoute<{ deploymentId: string }>(db, options, async ({ params, request }) => {
        const d = deploymentById(db, params.deploymentId);
        const input = parse(simulateDeploySchema, await readJson(request));
        if (input.type === 'DAG_ONLY' && !d.isDagDeployEnabled) throw new ApiError(400, `DAG-only deploys are turned off for "${d.name}".`);
        const status = effectiveStatus(d, db.now());
        if (status === 'CREATING' || status === 'HIBERNATING' || status === 'DEPLOYING') {
          throw new ApiError(400, `Deployment "${d.name}" is ${status}; simulate a deploy once it is HEALTHY.`);
        }
        const { simulated: _simulated, ...deploy } = simulateDeploy(db, d, input);
        return HttpResponse.json(deploy);
      }),
    ),
    http.post(
      '*/v1/x-demo/deployments/:deploymentId/secret-check',
      demoRoute<{ deploymentId: string }>(db, options, async ({ params, request }) => {
        const d = deploymentById(db, params.deploymentId);
        return HttpResponse.json(checkSecret(db, d, parse(secretCheckSchema, await readJson(request))));
      }),
    ),
    http.post(
      '*/v1/x-demo/deployments/:deploymentId/generate-variables',
      demoRoute<{ deploymentId: string }>(db, options, async ({ params, request }) => {
        const d = deploymentById(db, params.deploymentId);
        generateVariables(db, d, parse(generateVariablesSchema, await readJson(request)).count);
        return noContent();
      }),
    ),
    http.post(
      '*/v1/x-demo/deployments/:deploymentId/simulate-agents',
      demoRoute<{ deploymentId: string }>(db, options, async ({ params, request }) => {
        const d = deploymentById(db, params.deploymentId);
        const input = parse(simulateAgentsSchema, await readJson(request));
        if (!d.remoteExecution?.enabled) throw new ApiError(400, `Deployment "${d.name}" does not use Remote Execution.`);
        simulateAgents(db, d, input.outcome);
        return noContent();
      }),
    ),
  ];
}
