import { Suspense } from 'react';
import { useParams } from 'react-router';
import Stack from '@mui/material/Stack';
import { DeploymentActions, DetailsTab, OpenAirflowButton, Overview, StatusBadge, statusReasonText } from '../../features/deployments';
import { useDeployment } from '../../features/deployments/api';
import { DeploysTab, RunsNowSection, deployingDetail } from '../../features/deploys';
import { useRecentDeploys } from '../../features/deploys/api';
import { EnvironmentTab } from '../../features/env-vars';
import { RemoteAgentsTab } from '../../features/remote-agents';
import { describeError } from '../../shared/api/describeError';
import { isApiError } from '../../shared/api/errors';
import type { Deployment } from '../../shared/api/types';
import { paths, type DeploymentTab } from '../../shared/routes/paths';
import { usePrefetchOnIntent } from '../../shared/routes/prefetchOnIntent';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorPanel } from '../../shared/ui/ErrorPanel';
import { Loading } from '../../shared/ui/Loading';
import { PageFrame } from '../../shared/ui/PageFrame';
import { TabLinks, tabId } from '../../shared/ui/TabLinks';
import { UpdatedAgo } from '../../shared/ui/UpdatedAgo';

const TABS: { value: DeploymentTab; label: string; shown?: (d: Deployment) => boolean }[] = [
  { value: 'overview', label: 'Overview' },
  { value: 'details', label: 'Details' },
  { value: 'environment', label: 'Environment' },
  { value: 'deploys', label: 'Deploy history' },
  { value: 'remote-agents', label: 'Remote Agents', shown: (d) => d.remoteExecution?.enabled === true },
];

export default function DeploymentPage() {
  const { organizationId = '', workspaceId = '', deploymentId = '', tab = 'overview' } = useParams();
  const deployment = useDeployment(organizationId, deploymentId);
  const deploys = useRecentDeploys(organizationId, deploymentId, deployment.data?.status);
  const prefetchOnIntent = usePrefetchOnIntent();

  if (deployment.isPending) return <Loading label="Loading the Deployment" />;
  const d = deployment.data;
  // A failed background refresh keeps the page, and with it unsaved edits in the tabs; a failed first load,
  // or a Deployment that is gone, shows the error.
  const gone = isApiError(deployment.error) && deployment.error.status === 404;
  if (!d || gone) {
    return <ErrorPanel {...describeError(deployment.error, 'load the Deployment')} onRetry={() => deployment.refetch()} retrying={deployment.isFetching} />;
  }
  const tabs = TABS.filter((t) => !t.shown || t.shown(d));
  const current = tabs.find((t) => t.value === tab);

  return (
    <PageFrame
      title={d.name}
      subtitle={
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mt: 0.5, flexWrap: 'wrap' }}>
          <StatusBadge status={d.status} reason={deployingDetail(d, deploys.data) ?? statusReasonText(d)} />
          <span>{d.description}</span>
          <UpdatedAgo at={deployment.dataUpdatedAt} fetching={deployment.isFetching} />
        </Stack>
      }
      actions={
        <>
          <OpenAirflowButton deployment={d} />
          <DeploymentActions deployment={d} />
        </>
      }
    >
      <div {...prefetchOnIntent}>
        <TabLinks
          label="Deployment sections"
          selected={current?.value}
          tabs={tabs.map((t) => ({ value: t.value, label: t.label, to: paths.deployment(organizationId, workspaceId, deploymentId, t.value) }))}
        />
      </div>
      <div role="tabpanel" aria-labelledby={current && tabId(current.value)} aria-label={current ? undefined : 'Unknown section'} style={{ paddingTop: 16 }}>
        <Suspense fallback={<Loading />}>
          {tab === 'overview' && <Overview deployment={d} runsNow={<RunsNowSection deployment={d} deploys={deploys.data} />} />}
          {tab === 'details' && <DetailsTab key={d.id} deployment={d} />}
          {tab === 'environment' && <EnvironmentTab deployment={d} />}
          {tab === 'remote-agents' && current && <RemoteAgentsTab deployment={d} />}
          {tab === 'deploys' && <DeploysTab deployment={d} />}
        </Suspense>
        {!current && <EmptyState title="No such section">This Deployment has no “{tab}” section.</EmptyState>}
      </div>
    </PageFrame>
  );
}
