import type { DemoDb } from '../db';
import { buildDeployment, buildRemoteAgent, generatedDeploymentName } from '../factories';
import { AGENT_CONNECT_MS } from '../lifecycle';
import { RUNTIME_RELEASES } from '../deployments/seedOptions';
import type { DeploymentStatus, StoredDeployment } from '../model';

const STATUS_MIX: DeploymentStatus[] = ['HEALTHY', 'HEALTHY', 'HEALTHY', 'HEALTHY', 'HEALTHY', 'HEALTHY', 'UNHEALTHY', 'UNKNOWN', 'DEPLOYING'];

/** Adds `count` generated Deployments (no deploys, no variables) for list-performance checks. */
export function scaleDeployments(db: DemoDb, workspaceId: string, count: number): void {
  const ctx = db.buildContext();
  const organizationId = db.state.workspaces.find((w) => w.id === workspaceId)!.organizationId;
  const start = db.state.deployments.length;
  for (let i = 0; i < count; i++) {
    const runtime = ctx.random.pick(RUNTIME_RELEASES).version;
    const status = ctx.random.pick(STATUS_MIX);
    const d: StoredDeployment = buildDeployment(
      {
        organizationId,
        workspaceId,
        name: `${generatedDeploymentName(ctx.random)}-${start + i + 1}`,
        astroRuntimeVersion: runtime,
        status: status === 'DEPLOYING' ? 'HEALTHY' : status,
        ...(status === 'UNHEALTHY' ? { statusReason: 'Scheduler heartbeat missing' } : {}),
        ...(status === 'DEPLOYING'
          ? { transition: { status: 'DEPLOYING' as const, until: new Date(ctx.now().getTime() + ctx.random.int(10, 300) * 1000).toISOString() } }
          : {}),
      },
      ctx,
    );
    db.state.deployments.push(d);
    db.state.deploys[d.id] = [];
  }
}

/** Pretends a Helm install came up: worker, triggerer and DAG processor agents start CONNECTING. */
export function simulateAgents(db: DemoDb, d: StoredDeployment, outcome: 'HEALTHY' | 'AUTH_FAILED'): void {
  const ctx = db.buildContext();
  const until = new Date(db.now().getTime() + AGENT_CONNECT_MS).toISOString();
  for (const component of ['WORKER', 'WORKER', 'TRIGGERER', 'DAG_PROCESSOR'] as const) {
    const agent = buildRemoteAgent({ deploymentId: d.id, component, health: 'CONNECTING', connecting: { until, outcome } }, ctx);
    delete agent.lastHeartbeatAt;
    db.state.remoteAgents.push(agent);
  }
}

/** Whether a secret is stored and equals `value`; the value itself never leaves the backend. */
export function checkSecret(db: DemoDb, d: StoredDeployment, input: { key: string; value: string }) {
  const ev = d.environmentVariables.find((e) => e.key === input.key);
  const stored = db.secretValue(d.id, input.key);
  const state = !ev ? 'ABSENT' : !ev.isSecret ? 'NOT_SECRET' : stored === undefined ? 'UNKNOWN' : stored === '' ? 'EMPTY' : 'SET';
  return { key: input.key, state, matches: ev?.isSecret === true && stored === input.value } as const;
}

/** Tops a Deployment up to `count` variables (every 25th a secret), for checking the editor at scale. */
export function generateVariables(db: DemoDb, d: StoredDeployment, count: number): void {
  const at = db.now().toISOString();
  for (let i = d.environmentVariables.length + 1; d.environmentVariables.length < count; i++) {
    const key = `GENERATED_SETTING_${String(i).padStart(4, '0')}`;
    if (d.environmentVariables.some((e) => e.key === key)) continue;
    if (i % 25 === 0) {
      db.setSecretValue(d.id, key, `generated-secret-${i}`);
      d.environmentVariables.push({ key, isSecret: true, hasSecretValue: true, updatedAt: at });
    } else d.environmentVariables.push({ key, isSecret: false, value: `value-${i}`, updatedAt: at });
  }
}
