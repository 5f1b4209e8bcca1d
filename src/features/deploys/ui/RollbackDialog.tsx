import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { TableFrame } from '../../../shared/ui/TableFrame';
import { describeError } from '../../../shared/api/describeError';
import { useRollbackDeploy } from '../api';
import type { Deploy, Deployment } from '../../../shared/api/types';
import { ErrorPanel } from '../../../shared/ui/ErrorPanel';
import { TextInput } from '../../../shared/ui/TextInput';
import { allFieldErrorsPlaced, applyServerFieldErrors } from '../../../shared/ui/serverFieldErrors';
import { useToast } from '../../../shared/ui/toast';
import { deployStates } from '../domain/deployHistory';
import { downgradeCost } from '../domain/deployText';
import { runtimeChange } from '../../../shared/lib/runtimeVersion';
import { DEPLOY_DESCRIPTION_MAX, rollbackFormSchema, type RollbackForm } from '../domain/deployRules';
import { formatDate } from '../../../shared/lib/time';

const FIELDS = ['description'];

const onOff = (on: boolean | undefined) => (on ? 'On' : 'Off');

function Versions({ label, now, after }: { label: string; now?: string; after?: string }) {
  const changes = now !== after;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        <code>{now || '—'}</code>
      </td>
      <td>
        <code>{after || '—'}</code>
        {!changes && (
          <Typography variant="caption" color="text.secondary">
            {' '}
            (same)
          </Typography>
        )}
      </td>
    </tr>
  );
}

/** Rollback: a new deploy that brings back a former deploy's code, with what it does and does not touch. */
export function RollbackDialog({
  deployment: d,
  history,
  target,
  onClose,
}: {
  deployment: Deployment;
  history: Deploy[];
  target: Deploy;
  onClose: () => void;
}) {
  const { organizationId = '' } = useParams();
  const rollback = useRollbackDeploy(organizationId, d.id);
  const toast = useToast((state) => state.show);
  const [acknowledged, setAcknowledged] = useState(false);
  const form = useForm<RollbackForm>({ resolver: zodResolver(rollbackFormSchema), defaultValues: { description: '' }, mode: 'onChange' });
  const { register, handleSubmit, setError, formState, control } = form;
  const description = useWatch({ control, name: 'description' });

  const after = deployStates(history).get(target.id) ?? { imageTag: target.imageTag };
  const runtime = runtimeChange(d.astroRuntimeVersion, after.astroRuntimeVersion);
  const needsAck = runtime.airflow3To2;

  const submit = handleSubmit((values) =>
    rollback.mutate(
      { deployId: target.id, description: values.description.trim() },
      {
        onSuccess: () => {
          toast(`Rolling back to ${after.imageTag}; the Deployment is deploying.`);
          onClose();
        },
        onError: (error) => applyServerFieldErrors(error, setError, FIELDS),
      },
    ),
  );
  const fieldErrorsPlaced = allFieldErrorsPlaced(rollback.error, FIELDS);

  return (
    <Dialog open onClose={rollback.isPending ? undefined : onClose} fullWidth maxWidth="md" aria-labelledby="rollback-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="rollback-title">Roll back to {after.imageTag}?</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <Typography>
              The rollback is a new deploy that brings back what ran after the deploy of {formatDate(target.createdAt)}. Like a <code>git revert</code>, the
              history keeps every deploy.
            </Typography>

            {runtime.direction === 'downgrade' && (
              <Alert severity={runtime.airflow3To2 ? 'error' : 'warning'} role="alert">
                <AlertTitle>
                  {runtime.airflow3To2 ? 'This goes back from Airflow 3 to Airflow 2' : 'This downgrades Astro Runtime'}: {runtime.from} → {runtime.to}
                </AlertTitle>
                {downgradeCost(d.airflowVersion, after.airflowVersion)}
                {runtime.airflow3To2 && (
                  <>
                    {' '}
                    Rolling back across Airflow major versions works only for some version pairs and is slower, because the database is migrated back. Check the
                    pair is supported before you go on.
                  </>
                )}
              </Alert>
            )}

            <TableFrame aria-label="What rolls back">
              <thead>
                <tr>
                  <th scope="col">Rolled back</th>
                  <th scope="col">Now</th>
                  <th scope="col">After the rollback</th>
                </tr>
              </thead>
              <tbody>
                <Versions label="Project code (image tag)" now={d.imageTag} after={after.imageTag} />
                <Versions label="DAGs (bundle version)" now={d.dagTarballVersion} after={after.dagTarballVersion} />
                <Versions label="Astro Runtime version" now={d.astroRuntimeVersion} after={after.astroRuntimeVersion} />
                <Versions label="DAG-only deploys" now={onOff(d.isDagDeployEnabled)} after={onOff(target.isDagDeployEnabled)} />
              </tbody>
            </TableFrame>

            <TableFrame aria-label="What stays as it is">
              <thead>
                <tr>
                  <th scope="col">Not rolled back</th>
                  <th scope="col">Stays as it is now</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">Resources</th>
                  <td>Executor, scheduler size, worker queues</td>
                </tr>
                <tr>
                  <th scope="row">Environment variables</th>
                  <td>Every key and value</td>
                </tr>
                <tr>
                  <th scope="row">Other settings</th>
                  <td>Name, description, alerts, hibernation and the rest</td>
                </tr>
              </tbody>
            </TableFrame>

            <TextInput
              label="Description"
              required
              multiline
              rows={2}
              fullWidth
              autoFocus
              placeholder="Why roll back? e.g. revert a3f9c1e: the orders sensor broke the nightly run"
              {...register('description')}
              error={formState.errors.description?.message}
              hint={`${description.length} / ${DEPLOY_DESCRIPTION_MAX} characters; shown in the deploy history`}
            />
            {needsAck && (
              <FormControlLabel
                control={<Checkbox checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} />}
                label="I checked that this Airflow 3 to Airflow 2 rollback is supported, and accept that tasks fail and data is erased."
              />
            )}
            {rollback.isError && !fieldErrorsPlaced && <ErrorPanel {...describeError(rollback.error, 'roll back')} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={rollback.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" color="warning" disabled={rollback.isPending || (needsAck && !acknowledged)}>
            {rollback.isPending ? 'Rolling back…' : 'Roll back'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
