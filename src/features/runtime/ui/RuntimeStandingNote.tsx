import { memo, useMemo } from 'react';
import { Tag } from '../../../shared/ui/Tag';
import type { RuntimeRelease } from '../domain/catalogue';
import { daysLeftText } from '../domain/lifecycle';
import { runtimeStanding } from '../domain/runtimeChoice';
import { LifecycleBadge } from './LifecycleBadge';

/**
 * A Runtime's standing in a line of text (it sits in a field's helper text): its lifecycle badge, "deprecated"
 * when the API says so, and why, so a yanked or past-maintenance version is never shown as if it were fine.
 */
export const RuntimeStandingNote = memo(function RuntimeStandingNote({
  releases,
  version,
  now,
}: {
  releases: readonly RuntimeRelease[];
  version: string;
  now: Date;
}) {
  const standing = useMemo(() => runtimeStanding(releases, version, now), [releases, version, now]);
  if (!version) return null;
  const { lifecycle } = standing;
  const maintained = lifecycle.status === 'maintained' && lifecycle.maintenanceDaysLeft !== undefined;
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 6, alignItems: 'center', marginTop: 4 }}>
      <LifecycleBadge status={lifecycle.status} />
      {standing.deprecated && <Tag>Deprecated</Tag>}
      {maintained && (
        <span>
          Maintenance {daysLeftText(lifecycle.maintenanceDaysLeft!)}
          {lifecycle.derived && ' (derived from the release date)'}.
        </span>
      )}
      {standing.reason && <span>{standing.reason}</span>}
    </span>
  );
});
