import MuiBreadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useParams } from 'react-router';
import { useOrganization } from '../api/queries/organizations';
import { useWorkspace } from '../api/queries/workspaces';
import { useDeployment } from '../api/queries/deployments';
import { paths } from './paths';

interface Crumb {
  label: string;
  to?: string;
}

/** Organization › Workspace › Deployment, from the URL; names come from the query cache. */
export function Breadcrumbs() {
  const { organizationId = '', workspaceId = '', deploymentId = '' } = useParams();
  const org = useOrganization(organizationId);
  const ws = useWorkspaceName(organizationId, workspaceId);
  const dep = useDeploymentName(organizationId, deploymentId);
  if (!organizationId) return null;

  const crumbs: Crumb[] = [{ label: org.data?.name ?? 'Organization', to: paths.workspaces(organizationId) }];
  if (workspaceId) crumbs.push({ label: ws ?? 'Workspace', to: paths.deployments(organizationId, workspaceId) });
  if (deploymentId) crumbs.push({ label: dep ?? 'Deployment' });
  crumbs[crumbs.length - 1] = { label: crumbs[crumbs.length - 1]!.label };

  return (
    <MuiBreadcrumbs aria-label="Breadcrumb" sx={{ mb: 2 }}>
      {crumbs.map((crumb) =>
        crumb.to ? (
          <Link key={crumb.label} component={RouterLink} to={crumb.to} underline="hover" color="inherit">
            {crumb.label}
          </Link>
        ) : (
          <Typography key={crumb.label} color="text.primary" aria-current="page">
            {crumb.label}
          </Typography>
        ),
      )}
    </MuiBreadcrumbs>
  );
}

function useWorkspaceName(orgId: string, workspaceId: string) {
  const query = useWorkspace(orgId, workspaceId);
  return workspaceId ? query.data?.name : undefined;
}

function useDeploymentName(orgId: string, deploymentId: string) {
  const query = useDeployment(orgId, deploymentId);
  return deploymentId ? query.data?.name : undefined;
}
