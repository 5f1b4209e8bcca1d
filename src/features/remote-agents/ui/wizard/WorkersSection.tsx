import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { defaultWorker } from '../../domain/agentValuesInput';
import { FormSwitch, FormText } from './Fields';
import { Section } from './Section';
import { fieldId, type AgentValuesForm } from './useAgentValuesForm';

export function WorkersSection({ form }: { form: AgentValuesForm }) {
  const { workers } = form.values;
  const listError = form.errorOf('workers');
  return (
    <Section id="wizard-workers" title="Workers, triggerer">
      {workers.map((w, i) => {
        const at = `workers[${i}]`;
        return (
          <Stack key={i} spacing={1.5} role="group" aria-label={`Worker ${w.name || i + 1}`} sx={{ p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <FormText form={form} path={`${at}.name`} label="Worker name" />
              <FormText
                form={form}
                path={`${at}.queues`}
                label="Queues"
                help="Comma-separated"
                value={w.queues.join(',')}
                onChange={(event) => form.set(`${at}.queues`, event.target.value === '' ? [] : event.target.value.split(',').map((q) => q.trim()))}
              />
              <IconButton aria-label={`Remove worker ${w.name || i + 1}`} onClick={() => form.set('workers', workers.filter((_, j) => j !== i))}>
                <DeleteIcon />
              </IconButton>
            </Stack>
            <Stack direction="row" spacing={2}>
              <FormText form={form} path={`${at}.replicas`} label="Replicas" number />
              <FormText form={form} path={`${at}.syncSlots`} label="Sync slots" number help="Tasks at once per pod" />
            </Stack>
            <Stack direction="row" spacing={2}>
              <FormText form={form} path={`${at}.resources.cpu`} label="CPU" />
              <FormText form={form} path={`${at}.resources.memory`} label="Memory" />
              <FormText form={form} path={`${at}.resources.ephemeralStorage`} label="Ephemeral storage" />
            </Stack>
            <FormSwitch form={form} path={`${at}.autoscaling.enabled`} label="Autoscale on queued and running tasks" />
            {w.autoscaling.enabled && (
              <Stack direction="row" spacing={2}>
                <FormText form={form} path={`${at}.autoscaling.minReplicas`} label="Min replicas" number />
                <FormText form={form} path={`${at}.autoscaling.maxReplicas`} label="Max replicas" number />
                <FormText form={form} path={`${at}.autoscaling.targetTasks`} label="Target tasks per pod" number />
              </Stack>
            )}
          </Stack>
        );
      })}
      {listError && (
        <Typography id={fieldId('workers')} color="error" variant="body2" tabIndex={-1}>
          {listError}
        </Typography>
      )}
      <Button
        startIcon={<AddIcon />}
        sx={{ alignSelf: 'flex-start' }}
        onClick={() => form.set('workers', [...workers, defaultWorker(`worker-${workers.length + 1}`, ['default'])])}
      >
        Worker
      </Button>
      <Stack direction="row" spacing={2}>
        <FormText form={form} path="triggerer.replicas" label="Triggerer replicas" number />
        <FormText form={form} path="triggerer.asyncSlots" label="Triggerer async slots" number />
      </Stack>
    </Section>
  );
}
