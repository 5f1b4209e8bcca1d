// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SIMULATED_FAILURE_REASON, SIMULATED_UPLOAD_MS } from './deployFlow';
import { RESTART_MS } from '../lifecycle';
import { SEED_IDS } from '../seed';
import { call, useManualClock, type Wire, setupDemoApi } from '../testApi';

const demoDb = setupDemoApi();

const ORG = SEED_IDS.organization;
const D = SEED_IDS.deployments;
const deployment = (id: string) => `/organizations/${ORG}/deployments/${id}`;
const deploys = (id: string) => `${deployment(id)}/deploys`;

describe('deploy history', () => {
  it('lists deploys newest first with paging, including a rollback and git metadata', async () => {
    const all = await call('GET', deploys(D.salesEtlProd), { query: { limit: 100 } });
    expect(all.body.totalCount).toBe(12);
    const times = all.body.deploys.map((x: Wire) => Date.parse(x.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const rollback = all.body.deploys.find((x: Wire) => x.rollbackFromId);
    expect(rollback).toBeDefined();
    const target = all.body.deploys.find((x: Wire) => x.id === rollback.rollbackFromId);
    expect(rollback.imageTag).toBe(target.imageTag);
    expect(all.body.deploys.some((x: Wire) => x.git?.provider === 'GITHUB')).toBe(true);
    expect(all.body.deploys.every((x: Wire) => /^deploy-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}$/.test(x.imageTag))).toBe(true);

    const page = await call('GET', deploys(D.salesEtlProd), { query: { offset: 10, limit: 5 } });
    expect(page.body).toMatchObject({ totalCount: 12, offset: 10, limit: 5 });
    expect(page.body.deploys.map((x: Wire) => x.id)).toEqual(all.body.deploys.slice(10).map((x: Wire) => x.id));
  });

  it('shows the seeded DEPLOYING deployment waiting on an INITIALIZED deploy', async () => {
    const d = (await call('GET', deployment(D.salesEtlStaging))).body;
    expect(d.status).toBe('DEPLOYING');
    expect(d.desiredDagTarballVersion).not.toBe(d.dagTarballVersion);
    const [latest] = (await call('GET', deploys(D.salesEtlStaging))).body.deploys;
    expect(latest).toMatchObject({ status: 'INITIALIZED', dagTarballVersion: d.desiredDagTarballVersion });
  });
});

describe('deploy flow', () => {
  it('create -> INITIALIZED, finalize -> DEPLOYED, and the deployment takes the new image and bundle', async () => {
    const clock = useManualClock(demoDb);
    const before = (await call('GET', deployment(D.salesEtlProd))).body;
    const created = await call('POST', deploys(D.salesEtlProd), { body: { type: 'IMAGE_AND_DAG', description: 'Ship the revenue DAG' } });
    expect(created.body).toMatchObject({
      status: 'INITIALIZED',
      type: 'IMAGE_AND_DAG',
      imageRepository: before.imageRepository,
      description: 'Ship the revenue DAG',
    });
    expect(created.body.dagsUploadUrl).toMatch(/^https:\/\//);
    expect((await call('GET', deployment(D.salesEtlProd))).body.imageTag).toBe(before.imageTag);

    const missing = await call('POST', `${deploys(D.salesEtlProd)}/${created.body.id}/finalize`, { body: {} });
    expect(missing.body.fieldErrors).toEqual([expect.objectContaining({ field: 'dagTarballVersion', code: 'required' })]);

    const version = '2026-11-22T10:00:28.1809730Z';
    const finalized = await call('POST', `${deploys(D.salesEtlProd)}/${created.body.id}/finalize`, { body: { dagTarballVersion: version } });
    expect(finalized.body).toMatchObject({ id: created.body.id, status: 'DEPLOYED', dagTarballVersion: version });

    const during = (await call('GET', deployment(D.salesEtlProd))).body;
    expect(during).toMatchObject({
      status: 'DEPLOYING',
      imageTag: created.body.imageTag,
      desiredDagTarballVersion: version,
      dagTarballVersion: before.dagTarballVersion,
    });
    clock.advance(RESTART_MS);
    const after = (await call('GET', deployment(D.salesEtlProd))).body;
    expect(after).toMatchObject({ status: 'HEALTHY', imageTag: created.body.imageTag, dagTarballVersion: version, desiredDagTarballVersion: version });

    const again = await call('POST', `${deploys(D.salesEtlProd)}/${created.body.id}/finalize`, { body: { dagTarballVersion: version } });
    expect(again.status).toBe(400);
    expect((await call('GET', deploys(D.salesEtlProd))).body.deploys[0].id).toBe(created.body.id);
  });

  it('rolls back to an earlier deploy as a new deploy with rollbackFromId', async () => {
    const history = (await call('GET', deploys(D.marketingAttribution), { query: { limit: 100 } })).body.deploys;
    const target = history[3];
    const rolled = await call('POST', `${deploys(D.marketingAttribution)}/${target.id}/rollback`, { body: { description: 'Back to last week' } });
    expect(rolled.body).toMatchObject({ rollbackFromId: target.id, imageTag: target.imageTag, status: 'DEPLOYED', description: 'Back to last week' });
    expect(rolled.body.id).not.toBe(target.id);
    const d = (await call('GET', deployment(D.marketingAttribution))).body;
    expect(d).toMatchObject({ status: 'DEPLOYING', imageTag: target.imageTag, astroRuntimeVersion: target.astroRuntimeVersion });
    expect((await call('GET', deploys(D.marketingAttribution))).body.deploys[0].id).toBe(rolled.body.id);
  });

  it('validates deploy bodies: type, a 500-char description and git details', async () => {
    const tooLong = await call('POST', deploys(D.salesEtlProd), { body: { type: 'IMAGE_ONLY', description: 'x'.repeat(501) } });
    expect(tooLong.body.fieldErrors).toEqual([expect.objectContaining({ field: 'description', code: 'max' })]);
    const badType = await call('POST', deploys(D.salesEtlProd), { body: { type: 'EVERYTHING' } });
    expect(badType.body.fieldErrors).toEqual([expect.objectContaining({ field: 'type', code: 'oneof' })]);
    const git = await call('POST', deploys(D.salesEtlProd), { body: { type: 'DAG_ONLY', git: { provider: 'GITHUB', commitSha: 'abc' } } });
    expect(git.body.fieldErrors.map((e: Wire) => e.field).sort()).toEqual(['git.account', 'git.repo']);
    const unknownTarget = await call('POST', `${deploys(D.salesEtlProd)}/nope/rollback`, { body: {} });
    expect(unknownTarget.status).toBe(404);
  });

  it('refuses deploys to a hibernating deployment', async () => {
    const { status, body } = await call('POST', deploys(D.analyticsDev), { body: { type: 'IMAGE_AND_DAG' } });
    expect(status).toBe(400);
    expect(body.message).toMatch(/hibernating/);
  });

  it('plays a simulated deploy that finalizes by itself', async () => {
    const clock = useManualClock(demoDb);
    const sim = await call('POST', `/x-demo/deployments/${D.customer360}/simulate-deploy`, {
      body: { type: 'IMAGE_AND_DAG', git: true, description: 'Simulated' },
      token: null,
    });
    expect(sim.body).toMatchObject({ status: 'INITIALIZED', description: 'Simulated', git: expect.objectContaining({ provider: 'GITHUB' }) });
    const uploading = (await call('GET', deployment(D.customer360))).body;
    expect(uploading).toMatchObject({ status: 'DEPLOYING', statusReason: 'Waiting for the deploy to be finalized' });
    expect(uploading.imageTag).not.toBe(sim.body.imageTag);
    const busy = await call('POST', `/x-demo/deployments/${D.customer360}/simulate-deploy`, { body: { type: 'DAG_ONLY' }, token: null });
    expect(busy.body.message).toMatch(/DEPLOYING/);
    clock.advance(SIMULATED_UPLOAD_MS);
    const deploy = (await call('GET', `${deploys(D.customer360)}/${sim.body.id}`)).body;
    expect(deploy.status).toBe('DEPLOYED');
    expect((await call('GET', deployment(D.customer360))).body).toMatchObject({ status: 'DEPLOYING', imageTag: sim.body.imageTag });
    clock.advance(RESTART_MS);
    expect((await call('GET', deployment(D.customer360))).body).toMatchObject({ status: 'HEALTHY', dagTarballVersion: deploy.dagTarballVersion });

    const healthy = (await call('GET', deployment(D.customer360))).body;
    const failing = await call('POST', `/x-demo/deployments/${D.customer360}/simulate-deploy`, { body: { type: 'DAG_ONLY', fail: true } });
    expect((await call('GET', deployment(D.customer360))).body.status).toBe('DEPLOYING');
    clock.advance(SIMULATED_UPLOAD_MS);
    expect((await call('GET', `${deploys(D.customer360)}/${failing.body.id}`)).body.status).toBe('FAILED');
    const after = (await call('GET', deployment(D.customer360))).body;
    expect(after).toMatchObject({ status: 'HEALTHY', dagTarballVersion: healthy.dagTarballVersion, imageTag: healthy.imageTag });
    expect(after.statusReason).toContain(SIMULATED_FAILURE_REASON);
  });

  it('a rollback to an image-only deploy brings back the DAG bundle that ran with it', async () => {
    const history = (await call('GET', deploys(D.salesEtlProd), { query: { limit: 100 } })).body.deploys;
    const imageOnly = history.find((x: Wire) => x.type === 'IMAGE_ONLY' && x.status === 'DEPLOYED');
    expect(imageOnly.dagTarballVersion).toBeUndefined();
    const olderWithDags = history.slice(history.indexOf(imageOnly) + 1).find((x: Wire) => x.dagTarballVersion && x.status === 'DEPLOYED');
    const rolled = (await call('POST', `${deploys(D.salesEtlProd)}/${imageOnly.id}/rollback`, { body: { description: 'Back' } })).body;
    expect(rolled).toMatchObject({ type: 'IMAGE_AND_DAG', imageTag: imageOnly.imageTag, dagTarballVersion: olderWithDags.dagTarballVersion });
  });
});
