import { useEffect, useState, type ReactNode } from 'react';
import { FormProvider, useForm, useWatch, type Resolver, type UseFormReturn } from 'react-hook-form';
import { toNestErrors } from '@hookform/resolvers';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import WarningIcon from '@mui/icons-material/WarningAmber';
import { CLOUD_PROVIDERS } from '../../domain/deploymentSchemas';
import { STANDARD_REGIONS, airflowMajorOf, executorsFor, queuesApply, type DeploymentFormValues } from '../../domain/deploymentForm';
import { providerName, titleCase } from '../../../../shared/lib/format';
import { SelectInput, SwitchInput, TextInput } from './fields';
import { QueuesField } from './QueuesField';
import { SchedulesField } from './SchedulesField';
import type { FormCluster, FormOptions } from './types';

/** Fields the quick start shows; an error anywhere else opens the advanced settings. */
const QUICK_FIELDS = new Set(['name', 'description', 'type', 'cloudProvider', 'region', 'clusterId', 'astroRuntimeVersion', 'executor']);

function Section({ title, children, help }: { title: string; help?: ReactNode; children: ReactNode }) {
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 600, mb: 0.5 }}>
        {title}
      </Typography>
      {help && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {help}
        </Typography>
      )}
      <Stack spacing={2}>{children}</Stack>
    </Box>
  );
}

const grid = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } } as const;

/**
 * The one Deployment form, for create and edit. `validate` runs the server's rules on the body the form
 * would send and answers errors by form field; `fixed` (edit) shows what cannot change as read-only.
 */
