import { Suspense } from 'react';
import { Navigate, useLocation, useParams } from 'react-router';
import Box from '@mui/material/Box';
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
  const { search, hash } = useLocation();

  if (deployment.isPending) return <Loading label="Loading the Deployment" />;
  const d = deployment.data;
  // A failed background refresh keeps the page, and with it unsaved edits in the tabs; a failed first load,
  // or a Deployment that is gone, shows the error.
  const gone = isApiError(deployment.error) && deployment.error.status === 404;
  // Deleted while open (elsewhere, or in another tab): the page stays, with a notice, so what was typed in a
  // form is still there to copy; nothing polls the Deployment any more (deploymentPollInterval).
  const deleted = gone && d !== undefined;
  if (!d) {
    return (
      <PageFrame title={gone ? 'Deployment not found' : 'Could not load the Deployment'}>
        <ErrorPanel {...describeError(deployment.error, 'load the Deployment')} onRetry={() => deployment.refetch()} retrying={deployment.isFetching} />
      </PageFrame>
    );
  }
  // The Deployment's id decides its Workspace, not the URL: a link with another Workspace's id in it goes
  // to the right one, so the breadcrumb and the switcher never show it under a Workspace it is not in.
  if (d.workspaceId !== workspaceId) {
    return <Navigate replace to={`${paths.deployment(organizationId, d.workspaceId, d.id, tab as DeploymentTab)}${search}${hash}`} />;
  }
  const tabs = TABS.filter((t) => !t.shown || t.shown(d));
  const current = tabs.find((t) => t.value === tab);

  return (
    <PageFrame
      title={d.name}
      documentTitle={`${current?.label ?? 'Deployment'} · ${d.name}`}
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
      {deleted && (
        // ErrorPanel, not MUI's Alert: the overview is a first visit, and Alert would add 3 kB to it.
        <Box sx={{ mb: 2 }}>
          <ErrorPanel
            title={`${d.name} was deleted`}
            error={{ message: 'Someone deleted it, here or elsewhere, after this page opened. Nothing can be saved to it any more.' }}
            hint="What you typed is still here to copy. Its Workspace's Deployments are in the sidebar."
          />
        </Box>
      )}
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
