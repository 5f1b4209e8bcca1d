import type { components } from '../shared/api/schema.gen';
import type { AuditEvent } from './monitoring/audit';

type S = components['schemas'];
export type Organization = S['Organization'];
export type SelfUser = S['SelfUser'];
export type Workspace = S['Workspace'];
export type Deployment = S['Deployment'];
export type DeploymentStatus = Deployment['status'];
export type Deploy = S['Deploy'];
export type Cluster = S['Cluster'];
export type NodePool = S['NodePool'];
export type DeploymentOptions = S['DeploymentOptions'];
export type ApiToken = S['ApiToken'];
export type RemoteAgent = S['RemoteAgent'];
export type DemoFaults = S['DemoFaults'];
export type SubjectProfile = S['BasicSubjectProfile'];
export type ErrorBody = S['Error'];
export type WorkerQueue = S['WorkerQueue'];

/**
 * An environment variable as the server keeps it. A secret's value never lives here: it sits in the
 * database's in-memory secret store, and `hasSecretValue` records that one was set, so the persisted
 * state can say "set" without holding the value.
 */
export interface StoredEnvVar {
  key: string;
  isSecret: boolean;
  updatedAt: string;
  value?: string;
  hasSecretValue?: boolean;
}

/**
 * A timed status. Without `until` it waits for an event (a finalize) instead of the clock. When it
 * ends, the Deployment takes `settle` and returns to its resting status.
 */
export interface Transition {
  status: 'CREATING' | 'DEPLOYING';
  until?: string;
  settle?: { dagTarballVersion?: string };
  /** What a settings change is applying, for the DEPLOYING status reason. */
  reason?: string;
}

export interface StoredDeployment extends Omit<Deployment, 'environmentVariables' | 'status' | 'scalingStatus'> {
  /** The resting status, shown when no transition or hibernation applies. */
  status: DeploymentStatus;
  transition?: Transition;
  environmentVariables: StoredEnvVar[];
}

export interface StoredDeploy extends Deploy {
  /** Set on a simulated deploy: when the pretend CLI finalizes it, and how it ends. */
  simulated?: { finalizeAt: string; fail: boolean; dagTarballVersion?: string };
}

export interface StoredAgentToken extends Omit<ApiToken, 'token'> {
  deploymentId: string;
}

export interface StoredRemoteAgent extends RemoteAgent {
  deploymentId: string;
  /** A simulated agent stays CONNECTING until then, and then takes `outcome`. */
  connecting?: { until: string; outcome: 'HEALTHY' | 'AUTH_FAILED' };
}

/** Everything the demo backend knows, as plain JSON (what `serialize()` writes, minus nothing secret). */
export interface DbState {
  version: 1;
  organizations: Organization[];
  self: SelfUser;
  workspaces: Workspace[];
  deployments: StoredDeployment[];
  deploys: Record<string, StoredDeploy[]>;
  clusters: Cluster[];
  deploymentOptions: DeploymentOptions;
  agentTokens: StoredAgentToken[];
  remoteAgents: StoredRemoteAgent[];
  faults: DemoFaults;
  /** The audit trail of the demo API's writes, oldest first (absent in state saved before it existed). */
  audit?: AuditEvent[];
  /** Counter and PRNG state for new ids, so ids stay unique across reloads. */
  idCounter: number;
  randomState: number;
}
