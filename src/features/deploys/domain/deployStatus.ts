import type { Deploy, Deployment } from '../../../shared/api/types';
import { deployLabel } from './deployHistory';
import { deployProgress } from './deployProgress';
import { subjectName } from '../../../shared/lib/subject';

/**
 * What the status badge's hint says during a deploy: what is being applied, and by whom. Undefined when no
 * deploy is what moves the Deployment now (the status reason says the rest).
 */
export function deployingDetail(d: Deployment, deploys: Deploy[] | undefined): string | undefined {
  const progress = deployProgress(d, deploys);
  const pending = progress?.deploy;
  // A settings change after the last deploy finished is what restarts now; its reason says what it applies.
  const settingsChange = pending?.status === 'DEPLOYED' && Date.parse(pending.updatedAt ?? pending.createdAt) < Date.parse(d.updatedAt);
  if (d.status !== 'DEPLOYING' || !progress || !pending || settingsChange) return undefined;
  const parts = [`${deployLabel(pending)} deploy`];
  if (progress.image) parts.push(`image ${progress.image.from} → ${progress.image.to}`);
  if (progress.bundle) parts.push(`bundle ${progress.bundle.from ?? '—'} → ${progress.bundle.to ?? 'uploading'}`);
  parts.push(`started by ${subjectName(pending.createdBySubject)}`);
  return parts.join('; ');
}
