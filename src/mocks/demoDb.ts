import { DemoDb, type DemoDbOptions, type Tick } from './db';
import { settleSimulatedDeploys } from './deploys/deployFlow';
import { advanceAgent, clearExpiredOverride, settleTransition } from './lifecycle';

/** Deployments whose CREATING or DEPLOYING time is up become HEALTHY; expired hibernation overrides end. */
const settleDeployments: Tick = (db, now) => {
  for (const d of db.state.deployments) {
    if (d.transition) settleTransition(d, now);
    clearExpiredOverride(d, now);
  }
};

/** Restarts that a finished deploy began end too, in the same request. */
const settleRestarts: Tick = (db, now) => {
  for (const d of db.state.deployments) if (d.transition) settleTransition(d, now);
};

const advanceAgents: Tick = (db, now) => {
  for (const agent of db.state.remoteAgents) advanceAgent(agent, now);
};

/** Every time-driven change of the demo backend, in the order they apply. */
const DEMO_TICKS: readonly Tick[] = [settleDeployments, settleSimulatedDeploys, settleRestarts, advanceAgents];

/** The demo database with all of its lifecycles: what the browser, Node and the tests run. */
export function createDemoDb(options: DemoDbOptions = {}): DemoDb {
  return new DemoDb({ ticks: DEMO_TICKS, ...options });
}
