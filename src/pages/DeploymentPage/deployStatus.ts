import type { Deploy, Deployment } from '../../api/types';
import { deployKind } from '../../domain/deployHistory';
import { deployProgress } from '../../domain/deployProgress';
import { deployTypeLabel } from '../../domain/format';
import { subjectName } from '../../domain/subject';

/** What the badge's tooltip says: the reason, and during a deploy what is being applied, and by whom. */
export function statusDetail(d: Deployment, deploys: Deploy[] | undefined): string | undefined {
  const progress = deployProgress(d, deploys);
  const pending = progress?.deploy;
  if (d.status !== 'DEPLOYING' || !progress || !pending) return d.statusReason;
  const parts = [`${deployTypeLabel(deployKind(pending))}${pending.rollbackFromId ? ' rollback' : ''} deploy`];
  if (progress.image) parts.push(`image ${progress.image.from} → ${progress.image.to}`);
  if (progress.bundle) parts.push(`bundle ${progress.bundle.from ?? '—'} → ${progress.bundle.to ?? 'uploading'}`);
  parts.push(`started by ${subjectName(pending.createdBySubject)}`);
  return parts.join('; ');
}
