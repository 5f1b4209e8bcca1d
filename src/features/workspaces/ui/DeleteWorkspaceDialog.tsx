import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { describeError } from '../../../shared/api/describeError';
import { useDeleteWorkspace } from '../api';
import type { Workspace } from '../../../shared/api/types';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { ErrorPanel } from '../../../shared/ui/ErrorPanel';
import { useToast } from '../../../shared/ui/toast';

/** Deleting needs the name typed; a Workspace that still holds Deployments cannot be deleted at all. */
export default function DeleteWorkspaceDialog({
  orgId,
  workspace,
  deploymentCount,
  onClose,
}: {
  orgId: string;
  workspace: Workspace;
  deploymentCount: number;
  onClose: () => void;
}) {
  const remove = useDeleteWorkspace(orgId);
  const toast = useToast((state) => state.show);
  const blocked = deploymentCount > 0;
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open
      title={`Delete ${workspace.name}?`}
      confirmLabel="Delete Workspace"
      typedConfirmation={blocked ? undefined : workspace.name}
      busy={remove.isPending}
      blocked={blocked}
      onClose={close}
      onConfirm={() =>
        remove.mutate(workspace.id, {
          onSuccess: () => {
            toast(`Deleted Workspace ${workspace.name}`);
            close();
          },
        })
      }
      error={remove.isError && <ErrorPanel {...describeError(remove.error, 'delete the Workspace')} />}
    >
      {blocked ? (
        <Alert severity="warning">
          This Workspace still has {deploymentCount} Deployment{deploymentCount === 1 ? '' : 's'}. Delete them or transfer them to another Workspace first.
        </Alert>
      ) : (
        <Typography>The Workspace, its settings, user and team assignments and Workspace API tokens are removed for good.</Typography>
      )}
    </ConfirmDialog>
  );
}
