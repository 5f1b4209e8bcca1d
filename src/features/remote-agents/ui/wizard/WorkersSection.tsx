import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { defaultWorker, type AgentValuesInput } from '../../domain/agentValuesInput';
import { FormList, FormSwitch, FormText, useFieldError } from './Fields';
import { Section } from './Section';

/** Where a download with no worker sends focus: the list's own message. */
export const WORKERS_ERROR_ID = 'agent-workers-error';

export function WorkersSection() {
  const { control } = useFormContext<AgentValuesInput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'workers' });
  const workers = useWatch({ control, name: 'workers' });
  const listError = useFieldError('workers');
  return (
    <Section id="wizard-workers" title="Workers, triggerer">
      {fields.map((field, i) => {
        const at = `workers.${i}` as const;
        const w = workers[i];
        return (
          <Stack
            key={field.id}
            spacing={1.5}
            role="group"
            aria-label={`Worker ${w?.name || i + 1}`}
            sx={{ p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}
          >
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <FormText name={`${at}.name`} label="Worker name" />
              <FormList name={`${at}.queues`} label="Queues" help="Comma-separated" />
              <IconButton aria-label={`Remove worker ${w?.name || i + 1}`} onClick={() => remove(i)}>
                <DeleteIcon />
              </IconButton>
            </Stack>
            <Stack direction="row" spacing={2}>
              <FormText name={`${at}.replicas`} label="Replicas" number />
              <FormText name={`${at}.syncSlots`} label="Sync slots" number help="Tasks at once per pod" />
            </Stack>
            <Stack direction="row" spacing={2}>
              <FormText name={`${at}.resources.cpu`} label="CPU" />
              <FormText name={`${at}.resources.memory`} label="Memory" />
              <FormText name={`${at}.resources.ephemeralStorage`} label="Ephemeral storage" />
            </Stack>
            <FormSwitch name={`${at}.autoscaling.enabled`} label="Autoscale on queued and running tasks" />
            {w?.autoscaling.enabled && (
              <Stack direction="row" spacing={2}>
                <FormText name={`${at}.autoscaling.minReplicas`} label="Min replicas" number />
                <FormText name={`${at}.autoscaling.maxReplicas`} label="Max replicas" number />
                <FormText name={`${at}.autoscaling.targetTasks`} label="Target tasks per pod" number />
              </Stack>
            )}
          </Stack>
        );
      })}
      {listError && (
        <Typography id={WORKERS_ERROR_ID} color="error" variant="body2" tabIndex={-1}>
          {listError}
        </Typography>
      )}
      <Button startIcon={<AddIcon />} sx={{ alignSelf: 'flex-start' }} onClick={() => append(defaultWorker(`worker-${fields.length + 1}`, ['default']))}>
        Worker
      </Button>
      <Stack direction="row" spacing={2}>
        <FormText name="triggerer.replicas" label="Triggerer replicas" number />
        <FormText name="triggerer.asyncSlots" label="Triggerer async slots" number />
      </Stack>
    </Section>
  );
}
