/**
 * Rules over a Deployment's deploy history: which deploy runs now, what each deploy left running, what
 * changed between two deploys, and which deploys can be rolled back to. Pure functions over the fields
 * they need, so any Deploy object fits.
 */
import { runtimeChange, type RuntimeChange } from '../../../shared/lib/runtimeVersion';
import { deployTypeLabel } from '../../../shared/lib/format';

export interface DeployRecord {
  id: string;
  type: string;
  status: string;
  createdAt: string;
  imageTag: string;
  dagTarballVersion?: string;
  astroRuntimeVersion?: string;
  airflowVersion?: string;
  isDagDeployEnabled: boolean;
  rollbackFromId?: string;
  bundles?: unknown[];
}

/** Astro keeps the image and DAGs of every deploy from the last 90 days. */
export const ROLLBACK_WINDOW_DAYS = 90;
const DAY_MS = 24 * 3600 * 1000;

const newestFirst = <T extends DeployRecord>(deploys: readonly T[]) => [...deploys].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));

/** The API reports a bundle deploy as DAG_ONLY with a `bundles` entry; people think of it as a bundle deploy. */
export function deployKind(deploy: DeployRecord): string {
  return deploy.bundles?.length ? 'BUNDLE' : deploy.type;
}

/** How a sentence names a deploy: its kind, and whether it rolled back ("DAG-only", "Image and DAGs rollback"). */
export function deployLabel(deploy: DeployRecord): string {
  return `${deployTypeLabel(deployKind(deploy))}${deploy.rollbackFromId ? ' rollback' : ''}`;
}

/** The deploy whose code runs now: the newest one that succeeded. */
export function liveDeploy<T extends DeployRecord>(deploys: readonly T[]): T | undefined {
  return newestFirst(deploys).find((d) => d.status === 'DEPLOYED');
}

/** What ran after a deploy: its own image and bundle, or, for the parts it did not carry, what ran before. */
export interface DeployState {
  imageTag: string;
  dagTarballVersion?: string;
  astroRuntimeVersion?: string;
  airflowVersion?: string;
}

/**
 * The state each deploy brought (or, for one that failed, would have brought), replaying the history
 * oldest first. An image-only deploy keeps the DAG bundle that was live; a DAG-only deploy keeps the image.
 */
export function deployStates(deploys: readonly DeployRecord[]): Map<string, DeployState> {
  const states = new Map<string, DeployState>();
  let live: DeployState | undefined;
  for (const deploy of newestFirst(deploys).reverse()) {
    const carriesDags = deployKind(deploy) !== 'IMAGE_ONLY';
    const state: DeployState = { imageTag: deploy.type === 'DAG_ONLY' && live ? live.imageTag : deploy.imageTag };
    const bundle = (carriesDags && deploy.dagTarballVersion) || live?.dagTarballVersion;
    const runtime = deploy.astroRuntimeVersion ?? live?.astroRuntimeVersion;
    const airflow = deploy.airflowVersion ?? live?.airflowVersion;
    if (bundle) state.dagTarballVersion = bundle;
    if (runtime) state.astroRuntimeVersion = runtime;
    if (airflow) state.airflowVersion = airflow;
    states.set(deploy.id, state);
    if (deploy.status === 'DEPLOYED') live = state;
  }
  return states;
}

export type ChangeField = 'image' | 'bundle' | 'runtime';

export interface DeployChange {
  field: ChangeField;
  from?: string;
  to?: string;
  /** Only for the Runtime: upgrade, downgrade, and whether it goes from Airflow 3 back to 2. */
  runtime?: RuntimeChange;
}

/** What changes when the Deployment goes from state `from` to state `to`; empty when nothing does. */
export function diffDeployStates(from: DeployState, to: DeployState): DeployChange[] {
  const changes: DeployChange[] = [];
  if (from.imageTag !== to.imageTag) changes.push({ field: 'image', from: from.imageTag, to: to.imageTag });
  if (from.dagTarballVersion !== to.dagTarballVersion) changes.push({ field: 'bundle', from: from.dagTarballVersion, to: to.dagTarballVersion });
  if (from.astroRuntimeVersion !== to.astroRuntimeVersion) {
    changes.push({
      field: 'runtime',
      from: from.astroRuntimeVersion,
      to: to.astroRuntimeVersion,
      runtime: runtimeChange(from.astroRuntimeVersion, to.astroRuntimeVersion),
    });
  }
  return changes;
}

/** Compares two deploys of one history, older first whatever order they were picked in. */
export function compareDeploys<T extends DeployRecord>(history: readonly T[], a: T, b: T): { older: T; newer: T; changes: DeployChange[] } {
  const [older, newer] = Date.parse(a.createdAt) <= Date.parse(b.createdAt) ? [a, b] : [b, a];
  const states = deployStates(history);
  const stateOf = (d: T) => states.get(d.id) ?? deployStates([d]).get(d.id)!;
  return { older, newer, changes: diffDeployStates(stateOf(older), stateOf(newer)) };
}

/** Why a deploy cannot be a rollback target, or undefined when it can. */
export function rollbackBlocker(target: DeployRecord, history: readonly DeployRecord[], now: number): string | undefined {
  if (target.status === 'FAILED') return 'This deploy failed, so there is nothing to roll back to.';
  if (target.status !== 'DEPLOYED') return 'This deploy has not finished yet.';
  if (liveDeploy(history)?.id === target.id) return 'This deploy is what runs now.';
  if (now - Date.parse(target.createdAt) > ROLLBACK_WINDOW_DAYS * DAY_MS) {
    return `Older than ${ROLLBACK_WINDOW_DAYS} days: its image and DAGs are no longer kept.`;
  }
  return undefined;
}

/** The deploys of one type (as people count them: a bundle deploy is BUNDLE) and one status; '' matches all. */
/** The deploys of any of the chosen types and statuses; an empty choice keeps all. */
export function filterDeploys<T extends DeployRecord>(deploys: readonly T[], filter: { type: readonly string[]; status: readonly string[] }): T[] {
  return deploys.filter((d) => (!filter.type.length || filter.type.includes(deployKind(d))) && (!filter.status.length || filter.status.includes(d.status)));
}
