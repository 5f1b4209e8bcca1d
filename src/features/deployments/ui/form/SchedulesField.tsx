import { lazy, Suspense } from 'react';
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
import { upcomingRuns } from '../../domain/cron';
import type { DeploymentFormValues } from '../../domain/deploymentForm';
import { HIBERNATION_SCHEDULES_MAX } from '../../domain/deploymentSchemas';
import { HIBERNATION_PRESETS } from '../../domain/hibernationRules';
import { SwitchInput, TextInput, useFieldError } from './fields';

const CronWords = lazy(() => import('./CronWords'));

function CronHelp({ expression }: { expression: string }) {
  const runs = upcomingRuns(expression, new Date());
  if (!runs) return <>5 fields, in UTC: minute hour day-of-month month day-of-week</>;
  const next = runs[0];
  return (
    <>
      <Suspense fallback="Reading the schedule…">
        <CronWords expression={expression} />
      </Suspense>
      {next && (
        <>
          <br />
          Next: {next.utc} ({next.local} your time)
        </>
      )}
    </>
  );
}

/** Hibernation schedules of a development Deployment: cron pairs in UTC, previewed in words and local time. */
export function SchedulesField() {
  const { control } = useFormContext<DeploymentFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'schedules' });
  const schedules = useWatch({ control, name: 'schedules' });
  const rootError = useFieldError('schedules');
  const full = fields.length >= HIBERNATION_SCHEDULES_MAX;
  return (
    <Stack spacing={1.5}>
      {rootError && <Alert severity="error">{rootError}</Alert>}
      {fields.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          No schedule: the Deployment runs until you hibernate it from its menu.
        </Typography>
      )}
      {fields.map((field, i) => {
        const n = i + 1;
        return (
          <Paper key={field.id} variant="outlined" sx={{ p: 1.5 }} role="group" aria-label={`Schedule ${n}`}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
              <Typography variant="subtitle2" sx={{ flex: 1 }}>
                Schedule {n}
              </Typography>
              <SwitchInput name={`schedules.${i}.isEnabled`} label="Enabled" />
              <IconButton aria-label={`Remove schedule ${n}`} onClick={() => remove(i)} size="small">
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Stack>
            <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' } }}>
              <TextInput
                name={`schedules.${i}.hibernateAtCron`}
                label={`Schedule ${n} hibernate at (cron, UTC)`}
                helperText={<CronHelp expression={schedules?.[i]?.hibernateAtCron ?? ''} />}
              />
              <TextInput
                name={`schedules.${i}.wakeAtCron`}
                label={`Schedule ${n} wake at (cron, UTC)`}
                helperText={<CronHelp expression={schedules?.[i]?.wakeAtCron ?? ''} />}
              />
              <TextInput name={`schedules.${i}.description`} label={`Schedule ${n} description`} />
            </Box>
          </Paper>
        );
      })}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {HIBERNATION_PRESETS.map((preset) => (
          <Button
            key={preset.label}
            size="small"
            variant="outlined"
            disabled={full}
            onClick={() => append({ ...preset.schedule, description: preset.schedule.description ?? '' })}
          >
            Add {preset.label}
          </Button>
        ))}
        <Button
          size="small"
          startIcon={<AddIcon />}
          disabled={full}
          onClick={() => append({ hibernateAtCron: '', wakeAtCron: '', description: '', isEnabled: true })}
        >
          Add custom schedule
        </Button>
      </Stack>
    </Stack>
  );
}