export function DeploymentForm({
  mode,
  defaultValues,
  options,
  clusters,
  validate,
  onSubmit,
  formRef,
  children,
  id,
  nameWarning,
  runtimeNote,
}: {
  mode: 'create' | 'edit';
  defaultValues: DeploymentFormValues;
  options: FormOptions;
  clusters: ReadonlyArray<FormCluster>;
  validate: (values: DeploymentFormValues) => Record<string, string>;
  onSubmit: (values: DeploymentFormValues, form: UseFormReturn<DeploymentFormValues>) => void | Promise<void>;
  formRef?: (form: UseFormReturn<DeploymentFormValues>) => void;
  /** The submit row, with anything the page adds (errors, buttons). */
  children: ReactNode;
  id: string;
  /** What to say under the name as it is typed when that name is taken (a warning: the API allows it). */
  nameWarning?: (name: string) => string | undefined;
  /** Under the Runtime: where the chosen or current version stands in its lifecycle. */
  runtimeNote?: (version: string) => ReactNode;
}) {
  const resolver: Resolver<DeploymentFormValues> = (values, _context, options) => {
    const errors = validate(values);
    if (!Object.keys(errors).length) return { values, errors: {} };
    const flat = Object.fromEntries(Object.entries(errors).map(([path, message]) => [path, { type: 'rules', message }]));
    return { values: {}, errors: toNestErrors(flat, options) };
  };
  const form = useForm<DeploymentFormValues>({ defaultValues, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const [advanced, setAdvanced] = useState(mode === 'edit');
  const { control, setValue, formState } = form;
  const name = useWatch({ control, name: 'name' });
  const repeat = nameWarning?.(name);
  useEffect(() => {
    formRef?.(form);
  }, [form, formRef]);

  const [type, cloudProvider, runtime, executionMode, executor, isDevelopmentMode, clusterId] = useWatch({
    control,
    name: ['type', 'cloudProvider', 'astroRuntimeVersion', 'executionMode', 'executor', 'isDevelopmentMode', 'clusterId'],
  });
  const major = airflowMajorOf(options, runtime);
  const hosted = type !== 'HYBRID';
  // Hybrid clusters run only the Celery and Kubernetes executors.
  const executors = executorsFor(options, major, hosted ? executionMode : 'HOSTED').filter((e) => hosted || e !== 'ASTRO');
  const cluster = clusters.find((c) => c.id === clusterId);
  const fixed = mode === 'edit';

  // Remote Execution exists only on Airflow 3, and runs only the Astro executor.
  useEffect(() => {
    if (executionMode === 'REMOTE' && (major < 3 || !hosted)) setValue('executionMode', 'HOSTED');
  }, [executionMode, major, hosted, setValue]);
  useEffect(() => {
    if (executors.length && !executors.includes(executor)) setValue('executor', executors.includes('CELERY') ? 'CELERY' : executors[0]!);
  }, [executors, executor, setValue]);

  const region = useWatch({ control, name: 'region' });
  useEffect(() => {
    const regions = STANDARD_REGIONS[cloudProvider] ?? [];
    if (!fixed && type === 'STANDARD' && regions.length && !regions.includes(region)) setValue('region', regions[0]!);
  }, [cloudProvider, region, type, fixed, setValue]);
  useEffect(() => {
    if (isDevelopmentMode) setValue('isHighAvailability', false);
  }, [isDevelopmentMode, setValue]);
  // Hybrid queues run on the cluster's node pools: start them on its default pool.
  useEffect(() => {
    if (type !== 'HYBRID' || !cluster?.nodePools) return;
    const pools = cluster.nodePools;
    form.getValues('workerQueues').forEach((q, i) => {
      if (!pools.some((p) => p.id === q.nodePoolId)) setValue(`workerQueues.${i}.nodePoolId`, pools.find((p) => p.isDefault)?.id ?? pools[0]?.id ?? '');
    });
  }, [type, cluster, form, setValue]);

  // An error in a collapsed section must not hide: the advanced settings stay open while one is there.
  const advancedOpen = advanced || Object.keys(formState.errors).some((field) => !QUICK_FIELDS.has(field));

  // Create preselects the latest maintained patch; the current Runtime of an edit may be one no longer offered.
  const latest = fixed ? options.runtimeReleases[0]?.version : defaultValues.astroRuntimeVersion;
  const runtimeChoices = options.runtimeReleases.map((r) => ({
    value: r.version,
    label: `${r.version} · Airflow ${r.airflowVersion}${r.version === latest ? ' (latest)' : ''}${r.channel !== 'stable' ? ` · ${r.channel}` : ''}`,
  }));
  if (fixed && runtime && !runtimeChoices.some((c) => c.value === runtime)) runtimeChoices.push({ value: runtime, label: `${runtime} · not offered` });
  const clusterChoices = clusters
    .filter((c) => c.type === type)
    .map((c) => ({ value: c.id, label: `${c.name} · ${providerName(c.cloudProvider)} ${c.region}` }));

  const advancedSettings = (
    <Stack spacing={3}>
      {hosted && major >= 3 && (
        <Section title="Execution mode" help="Hosted runs tasks on Astro. Remote runs them on agents in your own cluster, with the Astro executor only.">
          <SelectInput
            name="executionMode"
            label="Execution mode"
            disabled={fixed}
            helperText={fixed ? 'Fixed after creation' : undefined}
            choices={[
              { value: 'HOSTED', label: 'Hosted: tasks run on Astro' },
              { value: 'REMOTE', label: 'Remote: tasks run on your agents' },
            ]}
          />
          {executionMode === 'REMOTE' && (
            <Box sx={grid}>
              <TextInput
                name="allowedIpAddressRanges"
                label="Allowed IP ranges (CIDR)"
                multiline
                rows={2}
                helperText="One per line, e.g. 203.0.113.0/24. Agents may connect only from these."
              />
              <Stack spacing={2}>
                <TextInput name="taskLogBucket" label="Task log bucket (optional)" placeholder="s3://bucket/path" />
                <TextInput
                  name="taskLogUrlPattern"
                  label="Task log URL pattern (optional)"
                  placeholder="s3://bucket/path/{dag_id}/{run_id}/{task_id}/{try_number}.log"
                />
              </Stack>
            </Box>
          )}
        </Section>
      )}

      <Section title="Scheduler">
        {hosted ? (
          <Box sx={grid}>
            <SelectInput
              name="schedulerSize"
              label="Scheduler size"
              choices={options.schedulerMachines.map((m) => ({ value: m.name, label: `${titleCase(m.name)} · ${m.spec.cpu} CPU, ${m.spec.memory}` }))}
            />
            <SwitchInput name="isHighAvailability" label="High availability (two schedulers in separate zones; costs more)" disabled={isDevelopmentMode} />
          </Box>
        ) : (
          <Box sx={grid}>
            <TextInput number name="schedulerAu" label="Scheduler AU" helperText="5–24 Astro units" />
            <TextInput number name="schedulerReplicas" label="Scheduler replicas" helperText="1–4" />
          </Box>
        )}
      </Section>

      {queuesApply(executor, hosted ? executionMode : 'HOSTED') && (
        <Section title="Worker queues" help="Tasks pick a queue with queue='name'. Queue names are fixed once created.">
          <QueuesField options={options} cluster={cluster} />
        </Section>
      )}

      {hosted && executionMode === 'HOSTED' && (
        <Section
          title="Kubernetes pods"
          help={`Size of task pods (Kubernetes executor and KubernetesPodOperator) and the namespace quota. Memory is twice the CPU in GiB.`}
        >
          <Box sx={grid}>
            <TextInput
              name="defaultTaskPodCpu"
              label="Default pod CPU"
              helperText={`${options.resourceQuotas.defaultPodSize.cpu.floor}–${options.resourceQuotas.defaultPodSize.cpu.ceiling}`}
            />
            <TextInput
              name="defaultTaskPodMemory"
              label="Default pod memory"
              helperText={`${options.resourceQuotas.defaultPodSize.memory.floor}–${options.resourceQuotas.defaultPodSize.memory.ceiling}`}
            />
            <TextInput
              name="resourceQuotaCpu"
              label="CPU quota"
              helperText={`${options.resourceQuotas.resourceQuota.cpu.floor}–${options.resourceQuotas.resourceQuota.cpu.ceiling}`}
            />
            <TextInput
              name="resourceQuotaMemory"
              label="Memory quota"
              helperText={`${options.resourceQuotas.resourceQuota.memory.floor}–${options.resourceQuotas.resourceQuota.memory.ceiling}`}
            />
          </Box>
        </Section>
      )}

      {hosted && (
        <Section
          title="Development mode"
          help="Development Deployments can hibernate to save cost; they have no uptime guarantee and cannot be highly available. Chosen at creation only."
        >
          <SwitchInput name="isDevelopmentMode" label="Development mode" disabled={fixed} />
          {isDevelopmentMode && <SchedulesField />}
        </Section>
      )}

      <Section title="Deploys and contacts">
        <SwitchInput name="isCicdEnforced" label="CI/CD enforcement (only deploys with an API token)" />
        <SwitchInput name="isDagDeployEnabled" label="DAG-only deploys" />
        <TextInput
          name="contactEmails"
          label="Contact emails"
          multiline
          rows={2}
          helperText="One per line or comma-separated; they get alerts about this Deployment."
        />
      </Section>
    </Stack>
  );

  return (
    <FormProvider {...form}>
      <Box component="form" id={id} noValidate onSubmit={form.handleSubmit((values) => onSubmit(values, form))}>
        <Stack spacing={3}>
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Stack spacing={3}>
              <Section title="Basics">
                <Box sx={grid}>
                  <TextInput
                    name="name"
                    label="Name"
                    required
                    autoFocus={mode === 'create'}
                    helperText={
                      repeat && (
                        <>
                          <WarningIcon fontSize="inherit" color="warning" sx={{ verticalAlign: 'text-bottom', mr: 0.5 }} />
                          {repeat}
                        </>
                      )
                    }
                  />
                  <TextInput name="description" label="Description" />
                </Box>
              </Section>
              <Section
                title="Where it runs"
                help={fixed ? 'Type, location and Runtime are fixed after creation; the Runtime changes with image deploys.' : undefined}
              >
                <Box sx={grid}>
                  <SelectInput
                    name="type"
                    label="Deployment type"
                    disabled={fixed}
                    choices={[
                      { value: 'STANDARD', label: 'Standard: shared Astro cluster' },
                      { value: 'DEDICATED', label: 'Dedicated: your Astro cluster' },
                      { value: 'HYBRID', label: 'Hybrid: your cloud account' },
                    ]}
                  />
                  <SelectInput name="astroRuntimeVersion" label="Astro Runtime" disabled={fixed} choices={runtimeChoices} helperText={runtimeNote?.(runtime)} />
                  {type === 'STANDARD' ? (
                    <>
                      <SelectInput
                        name="cloudProvider"
                        label="Cloud provider"
                        disabled={fixed}
                        choices={CLOUD_PROVIDERS.map((p) => ({ value: p, label: providerName(p) }))}
                      />
                      <SelectInput
                        name="region"
                        label="Region"
                        disabled={fixed}
                        choices={(STANDARD_REGIONS[cloudProvider] ?? []).map((r) => ({ value: r, label: r }))}
                      />
                    </>
                  ) : (
                    <SelectInput
                      name="clusterId"
                      label="Cluster"
                      disabled={fixed}
                      choices={clusterChoices}
                      helperText={clusterChoices.length ? undefined : `This Organization has no ${type.toLowerCase()} cluster.`}
                    />
                  )}
                  <SelectInput name="executor" label="Executor" choices={executors.map((e) => ({ value: e, label: titleCase(e) }))} />
                </Box>
              </Section>
            </Stack>
          </Paper>

          {mode === 'create' ? (
            <Accordion expanded={advancedOpen} onChange={(_event, open) => setAdvanced(open)} variant="outlined" disableGutters>
              <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="advanced-settings" id="advanced-settings-header">
                <Typography component="span" sx={{ fontWeight: 600 }}>
                  Advanced settings
                </Typography>{' '}
                <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
                  scheduler, worker queues, pods, development mode, contacts
                </Typography>
              </AccordionSummary>
              <AccordionDetails id="advanced-settings">{advancedSettings}</AccordionDetails>
            </Accordion>
          ) : (
            <Paper variant="outlined" sx={{ p: 2 }}>
              {advancedSettings}
            </Paper>
          )}
          {children}
        </Stack>
      </Box>
    </FormProvider>
  );
}
