import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { describeError } from '../../api/describeError';
import { isApiError } from '../../api/errors';
import { useDeployment } from '../../api/queries/deployments';
import { useRecentDeploys } from '../../api/queries/deploys';
import type { Deployment } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { PageFrame } from '../../components/PageFrame';
import { StatusBadge } from '../../components/StatusBadge';
import { TabLinks, tabId } from '../../components/TabLinks';
import { UpdatedAgo } from '../../components/UpdatedAgo';
import { paths, type DeploymentTab } from '../../app/paths';
import { airflowUrl } from '../../domain/subject';
import { statusDetail } from './deployStatus';
import Overview from './overview/Overview';
import { DeploymentActions } from './actions/DeploymentActions';

// Each tab but the overview is its own chunk, loaded when first opened.
const EnvironmentTab = lazy(() => import('./environment/EnvironmentTab'));
const DeploysTab = lazy(() => import('./deploys/DeploysTab'));
const DetailsTab = lazy(() => import('./details/DetailsTab'));
const RemoteAgentsTab = lazy(() => import('./remoteAgents/RemoteAgentsTab'));

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
          <StatusBadge status={d.status} reason={statusDetail(d, deploys.data)} />
          <span>{d.description}</span>
          <UpdatedAgo at={deployment.dataUpdatedAt} fetching={deployment.isFetching} />
        </Stack>
      }
      actions={
        <>
          {d.webServerUrl && (
            <Button
              variant="outlined"
              endIcon={<OpenInNewIcon />}
              href={airflowUrl(d.webServerUrl)}
              target="_blank"
              rel="noopener noreferrer"
              disabled={d.status === 'CREATING'}
            >
              Open Airflow
            </Button>
          )}
          <DeploymentActions deployment={d} />
        </>
      }
    >
      <TabLinks
        label="Deployment sections"
        selected={current?.value}
        tabs={tabs.map((t) => ({ value: t.value, label: t.label, to: paths.deployment(organizationId, workspaceId, deploymentId, t.value) }))}
      />
      <div
        role="tabpanel"
        aria-labelledby={current && tabId(current.value)}
        aria-label={current ? undefined : 'Unknown section'}
        style={{ paddingTop: 16 }}
      >
        <Suspense fallback={<Loading />}>
          {tab === 'overview' && <Overview deployment={d} deploys={deploys.data} />}
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
