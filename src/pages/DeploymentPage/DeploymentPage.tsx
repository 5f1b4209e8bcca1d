import { lazy, Suspense } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
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
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs value={current ? tab : false} aria-label="Deployment sections" variant="scrollable">
          {tabs.map((t) => (
            <Tab
              key={t.value}
              value={t.value}
              label={t.label}
              component={RouterLink}
              to={paths.deployment(organizationId, workspaceId, deploymentId, t.value)}
            />
          ))}
        </Tabs>
      </Box>
      <div role="tabpanel" aria-label={current?.label ?? 'Unknown section'}>
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
