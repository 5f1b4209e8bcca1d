import type { DemoDb } from './db';
import { buildDeployment, buildRemoteAgent, generatedDeploymentName } from './factories';
import { AGENT_CONNECT_MS } from './lifecycle';
import { RUNTIME_RELEASES } from './seedOptions';
import type { DeploymentStatus, StoredDeployment } from './model';

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
        ...(status === 'DEPLOYING' ? { transition: { status: 'DEPLOYING' as const, until: new Date(ctx.now().getTime() + ctx.random.int(10, 300) * 1000).toISOString() } } : {}),
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
