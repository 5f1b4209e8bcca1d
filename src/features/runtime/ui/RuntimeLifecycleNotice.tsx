import { lazy, Suspense, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Link as RouterLink } from '../../../shared/routes/Link';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { Deployment } from '../../../shared/api/types';
import { Tag } from '../../../shared/ui/Tag';
import { useRuntimeReleases } from '../api';
import { buildCatalogue, findEntry } from '../domain/catalogue';
import { daysLeftText, lifecycleOf, STATUS_LABEL } from '../domain/lifecycle';
import { PLANNER_PARAM, plannerSearch } from './plannerUrl';

// The planner is its own chunk: the overview is a first visit, and most visits never open it.
const UpgradePlannerDialog = lazy(() => import('./UpgradePlannerDialog'));

/**
 * The Deployment's Runtime with its lifecycle badge, and past the end of maintenance (or yanked) a warning;
 * either way the upgrade planner is one link away (`?upgrade=plan`), so the warning can be shared.
 */
export function RuntimeLifecycleNotice({ deployment: d }: { deployment: Deployment }) {
  const releases = useRuntimeReleases(d.organizationId);
  const [params] = useSearchParams();
  const [now] = useState(() => new Date());
  const entry = useMemo(
    () => (releases.data ? findEntry(buildCatalogue(releases.data, [d.astroRuntimeVersion]), d.astroRuntimeVersion) : undefined),
    [releases.data, d.astroRuntimeVersion],
  );
  const lifecycle = entry && lifecycleOf(entry, now);
  const stale = lifecycle?.status === 'ended' || lifecycle?.status === 'yanked';
  const open = params.get(PLANNER_PARAM) === 'plan';
  const planLink = (
    <Link component={RouterLink} to={{ search: plannerSearch(params, true) }}>
      Plan an upgrade
    </Link>
  );

  return (
    <Box
      component="section"
      aria-label="Runtime lifecycle"
      sx={{
        gridColumn: '1 / -1',
        p: 1.5,
        borderRadius: 1,
        border: 1,
        borderColor: stale ? 'warning.main' : 'divider',
        display: 'flex',
        gap: 1.5,
        alignItems: 'center',
        flexWrap: 'wrap',
      }}
    >
      <Typography component="span" sx={{ fontWeight: 500 }}>
        Runtime {d.astroRuntimeVersion}
      </Typography>
      {lifecycle ? (
        <Tag aria-label={`Lifecycle: ${STATUS_LABEL[lifecycle.status]}`}>{STATUS_LABEL[lifecycle.status]}</Tag>
      ) : (
        <Typography component="span" variant="body2" color="text.secondary">
          {releases.isError ? 'Lifecycle could not be loaded' : releases.isPending ? 'Loading its lifecycle…' : 'Lifecycle unknown'}
        </Typography>
      )}
      {lifecycle?.maintenanceDaysLeft !== undefined && lifecycle.status !== 'yanked' && (
        <Typography component="span" variant="body2" color="text.secondary">
          Maintenance {daysLeftText(lifecycle.maintenanceDaysLeft)}
          {lifecycle.derived ? ' (derived)' : ''}
        </Typography>
      )}
      {stale ? (
        <Typography role="alert" variant="body2" sx={{ flexBasis: '100%' }}>
          {lifecycle.status === 'yanked'
            ? `Runtime ${d.astroRuntimeVersion} was yanked: it can never be used again, and the Deployment should move off it now.`
            : `Runtime ${d.astroRuntimeVersion} is past its end of maintenance: it gets no more fixes. Upgrade to a maintained Runtime.`}{' '}
          {planLink}
        </Typography>
      ) : (
        planLink
      )}
      {open && (
        <Suspense fallback={null}>
          <UpgradePlannerDialog deployment={d} />
        </Suspense>
      )}
    </Box>
  );
}
