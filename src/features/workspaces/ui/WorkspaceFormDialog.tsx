import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import { describeError } from '../../../shared/api/describeError';
import type { Workspace } from '../../../shared/api/types';
import { useCreateWorkspace, useUpdateWorkspace } from '../api';
import { ErrorPanel } from '../../../shared/ui/ErrorPanel';
import { allFieldErrorsPlaced, applyServerFieldErrors } from '../../../shared/ui/serverFieldErrors';
import { useToast } from '../../../shared/ui/toast';
import { WORKSPACE_DESCRIPTION_MAX, WORKSPACE_NAME_MAX, updateWorkspaceSchema } from '../domain/workspaceRules';
import { TextInput } from '../../../shared/ui/TextInput';

interface FormValues {
  name: string;
  description: string;
  cicdEnforcedDefault: boolean;
}

const FIELDS = ['name', 'description', 'cicdEnforcedDefault'] as const;

function toValues(workspace?: Workspace): FormValues {
  return {
    name: workspace?.name ?? '',
    description: workspace?.description ?? '',
    cicdEnforcedDefault: workspace?.cicdEnforcedDefault ?? false,
  };
}

/** Create and edit share one form. A failed save keeps the dialog open with everything typed. */
export default function WorkspaceFormDialog({ orgId, workspace, onClose }: { orgId: string; workspace?: Workspace; onClose: () => void }) {
  const create = useCreateWorkspace(orgId);
  const update = useUpdateWorkspace(orgId, workspace?.id ?? '');
  const mutation = workspace ? update : create;
  const toast = useToast((state) => state.show);
  const form = useForm<FormValues>({ resolver: zodResolver(updateWorkspaceSchema), defaultValues: toValues(workspace), mode: 'onTouched' });
  const { register, handleSubmit, control, setError, formState } = form;

  const submit = handleSubmit((values) => {
    const body = { ...values, name: values.name.trim() };
    const onError = (error: unknown) => applyServerFieldErrors(error, setError, FIELDS);
    if (workspace) {
      update.mutate(body, { onSuccess: () => (toast(`Saved ${body.name}`), onClose()), onError });
    } else {
      create.mutate(body, { onSuccess: (ws) => (toast(`Created Workspace ${ws.name}`), onClose()), onError });
    }
  });

  const hasFieldErrors = allFieldErrorsPlaced(mutation.error, FIELDS);
  return (
    <Dialog open onClose={mutation.isPending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="workspace-form-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="workspace-form-title">{workspace ? `Edit ${workspace.name}` : 'Create Workspace'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextInput
              fullWidth
              label="Name"
              required
              autoFocus
              {...register('name')}
              error={formState.errors.name?.message}
              hint={`Up to ${WORKSPACE_NAME_MAX} characters`}
            />
            <TextInput
              fullWidth
              label="Description"
              multiline
              rows={2}
              {...register('description')}
              error={formState.errors.description?.message}
              hint={`Optional, up to ${WORKSPACE_DESCRIPTION_MAX} characters`}
            />
            <Controller
              name="cicdEnforcedDefault"
              control={control}
              render={({ field }) => (
                <div>
                  <FormControlLabel
                    control={<Switch checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
                    label="Enforce CI/CD deploys by default"
                  />
                  <FormHelperText sx={{ mt: 0 }}>New Deployments in this Workspace accept deploys only from API tokens, not from people.</FormHelperText>
                </div>
              )}
            />
            {mutation.isError && !hasFieldErrors && (
              <ErrorPanel
                {...describeError(mutation.error, workspace ? 'save the Workspace' : 'create the Workspace')}
                onRetry={submit}
                retrying={mutation.isPending}
              />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={mutation.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={mutation.isPending}>
            {mutation.isPending ? 'Saving…' : workspace ? 'Save' : 'Create Workspace'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
