import { lazy, Suspense, useMemo, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
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
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label="Workspaces">
            <TableHead>
              <TableRow>
                <TableCell>Name</TableCell>
                <TableCell>Description</TableCell>
                <TableCell align="right">Deployments</TableCell>
                <TableCell>CI/CD default</TableCell>
                <TableCell>Updated</TableCell>
                <TableCell align="right">
                  <span className="visually-hidden">Actions</span>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {workspaces.data.map((ws) => (
                <TableRow key={ws.id} hover>
                  <TableCell>
                    <Link component={RouterLink} to={paths.deployments(organizationId, ws.id)} sx={{ fontWeight: 600 }}>
                      {ws.name}
                    </Link>
                  </TableCell>
                  <TableCell sx={{ maxWidth: 360 }}>
                    <Typography variant="body2" color="text.secondary" noWrap title={ws.description}>
                      {ws.description || '—'}
                    </Typography>
                  </TableCell>
                  <TableCell align="right">
                    {deployments.isPending ? '…' : deployments.isError ? '?' : (counts.get(ws.id) ?? 0)}
                  </TableCell>
                  <TableCell>{ws.cicdEnforcedDefault ? 'Enforced' : 'Not enforced'}</TableCell>
                  <TableCell>{formatDate(ws.updatedAt)}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <IconButton aria-label={`Edit ${ws.name}`} title="Edit" onClick={() => setForm({ open: true, workspace: ws })}>
                      <EditIcon fontSize="small" />
                    </IconButton>
                    <IconButton aria-label={`Delete ${ws.name}`} title="Delete" onClick={() => setDeleting(ws)}>
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
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
