import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useNavigate, useParams } from 'react-router';
import { useOrganizations } from '../api/queries/organizations';
import { useWorkspaces } from '../api/queries/workspaces';
import { paths } from './paths';

const fieldSx = { minWidth: 160, maxWidth: 240, '& .MuiInputBase-root': { bgcolor: 'background.paper' } };

export function OrgSwitcher() {
  const { organizationId } = useParams();
  const navigate = useNavigate();
  const organizations = useOrganizations();
  if (!organizations.data?.length || !organizationId) return null;
  return (
    <TextField
      select
      size="small"
      label="Organization"
      value={organizations.data.some((org) => org.id === organizationId) ? organizationId : ''}
      onChange={(event) => navigate(paths.workspaces(event.target.value))}
      sx={fieldSx}
    >
      {organizations.data.map((org) => (
        <MenuItem key={org.id} value={org.id}>
          {org.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

export function WorkspaceSwitcher() {
  const { organizationId = '', workspaceId } = useParams();
  const navigate = useNavigate();
  const workspaces = useWorkspaces(organizationId);
  if (!organizationId || !workspaces.data?.length) return null;
  return (
    <TextField
      select
      size="small"
      label="Workspace"
      value={workspaceId && workspaces.data.some((ws) => ws.id === workspaceId) ? workspaceId : ''}
      onChange={(event) => navigate(paths.deployments(organizationId, event.target.value))}
      sx={fieldSx}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="" disabled>
        Choose a Workspace
      </MenuItem>
      {workspaces.data.map((ws) => (
        <MenuItem key={ws.id} value={ws.id}>
          {ws.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
