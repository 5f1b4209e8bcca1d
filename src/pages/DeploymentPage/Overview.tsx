import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { Deploy, Deployment } from '../../api/types';
import { Field, FieldList } from '../../components/FieldList';
import { deployTypeLabel, titleCase } from '../../domain/format';
import { airflowUrl, subjectName } from '../../domain/subject';
import { formatDate, formatRelative } from '../../domain/time';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 2, height: '100%' }} component="section" aria-label={title}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

const yesNo = (value: boolean | undefined) => (value ? 'On' : 'Off');

function When({ at, by }: { at: string; by: Deployment['createdBy'] }) {
  return (
    <Tooltip title={formatDate(at)}>
      <span>
        {formatRelative(at)} by {subjectName(by)}
      </span>
    </Tooltip>
  );
}

/** Is a deploy still being applied? Then the desired versions differ from the running ones. */
export function pendingDeploy(d: Deployment, deploys: Deploy[] | undefined): Deploy | undefined {
  const applying = d.status === 'DEPLOYING' || (d.desiredDagTarballVersion && d.desiredDagTarballVersion !== d.dagTarballVersion);
  return applying ? deploys?.find((deploy) => deploy.status === 'INITIALIZED') : undefined;
}

export function Overview({ deployment: d, deploys }: { deployment: Deployment; deploys?: Deploy[] }) {
  const pending = pendingDeploy(d, deploys);
  const bundleChanging = d.desiredDagTarballVersion && d.desiredDagTarballVersion !== d.dagTarballVersion;
  const imageChanging = pending && pending.imageTag && pending.imageTag !== d.imageTag;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section title="What runs now">
          <FieldList>
            <Field label="Docker image" copy={`${d.imageRepository}:${d.imageTag}`}>
              <code>
                {d.imageRepository}:{d.imageTag || '(no tag)'}
              </code>
              {imageChanging && (
                <>
                  {' '}→ <code>{pending.imageTag}</code> <Chip size="small" label="applying" color="info" variant="outlined" />
                </>
              )}
            </Field>
            <Field label="DAG bundle version">
              <code>{d.dagTarballVersion || '—'}</code>
              {bundleChanging && (
                <>
                  {' '}→ <code>{d.desiredDagTarballVersion}</code> <Chip size="small" label="applying" color="info" variant="outlined" />
                </>
              )}
            </Field>
            {pending && (
              <Field label="Deploy in progress">
                {deployTypeLabel(pending.type)} started {formatRelative(pending.createdAt)} by {subjectName(pending.createdBySubject)}
              </Field>
            )}
            <Field label="Astro Runtime">
              {d.astroRuntimeVersion} (Airflow {d.airflowVersion})
            </Field>
            <Field label="Executor">{titleCase(d.executor)}</Field>
            <Field label="Scheduler">
              {d.schedulerSize ? `${titleCase(d.schedulerSize)} · ` : ''}
              {d.schedulerCpu} CPU, {d.schedulerMemory} · {d.schedulerReplicas} replica{d.schedulerReplicas === 1 ? '' : 's'}
            </Field>
          </FieldList>
        </Section>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section title="Settings">
          <FieldList>
            <Field label="Type">
              {titleCase(d.type)}
              {d.clusterName ? ` · ${d.clusterName}` : d.region ? ` · ${d.cloudProvider ?? ''} ${d.region}` : ''}
            </Field>
            <Field label="High availability">{yesNo(d.isHighAvailability)}</Field>
            <Field label="Development mode">{yesNo(d.isDevelopmentMode)}</Field>
            <Field label="CI/CD enforcement">{yesNo(d.isCicdEnforced)}</Field>
            <Field label="DAG deploys">{d.isDagDeployEnabled ? 'Enabled' : 'Disabled'}</Field>
            {d.remoteExecution?.enabled && <Field label="Execution">Remote (agents in your cluster)</Field>}
            <Field label="Created">
              <When at={d.createdAt} by={d.createdBy} />
            </Field>
            <Field label="Updated">
              <When at={d.updatedAt} by={d.updatedBy} />
            </Field>
          </FieldList>
        </Section>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section title="IDs and URLs">
          <FieldList>
            <Field label="Deployment ID" copy={d.id}>
              <code>{d.id}</code>
            </Field>
            <Field label="Workspace ID" copy={d.workspaceId}>
              <code>{d.workspaceId}</code>
            </Field>
            <Field label="Namespace" copy={d.namespace}>
              <code>{d.namespace}</code>
            </Field>
            {d.clusterId && (
              <Field label="Cluster ID" copy={d.clusterId}>
                <code>{d.clusterId}</code>
              </Field>
            )}
            <Field label="Airflow UI" copy={airflowUrl(d.webServerUrl)}>
              {airflowUrl(d.webServerUrl)}
            </Field>
            <Field label="Airflow API" copy={d.webServerAirflowApiUrl}>
              {d.webServerAirflowApiUrl}
            </Field>
            {d.remoteExecution?.remoteApiUrl && (
              <Field label="Remote API URL" copy={d.remoteExecution.remoteApiUrl}>
                {d.remoteExecution.remoteApiUrl}
              </Field>
            )}
          </FieldList>
        </Section>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section title="Worker queues">
          {d.workerQueues?.length ? (
            <Table size="small" aria-label="Worker queues">
              <TableHead>
                <TableRow>
                  <TableCell>Name</TableCell>
                  <TableCell>Machine</TableCell>
                  <TableCell align="right">Workers</TableCell>
                  <TableCell align="right">Concurrency</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {d.workerQueues.map((q) => (
                  <TableRow key={q.id}>
                    <TableCell>
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                        <code>{q.name}</code>
                        {q.isDefault && <Chip size="small" label="default" />}
                      </Stack>
                    </TableCell>
                    <TableCell>
                      {q.astroMachine ?? q.nodePoolId ?? '—'}
                      <Typography variant="caption" color="text.secondary" component="div">
                        {q.podCpu} CPU, {q.podMemory}
                      </Typography>
                    </TableCell>
                    <TableCell align="right">
                      {q.minWorkerCount}–{q.maxWorkerCount}
                    </TableCell>
                    <TableCell align="right">{q.workerConcurrency}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {d.executor === 'KUBERNETES'
                ? `The Kubernetes executor runs each task in its own pod (default ${d.defaultTaskPodCpu ?? '?'} CPU, ${d.defaultTaskPodMemory ?? '?'}).`
                : 'No worker queues.'}
            </Typography>
          )}
        </Section>
      </Grid>
    </Grid>
  );
}
