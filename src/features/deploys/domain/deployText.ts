import type { Deploy } from '../../../shared/api/types';
import { deployKind, type ChangeField, type DeployChange, type DeployRecord } from './deployHistory';
import { formatDate } from '../../../shared/lib/time';

/**
 * How a person names a deploy in a label: its image tag and when it happened. A DAG-only deploy before any
 * image deploy has no tag (the Deployment's is empty), so it is named by its kind instead.
 */
export const deployName = (d: Deploy) => `${d.imageTag || 'the DAG-only deploy'} from ${formatDate(d.createdAt)}`;

export const CHANGE_LABEL: Record<ChangeField, string> = { image: 'Image tag', bundle: 'DAG bundle version', runtime: 'Astro Runtime' };

/** "upgrade", "downgrade" or nothing, for a Runtime change. */
export function runtimeNote(change: DeployChange): string {
  const r = change.runtime;
  if (!r || r.direction === 'same' || r.direction === 'unknown') return '';
  return r.airflow3To2 ? 'downgrade from Airflow 3 to Airflow 2' : r.direction;
}

/** What a started deploy waits to have uploaded, in words that match its kind: "the DAGs" for a DAG-only deploy. */
export function awaitedUploads(deploy: DeployRecord): string {
  const kind = deployKind(deploy);
  if (kind === 'DAG_ONLY') return 'the DAGs';
  if (kind === 'BUNDLE') return 'the bundle';
  // Without DAG deploys, the DAGs travel inside the image.
  if (kind === 'IMAGE_ONLY' || !deploy.isDagDeployEnabled) return 'the image';
  return 'the image and DAGs';
}

/** What a Runtime downgrade costs: running tasks always; metadata only when Airflow itself goes back. */
export function downgradeCost(fromAirflow: string | undefined, toAirflow: string | undefined): string {
  const tasks = 'Running tasks fail at once and then use their retries.';
  if (fromAirflow && fromAirflow === toAirflow) return `${tasks} Airflow stays at ${fromAirflow}, so the metadata database keeps all its data.`;
  return `${tasks} Data of features the older version lacks is erased from the metadata database for good.`;
}
