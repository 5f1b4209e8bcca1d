import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
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
import WarningIcon from '@mui/icons-material/WarningAmber';
import { describeError } from '../../../shared/api/describeError';
import type { Workspace } from '../../../shared/api/types';
import { useCreateWorkspace, useUpdateWorkspace, useWorkspaces } from '../api';
import { ErrorPanel } from '../../../shared/ui/ErrorPanel';
import { allFieldErrorsPlaced, applyServerFieldErrors } from '../../../shared/ui/serverFieldErrors';
import { useToast } from '../../../shared/ui/toast';
import { WORKSPACE_DESCRIPTION_MAX, WORKSPACE_NAME_MAX, updateWorkspaceSchema } from '../domain/workspaceRules';
import { TextInput } from '../../../shared/ui/TextInput';
import { ConflictNotice } from '../../../shared/ui/ConflictNotice';
import { namesakeWarning, namesakes } from '../../../shared/lib/namesakes';
import { describeValue, isEditConflict, keptNotice, mergeOrThrow, type EditConflictError, type EditMerge } from '../../../shared/lib/editMerge';

interface FormValues {
  name: string;
  description: string;
  cicdEnforcedDefault: boolean;
}

const FIELDS = ['name', 'description', 'cicdEnforcedDefault'] as const;
const LABELS: Record<keyof FormValues, string> = { name: 'Name', description: 'Description', cicdEnforcedDefault: 'Enforce CI/CD deploys by default' };

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
  // The API takes a name another Workspace has, so a repeat is a warning as it is typed, not an error.
  const workspaces = useWorkspaces(orgId);
  const name = useWatch({ control, name: 'name' });
  const repeat = namesakeWarning('Workspace', 'in this Organization', namesakes(workspaces.data ?? [], name, workspace?.id));

  // What the form started from: a save merges it with the Workspace as the server has it now.
  const [base, setBase] = useState(() => toValues(workspace));
  const [conflict, setConflict] = useState<EditConflictError<FormValues> | null>(null);

  const save = (values: FormValues, force = false) => {
    const body = { ...values, name: values.name.trim() };
    let merge: EditMerge<FormValues> | undefined;
    const onError = (error: unknown) => {
      if (isEditConflict<FormValues>(error)) setConflict(error);
      else applyServerFieldErrors(error, setError, FIELDS);
    };
    setConflict(null);
    update.mutate(
      (fresh) => {
        merge = mergeOrThrow(base, body, toValues(fresh), force);
        return merge.merged;
      },
      {
        onSuccess: (saved) => {
          const kept = keptNotice(merge, (f) => LABELS[f]);
          toast(`Saved ${saved.name}.${kept}`);
          onClose();
        },
        onError,
      },
    );
  };

  /** Their values for the fields in conflict, every other edit kept, to save again. */
  const takeTheirs = () => {
    if (!conflict) return;
    setBase(conflict.theirs);
    for (const field of conflict.merge.conflicts) form.setValue(field, conflict.theirs[field], { shouldDirty: true });
    setConflict(null);
  };

  const submit = handleSubmit((values) => {
    if (workspace) {
      save(values);
    } else {
      const body = { ...values, name: values.name.trim() };
      const onError = (error: unknown) => applyServerFieldErrors(error, setError, FIELDS);
      create.mutate(body, { onSuccess: (ws) => (toast(`Created Workspace ${ws.name}`), onClose()), onError });
    }
  });

  const hasFieldErrors = allFieldErrorsPlaced(mutation.error, FIELDS) || isEditConflict(mutation.error);
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
              hint={
                repeat ? (
                  <>
                    <WarningIcon fontSize="inherit" color="warning" sx={{ verticalAlign: 'text-bottom', mr: 0.5 }} />
                    {repeat}
                  </>
                ) : (
                  `Up to ${WORKSPACE_NAME_MAX} characters`
                )
              }
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
            {conflict && (
              <ConflictNotice
                fields={conflict.merge.conflicts.map((f) => ({
                  label: LABELS[f],
                  mine: describeValue(form.getValues(f)),
                  theirs: describeValue(conflict.theirs[f]),
                }))}
                busy={mutation.isPending}
                onKeepMine={() => save(form.getValues(), true)}
                onUseTheirs={takeTheirs}
              />
            )}
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
