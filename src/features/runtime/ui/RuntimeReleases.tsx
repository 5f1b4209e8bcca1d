import { useMemo, useState } from 'react';
import { describeError } from '../../../shared/api/describeError';
import { paths, type RuntimeTab } from '../../../shared/routes/paths';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { ErrorPanel } from '../../../shared/ui/ErrorPanel';
import { Loading } from '../../../shared/ui/Loading';
import { PageFrame } from '../../../shared/ui/PageFrame';
import { TabLinks, tabId } from '../../../shared/ui/TabLinks';
import { useDeployments } from '../../deployments/api';
import { useRuntimeReleases } from '../api';
import { buildCatalogue } from '../domain/catalogue';
import { countByVersion } from '../domain/releasesView';
import { FleetMatrix } from './FleetMatrix';
import { ReleasesTable } from './ReleasesTable';
import { TagComposer } from './TagComposer';

const TABS: { value: RuntimeTab; label: string }[] = [
  { value: 'releases', label: 'Releases' },
  { value: 'tag-composer', label: 'Tag composer' },
  { value: 'fleet', label: 'Fleet' },
];

/**
 * The Organization's Runtime releases and the Dockerfile tag composer. "Today" is read once when the page
 * opens, so every figure on it (days left, what is supported) is counted from the same moment, and tests
 * set it by setting the clock.
 */
export function RuntimeReleases({ organizationId, tab }: { organizationId: string; tab: RuntimeTab }) {
  const releases = useRuntimeReleases(organizationId);
  const deployments = useDeployments(organizationId);
  const [now] = useState(() => new Date());
  const counts = useMemo(() => (deployments.data ? countByVersion(deployments.data) : undefined), [deployments.data]);
  const catalogue = useMemo(() => (releases.data ? buildCatalogue(releases.data, counts?.keys()) : undefined), [releases.data, counts]);
  const title = TABS.find((t) => t.value === tab)!.label;

  return (
    <PageFrame
      title="Runtime releases"
      documentTitle={tab === 'releases' ? 'Runtime releases' : `${title} · Runtime releases`}
      subtitle="Every Astro Runtime the API offers or a Deployment runs, with its lifecycle, the Dockerfile FROM line for it, and which Deployments run what."
    >
      <TabLinks label="Runtime releases" tabs={TABS.map((t) => ({ ...t, to: paths.runtimeReleases(organizationId, t.value) }))} selected={tab} />
      <div role="tabpanel" aria-labelledby={tabId(tab)} style={{ paddingTop: 16 }}>
        {releases.isPending ? (
          <Loading label="Loading Runtime releases" />
        ) : releases.isError ? (
          <ErrorPanel {...describeError(releases.error, 'load the Runtime releases')} onRetry={() => releases.refetch()} retrying={releases.isFetching} />
        ) : catalogue!.length === 0 ? (
          <EmptyState title="No Runtime releases">The API lists no Astro Runtime release, and no Deployment runs one.</EmptyState>
        ) : tab === 'releases' ? (
          <>
            {deployments.isError && (
              <ErrorPanel
                {...describeError(deployments.error, 'count the Deployments on each Runtime')}
                onRetry={() => deployments.refetch()}
                retrying={deployments.isFetching}
              />
            )}
            <ReleasesTable organizationId={organizationId} catalogue={catalogue!} counts={counts} now={now} />
          </>
        ) : tab === 'fleet' ? (
          <FleetMatrix organizationId={organizationId} catalogue={catalogue!} now={now} />
        ) : (
          <TagComposer catalogue={catalogue!} now={now} />
        )}
      </div>
    </PageFrame>
  );
}
