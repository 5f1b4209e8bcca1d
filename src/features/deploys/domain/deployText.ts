import type { Deploy } from '../../../shared/api/types';
import type { ChangeField, DeployChange } from './deployHistory';
import { formatDate } from '../../../shared/lib/time';

/** How a person names a deploy in a label: its image tag and when it happened. */
export const deployName = (d: Deploy) => `${d.imageTag} from ${formatDate(d.createdAt)}`;

export const CHANGE_LABEL: Record<ChangeField, string> = { image: 'Image tag', bundle: 'DAG bundle version', runtime: 'Astro Runtime' };

/** "upgrade", "downgrade" or nothing, for a Runtime change. */
export function runtimeNote(change: DeployChange): string {
  const r = change.runtime;
  if (!r || r.direction === 'same' || r.direction === 'unknown') return '';
  return r.airflow3To2 ? 'downgrade from Airflow 3 to Airflow 2' : r.direction;
}
