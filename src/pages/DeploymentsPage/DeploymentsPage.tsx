import { useParams } from 'react-router';
import { DeploymentsList } from '../../features/deployments';
import { useWorkspaceName } from '../../features/workspaces/api';

export default function DeploymentsPage() {
  const { organizationId = '', workspaceId = '' } = useParams();
  const workspaceName = useWorkspaceName(organizationId, workspaceId);
  // Another Workspace is another list: a fresh search box, and no search still on its way into the URL.
  return <DeploymentsList key={`${organizationId}/${workspaceId}`} organizationId={organizationId} workspaceId={workspaceId} workspaceName={workspaceName} />;
}
