// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SEED_IDS } from '../seed';
import { call, setupDemoApi, useManualClock } from '../testApi';
import { AUDIT_KEPT, withoutSecrets } from './audit';

const demoDb = setupDemoApi();
const ORG = SEED_IDS.organization;

type Event = Record<string, unknown>;

/** The export read line by line (fetch has undone the gzip encoding, as a browser's does). */
async function exportAudit(query = '') {
  const response = await fetch(`http://demo.test/api/v1/organizations/${ORG}/audit-logs${query}`, { headers: { Authorization: 'Bearer demo' } });
  const text = await response.text();
  const lines = text.split('\n');
  const read = response.ok ? { events: lines.filter(Boolean).map((line) => JSON.parse(line) as Event), endsWithNewline: lines.at(-1) === '' } : undefined;
  return { status: response.status, read, response };
}

describe('the audit trail (GetOrganizationAuditLogs)', () => {
  it('records each write by the demo user, with its request id, and exports it as NDJSON', async () => {
    useManualClock(demoDb);
    expect((await exportAudit()).read?.events).toEqual([]);
    const created = await call('POST', `/organizations/${ORG}/workspaces`, { body: { name: 'Audited' } });
    await call('GET', `/organizations/${ORG}/workspaces`);

    const { response, read } = await exportAudit();
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(read?.events).toEqual([
      expect.objectContaining({
        subjectId: demoDb.state.self.id,
        subjectType: 'USER',
        organizationId: ORG,
        method: 'POST',
        path: `/v1alpha1/organizations/${ORG}/workspaces`,
        responseStatus: 200,
        requestId: expect.stringMatching(/^req_/),
        requestBody: { name: 'Audited' },
        timestamp: demoDb.now().toISOString(),
      }),
    ]);
    expect(created.status).toBe(200);
  });

  it('never records a secret value', async () => {
    useManualClock(demoDb);
    const id = SEED_IDS.deployments.salesEtlProd;
    const d = (await call('GET', `/organizations/${ORG}/deployments/${id}`)).body;
    const small = {
      environmentVariables: [
        { key: 'WAREHOUSE_PASSWORD', value: 'hunter2-secret', isSecret: true },
        { key: 'REGION', value: 'eu-west-1', isSecret: false },
      ],
    };
    expect(JSON.stringify(withoutSecrets(small))).toContain('eu-west-1');
    expect(JSON.stringify(withoutSecrets(small))).not.toContain('hunter2-secret');
    const body = {
      ...d,
      environmentVariables: [
        { key: 'WAREHOUSE_PASSWORD', value: 'hunter2-secret', isSecret: true },
        { key: 'REGION', value: 'eu-west-1', isSecret: false },
      ],
    };
    await call('POST', `/organizations/${ORG}/deployments/${id}`, { body });
    const text = JSON.stringify((await exportAudit()).read?.events);
    expect(text).not.toContain('hunter2-secret');
    // A whole Deployment is too large to keep in the saved trail: it keeps which fields were sent.
    const [event] = (await exportAudit()).read!.events;
    expect(event!.requestBody).toEqual({ fieldsSent: expect.arrayContaining(['environmentVariables', 'name']) });
    expect(withoutSecrets({ agentToken: 'x', nested: [{ apiKey: 'y', keep: 1 }] })).toEqual({ nested: [{ keep: 1 }] });
  });

  it('answers the window asked for, keeps 90 days, and keeps a bounded trail', async () => {
    const clock = useManualClock(demoDb);
    await call('POST', `/organizations/${ORG}/workspaces`, { body: { name: 'Early' } });
    clock.advance(2 * 3_600_000);
    await call('POST', `/organizations/${ORG}/workspaces`, { body: { name: 'Late' } });
    const lastHour = new Date(clock.now().getTime() - 3_600_000).toISOString();
    const recent = await exportAudit(`?startDate=${lastHour}`);
    expect(recent.read?.events.map((e) => (e.requestBody as { name: string }).name)).toEqual(['Late']);
    const old = new Date(clock.now().getTime() - 91 * 86_400_000).toISOString();
    expect((await exportAudit(`?startDate=${old}`)).status).toBe(400);

    for (let i = 0; i < AUDIT_KEPT + 5; i++) demoDb.state.audit!.push({ ...demoDb.state.audit![0]! });
    await call('POST', `/organizations/${ORG}/workspaces`, { body: { name: 'Newest' } });
    expect(demoDb.state.audit).toHaveLength(AUDIT_KEPT);
  });

  it('is for Organization Owners only', async () => {
    useManualClock(demoDb);
    demoDb.state.self.roles = [{ role: 'ORGANIZATION_MEMBER', scope: { type: 'ORGANIZATION', entityId: ORG } }];
    const { status, response } = await exportAudit();
    expect(status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/json/);
  });
});
