import { lazy, Suspense, useState } from 'react';
import { Link as RouterLink } from '../../../shared/routes/Link';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import { describeError } from '../../../shared/api/describeError';
import { Tooltip } from '../../../shared/ui/Tooltip';
import { useWorkspaceLabels, useWorkspaces } from '../api';
import type { Workspace } from '../../../shared/api/types';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { ErrorPanel } from '../../../shared/ui/ErrorPanel';
import { Loading } from '../../../shared/ui/Loading';
import { PageFrame } from '../../../shared/ui/PageFrame';
import { DataTable, type Column } from '../../../shared/ui/DataTable';
import { paths } from '../../../shared/routes/paths';
import { formatDate } from '../../../shared/lib/time';

// The form (react-hook-form and zod) loads when first opened, keeping the list's first visit light.
const WorkspaceFormDialog = lazy(() => import('./WorkspaceFormDialog'));
const DeleteWorkspaceDialog = lazy(() => import('./DeleteWorkspaceDialog'));

/** How many Deployments each Workspace has, as far as they are known yet. */
export interface DeploymentCounts {
  byWorkspace: ReadonlyMap<string, number>;
  isPending: boolean;
  isError: boolean;
}

/** The Organization's Workspaces, with their Deployment counts, and create, edit and delete. */
export function WorkspacesView({ organizationId, deploymentCounts }: { organizationId: string; deploymentCounts: DeploymentCounts }) {
  const workspaces = useWorkspaces(organizationId);
  const [form, setForm] = useState<{ open: boolean; workspace?: Workspace }>({ open: false });
  const [deleting, setDeleting] = useState<Workspace>();

  const counts = deploymentCounts.byWorkspace;
  const labels = useWorkspaceLabels(organizationId);
  const label = (ws: Workspace) => labels.get(ws.id) ?? ws.name;

  const columns: Column<Workspace>[] = [
    { header: 'Name', cell: (ws) => <RouterLink to={paths.deployments(organizationId, ws.id)}>{label(ws)}</RouterLink> },
    {
      header: 'Description',
      className: 'clip',
      cell: (ws) => (ws.description ? <Tooltip title={ws.description}>{() => <span>{ws.description}</span>}</Tooltip> : '—'),
    },
    {
      header: 'Deployments',
      className: 'num',
      cell: (ws) => (deploymentCounts.isPending ? '…' : deploymentCounts.isError ? '?' : (counts.get(ws.id) ?? 0)),
    },
    { header: 'CI/CD default', cell: (ws) => (ws.cicdEnforcedDefault ? 'Enforced' : 'Not enforced') },
    { header: 'Updated', cell: (ws) => formatDate(ws.updatedAt) },
    {
      header: 'Actions',
      hideHeader: true,
      className: 'actions',
      cell: (ws) => (
        <>
          <Tooltip title="Edit">
            {() => (
              <IconButton aria-label={`Edit ${label(ws)}`} onClick={() => setForm({ open: true, workspace: ws })}>
                <EditIcon fontSize="small" />
              </IconButton>
            )}
          </Tooltip>
          <Tooltip title="Delete">
            {() => (
              <IconButton aria-label={`Delete ${label(ws)}`} onClick={() => setDeleting(ws)}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            )}
          </Tooltip>
        </>
      ),
    },
  ];

  const create = (
    <Button variant="contained" startIcon={<AddIcon />} onClick={() => setForm({ open: true })}>
      Workspace
    </Button>
  );

  return (
    <PageFrame title="Workspaces" subtitle="Each Workspace groups Deployments and the people who run them." actions={create}>
      {workspaces.isPending ? (
        <Loading label="Loading Workspaces" />
      ) : workspaces.isError ? (
        <ErrorPanel {...describeError(workspaces.error, 'load Workspaces')} onRetry={() => workspaces.refetch()} retrying={workspaces.isFetching} />
      ) : workspaces.data.length === 0 ? (
        <EmptyState title="No Workspaces yet" action={create}>
          Create a Workspace to start adding Deployments.
        </EmptyState>
      ) : (
        <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}>
          <DataTable aria-label="Workspaces" columns={columns} rows={workspaces.data} rowKey={(ws) => ws.id} scroll />
        </Box>
      )}
      {form.open && (
        <Suspense fallback={null}>
          <WorkspaceFormDialog orgId={organizationId} workspace={form.workspace} onClose={() => setForm({ open: false })} />
        </Suspense>
      )}
      {deleting && (
        <Suspense fallback={null}>
          <DeleteWorkspaceDialog
            orgId={organizationId}
            workspace={deleting}
            deploymentCount={counts.get(deleting.id) ?? 0}
            onClose={() => setDeleting(undefined)}
          />
        </Suspense>
      )}
    </PageFrame>
  );
}
