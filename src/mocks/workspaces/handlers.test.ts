// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SEED_IDS } from '../seed';
import { call, setupDemoApi } from '../testApi';

setupDemoApi();

const ORG = SEED_IDS.organization;
const BASE = `/organizations/${ORG}/workspaces`;

describe('workspaces', () => {
  it('creates, reads, updates and deletes a workspace', async () => {
    const created = await call('POST', BASE, { body: { name: '  Finance  ', description: 'Month-end jobs', cicdEnforcedDefault: true } });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ name: 'Finance', description: 'Month-end jobs', cicdEnforcedDefault: true, organizationId: ORG });
    expect(created.body.id).toMatch(/^c[0-9a-z]{24}$/);

    const read = await call('GET', `${BASE}/${created.body.id}`);
    expect(read.body).toEqual(created.body);

    const updated = await call('POST', `${BASE}/${created.body.id}`, { body: { name: 'Finance Ops', description: '', cicdEnforcedDefault: false } });
    expect(updated.body).toMatchObject({ name: 'Finance Ops', cicdEnforcedDefault: false });
    expect(updated.body.description).toBeUndefined();

    const deleted = await call('DELETE', `${BASE}/${created.body.id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await call('GET', `${BASE}/${created.body.id}`)).status).toBe(404);
  });

  it('answers 400 with field errors for a bad create or update', async () => {
    const empty = await call('POST', BASE, { body: { name: '   ', description: 'x'.repeat(1001) } });
    expect(empty.status).toBe(400);
    expect(empty.body.fieldErrors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'name', code: 'min' }), expect.objectContaining({ field: 'description', code: 'max' })]),
    );
    const tooLong = await call('POST', BASE, { body: { name: 'n'.repeat(51) } });
    expect(tooLong.body.fieldErrors).toEqual([expect.objectContaining({ field: 'name', code: 'max' })]);

    const partialUpdate = await call('POST', `${BASE}/${SEED_IDS.workspaces.sandbox}`, { body: { name: 'Sandbox 2' } });
    expect(partialUpdate.status).toBe(400);
    expect(partialUpdate.body.fieldErrors.map((e: { field: string }) => e.field).sort()).toEqual(['cicdEnforcedDefault', 'description']);

    const notJson = await call('POST', BASE, { body: '{"name":' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.message).toMatch(/not valid JSON/);
  });

  it('refuses to delete a workspace that still has deployments', async () => {
    const { status, body } = await call('DELETE', `${BASE}/${SEED_IDS.workspaces.dataPlatform}`);
    expect(status).toBe(400);
    expect(body.message).toBe('Workspace "Data Platform" still has 7 Deployments; delete or move them before deleting the Workspace.');
    expect((await call('GET', `${BASE}/${SEED_IDS.workspaces.dataPlatform}`)).status).toBe(200);
  });

  it('deletes the empty Sandbox workspace', async () => {
    expect((await call('DELETE', `${BASE}/${SEED_IDS.workspaces.sandbox}`)).status).toBe(204);
    const list = await call('GET', BASE);
    expect(list.body.totalCount).toBe(3);
  });
});
