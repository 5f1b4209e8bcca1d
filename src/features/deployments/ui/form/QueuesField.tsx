import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { newQueue, type DeploymentFormValues } from '../../domain/deploymentForm';
import { DEFAULT_QUEUE_NAME } from '../../domain/deploymentRules';
import { FIELD_LABELS } from '../../domain/fieldLabels';
import { SelectInput, TextInput, useFieldError } from './fields';
import type { FormCluster, FormOptions } from './types';

/** Worker queues: `default` first and fixed; names of existing queues are fixed too. */
export function QueuesField({ options, cluster }: { options: FormOptions; cluster?: FormCluster }) {
  const { control } = useFormContext<DeploymentFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'workerQueues' });
  const type = useWatch({ control, name: 'type' });
  const queues = useWatch({ control, name: 'workerQueues' });
  const rootError = useFieldError('workerQueues');
  const hybrid = type === 'HYBRID';
  const ranges = options.workerQueues;
  const pools = cluster?.nodePools ?? [];
  return (
    <Stack spacing={1.5}>
      {rootError && <Alert severity="error">{rootError}</Alert>}
      {fields.map((field, i) => {
        const queue = queues?.[i];
        const machine = options.workerMachines.find((m) => m.name === queue?.astroMachine);
        const fixedName = i === 0 || Boolean(queue?.id);
        const n = i + 1;
        return (
          <Paper key={field.id} variant="outlined" sx={{ p: 1.5 }} role="group" aria-label={`Queue ${n}`}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
              <Typography variant="subtitle2" sx={{ flex: 1 }}>
                Queue {n}
                {i === 0 && ' · default queue, always present'}
              </Typography>
              {i > 0 && (
                <IconButton aria-label={`Remove queue ${n}`} onClick={() => remove(i)} size="small">
                  <DeleteIcon fontSize="small" />
                </IconButton>
              )}
            </Stack>
            <Box
              sx={{
                display: 'grid',
                gap: 1.5,
                // minmax(0, …): each column keeps its share, instead of the native inputs' min-content squeezing the select.
                gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 2fr) minmax(0, 2fr) repeat(3, minmax(0, 1fr))' },
              }}
            >
              <TextInput
                name={`workerQueues.${i}.name`}
                label={`Queue ${n} name`}
                readOnly={fixedName}
                helperText={fixedName ? (i === 0 ? `Always “${DEFAULT_QUEUE_NAME}”` : 'Fixed after creation') : 'Lowercase letters and hyphens'}
              />
              {hybrid ? (
                <SelectInput
                  name={`workerQueues.${i}.nodePoolId`}
                  label={`Queue ${n} node pool`}
                  choices={pools.map((p) => ({ value: p.id, label: `${p.name} (${p.nodeInstanceType})` }))}
                />
              ) : (
                <SelectInput
                  name={`workerQueues.${i}.astroMachine`}
                  label={`Queue ${n} worker type`}
                  choices={options.workerMachines.map((m) => ({ value: m.name, label: `${m.name} · ${m.spec.cpu} CPU, ${m.spec.memory}` }))}
                />
              )}
              <TextInput
                number
                name={`workerQueues.${i}.minWorkerCount`}
                label={`Queue ${n} ${FIELD_LABELS.minWorkerCount.toLowerCase()}`}
                helperText={`${ranges.minWorkers.floor}–${ranges.minWorkers.ceiling}`}
              />
              <TextInput
                number
                name={`workerQueues.${i}.maxWorkerCount`}
                label={`Queue ${n} ${FIELD_LABELS.maxWorkerCount.toLowerCase()}`}
                helperText={`${ranges.maxWorkers.floor}–${ranges.maxWorkers.ceiling}`}
              />
              <TextInput
                number
                name={`workerQueues.${i}.workerConcurrency`}
                label={`Queue ${n} ${FIELD_LABELS.workerConcurrency.toLowerCase()}`}
                helperText={
                  machine
                    ? `${machine.concurrency.floor}–${machine.concurrency.ceiling} tasks per worker`
                    : `${ranges.workerConcurrency.floor}–${ranges.workerConcurrency.ceiling}`
                }
              />
            </Box>
          </Paper>
        );
      })}
      <Box>
        <Button
          startIcon={<AddIcon />}
          onClick={() => append(newQueue(options, '', pools.find((p) => p.isDefault)?.id ?? ''), { focusName: `workerQueues.${fields.length}.name` })}
        >
          Add queue
        </Button>
      </Box>
    </Stack>
  );
}
