import type { Deploy, Deployment } from '../../api/types';
import { deployTypeLabel } from '../../domain/format';

/** Is a deploy still being applied? Then the desired versions differ from the running ones. */
export function pendingDeploy(d: Deployment, deploys: Deploy[] | undefined): Deploy | undefined {
  const applying = d.status === 'DEPLOYING' || (d.desiredDagTarballVersion && d.desiredDagTarballVersion !== d.dagTarballVersion);
  return applying ? deploys?.find((deploy) => deploy.status === 'INITIALIZED') : undefined;
}

/** What the badge's tooltip says: the reason, and during a deploy what is being applied. */
export function statusDetail(d: Deployment, deploys: Deploy[] | undefined): string | undefined {
  const pending = pendingDeploy(d, deploys);
  if (d.status !== 'DEPLOYING' || !pending) return d.statusReason;
  const parts = [`${deployTypeLabel(pending.type)} deploy`];
  if (pending.imageTag && pending.imageTag !== d.imageTag) parts.push(`image ${d.imageTag} → ${pending.imageTag}`);
  if (d.desiredDagTarballVersion && d.desiredDagTarballVersion !== d.dagTarballVersion) {
    parts.push(`bundle ${d.dagTarballVersion ?? '—'} → ${d.desiredDagTarballVersion}`);
  }
  return parts.join('; ');
}
