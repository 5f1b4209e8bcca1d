import type { Deployment } from '../../../../shared/api/types';
import { Tooltip } from '../../../../shared/ui/Tooltip';
import { Field, FieldList } from '../../../../shared/ui/FieldList';
import { providerName, titleCase } from '../../../../shared/lib/format';
import { subjectName } from '../../../../shared/lib/subject';
import { formatDate, formatRelative } from '../../../../shared/lib/time';
import { nextHibernationEvent } from '../../domain/hibernationRules';
import { Section } from '../../../../shared/ui/Section';

const yesNo = (value: boolean | undefined) => (value ? 'On' : 'Off');

function When({ at, by }: { at: string; by: Deployment['createdBy'] }) {
  return (
    <Tooltip title={formatDate(at)}>
      {() => (
        <time dateTime={at}>
          {formatRelative(at)} by {subjectName(by)}
        </time>
      )}
    </Tooltip>
  );
}

export function SettingsSection({ deployment: d }: { deployment: Deployment }) {
  return (
    <Section title="Settings">
      <FieldList>
        <Field label="Type">
          {titleCase(d.type)}
          {d.clusterName ? ` · ${d.clusterName}` : d.region ? ` · ${providerName(d.cloudProvider)} ${d.region}` : ''}
        </Field>
        <Field label="High availability">{yesNo(d.isHighAvailability)}</Field>
        <Field label="Development mode">{yesNo(d.isDevelopmentMode)}</Field>
        {d.isDevelopmentMode && (
          <Field label="Hibernation">
            {[
              d.scalingStatus?.hibernationStatus?.isHibernating ? 'Hibernating' : 'Awake',
              nextHibernationEvent(d) ?? (d.scalingSpec?.hibernationSpec?.override ? 'until changed (override)' : 'no schedule'),
            ].join(' · ')}
          </Field>
        )}
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
  );
}
