// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SEED_IDS } from '../../../mocks/seed';
import { call, setupDemoApi } from '../../../mocks/testApi';
import type { Deployment } from '../../../shared/api/types';
import { formFromDeployment, type DeploymentFormValues } from './deploymentForm';
import { restartingChanges } from './restartRule';
import { toUpdateRequest } from './updateRequest';

const db = setupDemoApi();
const BASE = `/organizations/${SEED_IDS.organization}/deployments`;

/** What the change review tells before Save: whether Airflow components restart. */
function reviewSaysRestart(current: Deployment, before: DeploymentFormValues, after: DeploymentFormValues): boolean {
  return restartingChanges(toUpdateRequest(current, { settings: before }), toUpdateRequest(current, { settings: after })).length > 0;
}

/** Edits the Details form allows on any Deployment, each valid for the rules so the save goes through. */
const edit = fc.record(
  {
    description: fc.constantFrom('', 'Nightly jobs.'),
    contactEmails: fc.constantFrom('', 'ops@acme-data.example'),
    isCicdEnforced: fc.boolean(),
    isDagDeployEnabled: fc.boolean(),
    schedulerSize: fc.constantFrom('SMALL', 'MEDIUM', 'LARGE'),
    isHighAvailability: fc.boolean(),
    schedulerAu: fc.integer({ min: 5, max: 24 }),
    pod: fc.constantFrom(['1', '2Gi'], ['2', '4Gi']),
    maxWorkerCount: fc.integer({ min: 10, max: 12 }),
    taskLogBucket: fc.constantFrom('', 's3://acme-airflow-task-logs/edge', 's3://acme-logs/other'),
    allowedIpAddressRanges: fc.constantFrom('203.0.113.0/24', '10.0.0.0/8'),
  },
  { requiredKeys: [] },
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(v: DeploymentFormValues, e: Edit, d: Deployment): DeploymentFormValues {
  const hosted = d.type !== 'HYBRID';
  return {
    ...v,
    ...(e.description !== undefined ? { description: e.description } : {}),
    ...(e.contactEmails !== undefined ? { contactEmails: e.contactEmails } : {}),
    ...(e.isCicdEnforced !== undefined ? { isCicdEnforced: e.isCicdEnforced } : {}),
    ...(e.isDagDeployEnabled !== undefined ? { isDagDeployEnabled: e.isDagDeployEnabled } : {}),
    ...(hosted && e.schedulerSize ? { schedulerSize: e.schedulerSize } : {}),
    ...(hosted && !d.isDevelopmentMode && e.isHighAvailability !== undefined ? { isHighAvailability: e.isHighAvailability } : {}),
    ...(!hosted && e.schedulerAu !== undefined ? { schedulerAu: e.schedulerAu } : {}),
    ...(hosted && v.executionMode === 'HOSTED' && e.pod ? { defaultTaskPodCpu: e.pod[0], defaultTaskPodMemory: e.pod[1] } : {}),
    ...(e.maxWorkerCount !== undefined ? { workerQueues: v.workerQueues.map((q, i) => (i === 0 ? { ...q, maxWorkerCount: e.maxWorkerCount! } : q)) } : {}),
    ...(v.executionMode === 'REMOTE' && e.taskLogBucket !== undefined ? { taskLogBucket: e.taskLogBucket } : {}),
    ...(v.executionMode === 'REMOTE' && e.allowedIpAddressRanges !== undefined ? { allowedIpAddressRanges: e.allowedIpAddressRanges } : {}),
  };
}

describe('one restart rule: the review restarts exactly what the demo backend restarts', () => {
  // Deployments already on the move (creating, deploying) cannot show whether the save restarted them.
  const resting = db.state.deployments.filter((d) => !d.transition).map((d) => d.id);

  it.each(resting)('for edits to seeded Deployment %s', async (id) => {
    await fc.assert(
      fc.asyncProperty(edit, async (e) => {
        db.reset();
        const current = (await call<Deployment>('GET', `${BASE}/${id}`)).body;
        const before = formFromDeployment(current, db.state.deploymentOptions);
        const after = applyEdit(before, e, current);
        const saved = await call<Deployment>('POST', `${BASE}/${id}`, { body: toUpdateRequest(current, { settings: after }) });
        expect(saved.status).toBe(200);
        const restarted = db.state.deployments.find((d) => d.id === id)!.transition?.status === 'DEPLOYING';
        expect(reviewSaysRestart(current, before, after)).toBe(restarted);
      }),
      // A change of where task logs go (the review used to say "Nothing restarts" while the backend restarted).
      { numRuns: 12, examples: [[{ taskLogBucket: 's3://acme-logs/other' }]] },
    );
  });
});
