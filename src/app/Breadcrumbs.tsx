import Box from '@mui/material/Box';
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
    <Box component="nav" aria-label="Breadcrumb" sx={{ mb: 2 }}>
      <Box component="ol" sx={{ display: 'flex', flexWrap: 'wrap', listStyle: 'none', m: 0, p: 0, color: 'text.secondary' }}>
        {crumbs.map((crumb, index) => (
          <Box component="li" key={crumb.label} sx={{ display: 'flex' }}>
            {index > 0 && (
              <Box component="span" aria-hidden sx={{ mx: 1 }}>
                /
              </Box>
            )}
            {crumb.to ? (
              <Link component={RouterLink} to={crumb.to} underline="hover" color="inherit">
                {crumb.label}
              </Link>
            ) : (
              <Typography color="text.primary" aria-current="page">
                {crumb.label}
              </Typography>
            )}
          </Box>
        ))}
      </Box>
    </Box>
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
