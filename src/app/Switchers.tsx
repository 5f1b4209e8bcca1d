import { useNavigate } from 'react-router';
import { useOrganizations } from '../features/organizations/api';
import { useWorkspaceLabels, useWorkspaces } from '../features/workspaces/api';
import { SelectField } from '../shared/ui/SelectField';
import { paths } from '../shared/routes/paths';

/** The shell passes where the person is (or last was, on a page outside the Organization such as Settings). */
export function OrgSwitcher({ organizationId }: { organizationId?: string }) {
  const navigate = useNavigate();
  const organizations = useOrganizations();
  if (!organizations.data?.length || !organizationId) return null;
  return (
    <SelectField label="Organization" value={organizationId} onChange={(id) => navigate(paths.workspaces(id))}>
      {organizations.data.map((org) => (
        <option key={org.id} value={org.id}>
          {org.name}
        </option>
      ))}
    </SelectField>
  );
}

export function WorkspaceSwitcher({ organizationId = '', workspaceId = '' }: { organizationId?: string; workspaceId?: string }) {
  const navigate = useNavigate();
  const workspaces = useWorkspaces(organizationId);
  // Two Workspaces of one name would be two identical options: a repeat carries the end of its id.
  const labels = useWorkspaceLabels(organizationId);
  if (!organizationId || !workspaces.data?.length) return null;
  return (
    <SelectField label="Workspace" value={workspaceId} onChange={(id) => navigate(paths.deployments(organizationId, id))}>
      <option value="" disabled>
        Choose a Workspace
      </option>
      {workspaces.data.map((ws) => (
        <option key={ws.id} value={ws.id}>
          {labels.get(ws.id)}
        </option>
      ))}
    </SelectField>
  );
}
