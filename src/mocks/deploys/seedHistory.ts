import { DEMO_USER, apiTokenSubject, buildDeploy, bundleVersionAt, imageTagAt, iso, type BuildContext } from '../factories';
import { airflowVersionOf } from '../deployments/seedOptions';
import type { StoredDeploy, StoredDeployment } from '../model';

export interface HistoryPlan {
  count: number;
  /** Runtime versions over time, oldest first; deploys are spread across them. */
  runtimes?: string[];
  /** Put a rollback among the recent deploys. */
  withRollback?: boolean;
  /** The newest deploy is still INITIALIZED: its bundle is uploaded, the restart has not begun. */
  pendingLast?: boolean;
  git?: boolean;
}

const MESSAGES = [
  'Add retries to the Snowflake load task',
  'Bump apache-airflow-providers-snowflake to 6.1.0',
  'New DAG: daily revenue rollup',
  'Fix timezone handling in the orders sensor',
  'Split the ingest DAG per region',
  'Tune pool sizes for backfills',
  'Upgrade Astro Runtime',
  'Refactor dbt task groups with Cosmos',
  'Remove the deprecated marketing_v1 DAG',
  'Hotfix: skip empty partitions',
];

/**
 * A believable deploy history ending in the Deployment's current image and DAG bundle. Works backwards
 * from "now" in irregular steps, then replays forwards so every record carries the image and bundle
 * that were live after it. Sets the Deployment's imageTag / dagTarballVersion / runtime to match.
 */
export function seedHistory(d: StoredDeployment, plan: HistoryPlan, ctx: BuildContext): StoredDeploy[] {
  const { random } = ctx;
  const nowMs = ctx.now().getTime();
  const times: number[] = [];
  let t = nowMs - random.int(20, 300) * 60_000;
  for (let i = 0; i < plan.count; i++) {
    times.unshift(t);
    t -= random.int(3, 70) * 3_600_000 + random.int(0, 3_599) * 1000;
  }
  const runtimes = plan.runtimes ?? [d.astroRuntimeVersion];
  const ciToken = apiTokenSubject(`${d.id.slice(0, 13)}tok0${d.id.slice(-8)}`, 'github-actions-deploy');
  const deploys: StoredDeploy[] = [];
  let image = '';
  let bundle: string | undefined;
  const rollbackAt = plan.withRollback ? plan.count - 3 : -1;
  times.forEach((ms, i) => {
    const at = new Date(ms);
    const runtime = runtimes[Math.min(runtimes.length - 1, Math.floor((i * runtimes.length) / plan.count))]!;
    const isPending = plan.pendingLast && i === plan.count - 1;
    if (i === rollbackAt && deploys.length >= 2) {
      const target = deploys[deploys.length - 2]!;
      const rollback = buildDeploy(
        {
          deploymentId: d.id,
          imageRepository: d.imageRepository,
          type: target.type,
          createdAt: iso(at),
          imageTag: target.imageTag,
          rollbackFromId: target.id,
          description: `Roll back: ${deploys[deploys.length - 1]!.description ?? 'bad deploy'} broke the nightly run`,
          astroRuntimeVersion: target.astroRuntimeVersion!,
          airflowVersion: target.airflowVersion!,
          createdBySubject: DEMO_USER,
          ...(target.dagTarballVersion ? { dagTarballVersion: target.dagTarballVersion } : {}),
        },
        ctx,
      );
      if (!target.dagTarballVersion) delete rollback.dagTarballVersion;
      deploys.push(rollback);
      image = target.imageTag;
      bundle = target.dagTarballVersion ?? bundle;
      return;
    }
    const type =
      i === 0 || !d.isDagDeployEnabled ? 'IMAGE_AND_DAG' : random.pick(['IMAGE_AND_DAG', 'IMAGE_AND_DAG', 'DAG_ONLY', 'DAG_ONLY', 'IMAGE_ONLY'] as const);
    const fromCi = plan.git && random.bool(0.7);
    const sha = Array.from({ length: 40 }, () => '0123456789abcdef'[random.int(0, 15)]).join('');
    const repo = `airflow-${d.name.replace(/-(prod|staging|dev|qa)$/, '')}`;
    const newBundle = type === 'IMAGE_ONLY' || !d.isDagDeployEnabled ? undefined : bundleVersionAt(new Date(ms + 28_000), random);
    const deploy = buildDeploy(
      {
        deploymentId: d.id,
        imageRepository: d.imageRepository,
        type,
        createdAt: iso(at),
        imageTag: type === 'DAG_ONLY' ? image : imageTagAt(at),
        astroRuntimeVersion: runtime,
        airflowVersion: airflowVersionOf(runtime),
        isDagDeployEnabled: d.isDagDeployEnabled,
        createdBySubject: fromCi ? ciToken : DEMO_USER,
        description: random.bool(0.75) ? random.pick(MESSAGES) : '',
        ...(fromCi
          ? {
              git: {
                provider: 'GITHUB' as const,
                account: 'acme-data',
                repo,
                branch: 'main',
                commitSha: sha,
                commitUrl: `https://github.com/acme-data/${repo}/commit/${sha}`,
                authorName: random.pick(['Grace Hopper', 'Alan Turing', 'Katherine Johnson']),
                authorUsername: random.pick(['ghopper', 'aturing', 'kjohnson']),
              },
            }
          : {}),
      },
      ctx,
    );
    if (!deploy.description) delete deploy.description;
    if (newBundle) deploy.dagTarballVersion = newBundle;
    else delete deploy.dagTarballVersion;
    if (isPending) {
      deploy.status = 'INITIALIZED';
      deploy.updatedAt = deploy.createdAt;
      deploy.dagsUploadUrl = `https://astroproddagdeploy.blob.core.windows.net/${d.organizationId}/${d.id}/${deploy.id}`;
      d.desiredDagTarballVersion = newBundle ?? bundle;
      d.dagTarballVersion = bundle;
      d.imageTag = image;
    } else {
      image = deploy.imageTag;
      bundle = newBundle ?? bundle;
    }
    deploys.push(deploy);
  });
  const live = [...deploys].reverse().find((x) => x.status === 'DEPLOYED')!;
  d.imageTag = image;
  d.imageVersion = image;
  d.astroRuntimeVersion = d.runtimeVersion = live.astroRuntimeVersion ?? d.astroRuntimeVersion;
  d.airflowVersion = live.airflowVersion ?? d.airflowVersion;
  d.dagTarballVersion = bundle;
  if (!plan.pendingLast) d.desiredDagTarballVersion = bundle;
  if (!bundle) {
    delete d.dagTarballVersion;
    delete d.desiredDagTarballVersion;
  }
  return deploys;
}
