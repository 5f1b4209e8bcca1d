import { useParams } from 'react-router';
import { CreateDeployment } from '../../features/deployments';
import { useWorkspace } from '../../features/workspaces/api';

export default function CreateDeploymentPage() {
  const { organizationId = '', workspaceId = '' } = useParams();
  const workspace = useWorkspace(organizationId, workspaceId);
  return <CreateDeployment organizationId={organizationId} workspaceId={workspaceId} workspace={workspace} />;
}
