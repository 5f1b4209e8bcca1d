import { useNavigate } from 'react-router';
import Typography from '@mui/material/Typography';
import { describeError } from '../../../../shared/api/describeError';
import { useDeleteDeployment } from '../../api';
import type { Deployment } from '../../../../shared/api/types';
import { paths } from '../../../../shared/routes/paths';
import { ConfirmDialog } from '../../../../shared/ui/ConfirmDialog';
import { ErrorPanel } from '../../../../shared/ui/ErrorPanel';
import { useToast } from '../../../../shared/ui/toast';

/** Deleting cannot be undone: the person types the Deployment's name, after reading what goes with it. */
export function DeleteDeploymentDialog({ deployment: d, onClose }: { deployment: Deployment; onClose: () => void }) {
  const remove = useDeleteDeployment(d.organizationId, d.id);
  const navigate = useNavigate();
  const toast = useToast((s) => s.show);
  const confirm = async () => {
    try {
      await remove.mutateAsync();
      toast(`${d.name} was deleted.`);
      void navigate(paths.deployments(d.organizationId, d.workspaceId), { replace: true });
    } catch {
      // Shown in the dialog; the person can retry.
    }
  };
  return (
    <ConfirmDialog
      open
      title={`Delete ${d.name}?`}
      confirmLabel="Delete Deployment"
      typedConfirmation={d.name}
      busy={remove.isPending}
      onConfirm={confirm}
      onClose={onClose}
      error={remove.isError && <ErrorPanel {...describeError(remove.error, 'delete the Deployment')} />}
    >
      <Typography gutterBottom>This removes the Airflow environment at once and cannot be undone. You lose:</Typography>
      <Typography component="ul" variant="body2" sx={{ pl: 3, mt: 0 }}>
        <li>
          the scheduler, workers{d.workerQueues?.length ? ` and its ${d.workerQueues.length} worker queue${d.workerQueues.length === 1 ? '' : 's'}` : ''};
          running tasks are stopped
        </li>
        <li>its {d.environmentVariables?.length ?? 0} environment variables, secrets included, and its deploy history</li>
        <li>the Airflow UI and API at {d.webServerUrl}</li>
        {d.remoteExecution?.enabled && <li>its agent tokens: remote agents can no longer connect</li>}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        The namespace and metadata database are kept for 30 days for support, but cannot be restored from the console.
      </Typography>
    </ConfirmDialog>
  );
}
