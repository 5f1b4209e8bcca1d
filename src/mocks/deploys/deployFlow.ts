import { deployStates } from '../../features/deploys/domain/deployHistory';
import type { CreateDeployInput, FinalizeDeployInput } from '../../features/deploys/domain/deployRules';
import type { DemoDb } from '../db';
import { DEMO_USER, apiTokenSubject, bundleVersionAt, imageTagAt } from '../factories';
import { RESTART_MS, startTransition } from '../lifecycle';
import { createRandom, hashString } from '../random';
import type { StoredDeploy, StoredDeployment } from '../model';

/** The deploy history of a Deployment, newest first. */
export function deploysOf(db: DemoDb, deploymentId: string): StoredDeploy[] {
  return [...(db.state.deploys[deploymentId] ?? [])].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

function addDeploy(db: DemoDb, deploy: StoredDeploy) {
  (db.state.deploys[deploy.deploymentId] ??= []).push(deploy);
}

/** Step one of the CLI's flow: the deploy waits, INITIALIZED, for the image push and DAG upload. */
export function createDeploy(db: DemoDb, d: StoredDeployment, input: CreateDeployInput): StoredDeploy {
  const now = db.now();
  const id = db.newId();
  const isBundle = input.type === 'BUNDLE';
  const includesDags = input.type !== 'IMAGE_ONLY';
  const deploy: StoredDeploy = {
    id,
    deploymentId: d.id,
    // The response enum has no BUNDLE; a bundle deploy is reported as DAG_ONLY with its `bundles` entry.
    type: input.type === 'BUNDLE' ? 'DAG_ONLY' : input.type,
    status: 'INITIALIZED',
    imageRepository: d.imageRepository,
    imageTag: input.type === 'DAG_ONLY' || isBundle ? d.imageTag : imageTagAt(now),
    isDagDeployEnabled: d.isDagDeployEnabled,
    astroRuntimeVersion: d.astroRuntimeVersion,
    airflowVersion: d.airflowVersion,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    createdBySubject: DEMO_USER,
    ...(input.description ? { description: input.description } : {}),
    ...(input.git ? { git: { ...input.git } } : {}),
  };
  if (includesDags && d.isDagDeployEnabled && !isBundle) {
    deploy.dagsUploadUrl = `https://astroproddagdeploy.blob.core.windows.net/${d.organizationId}/${d.id}/${id}`;
  }
  if (isBundle) {
    deploy.bundleUploadUrl = `https://astroproddagdeploy.blob.core.windows.net/${d.organizationId}/${d.id}/bundles/${id}`;
    deploy.bundleMountPath = input.bundleMountPath!;
    deploy.bundles = [{ bundleType: input.bundleType!, deployId: id, mountPath: input.bundleMountPath! }];
  }
  addDeploy(db, deploy);
  return deploy;
}

/**
 * Step three: the deploy is DEPLOYED, the Deployment takes the new image at once and the new DAG
 * bundle as its desired version, and restarts (DEPLOYING) until the bundle is live.
 */
export function finalizeDeploy(db: DemoDb, d: StoredDeployment, deploy: StoredDeploy, input: FinalizeDeployInput, at = db.now()): StoredDeploy {
  deploy.status = 'DEPLOYED';
  deploy.updatedAt = at.toISOString();
  deploy.updatedBySubject = deploy.createdBySubject;
  if (input.dagTarballVersion) deploy.dagTarballVersion = input.dagTarballVersion;
  if (input.bundleTarballVersion && deploy.bundles) {
    deploy.bundles = deploy.bundles.map((b) => ({ ...b, currentVersion: input.bundleTarballVersion, desiredVersion: input.bundleTarballVersion }));
  }
  applyDeploy(d, deploy, at);
  return deploy;
}

function applyDeploy(d: StoredDeployment, deploy: StoredDeploy, at: Date) {
  if (deploy.type !== 'DAG_ONLY') {
    d.imageTag = deploy.imageTag;
    d.imageVersion = deploy.imageTag;
  }
  if (deploy.astroRuntimeVersion && deploy.astroRuntimeVersion !== d.astroRuntimeVersion) {
    d.astroRuntimeVersion = d.runtimeVersion = deploy.astroRuntimeVersion;
    d.airflowVersion = deploy.airflowVersion ?? d.airflowVersion;
  }
  const dagVersion = deploy.type !== 'IMAGE_ONLY' && deploy.isDagDeployEnabled ? deploy.dagTarballVersion : undefined;
  if (dagVersion) d.desiredDagTarballVersion = dagVersion;
  d.updatedAt = at.toISOString();
  startTransition(d, 'DEPLOYING', at, RESTART_MS, dagVersion ? { dagTarballVersion: dagVersion } : undefined);
}

/**
 * A rollback is a new deploy that brings back what ran after the target: its image, the DAG bundle
 * live then (an image-only target kept an older one), its Runtime version and its DAG-deploy setting.
 */
export function rollbackDeploy(db: DemoDb, d: StoredDeployment, target: StoredDeploy, description: string | undefined): StoredDeploy {
  const now = db.now();
  const state = deployStates(deploysOf(db, d.id)).get(target.id)!;
  const withDags = Boolean(state.dagTarballVersion && target.isDagDeployEnabled);
  const deploy: StoredDeploy = {
    id: db.newId(),
    deploymentId: d.id,
    type: withDags ? 'IMAGE_AND_DAG' : 'IMAGE_ONLY',
    status: 'DEPLOYED',
    imageRepository: target.imageRepository,
    imageTag: state.imageTag,
    isDagDeployEnabled: target.isDagDeployEnabled,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    createdBySubject: DEMO_USER,
    updatedBySubject: DEMO_USER,
    rollbackFromId: target.id,
    ...(state.astroRuntimeVersion ? { astroRuntimeVersion: state.astroRuntimeVersion } : {}),
    ...(state.airflowVersion ? { airflowVersion: state.airflowVersion } : {}),
    ...(withDags ? { dagTarballVersion: state.dagTarballVersion } : {}),
    ...(description ? { description } : {}),
  };
  addDeploy(db, deploy);
  d.isDagDeployEnabled = target.isDagDeployEnabled;
  applyDeploy(d, deploy, now);
  return deploy;
}

export interface SimulateDeployInput {
  type: 'IMAGE_AND_DAG' | 'IMAGE_ONLY' | 'DAG_ONLY' | 'BUNDLE';
  fail?: boolean;
  description?: string;
  git?: boolean;
}

/** How long a simulated deploy spends pushing its image and uploading its DAGs before it is finalized. */
export const SIMULATED_UPLOAD_MS = 8_000;

/** Why a simulated deploy fails: the same every time, so the demo is repeatable. */
export const SIMULATED_FAILURE_REASON = 'The image push was rejected by the registry (simulated failure); the previous code keeps running.';

/**
 * Plays the CLI: creates the deploy now (the Deployment shows DEPLOYING while the image and DAGs
 * upload) and finalizes it a few seconds later (see settleSimulatedDeploys).
 */
export function simulateDeploy(db: DemoDb, d: StoredDeployment, input: SimulateDeployInput): StoredDeploy {
  const now = db.now();
  const random = createRandom(hashString(`${d.id}:${now.getTime()}`));
  const sha = Array.from({ length: 40 }, () => '0123456789abcdef'[random.int(0, 15)]).join('');
  const deploy = createDeploy(db, d, {
    type: input.type,
    ...(input.description ? { description: input.description } : {}),
    ...(input.type === 'BUNDLE' ? { bundleType: 'dbt', bundleMountPath: '/usr/local/airflow/dbt/jaffle_shop' } : {}),
    ...(input.git
      ? {
          git: {
            provider: 'GITHUB' as const,
            account: 'acme-data',
            repo: `airflow-${d.name}`,
            branch: 'main',
            commitSha: sha,
            commitUrl: `https://github.com/acme-data/airflow-${d.name}/commit/${sha}`,
            authorName: 'Grace Hopper',
            authorUsername: 'ghopper',
          },
        }
      : {}),
  });
  if (input.git) deploy.createdBySubject = apiTokenSubject('clmh5ci0token00008lbgha00', 'github-actions-deploy');
  startTransition(d, 'DEPLOYING', now, null);
  const finalizeAt = now.getTime() + SIMULATED_UPLOAD_MS;
  deploy.simulated = {
    finalizeAt: new Date(finalizeAt).toISOString(),
    fail: input.fail === true,
    ...(input.type !== 'IMAGE_ONLY' ? { dagTarballVersion: bundleVersionAt(new Date(finalizeAt), random) } : {}),
  };
  return deploy;
}

/** Finalizes (or fails) simulated deploys whose pretend upload has finished. */
export function settleSimulatedDeploys(db: DemoDb, now: Date): void {
  for (const [deploymentId, deploys] of Object.entries(db.state.deploys)) {
    for (const deploy of deploys) {
      const sim = deploy.simulated;
      if (!sim || Date.parse(sim.finalizeAt) > now.getTime()) continue;
      delete deploy.simulated;
      const d = db.state.deployments.find((x) => x.id === deploymentId);
      const at = new Date(sim.finalizeAt);
      if (sim.fail || !d) {
        deploy.status = 'FAILED';
        deploy.updatedAt = at.toISOString();
        if (d?.transition?.status === 'DEPLOYING') {
          // Nothing was applied: the Deployment goes back to what it ran, and says why.
          delete d.transition;
          d.statusReason = `Deploy ${deploy.id} failed: ${SIMULATED_FAILURE_REASON}`;
        }
        continue;
      }
      finalizeDeploy(db, d, deploy, { dagTarballVersion: sim.dagTarballVersion, bundleTarballVersion: sim.dagTarballVersion }, at);
    }
  }
}
