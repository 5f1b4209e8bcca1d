import { styled } from '@mui/material/styles';
import { useParams } from 'react-router';
import { Link as RouterLink } from '../shared/routes/Link';
import { useOrganizationName } from '../features/organizations/api';
import { useWorkspaceName } from '../features/workspaces/api';
import { useDeploymentLabel } from '../features/deployments/api';
import { paths } from '../shared/routes/paths';
import { usePrefetchOnIntent } from '../shared/routes/prefetchOnIntent';

// Plain elements styled once: the shell's first download carries no MUI Link or Typography for this.
const Trail = styled('nav')(({ theme }) => ({
  marginBottom: theme.spacing(2),
  '& ol': { display: 'flex', flexWrap: 'wrap', listStyle: 'none', margin: 0, padding: 0, color: theme.palette.text.secondary },
  // The slash is decoration: its alternative text (after the second slash) is empty.
  '& li + li::before': { content: '"/" / ""', margin: theme.spacing(0, 1) },
  '& a': { color: 'inherit', textDecoration: 'none' },
  '& a:hover': { textDecoration: 'underline' },
  '& [aria-current]': { color: theme.palette.text.primary },
}));

interface Crumb {
  label: string;
  to?: string;
}

/** Organization › Workspace › Deployment, from the URL; names come from the query cache. */
export function Breadcrumbs() {
  const { organizationId = '', workspaceId = '', deploymentId = '' } = useParams();
  const org = useOrganizationName(organizationId);
  const ws = useWorkspaceName(organizationId, workspaceId);
  const dep = useDeploymentLabel(organizationId, deploymentId);
  const prefetchOnIntent = usePrefetchOnIntent();
  if (!organizationId) return null;

  const crumbs: Crumb[] = [{ label: org ?? 'Organization', to: paths.workspaces(organizationId) }];
  if (workspaceId) crumbs.push({ label: ws ?? 'Workspace', to: paths.deployments(organizationId, workspaceId) });
  if (deploymentId) crumbs.push({ label: dep ?? 'Deployment' });
  crumbs[crumbs.length - 1] = { label: crumbs[crumbs.length - 1]!.label };

  return (
    <Trail aria-label="Breadcrumb" {...prefetchOnIntent}>
      <ol>
        {crumbs.map((crumb) => (
          // Not by label: a Workspace and its Deployment may have the same name.
          <li key={crumb.to ?? 'current'}>
            {crumb.to ? <RouterLink to={crumb.to}>{crumb.label}</RouterLink> : <span aria-current="page">{crumb.label}</span>}
          </li>
        ))}
      </ol>
    </Trail>
  );
}
