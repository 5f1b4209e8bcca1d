// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SEED_IDS } from '../../../mocks/seed';
import { call, setupDemoApi } from '../../../mocks/testApi';
import type { Deployment } from '../../../shared/api/types';
import { formFromDeployment } from './deploymentForm';
import { toUpdateRequest } from './updateRequest';

const db = setupDemoApi();
const BASE = `/organizations/${SEED_IDS.organization}/deployments`;
const SEEDED = Object.values(SEED_IDS.deployments);

/** What a save that changes nothing must give back: everything but the stamps of the write and live status. */
function settings(d: Deployment) {
  const { updatedAt: _u, updatedBy: _b, status: _s, statusReason: _r, scalingStatus: _h, ...rest } = d;
  return rest;
}

/**
 * Settings the API returns that the Details form neither shows nor edits, varied over what the seed
 * leaves at its defaults: each must survive a save however it is set.
 */
const unshown = fc.record({
  podEphemeralStorage: fc.array(
    fc.integer({ min: 1, max: 200 }).map((gi) => `${gi}Gi`),
    { minLength: 2, maxLength: 2 },
  ),
  usesTaskPodNodePool: fc.boolean(),
  workloadIdentity: fc.option(fc.constantFrom('arn:aws:iam::123456789012:role/etl', 'etl@acme.iam.gserviceaccount.com'), { nil: undefined }),
  override: fc.option(fc.record({ isHibernating: fc.boolean(), overrideUntil: fc.option(fc.constant('2030-01-01T18:00:00Z'), { nil: undefined }) }), {
    nil: undefined,
  }),
});

type Unshown = typeof unshown extends fc.Arbitrary<infer T> ? T : never;

/** Puts the varied settings into the stored Deployment, as the API could have returned them. */
function store(id: string, u: Unshown) {
  const d = db.state.deployments.find((x) => x.id === id)!;
  d.workerQueues?.forEach((q, i) => {
    if (d.type !== 'HYBRID') q.podEphemeralStorage = u.podEphemeralStorage[i % 2];
  });
  if (d.type === 'HYBRID' && u.usesTaskPodNodePool) d.taskPodNodePoolId = db.state.clusters.find((c) => c.id === d.clusterId)!.nodePools![0]!.id;
  if (u.workloadIdentity) d.effectiveWorkloadIdentity = u.workloadIdentity;
  if (u.override && d.isDevelopmentMode)
    d.scalingSpec = { hibernationSpec: { ...d.scalingSpec?.hibernationSpec, override: { ...u.override, isActive: true } } };
}

const saves = {
  'Details (the form, unchanged)': (d: Deployment) => toUpdateRequest(d, { settings: formFromDeployment(d, db.state.deploymentOptions) }),
  'environment (the variables, unchanged)': (d: Deployment) => toUpdateRequest(d),
};

describe('read → build → save keeps every field the API returned', () => {
  it('the seed has every Deployment type and executor', () => {
    const kinds = new Set(db.state.deployments.map((d) => `${d.type}/${d.executor}`));
    expect(kinds).toEqual(new Set(['STANDARD/CELERY', 'STANDARD/KUBERNETES', 'STANDARD/ASTRO', 'DEDICATED/KUBERNETES', 'DEDICATED/ASTRO', 'HYBRID/CELERY']));
  });

  describe.each(Object.entries(saves))('%s', (_path, build) => {
    it.each(SEEDED)('for seeded Deployment %s', async (id) => {
      await fc.assert(
        fc.asyncProperty(unshown, async (u) => {
          db.reset();
          store(id, u);
          const before = (await call<Deployment>('GET', `${BASE}/${id}`)).body;
          const body = build(before);
          // The body itself carries what the form does not show, whatever the server would fill in for it.
          for (const q of before.workerQueues ?? []) {
            expect(body.workerQueues?.find((b) => b.id === q.id)).toMatchObject(q.podEphemeralStorage ? { podEphemeralStorage: q.podEphemeralStorage } : {});
          }
          if (before.taskPodNodePoolId) expect(body).toMatchObject({ taskPodNodePoolId: before.taskPodNodePoolId });
          const saved = await call<Deployment>('POST', `${BASE}/${id}`, { body });
          expect(saved.status).toBe(200);
          expect(settings(saved.body)).toEqual(settings(before));
        }),
        // The cases the Details save used to lose come first: a Hybrid task pod node pool, queues' own storage.
        { numRuns: 8, examples: [[{ podEphemeralStorage: ['25Gi', '40Gi'], usesTaskPodNodePool: true, workloadIdentity: undefined, override: undefined }]] },
      );
    });
  });
});
