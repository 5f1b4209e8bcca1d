// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { AGENT_TOKENS_PER_DEPLOYMENT } from '../../features/remote-agents/domain/agentTokenRules';
import { AGENT_CONNECT_MS } from '../lifecycle';
import { SEED_IDS } from '../seed';
import { call, useManualClock, type Wire, setupDemoApi } from '../testApi';

const demoDb = setupDemoApi();

const ORG = SEED_IDS.organization;
const D = SEED_IDS.deployments;
const tokens = (id: string) => `/organizations/${ORG}/deployments/${id}/agent-tokens`;
const agents = (id: string) => `/organizations/${ORG}/deployments/${id}/remote-agents`;

describe('agent tokens', () => {
  it('lists the seeded tokens newest first and sorts by name', async () => {
    const list = await call('GET', tokens(D.edgeOrchestrator));
    expect(list.body.tokens.map((t: Wire) => t.name)).toEqual(['eks-staging-agents', 'eks-prod-agents', 'laptop-test']);
    expect(list.body.tokens.every((t: Wire) => t.token === undefined && t.scope === 'DEPLOYMENT')).toBe(true);
    const byName = await call('GET', tokens(D.edgeOrchestrator), { query: { sorts: 'name:desc' } });
    expect(byName.body.tokens.map((t: Wire) => t.name)).toEqual(['laptop-test', 'eks-staging-agents', 'eks-prod-agents']);
  });

  it('returns the token value once on create, never on read, and deletes with 204', async () => {
    const created = await call('POST', tokens(D.edgeOrchestrator), { body: { name: 'gke-agents', description: 'GKE pool', tokenExpiryPeriodInDays: 30 } });
    expect(created.status).toBe(200);
    expect(created.body.token).toMatch(/^eyJ/);
    expect(created.body).toMatchObject({ name: 'gke-agents', expiryPeriodInDays: 30, shortToken: created.body.token.slice(-6) });
    expect(Date.parse(created.body.endAt) - Date.parse(created.body.startAt)).toBe(30 * 86_400_000);

    const read = await call('GET', `${tokens(D.edgeOrchestrator)}/${created.body.id}`);
    expect(read.body.token).toBeUndefined();
    expect(demoDb.serialize()).not.toContain(created.body.token);

    expect((await call('DELETE', `${tokens(D.edgeOrchestrator)}/${created.body.id}`)).status).toBe(204);
    expect((await call('GET', `${tokens(D.edgeOrchestrator)}/${created.body.id}`)).status).toBe(404);
  });

  it('validates the name and expiry', async () => {
    const { status, body } = await call('POST', tokens(D.edgeOrchestrator), { body: { name: ' ', tokenExpiryPeriodInDays: 0 } });
    expect(status).toBe(400);
    expect(body.fieldErrors.map((e: Wire) => `${e.field}:${e.code}`).sort()).toEqual(['name:min', 'tokenExpiryPeriodInDays:min']);
  });

  it(`stops at ${AGENT_TOKENS_PER_DEPLOYMENT} tokens per deployment with a clear 400`, async () => {
    const existing = (await call('GET', tokens(D.edgeOrchestrator))).body.totalCount;
    for (let i = existing; i < AGENT_TOKENS_PER_DEPLOYMENT; i++) {
      expect((await call('POST', tokens(D.edgeOrchestrator), { body: { name: `t-${i}` } })).status).toBe(200);
    }
    const over = await call('POST', tokens(D.edgeOrchestrator), { body: { name: 'one-too-many' } });
    expect(over.status).toBe(400);
    expect(over.body.message).toBe('Deployment "edge-orchestrator-prod" already has 50 agent tokens, the limit is 50. Delete unused tokens first.');
  });

  it('refuses tokens for a deployment without remote execution', async () => {
    const { status, body } = await call('POST', tokens(D.salesEtlProd), { body: { name: 'x' } });
    expect(status).toBe(400);
    expect(body.message).toMatch(/does not use Remote Execution/);
  });
});

describe('remote agents (console extension)', () => {
  it('lists agents with fresh heartbeats, and cordons, uncordons and deletes one', async () => {
    const clock = useManualClock(demoDb);
    const list = await call('GET', agents(D.edgeOrchestrator));
    expect(list.body.totalCount).toBe(6);
    expect(list.body.agents.map((a: Wire) => a.component)).toEqual(['WORKER', 'WORKER', 'WORKER', 'WORKER', 'TRIGGERER', 'DAG_PROCESSOR']);
    const healthy = list.body.agents.filter((a: Wire) => a.health === 'HEALTHY');
    for (const agent of healthy) expect(clock.now().getTime() - Date.parse(agent.lastHeartbeatAt)).toBeLessThan(10_000);
    expect(list.body.agents.find((a: Wire) => a.health === 'UNHEALTHY').healthReason).toMatch(/heartbeat/);

    const id = healthy[0].id;
    expect((await call('POST', `${agents(D.edgeOrchestrator)}/${id}/cordon`)).body.isCordoned).toBe(true);
    expect((await call('POST', `${agents(D.edgeOrchestrator)}/${id}/uncordon`)).body.isCordoned).toBe(false);
    expect((await call('DELETE', `${agents(D.edgeOrchestrator)}/${id}`)).status).toBe(204);
    expect((await call('GET', agents(D.edgeOrchestrator))).body.totalCount).toBe(5);
    expect((await call('POST', `${agents(D.edgeOrchestrator)}/${id}/cordon`)).status).toBe(404);
  });

  it('simulates an agent install that connects, or fails to authenticate', async () => {
    const clock = useManualClock(demoDb);
    expect((await call('GET', agents(D.mlInferenceEdge))).body.totalCount).toBe(0);
    expect((await call('POST', `/x-demo/deployments/${D.mlInferenceEdge}/simulate-agents`, { body: { outcome: 'HEALTHY' } })).status).toBe(204);
    const connecting = (await call('GET', agents(D.mlInferenceEdge))).body.agents;
    expect(connecting.map((a: Wire) => a.health)).toEqual(['CONNECTING', 'CONNECTING', 'CONNECTING', 'CONNECTING']);
    clock.advance(AGENT_CONNECT_MS);
    const connected = (await call('GET', agents(D.mlInferenceEdge))).body.agents;
    expect(connected.every((a: Wire) => a.health === 'HEALTHY' && a.lastHeartbeatAt)).toBe(true);

    await call('POST', `/x-demo/deployments/${D.edgeOrchestrator}/simulate-agents`, { body: { outcome: 'AUTH_FAILED' } });
    clock.advance(AGENT_CONNECT_MS);
    const failed = (await call('GET', agents(D.edgeOrchestrator))).body.agents.filter((a: Wire) => a.health === 'AUTH_FAILED');
    expect(failed).toHaveLength(4);
    expect(failed[0].healthReason).toMatch(/token was rejected/);

    const notRemote = await call('POST', `/x-demo/deployments/${D.salesEtlProd}/simulate-agents`, { body: { outcome: 'HEALTHY' } });
    expect(notRemote.status).toBe(400);
  });
});
