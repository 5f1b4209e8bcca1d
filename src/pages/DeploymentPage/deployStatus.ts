import type { Deploy, Deployment } from '../../api/types';
import { deployLabel } from '../../domain/deployHistory';
import { deployProgress } from '../../domain/deployProgress';
import { subjectName } from '../../domain/subject';
import { formatDate, formatRelative } from '../../domain/time';

/** What the badge's tooltip says: the reason, and during a deploy what is being applied, and by whom. */
export function statusDetail(d: Deployment, deploys: Deploy[] | undefined): string | undefined {
  const progress = deployProgress(d, deploys);
  const pending = progress?.deploy;
  // A settings change after the last deploy finished is what restarts now; its reason says what it applies.
  const settingsChange = pending?.status === 'DEPLOYED' && Date.parse(pending.updatedAt ?? pending.createdAt) < Date.parse(d.updatedAt);
  if (d.status !== 'DEPLOYING' || !progress || !pending || settingsChange) return [d.statusReason, nextHibernationEvent(d)].filter(Boolean).join('. ') || undefined;
  const parts = [`${deployLabel(pending)} deploy`];
  if (progress.image) parts.push(`image ${progress.image.from} → ${progress.image.to}`);
  if (progress.bundle) parts.push(`bundle ${progress.bundle.from ?? '—'} → ${progress.bundle.to ?? 'uploading'}`);
  parts.push(`started by ${subjectName(pending.createdBySubject)}`);
  return parts.join('; ');
}

/** "Wakes up Mon, 24 Nov, 07:00" for a development Deployment with a hibernate or wake event coming. */
export function nextHibernationEvent(d: Deployment): string | undefined {
  const status = d.scalingStatus?.hibernationStatus;
  if (!d.isDevelopmentMode || !status) return undefined;
  if (!status.nextEventAt || !status.nextEventType) return undefined;
  return `${status.nextEventType === 'WAKE' ? 'Wakes up' : 'Hibernates'} ${formatDate(status.nextEventAt)} (${formatRelative(status.nextEventAt)})`;
}
