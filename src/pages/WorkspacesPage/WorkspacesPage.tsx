import { useParams } from 'react-router';
import { useDeploymentCounts } from '../../features/deployments/api';
import { WorkspacesView } from '../../features/workspaces';

export default function WorkspacesPage() {
  const { organizationId = '' } = useParams();
  return <WorkspacesView organizationId={organizationId} deploymentCounts={useDeploymentCounts(organizationId)} />;
}
