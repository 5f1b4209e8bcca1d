import type { Deployment } from '../../../../shared/api/types';
import { Field, FieldList } from '../../../../shared/ui/FieldList';
import { airflowUrl } from '../../../../shared/lib/subject';
import { Section } from '../../../../shared/ui/Section';

export function IdsSection({ deployment: d }: { deployment: Deployment }) {
  return (
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
  );
}
