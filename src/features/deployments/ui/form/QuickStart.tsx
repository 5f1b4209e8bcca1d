import type { RefObject } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DeploymentFormValues } from '../../domain/deploymentForm';
import { HIBERNATION_PRESETS } from '../../domain/hibernationRules';
import type { DeploymentOptions } from '../../api';

type Form = RefObject<UseFormReturn<DeploymentFormValues> | null>;

/** Templates for the common kinds of Deployment; each only fills in the form, which stays editable. */
export function QuickStart({ form, options }: { form: Form; options: DeploymentOptions }) {
  const apply = (patch: Partial<DeploymentFormValues>) => {
    const f = form.current;
    if (!f) return;
    for (const [key, value] of Object.entries(patch)) f.setValue(key as keyof DeploymentFormValues, value as never, { shouldDirty: true });
  };
  const size = (i: number) => options.schedulerMachines[Math.min(i, options.schedulerMachines.length - 1)]?.name ?? '';
  const templates: { label: string; help: string; patch: Partial<DeploymentFormValues> }[] = [
    {
      label: 'Production',
      help: 'Celery, medium scheduler, high availability',
      patch: { executor: 'CELERY', schedulerSize: size(1), isHighAvailability: true, isDevelopmentMode: false, schedules: [] },
    },
    {
      label: 'Development',
      help: 'Small scheduler, hibernates outside office hours',
      patch: {
        schedulerSize: size(0),
        isHighAvailability: false,
        isDevelopmentMode: true,
        schedules: HIBERNATION_PRESETS.slice(0, 1).map((p) => ({ ...p.schedule, description: p.schedule.description ?? '' })),
      },
    },
    {
      label: 'Kubernetes',
      help: 'One pod per task, no worker queues',
      patch: { executor: 'KUBERNETES', executionMode: 'HOSTED', schedulerSize: size(0) },
    },
  ];
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        Quick start
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        Name it and create it with the defaults below, or start from a template. Everything stays editable.
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
        {templates.map((t) => (
          <Button
            key={t.label}
            variant="outlined"
            onClick={() => apply(t.patch)}
            sx={{ flexDirection: 'column', alignItems: 'flex-start', textTransform: 'none' }}
          >
            <strong>{t.label}</strong>
            <Typography variant="caption" color="text.secondary">
              {t.help}
            </Typography>
          </Button>
        ))}
      </Stack>
    </Paper>
  );
}
