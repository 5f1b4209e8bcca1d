/**
 * "Is my change live?": while a deploy applies, what runs now and what is coming. The Deployment
 * reports its running image and DAG bundle (and the desired bundle); the newest deploy says what it brings.
 */
import { deployKind, type DeployRecord } from './deployHistory';

export interface DeployingDeployment {
  status: string;
  imageTag: string;
  dagTarballVersion?: string;
  desiredDagTarballVersion?: string;
}

export interface DeployProgress<T extends DeployRecord> {
  /** The deploy being applied, when the history names one. */
  deploy?: T;
  /** uploading: the deploy waits for its image and DAGs (INITIALIZED); restarting: Airflow picks up the new code. */
  phase: 'uploading' | 'restarting';
  image?: { from: string; to: string };
  /** `to` is unknown while the new bundle is still uploading. */
  bundle?: { from?: string; to?: string };
}

/** What is being applied now, or undefined when the Deployment runs what it should. */
export function deployProgress<T extends DeployRecord>(d: DeployingDeployment, newestFirstDeploys: readonly T[] | undefined): DeployProgress<T> | undefined {
  const bundleMoving = Boolean(d.desiredDagTarballVersion && d.desiredDagTarballVersion !== d.dagTarballVersion);
  if (d.status !== 'DEPLOYING' && !bundleMoving) return undefined;
  const newest = newestFirstDeploys?.[0];
  const bundle = bundleMoving ? { from: d.dagTarballVersion, to: d.desiredDagTarballVersion } : undefined;
  if (newest?.status === 'INITIALIZED') {
    const carriesImage = newest.type !== 'DAG_ONLY' && newest.imageTag !== d.imageTag;
    const carriesDags = deployKind(newest) !== 'IMAGE_ONLY' && newest.isDagDeployEnabled;
    return {
      deploy: newest,
      phase: 'uploading',
      ...(carriesImage && { image: { from: d.imageTag, to: newest.imageTag } }),
      ...((bundle ?? carriesDags) && { bundle: bundle ?? { from: d.dagTarballVersion, ...(newest.dagTarballVersion && { to: newest.dagTarballVersion }) } }),
    };
  }
  // A finished deploy whose code the Deployment is still rolling out.
  const restarting = newest?.status === 'DEPLOYED' && (d.status === 'DEPLOYING' || bundleMoving) ? newest : undefined;
  if (!restarting && !bundle) return d.status === 'DEPLOYING' ? { phase: 'restarting' } : undefined;
  return { ...(restarting && { deploy: restarting }), phase: 'restarting', ...(bundle && { bundle }) };
}
