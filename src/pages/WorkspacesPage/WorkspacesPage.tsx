import { lazy, Suspense, useMemo, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import { describeError } from '../../api/describeError';
import { useDeployments } from '../../api/queries/deployments';
import { useWorkspaces } from '../../api/queries/workspaces';
import type { Workspace } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { PageFrame } from '../../components/PageFrame';
import { PlainTable } from '../../components/PlainTable';
import { paths } from '../../app/paths';
import { formatDate } from '../../domain/time';

// The form (react-hook-form and zod) loads when first opened, keeping the list's first visit light.
const WorkspaceFormDialog = lazy(() => import('./WorkspaceFormDialog'));
const DeleteWorkspaceDialog = lazy(() => import('./DeleteWorkspaceDialog'));

export default function WorkspacesPage() {
  const { organizationId = '' } = useParams();
  const workspaces = useWorkspaces(organizationId);
  const deployments = useDeployments(organizationId);
  const [form, setForm] = useState<{ open: boolean; workspace?: Workspace }>({ open: false });
  const [deleting, setDeleting] = useState<Workspace>();

  const counts = useMemo(() => {
    const byWorkspace = new Map<string, number>();
    for (const d of deployments.data ?? []) byWorkspace.set(d.workspaceId, (byWorkspace.get(d.workspaceId) ?? 0) + 1);
    return byWorkspace;
  }, [deployments.data]);

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
        <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper', overflowX: 'auto' }}>
          <PlainTable aria-label="Workspaces">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Description</th>
                <th scope="col" className="num">Deployments</th>
                <th scope="col">CI/CD default</th>
                <th scope="col">Updated</th>
                <th scope="col" className="num">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {workspaces.data.map((ws) => (
                <tr key={ws.id}>
                  <td>
                    <RouterLink to={paths.deployments(organizationId, ws.id)}>{ws.name}</RouterLink>
                  </td>
                  <td className="clip" title={ws.description}>
                    {ws.description || '—'}
                  </td>
                  <td className="num">{deployments.isPending ? '…' : deployments.isError ? '?' : (counts.get(ws.id) ?? 0)}</td>
                  <td>{ws.cicdEnforcedDefault ? 'Enforced' : 'Not enforced'}</td>
                  <td>{formatDate(ws.updatedAt)}</td>
                  <td className="num" style={{ whiteSpace: 'nowrap' }}>
                    <IconButton aria-label={`Edit ${ws.name}`} title="Edit" onClick={() => setForm({ open: true, workspace: ws })}>
                      <EditIcon fontSize="small" />
                    </IconButton>
                    <IconButton aria-label={`Delete ${ws.name}`} title="Delete" onClick={() => setDeleting(ws)}>
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </PlainTable>
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
