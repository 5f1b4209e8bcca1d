import Chip from '@mui/material/Chip';
import type { Deploy, Deployment } from '../../../api/types';
import { Field, FieldList } from '../../../components/FieldList';
import { deployTypeLabel, titleCase } from '../../../domain/format';
import { subjectName } from '../../../domain/subject';
import { formatRelative } from '../../../domain/time';
import { pendingDeploy } from '../deployStatus';
import { Section } from './Section';

export function RunsNowSection({ deployment: d, deploys }: { deployment: Deployment; deploys?: Deploy[] }) {
  const pending = pendingDeploy(d, deploys);
  const bundleChanging = d.desiredDagTarballVersion && d.desiredDagTarballVersion !== d.dagTarballVersion;
  const imageChanging = pending && pending.imageTag && pending.imageTag !== d.imageTag;
  return (
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
  );
}
