import type { Deploy, Deployment } from '../../../shared/api/types';
import { Tooltip } from '../../../shared/ui/Tooltip';
import { Field, FieldList } from '../../../shared/ui/FieldList';
import { Tag } from '../../../shared/ui/Tag';
import { deployLabel } from '../domain/deployHistory';
import { deployProgress } from '../domain/deployProgress';
import { awaitedUploads } from '../domain/deployText';
import { titleCase } from '../../../shared/lib/format';
import { subjectName } from '../../../shared/lib/subject';
import { formatDate, formatRelative } from '../../../shared/lib/time';
import { Section } from '../../../shared/ui/Section';

/** "current → desired", with the desired side marked for screen readers too. */
function Desired({ value, phase }: { value?: string; phase: 'uploading' | 'restarting' }) {
  return (
    <>
      {' → '}
      {value ? <code aria-label={`desired ${value}`}>{value}</code> : <em>new version {phase === 'uploading' ? 'uploading' : 'pending'}</em>}{' '}
      <Tag tone="info">applying</Tag>
    </>
  );
}

/** The question users ask most after a deploy, "is my change live?", answered at a glance. */
export function RunsNowSection({ deployment: d, deploys }: { deployment: Deployment; deploys?: Deploy[] }) {
  const progress = deployProgress(d, deploys);
  const pending = progress?.deploy;
  return (
    <Section title="What runs now">
      <FieldList>
        {/* Before its first deploy a Deployment runs no image of its own: nothing to copy then. */}
        <Field label="Docker image" copy={d.imageTag ? `${d.imageRepository}:${d.imageTag}` : undefined}>
          {d.imageTag ? (
            <code>
              {d.imageRepository}:{d.imageTag}
            </code>
          ) : (
            <em>None deployed yet: the first image deploy sets it</em>
          )}
          {progress?.image && <Desired value={progress.image.to} phase={progress.phase} />}
        </Field>
        <Field label="DAG bundle version">
          <code>{d.dagTarballVersion || '—'}</code>
          {progress?.bundle && <Desired value={progress.bundle.to} phase={progress.phase} />}
        </Field>
        {progress && (
          <Field label="Deploy in progress">
            {pending ? (
              <>
                <Tooltip title={formatDate(pending.createdAt)}>
                  {() => (
                    <time dateTime={pending.createdAt}>
                      {`${deployLabel(pending)} started ${formatRelative(pending.createdAt)} by ${subjectName(pending.createdBySubject)}`}
                    </time>
                  )}
                </Tooltip>
                {progress.phase === 'uploading' ? ` · waiting for ${awaitedUploads(pending)}` : ' · Airflow is restarting on the new code'}
              </>
            ) : (
              'Airflow components are restarting'
            )}
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
