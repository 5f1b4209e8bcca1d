import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { describeError } from '../../../shared/api/describeError';
import { isApiError } from '../../../shared/api/errors';
import { useCreateAgentToken } from '../api';
import { ErrorPanel } from '../../../shared/ui/ErrorPanel';
import { ShownOnceDialog } from '../../../shared/ui/ShownOnceDialog';
import { allFieldErrorsPlaced, applyServerFieldErrors } from '../../../shared/ui/serverFieldErrors';
import { TextInput } from '../../../shared/ui/TextInput';
import {
  AGENT_TOKEN_DESCRIPTION_MAX,
  AGENT_TOKEN_EXPIRY_DAYS_MAX,
  AGENT_TOKEN_EXPIRY_DAYS_MIN,
  AGENT_TOKEN_NAME_MAX,
  AGENT_TOKENS_PER_DEPLOYMENT,
  agentTokenLimitReached,
} from '../domain/agentTokenRules';

const FIELDS = ['name', 'description'];

const schema = z.object({
  name: z.string().trim().min(1, 'Name is required.').max(AGENT_TOKEN_NAME_MAX, `Name must be at most ${AGENT_TOKEN_NAME_MAX} characters.`),
  expiryDays: z
    .string()
    .refine(
      (v) => v === '' || (/^\d+$/.test(v) && Number(v) >= AGENT_TOKEN_EXPIRY_DAYS_MIN && Number(v) <= AGENT_TOKEN_EXPIRY_DAYS_MAX),
      `Enter whole days from ${AGENT_TOKEN_EXPIRY_DAYS_MIN} to ${AGENT_TOKEN_EXPIRY_DAYS_MAX}, or leave empty for no expiry.`,
    ),
  description: z.string().max(AGENT_TOKEN_DESCRIPTION_MAX, `Description must be at most ${AGENT_TOKEN_DESCRIPTION_MAX} characters.`),
});
type Form = z.infer<typeof schema>;

/**
 * Creates a token and shows its value once. The value lives only in this dialog: closing it resets the
 * mutation (whose cache entry has gcTime 0), so nothing in the page, cache or storage keeps it.
 * `tokenCount` is how many tokens the Deployment has, as last listed (the list is refetched after a failure).
 */
export function CreateTokenDialog({
  orgId,
  deploymentId,
  tokenCount,
  onClose,
}: {
  orgId: string;
  deploymentId: string;
  tokenCount: number;
  onClose: () => void;
}) {
  const create = useCreateAgentToken(orgId, deploymentId);
  const [open, setOpen] = useState(true);
  const { register, handleSubmit, setError, formState } = useForm<Form>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', expiryDays: '365', description: '' },
  });
  const created = create.data;

  const submit = handleSubmit((form) =>
    create.mutate(
      { name: form.name.trim(), description: form.description || undefined, tokenExpiryPeriodInDays: form.expiryDays ? Number(form.expiryDays) : undefined },
      { onError: (error) => applyServerFieldErrors(error, setError, FIELDS) },
    ),
  );
  const close = () => setOpen(false);
  const failure = create.error;
  // A refusal that names no field, from a Deployment now at the cap, is the cap, however the server words it.
  // The cap is Astro's default; an Organization with a lower one gets the general error, with the server's message.
  const atLimit = isApiError(failure) && failure.status === 400 && failure.fieldErrors.length === 0 && agentTokenLimitReached(tokenCount);

  const exited = () => {
    create.reset();
    onClose();
  };

  if (created?.token) {
    return (
      <ShownOnceDialog
        open={open}
        title="Agent token created"
        what="the token"
        label={`Token value for ${created.name}`}
        value={created.token}
        onDone={close}
        onExited={exited}
      >
        Store it in a Kubernetes secret or your secrets manager, not in a file you share.
      </ShownOnceDialog>
    );
  }
  return (
    <Dialog
      open={open}
      onClose={create.isPending ? undefined : close}
      aria-labelledby="create-token-title"
      fullWidth
      maxWidth="sm"
      slotProps={{ transition: { onExited: exited } }}
    >
      <DialogTitle id="create-token-title">Create an agent token</DialogTitle>
      <Box component="form" noValidate onSubmit={submit}>
        <DialogContent>
          <Stack spacing={2}>
            {atLimit ? (
              <ErrorPanel
                {...describeError(failure, 'create the agent token')}
                title="Agent token limit reached"
                hint={`A Deployment can have at most ${AGENT_TOKENS_PER_DEPLOYMENT} agent tokens. Delete tokens you no longer use, then create this one.`}
              />
            ) : (
              failure &&
              !allFieldErrorsPlaced(failure, FIELDS) && (
                <ErrorPanel {...describeError(failure, 'create the agent token')} onRetry={submit} retrying={create.isPending} />
              )
            )}
            <TextInput label="Name" required autoFocus fullWidth {...register('name')} error={formState.errors.name?.message} />
            <TextInput
              label="Expires after (days)"
              fullWidth
              inputMode="numeric"
              {...register('expiryDays')}
              error={formState.errors.expiryDays?.message}
              hint={'Leave empty for a token that never expires.'}
            />
            <TextInput label="Description" fullWidth multiline rows={2} {...register('description')} error={formState.errors.description?.message} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create token'}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
